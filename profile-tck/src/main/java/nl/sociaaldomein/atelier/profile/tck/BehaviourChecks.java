package nl.sociaaldomein.atelier.profile.tck;

import com.google.inject.Injector;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import nl.sociaaldomein.atelier.assessment.CriteriaFramework;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.budget.Ledger;
import nl.sociaaldomein.atelier.call.AllocationInput;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.call.Decision;
import nl.sociaaldomein.atelier.call.PotBalance;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.initiative.Audience;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.profile.MunicipalityProfile;
import nl.sociaaldomein.atelier.profile.ProfileContract;
import nl.sociaaldomein.atelier.profile.Thresholds;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.render.Renderers;
import nl.sociaaldomein.atelier.render.ReportRenderer;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.reporting.Dossier;
import nl.sociaaldomein.atelier.reporting.ReportFormat;
import nl.sociaaldomein.atelier.testkit.Gen;
import nl.sociaaldomein.atelier.testkit.Property;
import nl.sociaaldomein.atelier.testkit.PropertyFailure;
import nl.sociaaldomein.atelier.testkit.Settings;
import nl.sociaaldomein.atelier.workflow.RoundWorkflow;
import org.junit.jupiter.api.Test;

/**
 * How a profile behaves, on rounds the testkit generates ({@link GeneratedRound}): they run
 * through the profile's frameworks and allocation policy without faults, no grant exceeds the
 * profile's maximum or the pot, every report format renders every resulting dossier in every
 * output format, and no public report shows a natural person's name. Each check fails once, for
 * its own mistake, with the reason in its first line; a failing case can be replayed with the
 * seed the testkit prints ({@code -Datelier.seed=...}).
 */
abstract class BehaviourChecks extends BoundServicesChecks {

    private static final List<Locale> LOCALES = List.of(Locale.forLanguageTag("nl-NL"), Locale.ENGLISH);
    /** Rounds per check: enough to meet every branch of a small policy, few enough to keep a profile's build quick. */
    private static final int ROUNDS = 150;
    private static final int DOSSIERS = 30;
    /** Every case runs a round and renders its reports, so a failing case is shrunk only this often. */
    private static final int SHRINKS = 150;

    /** The profile object under test. */
    abstract MunicipalityProfile profileUnderTest();

    @Test
    void criteriaFrameworksAreBoundUnderTheirOwnIds() {
        for (Map.Entry<String, CriteriaFramework> entry : loaded().getInstance(ProfileContract.named(CriteriaFramework.class)).entrySet()) {
            if (!entry.getKey().equals(entry.getValue().id())) {
                throw KitFailure.of("criteria framework '" + entry.getValue().id() + "' is bound under the key '" + entry.getKey()
                        + "', so a round file naming it does not find it",
                    "criteriakader '" + entry.getValue().id() + "' is gebonden onder de sleutel '" + entry.getKey()
                        + "', dus een rondebestand dat het noemt vindt het niet",
                    "bind it with ProfileBindings.named(binder(), CriteriaFramework.class, framework.id())");
            }
        }
    }

    @Test
    void generatedRoundsRunThroughThePolicyWithinTheMaximumAndThePot() {
        Optional<Setting> setting = setting();
        if (setting.isEmpty()) {
            return;
        }
        int[] allocated = {0};
        forAll("generated rounds run within the maximum and the pot", "gegenereerde rondes blijven binnen het maximum en de pot",
            setting.get().rounds(), ROUNDS, round -> {
                if (run(setting.get(), round).isPresent()) {
                    allocated[0]++;
                }
            });
        if (allocated[0] == 0 && !Settings.fromSystemProperties().replaySeed().isPresent()) {
            AllocationPolicy policy = setting.get().policy();
            throw KitFailure.of("allocation policy '" + policy.id() + "' refused every generated round",
                "toewijzingsbeleid '" + policy.id() + "' weigerde iedere gegenereerde ronde", "");
        }
    }

