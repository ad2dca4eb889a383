package nl.sociaaldomein.atelier.experiment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.sociaaldomein.atelier.calendar.PartialDate;

/**
 * An indicator recorded in words or on a scale, such as "de deelnemerstevredenheid"
 * (003_8cbc039ce30155df.txt: "Naast de kwantitatieve resultaten kijken we ook naar de kwalitatieve
 * opbrengsten, zoals de deelnemerstevredenheid, financiën en innovatie").
 *
 * @param name         what is observed, e.g. "de deelnemerstevredenheid"
 * @param observations the observations, in the order given
 */
public record QualitativeIndicator(String name, List<Observation> observations) {

    /**
     * Checks that the indicator has a name and keeps a copy of the observations.
     *
     * @param name         what is observed, e.g. "de deelnemerstevredenheid"
     * @param observations the observations, in the order given
     * @throws IllegalArgumentException when the name is blank
     */
    public QualitativeIndicator {
        Objects.requireNonNull(name, "name");
        observations = List.copyOf(observations);
        if (name.isBlank()) {
            throw new IllegalArgumentException("an indicator needs a name");
        }
    }

    /**
     * One observation: a text, and optionally a score on a scale from 1 to {@code scaleMax}.
     *
     * @param on       when it was observed, at the precision known
     * @param text     the observation in words
     * @param score    the score, from 1 to {@code scaleMax}, if scored
     * @param scaleMax the top of the scale (at least 2), if scored
     */
    public record Observation(PartialDate on, String text, Optional<Integer> score, Optional<Integer> scaleMax) {
        /**
         * Checks that a score comes with its scale and lies on it.
         *
         * @param on       when it was observed, at the precision known
         * @param text     the observation in words
         * @param score    the score, from 1 to {@code scaleMax}, if scored
         * @param scaleMax the top of the scale (at least 2), if scored
         * @throws IllegalArgumentException when only one of score and scale is given, or the score is off the scale
         */
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

        /**
         * An observation in words.
         *
         * @param on   when it was observed
         * @param text the observation
         * @return the observation
         */
        public static Observation text(PartialDate on, String text) {
            return new Observation(on, text, Optional.empty(), Optional.empty());
        }

        /**
         * An observation with a score.
         *
         * @param on       when it was observed
         * @param text     the observation in words
         * @param score    the score, from 1 to {@code scaleMax}
         * @param scaleMax the top of the scale, at least 2
         * @return the observation
         */
        public static Observation scored(PartialDate on, String text, int score, int scaleMax) {
            return new Observation(on, text, Optional.of(score), Optional.of(scaleMax));
        }
    }
}
