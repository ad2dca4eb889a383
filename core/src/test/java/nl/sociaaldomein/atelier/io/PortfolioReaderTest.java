package nl.sociaaldomein.atelier.io;

import java.util.Locale;
import nl.sociaaldomein.atelier.io.support.FileProblem;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.problem.Problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.IntakeChannel;
import nl.sociaaldomein.atelier.initiative.LegalFramework;
import nl.sociaaldomein.atelier.initiative.OrganisationKind;
import nl.sociaaldomein.atelier.initiative.Portfolio;
import nl.sociaaldomein.atelier.money.Money;
import org.junit.jupiter.api.Test;

class PortfolioReaderTest {

    private static final String HEAD = "format: atelier-portfolio/1\n"
        + "municipality: {name: Groningen, cbsCode: GM0014}\n";

    private static Result<Portfolio> yaml(String text) {
        return PortfolioReader.read("p.yaml", text.getBytes(StandardCharsets.UTF_8), InputFormat.YAML);
    }

    private static Result<Portfolio> json(String text) {
        return PortfolioReader.read("p.json", text.getBytes(StandardCharsets.UTF_8), InputFormat.JSON);
    }

    /** The problems of a file with one initiative with these extra fields (YAML flow style); none when it reads. */
    private static List<String> problemsOfInitiative(String fields) {
        return yaml(HEAD + "initiatives:\n  - {id: a, title: T, applicant: {kind: natural-person, name: Piet}, "
            + fields + "}\n").fold(problems -> problems.stream().map((Problem p) -> FileProblem.describe(p, Locale.ENGLISH)).toList(), portfolio -> List.of());
    }

