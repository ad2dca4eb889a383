package nl.sociaaldomein.atelier.profile.tck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The architecture rules every profile keeps, ours and integrators': it uses only core's public
 * API, never an {@code internal} package, and never another profile. A profile's test applies
 * them to its own package in three lines:
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "org.example.myTown", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ProfileArchitectureTest {
 *     @ArchTest static final ArchRule public_api_only = ProfileArchitectureRules.usesOnlyThePublicApi("org.example.myTown");
 *     @ArchTest static final ArchRule no_internals = ProfileArchitectureRules.usesNoInternalPackage();
 *     @ArchTest static final ArchRule no_other_profile = ProfileArchitectureRules.dependsOnNoOtherProfile("org.example.myTown");
 * }
 * }</pre>
 */
public final class ProfileArchitectureRules {

    /** Core's packages that profiles may use. Anything else of core is internal. */
    public static final List<String> CORE_PUBLIC_API = List.of(
        "nl.sociaaldomein.atelier.money..", "nl.sociaaldomein.atelier.calendar..", "nl.sociaaldomein.atelier.initiative..",
        "nl.sociaaldomein.atelier.assessment..", "nl.sociaaldomein.atelier.call..", "nl.sociaaldomein.atelier.budget..",
        "nl.sociaaldomein.atelier.experiment..", "nl.sociaaldomein.atelier.workflow..", "nl.sociaaldomein.atelier.report..",
        "nl.sociaaldomein.atelier.reporting..", "nl.sociaaldomein.atelier.render..", "nl.sociaaldomein.atelier.io..",
        "nl.sociaaldomein.atelier.text..", "nl.sociaaldomein.atelier.provenance..", "nl.sociaaldomein.atelier.problem..",
        "nl.sociaaldomein.atelier.profile");

    /** Libraries a profile's main code may use besides core: the JDK, Guice, Jackson databind and Vavr. */
    public static final List<String> LIBRARIES = List.of("java..", "com.google.inject..", "com.fasterxml.jackson.databind..", "io.vavr..");

    private static final String SHIPPED_PROFILES = "nl.sociaaldomein.atelier.profile.";

    private ProfileArchitectureRules() {
    }

    /**
     * No class depends on core's {@code internal} packages, which may change in any release.
     *
     * @return the rule, to check against the profile's imported classes
     */
    public static ArchRule usesNoInternalPackage() {
        return noClasses().should().dependOnClassesThat().resideInAPackage("nl.sociaaldomein.atelier..internal..")
            .because("internal packages of core may change in any release");
    }

    /**
     * No class depends on a profile other than its own (whose classes live under {@code ownPackage}).
     *
     * @param ownPackage the profile's root package, e.g. {@code nl.sociaaldomein.atelier.profile.groningen}
     * @return the rule, to check against the profile's imported classes
     */
    public static ArchRule dependsOnNoOtherProfile(String ownPackage) {
        DescribedPredicate<JavaClass> otherProfile = DescribedPredicate.describe("belong to another profile",
            target -> {
                String pkg = target.getPackageName();
                return pkg.startsWith(SHIPPED_PROFILES) && !pkg.startsWith(SHIPPED_PROFILES + "internal")
                    && !pkg.startsWith(SHIPPED_PROFILES + "tck") && !isUnder(pkg, ownPackage);
            });
        return noClasses().should().dependOnClassesThat(otherProfile)
            .because("a profile is a plug-in: profiles never depend on each other");
    }

    /**
     * Classes under {@code ownPackage} use only the JDK, Guice, Jackson, Vavr, core's public API and themselves.
     *
     * @param ownPackage the profile's root package, e.g. {@code nl.sociaaldomein.atelier.profile.groningen}
     * @return the rule, to check against the profile's imported classes
     */
    public static ArchRule usesOnlyThePublicApi(String ownPackage) {
        List<String> allowed = new ArrayList<>(LIBRARIES);
        allowed.addAll(CORE_PUBLIC_API);
        allowed.add(ownPackage + "..");
        return classes().should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(String[]::new))
            .because("profiles build on core's public API only");
    }

    private static boolean isUnder(String pkg, String root) {
        return pkg.equals(root) || pkg.startsWith(root + ".");
    }
}