    @Test
    void everyReportFormatRendersEveryGeneratedDossierInEveryFormat() {
        Optional<Setting> setting = setting();
        if (setting.isEmpty()) {
            return;
        }
        Renderers renderers = Renderers.standard();
        forAll("every report format renders every generated dossier", "ieder rapportformaat geeft ieder gegenereerd dossier weer",
            setting.get().rounds(), DOSSIERS, round -> quietly(setting.get(), round).ifPresent(dossier -> {
                for (Map.Entry<String, ReportFormat> format : formats().entrySet()) {
                    for (Locale locale : LOCALES) {
                        Result<Report> built;
                        try {
                            built = format.getValue().build(dossier, locale);
                        } catch (RuntimeException e) {
                            throw KitFailure.of("report format '" + format.getKey() + "' threw on a generated dossier instead of refusing",
                                "rapportformaat '" + format.getKey() + "' liep vast op een gegenereerd dossier in plaats van te weigeren",
                                e.toString(), e);
                        }
                        if (built.isFailed()) {
                            continue;
                        }
                        for (String output : renderers.formatIds()) {
                            try {
                                renderers.forFormat(output).orElseThrow().renderToBytes(built.orElseThrow(), new RenderOptions(locale, Audience.PUBLIC));
                            } catch (RuntimeException e) {
                                throw KitFailure.of("report '" + format.getKey() + "' cannot be rendered as " + output,
                                    "rapport '" + format.getKey() + "' is niet als " + output + " weer te geven", e.toString(), e);
                            }
                        }
                    }
                }
            }));
    }

    @Test
    void noPublicReportShowsANaturalPersonsName() {
        Optional<Setting> setting = setting();
        if (setting.isEmpty()) {
            return;
        }
        Renderers renderers = Renderers.standard();
        forAll("no public report shows a natural person's name", "geen openbaar rapport toont de naam van een particulier",
            setting.get().rounds(), DOSSIERS, round -> quietly(setting.get(), round).ifPresent(dossier -> {
                for (Map.Entry<String, ReportFormat> format : formats().entrySet()) {
                    for (Locale locale : LOCALES) {
                        for (ReportRenderer renderer : rendered(renderers)) {
                            Optional<String> text = publicText(format.getValue(), dossier, locale, renderer);
                            for (String name : round.privateNames()) {
                                if (text.isPresent() && text.get().contains(name)) {
                                    throw KitFailure.of("report '" + format.getKey() + "' shows the name of a natural person in public ("
                                            + renderer.formatId() + ")",
                                        "rapport '" + format.getKey() + "' toont de naam van een particulier in het openbaar ("
                                            + renderer.formatId() + ")",
                                        "put an applicant in Cell.party(...), which shows \"Particulier\"; found '" + name + "'");
                                }
                            }
                        }
                    }
                }
            }));
    }

    /** The generated rounds for this profile, or empty when it binds no framework or no policy (nothing to run). */
    private Optional<Setting> setting() {
        Injector injector = loaded();
        Optional<AllocationPolicy> policy = injector.getInstance(ProfileContract.optional(AllocationPolicy.class));
        List<CriteriaFramework> frameworks = new ArrayList<>(injector.getInstance(ProfileContract.named(CriteriaFramework.class)).values());
        injector.getInstance(ProfileContract.optional(CriteriaFramework.class)).ifPresent(frameworks::add);
        if (policy.isEmpty() || frameworks.isEmpty()) {
            return Optional.empty();
        }
        Thresholds thresholds = injector.getInstance(Thresholds.class);
        return Optional.of(new Setting(policy.get(), thresholds,
            GeneratedRound.of(frameworks, injector.getInstance(Municipality.class), thresholds)));
    }

    private record Setting(AllocationPolicy policy, Thresholds thresholds, Gen<GeneratedRound> rounds) {
    }