    @Test
    void readsEveryFieldFromYamlAndTheSameShapeFromJson() {
        String yaml = HEAD + "title: Ronde 2016\nsource: 000_54832993d59957fc.txt\n"
            + "period: {start: 1-1-2016, end: 2016-12-31}\n"
            + "initiatives:\n"
            + "  - id: gr-1\n    title: Stadsbloementuin\n    description: Bloemen in de stad\n"
            + "    applicant: {kind: organisation, name: St Kas-Vital, organisationKind: foundation}\n"
            + "    requestedAmount: '12000.50'\n    themes: [preventie, zelfredzaamheid]\n    targetGroups: ouderen\n"
            + "    legalFrameworks: [wmo-2015, lokale-regeling]\n    neighbourhood: Oosterpark\n"
            + "    intakeChannel: right-to-challenge\n    submissionDate: 30-06-2016\n    note: uit de bijlage\n";
        Portfolio portfolio = yaml(yaml).orElseThrow();

        Initiative initiative = portfolio.initiatives().get(0);
        assertThat(initiative.applicant()).isEqualTo(Applicant.organisation("St Kas-Vital", OrganisationKind.FOUNDATION));
        assertThat(initiative.requestedAmount()).contains(Money.ofCents(1_200_050));
        assertThat(initiative.targetGroups()).containsExactly("ouderen");
        assertThat(initiative.legalFrameworks()).containsExactly(LegalFramework.WMO_2015, new LegalFramework("lokale-regeling"));
        assertThat(initiative.intakeChannel()).contains(IntakeChannel.RIGHT_TO_CHALLENGE);
        assertThat(initiative.submissionDate()).contains(LocalDate.of(2016, 6, 30));
        assertThat(portfolio.period()).contains(new Portfolio.Period(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31)));
        assertThat(json(PortfolioWriter.write(portfolio, InputFormat.JSON)).orElseThrow()).isEqualTo(portfolio);
    }

    @Test
    void malformedJsonAndYamlAreReportedWhereTheyBreak() {
        assertThat(json("{\"format\": \"atelier-portfolio/1\",\n \"initiatives\": [}\n").problems())
            .singleElement().satisfies(p -> {
                assertThat(p.place().line()).isEqualTo(2);
                assertThat(p.message(Locale.ENGLISH)).startsWith("not valid JSON");
            });
        assertThat(yaml("format: atelier-portfolio/1\ninitiatives: [a, b\n").problems())
            .singleElement().satisfies(p -> assertThat(p.message(Locale.ENGLISH)).startsWith("not valid YAML"));
    }

    @Test
    void wrongTypesNameWhatWasExpected() {
        assertThat(problemsOfInitiative("description: [a, b], requestedAmount: true")).containsExactly(
            "p.yaml:4:83: /initiatives/0/description: expected a text, found a list",
            "p.yaml:4:108: /initiatives/0/requestedAmount: expected an amount in euros such as 12000.50, found true");
    }

    @Test
    void aTextWhereAnObjectBelongsIsOneProblemNotOnePerMissingField() {
        assertThat(yaml(HEAD + "period: 2016\ninitiatives:\n  - {id: a, title: T, applicant: Piet}\n").problems())
            .extracting((Problem p) -> FileProblem.describe(p, Locale.ENGLISH)).containsExactly(
                "p.yaml:3:9: /period: expected an object (fields in braces or indented), found 2016",
                "p.yaml:5:34: /initiatives/0/applicant: expected an object (fields in braces or indented), found the text 'Piet'");
    }

    @Test
    void missingRequiredFieldsAreEachReported() {
        assertThat(yaml("title: x\n").problems()).extracting((Problem p) -> p.message(Locale.ENGLISH)).containsExactly(
            "required field 'format' is missing",
            "required field 'municipality' is missing",
            "required field 'initiatives' is missing (an empty list [] is allowed)");
        assertThat(yaml(HEAD + "initiatives:\n  - {applicant: {kind: natural-person}}\n").problems())
            .extracting((Problem p) -> p.place().path())
            .containsExactly("/initiatives/0/id", "/initiatives/0/title", "/initiatives/0/applicant/name");
    }

    @Test
    void unknownFieldsSuggestTheClosestKnownOne() {
        assertThat(problemsOfInitiative("neighborhood: Oosterpark")).singleElement().asString()
            .contains("/initiatives/0/neighborhood: unknown field 'neighborhood'; did you mean 'neighbourhood'?");
        assertThat(problemsOfInitiative("colour: red")).singleElement().asString()
            .contains("unknown field 'colour' (known fields: id, title,");
    }

    @Test
    void negativeAndFractionalCentAmountsAreRefused() {
        assertThat(problemsOfInitiative("requestedAmount: -5"))
            .containsExactly("p.yaml:4:87: /initiatives/0/requestedAmount: amount must not be negative: -5");
        assertThat(problemsOfInitiative("requestedAmount: 0.015"))
            .containsExactly("p.yaml:4:87: /initiatives/0/requestedAmount: amount has a fraction of a cent: 0.015");
        assertThat(yaml(HEAD + "initiatives:\n  - {id: a, title: T, applicant: {kind: natural-person, name: P}, "
            + "requestedAmount: 0.010}\n").orElseThrow().initiatives().get(0).requestedAmount()).contains(Money.ofCents(1));
    }

    @Test
    void amountsBeyondTheRangeOfCentsOverflowIntoAProblem() {
        // Long.MAX_VALUE cents is € 92.233.720.368.547.758,07; one cent more does not fit.
        assertThat(problemsOfInitiative("requestedAmount: 92233720368547758.08")).singleElement().asString()
            .endsWith("amount is too large: 92233720368547758.08");
        assertThat(problemsOfInitiative("requestedAmount: 92233720368547758.07")).isEmpty();
    }

    @Test
    void duplicateIdsNameBothPlaces() {
        List<Problem> problems = yaml(HEAD + "initiatives:\n"
            + "  - {id: x, title: A, applicant: {kind: natural-person, name: P}}\n"
            + "  - {id: y, title: B, applicant: {kind: natural-person, name: P}}\n"
            + "  - {id: x, title: C, applicant: {kind: natural-person, name: P}}\n").problems();
        assertThat(problems).extracting((Problem p) -> FileProblem.describe(p, Locale.ENGLISH)).containsExactly(
            "p.yaml:6:10: /initiatives/2/id: initiative id 'x' is used twice: here and at /initiatives/0/id (line 4)");
    }

    @Test
    void datesInAnotherFormOrImpossibleAreRefused() {
        assertThat(problemsOfInitiative("submissionDate: 31-02-2016")).singleElement().asString()
            .contains("/initiatives/0/submissionDate: impossible date '31-02-2016'");
        assertThat(problemsOfInitiative("submissionDate: 2016/06/30")).singleElement().asString()
            .contains("not a date: '2016/06/30'");
        assertThat(problemsOfInitiative("submissionDate: Juni 2016")).singleElement().asString()
            .contains("'Juni 2016' is a month, not a day: give a full date such as 30-06-2016 or 2016-06-30");
        assertThat(problemsOfInitiative("submissionDate: 2016")).singleElement().asString()
            .contains("'2016' is a year, not a day: give a full date such as 30-06-2016 or 2016-06-30");
        assertThat(problemsOfInitiative("submissionDate: ''")).singleElement().asString()
            .contains("/initiatives/0/submissionDate: must not be empty: give a full date such as 30-06-2016 or 2016-06-30");
        assertThat(problemsOfInitiative("submissionDate: 0000-01-01")).singleElement().asString()
            .contains("impossible date '0000-01-01': there is no year 0");
        assertThat(problemsOfInitiative("submissionDate: 01-01-0000")).singleElement().asString()
            .contains("impossible date '01-01-0000': there is no year 0");
    }

    @Test
    void aPeriodMustNotEndBeforeItStarts() {
        assertThat(yaml(HEAD + "period: {start: 31-12-2016, end: 01-01-2016}\ninitiatives: []\n").problems())
            .extracting((Problem p) -> FileProblem.describe(p, Locale.ENGLISH))
            .containsExactly("p.yaml:3:34: /period/end: the period ends on 1-1-2016, before it starts on 31-12-2016");
        assertThat(yaml(HEAD + "period: {start: 31-12-2016, end: 31-12-2016}\ninitiatives: []\n").isOk()).isTrue();
    }

    @Test
    void anUnknownApplicantKindListsTheAllowedOnesWhileOpenVocabulariesTakeAnyWellFormedCode() {
        assertThat(yaml(HEAD + "initiatives:\n  - {id: a, title: T, applicant: {kind: person, name: P}}\n").problems())
            .extracting((Problem p) -> p.message(Locale.ENGLISH))
            .containsExactly("unknown value 'person'; allowed: natural-person, organisation, unknown");
        assertThat(problemsOfInitiative("intakeChannel: buurtbudget, legalFrameworks: [wet-langdurige-zorg]")).isEmpty();
        assertThat(problemsOfInitiative("intakeChannel: Right to Challenge")).singleElement().asString()
            .contains("an intake channel must be lower-case words joined by hyphens");
    }

    @Test
    void aNaturalPersonHasNoOrganisationKindAndAnOrganisationWithoutOneIsOfUnknownKind() {
        assertThat(yaml(HEAD + "initiatives:\n"
            + "  - {id: a, title: T, applicant: {kind: natural-person, name: P, organisationKind: church}}\n").problems())
            .extracting((Problem p) -> p.place().path())
            .containsExactly("/initiatives/0/applicant/organisationKind");
        // The annex names "Assist Helpt" but not what kind of organisation it is: unknown, not guessed.
        var read = yaml(HEAD + "initiatives:\n  - {id: b, title: T, applicant: {kind: organisation, name: Q}}\n"
            + "  - {id: c, title: U, applicant: {kind: unknown}}\n").orElseThrow();
        assertThat(read.initiatives().get(0).applicant().kindCode()).isEqualTo("unknown");
        assertThat(read.initiatives().get(1).applicant().nameFor(nl.sociaaldomein.atelier.initiative.Audience.INTERNAL))
            .isEqualTo("niet gepubliceerd");
    }

    @Test
    void aBadCbsCodeAndAnUnknownFormatVersionAreReported() {
        assertThat(yaml("format: atelier-portfolio/9\nmunicipality: {name: Groningen, cbsCode: '0014'}\ninitiatives: []\n")
            .problems()).extracting((Problem p) -> FileProblem.describe(p, Locale.ENGLISH)).containsExactly(
                "p.yaml:1:9: /format: unknown format 'atelier-portfolio/9'; this version of Atelier reads atelier-portfolio/1",
                "p.yaml:2:42: /municipality/cbsCode: a CBS code is GM followed by four digits (e.g. GM0014 for Groningen), not '0014'");
    }

    @Test
    void anEmptyFileAFileOverTheLimitAndDeepNestingAreRefusedWithoutAStackTrace() {
        assertThat(yaml("# nothing but a comment\n").problems()).extracting((Problem p) -> p.message(Locale.ENGLISH))
            .singleElement().asString().contains("empty");
        assertThat(json("").problems()).extracting((Problem p) -> p.message(Locale.ENGLISH)).containsExactly("the file is empty");

        byte[] big = (HEAD + "initiatives: []\n" + "#".repeat(2000)).getBytes(StandardCharsets.UTF_8);
        assertThat(PortfolioReader.read("big.yaml", big, InputFormat.YAML, new ReadLimits(1000, 64, 1000)).problems())
            .extracting((Problem p) -> p.message(Locale.ENGLISH)).containsExactly("the file is " + big.length + " bytes, more than the limit of 1000");

        String deep = "{\"format\": \"atelier-portfolio/1\", \"note\": " + "[".repeat(500) + "]".repeat(500) + "}";
        assertThat(json(deep).problems()).extracting((Problem p) -> p.message(Locale.ENGLISH))
            .singleElement().asString().contains("too deeply nested");
    }

    @Test
    void aTopLevelThatIsNotAnObjectIsOneProblem() {
        assertThat(yaml("- just\n- a list\n").problems()).extracting((Problem p) -> p.message(Locale.ENGLISH)).containsExactly(
            "a portfolio file holds fields such as 'format' and 'initiatives', found a list");
    }

    @Test
    void oneMistakeAnywhereMeansNoPortfolioAtAll() {
        String good = HEAD + "initiatives:\n"
            + "  - {id: a, title: A, applicant: {kind: natural-person, name: P}, requestedAmount: 5}\n";
        assertThat(yaml(good).isOk()).isTrue();
        Result<Portfolio> oneBad = yaml(good
            + "  - {id: b, title: B, applicant: {kind: natural-person, name: P}, requestedAmount: -5}\n");
        assertThat(oneBad.isFailed()).isTrue();
        assertThat(oneBad.problems()).hasSize(1);
    }

    @Test
    void aFileWithManyMistakesReportsAllOfThemAtOnce() {
        StringBuilder file = new StringBuilder(HEAD).append("initiatives:\n");
        for (int i = 0; i < 120; i++) {
            file.append("  - {id: i").append(i).append(", titel: T, applicant: {kind: natural-person, name: P}, ")
                .append("requestedAmount: -").append(i + 1).append("}\n");
        }
        List<Problem> problems = yaml(file.toString()).problems();

        // Per initiative: title missing, 'titel' unknown, amount negative.
        assertThat(problems).hasSize(360);
        assertThat(problems).extracting((Problem p) -> p.place().path()).contains("/initiatives/119/requestedAmount", "/initiatives/0/titel");
        assertThat(problems).allSatisfy(p -> assertThat(p.place().line()).isGreaterThan(3));
    }
}
