package nl.sociaaldomein.atelier.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.PackageMatchers;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The API an embedding system holds shows no internals: no public method, constructor or field
 * of a public class outside the internal packages takes, returns or holds a type from one of
 * them (the readers' toolkit {@code io.support}, any {@code internal} package), not even as a
 * type argument. Internals may use each other freely.
 *
 * <p>Each ArchRule below is an assertion: the build fails when a member breaks it (shown to fail
 * on purpose in {@link ArchitectureRulesCanFailTest}).
 */
@AnalyzeClasses(packages = "nl.sociaaldomein.atelier", importOptions = ImportOption.DoNotIncludeTests.class)
class PublicApiRulesTest {

    static final DescribedPredicate<JavaClass> INTERNAL_TYPE = DescribedPredicate.describe("an internal type",
        type -> PackageMatchers.of(AtelierPackages.INTERNAL).test(type.getBaseComponentType().getPackageName()));

    static final DescribedPredicate<JavaClass> PUBLIC_API_CLASS = DescribedPredicate.describe("a public class of the API",
        type -> type.getModifiers().contains(JavaModifier.PUBLIC) && !INTERNAL_TYPE.test(type));

    @ArchTest
    static final ArchRule public_methods_and_constructors_show_no_internal_type = codeUnits()
        .that().arePublic()
        .and().areDeclaredInClassesThat(PUBLIC_API_CLASS)
        .should(new ArchCondition<JavaCodeUnit>("take and return no internal type") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                List<JavaType> shown = new ArrayList<>(unit.getParameterTypes());
                shown.add(unit.getReturnType());
                report(unit.getFullName(), shown, events, unit);
            }
        })
        .because("an embedding system calls the readers and the domain; the readers' toolkit may change (docs/architecture.md)")
        .allowEmptyShould(true);

    @ArchTest
    static final ArchRule public_fields_show_no_internal_type = fields()
        .that().arePublic()
        .and().areDeclaredInClassesThat(PUBLIC_API_CLASS)
        .should(new ArchCondition<JavaField>("hold no internal type") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                report(field.getFullName(), List.of(field.getType()), events, field);
            }
        })
        .because("an embedding system calls the readers and the domain; the readers' toolkit may change (docs/architecture.md)")
        .allowEmptyShould(true);

    private static void report(String member, List<JavaType> shown, ConditionEvents events, Object owner) {
        Set<String> internals = shown.stream()
            .flatMap(type -> type.getAllInvolvedRawTypes().stream())
            .filter(INTERNAL_TYPE)
            .map(JavaClass::getName)
            .collect(Collectors.toCollection(java.util.TreeSet::new));
        boolean ok = internals.isEmpty();
        events.add(new SimpleConditionEvent(owner, ok, member + (ok ? " shows no internal type" : " shows " + String.join(", ", internals))));
    }
}
