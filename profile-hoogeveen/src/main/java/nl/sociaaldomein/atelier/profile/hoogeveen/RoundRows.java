package nl.sociaaldomein.atelier.profile.hoogeveen;

import nl.sociaaldomein.atelier.text.Text;
import java.time.LocalDate;
import java.util.Locale;
import nl.sociaaldomein.atelier.provenance.Provenance;
import java.util.Optional;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.call.Decision;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.report.ReportMetadata;
import nl.sociaaldomein.atelier.reporting.Dossier;

/** What both of Hoogeveen's report formats read from a dossier's round, worded once. */
final class RoundRows {

    static final Text NEEDS_A_ROUND = new Text(
        "dit rapport heeft een ronde nodig: het dossier bevat geen initiatieven en besluiten",
        "this report needs a round: the dossier holds no initiatives and decisions");
    static final Text UNDECIDED = new Text("nog geen besluit", "no decision yet");

    private RoundRows() {
    }

    /** What was granted to an initiative in the round; zero when nothing (yet). */
    static Money granted(Round round, Initiative initiative) {
        return round.decision(initiative.id()).map(d -> d.budgetEffect().grantedTotal()).orElse(Money.ZERO);
    }

    /** The decision in force, worded ("toegekend", "afgewezen", …), or "nog geen besluit". */
    static String decision(Round round, Initiative initiative, Locale locale) {
        Optional<Decision> decision = round.decision(initiative.id());
        return decision.map(d -> d.kind().label().in(locale)).orElse(UNDECIDED.in(locale));
    }

    /** The report's heading lines: municipality, the dossier's date, and its source as reference. */
    static ReportMetadata metadata(Dossier dossier) {
        LocalDate asOf = dossier.asOf();
        return ReportMetadata.builder().municipality(dossier.municipality()).date(PartialDate.of(asOf))
            .reference(dossier.source()).build();
    }

    /** A title with the dossier's own title after it, when it has one. */
    static String title(Text what, Dossier dossier, Locale locale) {
        return what.in(locale) + dossier.title().map(t -> ": " + t).orElse("");
    }

    /**
     * Where a granted amount comes from: the round's decision, which the committee takes or, when
     * the round holds none, the profile's allocation policy.
     */
    static Provenance decided(Locale locale) {
        return Provenance.computed(new Text("besluit in de ronde: van de commissie of, zonder commissiebesluit, van het toewijzingsbeleid",
            "the round's decision: the committee's or, without one, the allocation policy's").in(locale));
    }

    /** Where a column total comes from. */
    static Provenance sum(Locale locale) {
        return Provenance.computed(new Text("som van de kolom", "sum of the column").in(locale));
    }
}
