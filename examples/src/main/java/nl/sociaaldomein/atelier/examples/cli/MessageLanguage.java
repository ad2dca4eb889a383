package nl.sociaaldomein.atelier.examples.cli;

import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --lang nl|en} of the commands that check a file or record a step: the language their
 * problems and refusals are worded in, Dutch unless English is asked ({@link FaultHandler} reads
 * it when it prints a file's problems).
 */
final class MessageLanguage {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--lang", paramLabel = "nl|en", defaultValue = "nl", description = "Language of the problems and refusals printed (default: ${DEFAULT-VALUE}).")
    String lang;

    /** The language as a locale; another value than nl or en is a usage error (exit 2). */
    Locale locale() {
        if (!lang.equals("nl") && !lang.equals("en")) {
            throw new ParameterException(spec.commandLine(), "--lang needs nl or en, not '" + lang + "'");
        }
        return "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("nl-NL");
    }
}