    /**
     * Runs a round as the app does, checking what the policy decides on the way; the dossier, or
     * empty when the policy refused the round (with a reason). Throws a stated failure for a fault.
     */
    private static Optional<Dossier> run(Setting setting, GeneratedRound generated) {
        AllocationPolicy policy = setting.policy();
        Result<Round> opened = Round.open(generated.plan().call(), generated.framework(), generated.plan().portfolio().initiatives())
            .flatMap(round -> round.assess(generated.plan().scores()));
        if (opened.isFailed()) {
            throw KitFailure.of("criteria framework '" + generated.framework().id() + "' refused scores on its own scales",
                "criteriakader '" + generated.framework().id() + "' weigerde scores op zijn eigen schalen", opened.problems().toString());
        }
        Money ceiling = generated.plan().budget().pot(GeneratedRound.POT).get().ceiling();
        Result<List<Decision>> decided;
        try {
            decided = policy.allocate(new AllocationInput(generated.plan().call(), opened.orElseThrow().candidates(),
                Map.of(GeneratedRound.POT, PotBalance.fresh(GeneratedRound.POT, ceiling))));
        } catch (RuntimeException e) {
            throw KitFailure.of("allocation policy '" + policy.id() + "' threw on a generated round",
                "toewijzingsbeleid '" + policy.id() + "' liep vast op een gegenereerde ronde", e.toString(), e);
        }
        if (decided.isFailed()) {
            // A Result never fails without a problem; a problem without words is still no reason.
            if (decided.problems().stream().anyMatch(p -> p.message().nl().isBlank() || p.message().en().isBlank())) {
                throw KitFailure.of("allocation policy '" + policy.id() + "' refused a round without saying why",
                    "toewijzingsbeleid '" + policy.id() + "' weigerde een ronde zonder reden", "");
            }
            return Optional.empty();
        }
        long claimed = 0;
        for (Decision decision : decided.orElseThrow()) {
            // The call is already under the profile's limits: its maximum is the lower of the two.
            Money maximum = generated.plan().call().maximumAmount();
            if (decision instanceof Decision.Granted granted && granted.amount().isGreaterThan(maximum)) {
                throw KitFailure.of("allocation policy '" + policy.id() + "' granted " + granted.amount() + " to " + granted.initiativeId()
                        + ", above the maximum per initiative of " + maximum + " (the lower of the call's and the profile's " + setting.thresholds().maxPerInitiative() + ")",
                    "toewijzingsbeleid '" + policy.id() + "' kende " + granted.amount() + " toe aan " + granted.initiativeId()
                        + ", boven het maximum per initiatief van " + maximum,
                    "a policy grants at most Candidate.fundable()");
            }
            claimed = Math.addExact(claimed, decision.budgetEffect().grantedTotal().plus(decision.budgetEffect().reservedTotal()).cents());
        }
        if (claimed > ceiling.cents()) {
            throw KitFailure.of("allocation policy '" + policy.id() + "' claimed " + Money.ofCents(claimed) + " from a pot of " + ceiling,
                "toewijzingsbeleid '" + policy.id() + "' vroeg " + Money.ofCents(claimed) + " uit een pot van " + ceiling, "");
        }
        Result<Dossier> dossier;
        try {
            dossier = RoundWorkflow.run(generated.plan(), generated.framework(), policy, Ledger.create(generated.plan().budget()));
        } catch (RuntimeException e) {
            throw KitFailure.of("a generated round failed in the workflow with policy '" + policy.id() + "'",
                "een gegenereerde ronde liep vast in de workflow met beleid '" + policy.id() + "'", e.toString(), e);
        }
        if (dossier.isFailed()) {
            throw KitFailure.of("the round refused the decisions of allocation policy '" + policy.id() + "'",
                "de ronde weigerde de besluiten van toewijzingsbeleid '" + policy.id() + "'",
                dossier.problems().stream().map(Problem::toString).toList().toString());
        }
        return Optional.of(dossier.orElseThrow());
    }

    /** The dossier of a generated round for the report checks; a round that faults is the round check's failure, not theirs. */
    private static Optional<Dossier> quietly(Setting setting, GeneratedRound round) {
        try {
            return run(setting, round);
        } catch (AssertionError | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The report as a public reader gets it, or empty when the format refuses or faults (the render check's failure). */
    private static Optional<String> publicText(ReportFormat format, Dossier dossier, Locale locale, ReportRenderer renderer) {
        try {
            Result<Report> built = format.build(dossier, locale);
            if (built.isFailed()) {
                return Optional.empty();
            }
            return Optional.of(new String(renderer.renderToBytes(built.orElseThrow(), new RenderOptions(locale, Audience.PUBLIC)), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static List<ReportRenderer> rendered(Renderers renderers) {
        return renderers.formatIds().stream().map(id -> renderers.forFormat(id).orElseThrow()).toList();
    }

    private Map<String, ReportFormat> formats() {
        return loaded().getInstance(ProfileContract.named(ReportFormat.class));
    }

    private static <T> void forAll(String english, String dutch, Gen<T> gen, int tries, Consumer<T> check) {
        try {
            Property.named(english).tries(Math.min(tries, Settings.fromSystemProperties().tries())).shrinks(SHRINKS).forAll(gen).check(check);
        } catch (PropertyFailure failure) {
            throw KitFailure.fromProperty(english, dutch, failure);
        }
    }
}
