package nl.sociaaldomein.atelier.experiment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.atelier.calendar.PartialDate;

/**
 * An indicator recorded in words or on a scale, such as "de deelnemerstevredenheid"
 * (003_8cbc039ce30155df.txt: "Naast de kwantitatieve resultaten kijken we ook naar de kwalitatieve
 * opbrengsten, zoals de deelnemerstevredenheid, financiën en innovatie").
 */
public record QualitativeIndicator(String name, List<Observation> observations) {

    public QualitativeIndicator {
        Objects.requireNonNull(name, "name");
        observations = List.copyOf(observations);
        if (name.isBlank()) {
            throw new IllegalArgumentException("an indicator needs a name");
        }
    }

    /**
     * One observation: a text, and optionally a score on a scale from 1 to {@code scaleMax}.
     */
    public record Observation(PartialDate on, String text, Optional<Integer> score, Optional<Integer> scaleMax) {
        public Observation {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(text, "text");
            if (score.isPresent() != scaleMax.isPresent()) {
                throw new IllegalArgumentException("a score needs its scale, and a scale its score");
            }
            if (score.isPresent() && (scaleMax.get() < 2 || score.get() < 1 || score.get() > scaleMax.get())) {
                throw new IllegalArgumentException("score " + score.get() + " is not on a scale of 1 to " + scaleMax.get());
            }
        }

        public static Observation text(PartialDate on, String text) {
            return new Observation(on, text, Optional.empty(), Optional.empty());
        }

        public static Observation scored(PartialDate on, String text, int score, int scaleMax) {
            return new Observation(on, text, Optional.of(score), Optional.of(scaleMax));
        }
    }
}
