package nl.sociaaldomein.atelier.assessment;

import nl.sociaaldomein.atelier.text.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.Result;

/**
 * A criteria framework (afwegingskader): the criteria, how several assessors' scores combine,
 * and the thresholds. A profile supplies one as a value; it can only be made through
 * {@link #of}, which checks it whole and names every problem.
 *
 * <p>The total of an initiative is Σ weight × combined score over the scored criteria, in
 * hundredths of a point; {@code minimumTotal} is in the same weighted points (not hundredths).
 */
public final class CriteriaFramework {

    private final String id;
    private final Text name;
    private final java.util.List<Criterion> criteria;
    private final Optional<Integer> requiredWeightTotal;
    private final long minimumTotal;
    private final ScoreCombination combination;
    private final Map<String, Integer> indexById;

    private CriteriaFramework(String id, Text name, java.util.List<Criterion> criteria,
                              Optional<Integer> requiredWeightTotal, long minimumTotal, ScoreCombination combination) {
        this.id = id;
        this.name = name;
        this.criteria = java.util.List.copyOf(criteria);
        this.requiredWeightTotal = requiredWeightTotal;
        this.minimumTotal = minimumTotal;
        this.combination = combination;
        this.indexById = new HashMap<>();
        for (int i = 0; i < this.criteria.size(); i++) {
            indexById.put(this.criteria.get(i).id(), i);
        }
    }

    /**
     * The framework of a checked {@link #of}, or an {@link IllegalStateException} naming every
     * problem in English and Dutch: for a profile's constant, so that a broken framework fails
     * when the profile's class loads and never ships.
     *
     * @param checked the outcome of {@link #of}
     * @return the framework
     * @throws IllegalStateException when {@code checked} holds problems
     */
    public static CriteriaFramework require(Result<CriteriaFramework> checked) {
        if (checked.isFailed()) {
            throw new IllegalStateException(checked.problems().stream()
                .map(p -> p.describe(java.util.Locale.ENGLISH) + " / " + p.message().nl()).collect(java.util.stream.Collectors.joining("; ")));
        }
        return checked.orElseThrow();
    }

    /**
     * Checks and builds a framework.
     *
     * @param requiredWeightTotal what the weights of the scored criteria must add up to (e.g. 100), if the framework demands it
     * @param minimumTotal the lowest weighted total that is eligible (0: no minimum)
     * @param id          the framework's id, unique in a profile
     * @param name        its name in Dutch and English
     * @param criteria    the criteria, in the order a motivation lists them
     * @param combination how several assessors' scores on one criterion become one
     * @return the framework, or every problem with it
     */
    public static Result<CriteriaFramework> of(String id, Text name, java.util.List<Criterion> criteria,
                                               Optional<Integer> requiredWeightTotal, long minimumTotal,
                                               ScoreCombination combination) {
        Objects.requireNonNull(combination, "combination");
        java.util.List<Problem> problems = new ArrayList<>();
        Place where = Place.about("framework", id == null ? "" : id);
        if (id == null || id.isBlank()) {
            problems.add(Problem.invalid("assessment.framework-without-id", Place.NOWHERE, "het kader heeft geen id", "the framework has no id"));
        }
        if (criteria.isEmpty()) {
            problems.add(Problem.invalid("assessment.framework-without-criteria", where, "het kader heeft geen criteria", "the framework has no criteria"));
        }
        Set<String> seen = new HashSet<>();
        long weightSum = 0;
        long maximumTotal = 0;
        for (Criterion c : criteria) {
            Place at = where.and("criterion", c.id());
            if (c.id().isBlank() || !seen.add(c.id())) {
                problems.add(Problem.invalid("assessment.criterion-id-not-unique", at, "criterium-id is leeg of komt vaker voor", "criterion id is blank or occurs more than once"));
            }
            if (c.kind() == CriterionKind.SCORED) {
                if (c.weight() <= 0) {
                    problems.add(Problem.invalid("assessment.weight-not-positive", at, "gewicht moet positief zijn, niet " + c.weight(), "weight must be positive, not " + c.weight()));
                }
                weightSum += c.weight();
                maximumTotal += (long) c.weight() * c.scale().max();
            } else if (c.weight() != 0) {
                problems.add(Problem.invalid("assessment.weight-on-unscored-criterion", at, "alleen gescoorde criteria hebben een gewicht", "only scored criteria carry a weight"));
            }
            if (c.isAutomatic() && c.kind() != CriterionKind.KNOCK_OUT) {
                problems.add(Problem.invalid("assessment.rule-on-scored-criterion", at, "een automatische regel kan alleen een knock-outcriterium beoordelen", "an automatic rule can only judge a knock-out criterion"));
            }
            if (c.minimum().isPresent() && !c.scale().contains(c.minimum().get())) {
                problems.add(Problem.invalid("assessment.minimum-outside-scale", at, "minimumscore " + c.minimum().get() + " ligt buiten de schaal " + c.scale().min() + "–" + c.scale().max(),
                    "minimum score " + c.minimum().get() + " is outside the scale " + c.scale().min() + "–" + c.scale().max()));
            }
        }
        if (requiredWeightTotal.isPresent() && weightSum != requiredWeightTotal.get()) {
            problems.add(Problem.invalid("assessment.weights-not-required-total", where, "de gewichten tellen op tot " + weightSum + ", het kader vraagt " + requiredWeightTotal.get(),
                "the weights add up to " + weightSum + ", the framework demands " + requiredWeightTotal.get()));
        }
        if (minimumTotal < 0 || minimumTotal > maximumTotal && maximumTotal > 0) {
            problems.add(Problem.invalid("assessment.minimum-total-outside-range", where, "minimumtotaal " + minimumTotal + " ligt buiten 0–" + maximumTotal,
                "minimum total " + minimumTotal + " is outside 0–" + maximumTotal));
        }
        return Result.of(problems, () -> new CriteriaFramework(id, name, criteria, requiredWeightTotal, minimumTotal, combination));
    }

    /** {@return the framework's id, unique in a profile} */
    public String id() {
        return id;
    }

    /** {@return the framework's name in Dutch and English} */
    public Text name() {
        return name;
    }

    /** {@return the criteria, in the framework's order} */
    public java.util.List<Criterion> criteria() {
        return criteria;
    }

    /** {@return what the scored criteria's weights must add up to, if the framework demands it} */
    public Optional<Integer> requiredWeightTotal() {
        return requiredWeightTotal;
    }

    /**
     * The lowest weighted total that is eligible, in weighted points; an initiative is eligible from
     * {@code minimumTotal × 100} hundredths up.
     *
     * @return the minimum; 0 for none
     */
    public long minimumTotal() {
        return minimumTotal;
    }

    /** {@return how several assessors' scores on one criterion become one} */
    public ScoreCombination combination() {
        return combination;
    }

    /**
     * The position of a criterion in {@link #criteria()}, or -1 when the framework has no such criterion.
     *
     * @param criterionId the criterion's id
     * @return the index, or -1
     */
    public int indexOf(String criterionId) {
        Integer index = indexById.get(criterionId);
        return index == null ? -1 : index;
    }

    @Override
    public String toString() {
        return "CriteriaFramework[" + id + ", " + criteria.size() + " criteria, " + combination.id() + "]";
    }
}
