package nl.sociaaldomein.atelier.examples.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.budget.BudgetView;
import nl.sociaaldomein.atelier.reporting.BudgetOverviewFormat;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.GeneralFormats;
import nl.sociaaldomein.atelier.reporting.ReportFormat;
import nl.sociaaldomein.atelier.store.jdbc.JournalStore;
import nl.sociaaldomein.atelier.text.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code atelier ledger show --as-of D [--known-at K]}: the budget of a kept ledger as of a day,
 * as known now or as the ledger knew it at a moment, in the report formats and languages of
 * {@code run} ({@code budget-overview} unless {@code --report} says otherwise).
 */
@Command(name = "show", description = {
    "Print the budget of a kept ledger as of a day (--as-of, default today): every entry effective up to that day,",
    "as known now, or with --known-at as the ledger knew it at that moment (what a report made then showed)."})
final class LedgerShowCommand implements Runnable {

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

    LedgerShowCommand(Components components, Clock clock) {
        this.components = components;
        this.clock = clock;
    }

    @Override
    public void run() {
        output.check();
        store.required();
        Optional<Instant> known = knownAt.moment();
        output.refuseStore(store.file());
        Map<String, ReportFormat> formats = new LinkedHashMap<>();
        GeneralFormats.all().forEach(format -> formats.put(format.id(), format));
        List<String> ids = output.reports().isEmpty() ? List.of(BudgetOverviewFormat.ID) : output.reports();
        ReportPrinter.checkKnown(formats, ids, output);
        LocalDate day = output.asOfDate().orElse(LocalDate.now(clock.withZone(KnownAt.DUTCH_TIME)));
        Dossier dossier;
        try (JournalStore opened = store.openExisting()) {
            KeptLedger kept = KeptLedger.open(opened, store.ledger(), Clock.systemUTC());
            BudgetView view = known.map(moment -> kept.ledger().view(day, moment)).orElseGet(() -> kept.ledger().view(day));
            LedgerBudgetRecord budget = kept.budget();
            dossier = Dossier.builder()
                .municipality(budget.municipality())
                .title(Text.of("grootboek '", "ledger '").in(output.renderOptions().locale()) + store.ledger() + "'")
                .source(source(store, budget, known, output))
                .asOf(day)
                .budget(view)
                .provenance(budget.provenance())
                .build();
        }
        Progress progress = components.progress().apply(spec.commandLine().getErr());
        new ReportPrinter(components.renderers(), progress).print(dossier, formats, ids, output, spec.commandLine().getOut(),
            spec.commandLine().getErr(), 0, ids.size(), List.of());
    }

    /** Where the figures come from: the kept ledger (as known when), and the document the budget comes from. */
    private static String source(StoreOptions store, LedgerBudgetRecord budget, Optional<Instant> known, OutputOptions output) {
        var locale = output.renderOptions().locale();
        String when = known.map(moment -> Text.of(", zoals bekend op " + KnownAt.shown(moment) + " (Nederlandse tijd)",
            ", as known at " + KnownAt.shown(moment) + " (Dutch time)").in(locale))
            .orElse(Text.of(", zoals nu bekend", ", as known now").in(locale));
        return Text.of("grootboek '", "ledger '").in(locale) + store.ledger() + "' (" + store.publicName() + ")" + when
            + budget.source().map(s -> Text.of("; begroting: ", "; budget: ").in(locale) + s).orElse("");
    }
}
