package nl.sociaaldomein.atelier.profile.groningen.meedoen;

import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.provenance.Provenance;

/**
 * Groningen's council letter of early 2017 on meedoen, dagbesteding and nieuw beschut
 * (003_8cbc039ce30155df.txt) in full, as {@code meedoen-2017-brief.yaml} records it: every value
 * with its provenance, and what the letter does not give left out.
 */
public record MeedoenLetter(Provenance source, List<Named> intakeChannels, List<Named> budgets, Kader afwegingskader,
                            List<Project> projects, List<Programme> programmes, List<QualityNote> dataQuality) {

    public MeedoenLetter {
        intakeChannels = List.copyOf(intakeChannels);
        budgets = List.copyOf(budgets);
        projects = List.copyOf(projects);
        programmes = List.copyOf(programmes);
        dataQuality = List.copyOf(dataQuality);
    }

    /** An intake channel or a budget the letter names; {@code id} is how a project refers to it. */
    public record Named(String id, Sourced name) {
    }

    /** The name of the channel or budget {@code id}, or the id itself when unknown. */
    public static String nameOf(List<Named> named, String id) {
        return named.stream().filter(n -> n.id().equals(id)).map(n -> n.name().value()).findFirst().orElse(id);
    }

    /**
     * The afwegingskader for projects without a Programma van Eisen: its criteria, which projects it
     * applies to (an assumption: the letter does not say), and the monitoring moments and outcomes.
     */
    public record Kader(Provenance source, List<Sourced> criteria, Provenance appliesTo, Provenance monitoring,
                        List<String> moments, List<String> outcomes, Provenance outcomesSource) {
        public Kader {
            criteria = List.copyOf(criteria);
            moments = List.copyOf(moments);
            outcomes = List.copyOf(outcomes);
        }
    }

    /**
     * One project of the annex "overzicht projecten Meedoen" with what the letter gives for it.
     *
     * @param innovatieatelier the letter's sentence saying it comes from the Innovatieatelier, when it says so
     * @param intake           the channel it came in by (its id), when the letter says
     * @param subsidy          the letter's sentence saying money was given, when it says so: then a PvE applies
     * @param funding          the budgets it is paid from, when the letter says, with that sentence
     * @param amount           the amount granted, in euros, when a source gives it
     * @param inKind           the support in kind, when the letter gives it
     */
    public record Project(int number, Sourced name, Sourced what, Optional<Sourced> partners, Optional<Provenance> innovatieatelier,
                          Optional<Sourced> intake, Optional<Provenance> subsidy, List<String> funding,
                          Optional<Provenance> fundingSource, Optional<Sourced> amount, Optional<Sourced> inKind,
                          Optional<Sourced> start, Optional<Sourced> end) {
        public Project {
            funding = List.copyOf(funding);
        }
    }

    /** A programme or pilot of the letter's body: its figures (whole numbers) and its facts in words. */
    public record Programme(String id, Sourced name, Optional<Sourced> partners, List<Labelled> figures, List<Sourced> facts) {
        public Programme {
            figures = List.copyOf(figures);
            facts = List.copyOf(facts);
        }
    }

    /** A figure with what it counts. */
    public record Labelled(String label, Sourced figure) {
    }

    /** Where the sources disagree or are garbled, with the phrases that show it. */
    public record QualityNote(String text, List<Provenance> sources) {
        public QualityNote {
            sources = List.copyOf(sources);
        }
    }
}
