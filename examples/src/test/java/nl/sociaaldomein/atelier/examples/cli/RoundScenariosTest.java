package nl.sociaaldomein.atelier.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.initiative.NaturalPerson;
import nl.sociaaldomein.atelier.io.InputFormat;
import nl.sociaaldomein.atelier.io.RoundFileReader;
import nl.sociaaldomein.atelier.workflow.RoundPlan;
import org.junit.jupiter.api.Test;

class RoundScenariosTest {

    @Test
    void groningenPrintsTheNineteenGrantsOfTheAnnexAndWhatRemains() {
        AppRun run = AppRun.of("replay", "groningen-2016");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        String[] reports = run.out().split(ReportPrinter.MARKDOWN_SEPARATOR);
        assertThat(reports).hasSize(2);
        assertThat(reports[0]).startsWith("# Toekenningen Innovatieateliers Sociaal Domein");
        assertThat(reports[0].lines().filter(l -> l.matches("\\| \\d+ \\|.*"))).hasSize(19);
        assertThat(reports[0]).contains("| 1 | Assist Helpt | App voor dagstructuur | € 25.000 |")
            .contains("| 19 | Humanitas | Waarom is water zo mooi? | € 109.000 |")
            .contains("|  |  |  | **€ 887.685** ²")
            .contains("- ¹ (cijfers zonder voetnoot) bron: 000_54832993d59957fc.txt".replace("_", "\\_"))
            .contains("- ² berekend: som van de toegekende bedragen");
        assertThat(reports[1]).contains("| ideeën | 43 |").contains("| financieel gehonoreerd | 19 |")
            .contains("| beschikbaar budget | € 1.000.000")
            .contains("| resterend vóór reserveringen | € 112.315 |")
            // The letter keeps part of the rest back without an amount: not made up (finding 1).
            .contains("| gereserveerd | niet gepubliceerd |").contains("| resterend na reserveringen | niet gepubliceerd |")
            .doesNotContain("€ 12.315").doesNotContain("98,8")
            .contains("- Datum: 30-06-2016");
    }

    @Test
    void hoogeveenRunsItsIllustrativeCallThroughItsOwnPolicy() {
        AppRun run = AppRun.of("replay", "hoogeveen-2016");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("# Innovatieagenda sociaal domein")
            .contains("# Financieel overzicht innovatie sociaal domein")
            .contains("4 van de 6 initiatieven krijgen eenmalige ondersteuning")
            .contains("**€ 59.500**");
    }

    @Test
    void groningenMeedoenPrintsTheWholeLetterAndTheProgressOfItsDatedProjects() {
        AppRun run = AppRun.of("replay", "groningen-meedoen-2017");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        String[] reports = run.out().split(ReportPrinter.MARKDOWN_SEPARATOR);
        assertThat(reports).hasSize(2);
        String letter = reports[0];
        assertThat(letter).startsWith("# Meedoen in Groningen: de brief van 2017 volledig");
        // All 24 annex projects, in the annex's order.
        String projects = letter.substring(letter.indexOf("**Overzicht projecten Meedoen**"), letter.indexOf("## Financiering"));
        assertThat(projects.lines().filter(l -> l.matches("\\| \\d+ .*"))).hasSize(24);
        assertThat(projects).contains("| 1 | Ondernemend Zuid").contains("| 24 | Stadsboerderij de Wiershoeck");
        // Programmes with their figures, the afwegingskader applied, several budgets, in kind, intake.
        assertThat(letter).contains("| Coaches Meedoen | fte coaches na de uitbreiding | 8").contains("| Nieuw beschut | taakstelling plekken 2018 | 78")
            .contains("| Ondernemend Zuid | na de eerste drie maanden: wijkbewoners met contact | 14")
            .contains("draagt een project bij aan substitutie in de zorg")
            .containsPattern("\\| 22 \\| Ondernemend Selwerd \\S* \\| uit meerdere budgetten \\S* \\| sociaal domein, economisch domein, "
                + "re-integratie/participatie \\S* \\| niet gepubliceerd")
            .containsPattern("\\| 20 \\| De minimalistische eettafel \\S* \\| in natura").contains("een ruimte en keuken")
            .contains("| Right to Challenge").contains("veertig initiatieven, de raadsbrief van 30-06-2016 van 43 ideeën");
        // Nothing the letter does not say (finding 4).
        assertThat(run.out()).doesNotContain("Halfjaarrapportage").doesNotContain("te laat").doesNotContain("achter op schema")
            .doesNotContain("| 25.").doesNotContain("regulier voortgezet").doesNotContain("januari 2017").doesNotContain("18,63");
        assertThat(reports[1]).startsWith("# Voortgang projecten meedoen").contains("| 1. | Ondernemend Zuid");
    }

