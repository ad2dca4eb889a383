package nl.sociaaldomein.atelier.jackson.types;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;

/**
 * The criteria frameworks a mapper knows by id. An assessment holds its framework (with its
 * automatic rules and score combination, which are code, not data), so JSON names the framework
 * by id and reading looks it up here: a mapper made for a profile knows the profile's frameworks.
 */
@FunctionalInterface
public interface Frameworks {

    /** Knows no framework: assessments and decisions are written, not read. */
    Frameworks NONE = id -> Optional.empty();

    /**
     * The framework with this id.
     *
     * @param id the framework's id
     * @return the framework, if known
     */
    Optional<CriteriaFramework> framework(String id);

    /**
     * The ids known, for a message about an unknown one.
     *
     * @return the ids; empty when not listed
     */
    default Set<String> ids() {
        return Set.of();
    }

    /**
     * These frameworks.
     *
     * @param frameworks the frameworks; ids must differ
     * @return a lookup
     * @throws IllegalArgumentException when two frameworks share an id
     */
    static Frameworks of(Collection<CriteriaFramework> frameworks) {
        Map<String, CriteriaFramework> byId = new LinkedHashMap<>();
        for (CriteriaFramework framework : frameworks) {
            CriteriaFramework before = byId.putIfAbsent(framework.id(), framework);
            if (before != null && before != framework) {
                throw new IllegalArgumentException("two criteria frameworks have the id '" + framework.id() + "'");
            }
        }
        return new Frameworks() {
            @Override
            public Optional<CriteriaFramework> framework(String id) {
                return Optional.ofNullable(byId.get(id));
            }

            @Override
            public Set<String> ids() {
                return byId.keySet();
            }
        };
    }
}
