package nl.sociaaldomein.atelier.reporting;

import java.util.Locale;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.call.DecisionKind;

/**
 * How a report names a kind of decision. {@link DecisionKind#label()} is the lower-case word a
 * motivation sentence uses ("toegekend"); a report column uses the words of the council letter
 * (000_54832993d59957fc.txt: "19 initiatieven financieel gehonoreerd", "11 initiatieven niet
 * gehonoreerd", "wordt nog verder uitgewerkt", "verbinding te leggen met andere partijen of onder
 * te brengen bij een WIJ-team"; 003_8cbc039ce30155df.txt: "stellen we een ruimte en keuken beschikbaar").
 */
public final class DecisionLabels {

    private static final Text UNDECIDED = Text.of("Nog geen besluit", "Not yet decided");

    private DecisionLabels() {
    }

    /**
     * The column word for a kind: "Gehonoreerd" / "Granted", and so on.
     *
     * @param kind   the decision kind
     * @param locale the report's language
     * @return the word
     */
    public static String of(DecisionKind kind, Locale locale) {
        return text(kind).in(locale);
    }

    /**
     * The word for an initiative without a decision.
     *
     * @param locale the report's language
     * @return the word
     */
    public static String undecided(Locale locale) {
        return UNDECIDED.in(locale);
    }

    private static Text text(DecisionKind kind) {
        switch (kind) {
            case GRANTED: return Text.of("Gehonoreerd", "Granted");
            case REFERRED: return Text.of("Verbonden met partner of WIJ-team", "Referred to a partner or WIJ-team");
            case IN_KIND: return Text.of("In natura", "In kind");
            case DEFERRED: return Text.of("Nog in uitwerking", "Being worked out");
            case REJECTED: return Text.of("Niet gehonoreerd", "Not granted");
            case WITHDRAWN: return Text.of("Ingetrokken", "Withdrawn");
            default: throw new IllegalArgumentException("no label for decision kind " + kind);
        }
    }
}
