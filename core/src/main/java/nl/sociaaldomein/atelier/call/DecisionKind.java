package nl.sociaaldomein.atelier.call;

import nl.sociaaldomein.atelier.text.Text;

/** The kinds of decision the sources show (000_54832993d59957fc.txt, 003_8cbc039ce30155df.txt). */
public enum DecisionKind {
    /** "financieel gehonoreerd": an amount from one or more pots, with conditions. */
    GRANTED(Text.of("toegekend", "granted")),
    /** "verbinding te leggen met andere partijen of onder te brengen bij een WIJ-team": no money. */
    REFERRED(Text.of("verbonden met een partner of WIJ-team", "referred to a partner or WIJ-team")),
    /** "stellen we een ruimte en keuken beschikbaar": support in kind, no money. */
    IN_KIND(Text.of("ondersteuning in natura", "support in kind")),
    /** "wordt nog verder uitgewerkt": needs further work; may carry a reservation. */
    DEFERRED(Text.of("aangehouden", "deferred")),
    /** "niet gehonoreerd". */
    REJECTED(Text.of("afgewezen", "rejected")),
    /** "hebben drie initiatiefnemers zich teruggetrokken". */
    WITHDRAWN(Text.of("ingetrokken door de aanvrager", "withdrawn by the applicant"));

    private final Text label;

    DecisionKind(Text label) {
        this.label = label;
    }

    /** {@return the kind in Dutch and English} */
    public Text label() {
        return label;
    }
}
