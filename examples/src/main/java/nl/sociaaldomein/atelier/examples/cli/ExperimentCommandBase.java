package nl.sociaaldomein.atelier.examples.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every experiment command that records shares: the store, the register, the language of a refusal. */
abstract class ExperimentCommandBase implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    ExperimentOptions options;

    @Mixin
    MessageLanguage language;

    /** The store, the register's name and the language, checked before any work: a usage error (exit 2) when wrong. */
    String checkOptions() {
        store.required();
        language.locale();
        return options.register();
    }
}