    @Test
    void runOnARoundFileUsesTheProfilesMainReports() {
        AppRun run = AppRun.of("run", HOOGEVEEN_FILE, "--profile", "hoogeveen", "--report", "decisions");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Groot zorgplatform (illustratief)");
        AppRun wrongProfile = AppRun.of("run", HOOGEVEEN_FILE, "--profile", "groningen", "--lang", "en");
        assertThat(wrongProfile.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        // Hoogeveen's round under Groningen's name and rules: refused at the file's CBS code, not reported as Groningen's.
        assertThat(wrongProfile.err()).contains("hoogeveen-2016.yaml:14:44: /portfolio/municipality/cbsCode: the file is Hoogeveen's "
            + "(GM0118), but profile 'groningen' is Groningen's (GM0014)");
        assertThat(wrongProfile.out()).isEmpty();
    }

    @Test
    void aRoundFileValidatesWithASummary() {
        AppRun run = AppRun.of("validate", HOOGEVEEN_FILE);
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).endsWith("hoogeveen-2016.yaml: valid round, call innovatie-2016-illustratief, 6 initiatives\n");
    }

    @Test
    void asOfMovesTheBudgetViewOfARound() {
        AppRun before = AppRun.of("replay", "groningen-2016", "--report", "round-summary", "--as-of", "01-05-2016");
        assertThat(before.exitCode()).isEqualTo(ExitCode.OK);
        // Before the college's decision (31-05-2016) the ledger holds no grants yet.
        assertThat(before.out()).contains("- Datum: 01-05-2016").contains("| toegekend | € 0 |")
            .contains("| resterend vóór reserveringen | € 1.000.000 |");
    }

    @Test
    void aPublicReplayNeverShowsANaturalPersonsName() {
        for (String scenario : List.of("groningen-2016", "hoogeveen-2016")) {
            List<String> names = naturalPersons(ScenarioCatalogue.bundled().find(scenario));
            assertThat(names).as(scenario).isNotEmpty();
            for (String format : List.of("md", "html", "csv", "json")) {
                String published = AppRun.of("replay", scenario, "--format", format).out();
                assertThat(published).as(scenario + " " + format).contains("Particulier");
                names.forEach(name -> assertThat(published).as(scenario + " " + format).doesNotContain(name));
            }
            String internal = AppRun.of("replay", scenario, "--audience", "internal", "--format", "csv").out();
            assertThat(internal).as(scenario + " internal").contains(names.get(0));
        }
    }

    static final String HOOGEVEEN_FILE = "src/main/resources/scenarios/data/hoogeveen-2016.yaml";

    private static List<String> naturalPersons(Scenario scenario) {
        InputSource source = InputSource.resource(scenario.data());
        RoundPlan plan = RoundFileReader.read(source.name(), source.bytes(), InputFormat.YAML, Optional.empty()).orElseThrow();
        List<String> names = new ArrayList<>();
        plan.portfolio().initiatives().forEach(i -> {
            if (i.applicant() instanceof NaturalPerson person) {
                names.add(person.privateName());
            }
        });
        return names;
    }
}
