package nl.sociaaldomein.atelier.call;

import nl.sociaaldomein.atelier.text.Text;

/**
 * The phases of a call, in the order they happen. Groningen 2016 (000_54832993d59957fc.txt):
 * ideas were pitched, decisions announced at "een netwerkbijeenkomst" on 19 April, further
 * network meetings "in het najaar van 2016 en in het voorjaar van 2017", and the initiatives
 * are monitored "zowel inhoudelijk als financieel".
 */
public enum Phase {
    /** Ideas may be handed in. */
    OPEN_FOR_IDEAS(Text.of("open voor ideeën", "open for ideas")),
    /** The ideas are pitched. */
    PITCH_EVENT(Text.of("pitchbijeenkomst", "pitch event")),
    /** The decisions are taken and announced. */
    DECISIONS(Text.of("besluitvorming", "decisions")),
    /** The initiatives meet at network meetings. */
    NETWORK_MEETINGS(Text.of("netwerkbijeenkomsten", "network meetings")),
    /** The initiatives are monitored, in content and financially. */
    MONITORING(Text.of("monitoring", "monitoring"));

    private final Text label;

    Phase(Text label) {
        this.label = label;
    }

    /** {@return the phase's name in Dutch and English} */
    public Text label() {
        return label;
    }
}
