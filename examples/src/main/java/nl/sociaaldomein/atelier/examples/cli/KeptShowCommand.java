package nl.sociaaldomein.atelier.examples.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.ReportFormat;
import nl.sociaaldomein.atelier.store.jdbc.JournalStore;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What {@code round show} and {@code experiment show} share: the day ({@code --as-of}, default
 * today in Dutch time) and the moment ({@code --known-at}), the dossier made from the store, and
 * the profile's reports printed as {@code run} prints them (its main reports unless {@code --report}).
 */
abstract class KeptShowCommand implements Runnable {

    /** A dossier and the profile whose reports show it. */
    record Shown(Dossier dossier, LoadedProfile profile) {
    }

    private final Components components;
    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    OutputOptions output;

    @Mixin
    KnownAtOption knownAt;

    KeptShowCommand(Components components, Clock clock) {
        this.components = components;
        this.clock = clock;
    }

    /** The dossier as of {@code day}, as known at {@code known} (null: now), from the opened store. */
    abstract Shown shown(JournalStore opened, LocalDate day, Instant known);

    @Override
    public void run() {
        output.check();
        store.required();
        Instant known = knownAt.moment().orElse(null);
        output.refuseStore(store.file());
        LocalDate day = output.asOfDate().orElse(LocalDate.now(clock.withZone(KnownAt.DUTCH_TIME)));
        Shown shown;
        try (JournalStore opened = store.openExisting()) {
            shown = shown(opened, day, known);
        }
        Map<String, ReportFormat> formats = shown.profile().formats();
        List<String> ids = output.reports().isEmpty()
            ? DefaultReports.choose(shown.profile().profile().id(), shown.dossier(), formats.keySet()) : output.reports();
        ReportPrinter.checkKnown(formats, ids, output);
        Progress progress = components.progress().apply(spec.commandLine().getErr());
        new ReportPrinter(components.renderers(), progress).print(shown.dossier(), formats, ids, output, spec.commandLine().getOut(),
            spec.commandLine().getErr(), 0, ids.size(), List.of());
    }
}
