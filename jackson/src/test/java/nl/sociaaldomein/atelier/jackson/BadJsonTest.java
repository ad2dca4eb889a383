package nl.sociaaldomein.atelier.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import nl.sociaaldomein.atelier.assessment.AssessmentResult;
import nl.sociaaldomein.atelier.assessment.CriterionResult;
import nl.sociaaldomein.atelier.budget.LedgerEntry;
import nl.sociaaldomein.atelier.experiment.Lifecycle;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.jackson.shape.ReadProblem;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.report.Report;
import org.junit.jupiter.api.Test;

/** JSON that is not a value: every problem at once, each with its JSON path, and nothing half-read. */
class BadJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new AtelierJacksonModule());

    @Test
    void everyProblemOfAnInitiativeAtOnceWithItsPath() {
        String json = "{\"id\":\"gr2016-19\",\"title\":\"  \",\"applicant\":{\"kind\":\"person\"},"
            + "\"requestedAmount\":{\"amount\":12.5},\"themes\":[\"a\",7],\"submissionDate\":\"30-06-2016\"}";
        AtelierJsonException e = catchThrowableOfType(AtelierJsonException.class, () -> MAPPER.readValue(json, Initiative.class));
        assertThat(e.problems()).extracting(ReadProblem::toString).containsExactly(
            "$.applicant.kind: must be one of natural-person, organisation, unknown, not 'person'",
            "$.requestedAmount.amount: must be a string such as \"887685.00\", not the number 12.5 (an amount is never read through a "
                + "floating-point number)",
            "$.themes[1]: must be a string, not the number 7",
            "$.submissionDate: must be an ISO date such as 2016-06-30, not '30-06-2016'");
        assertThat(e.getMessage()).startsWith("not a Initiative: 4 problems:\n- $.applicant.kind");
        assertThat(e.type()).isEqualTo(Initiative.class);
    }

    @Test
    void aDomainRuleThatFailsIsNamedAtItsValue() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"id\":\"x\",\"title\":\" \",\"applicant\":{\"kind\":\"unknown\"}}", Initiative.class))
            .isInstanceOf(AtelierJsonException.class)
            .hasMessageContaining("$: initiative x: the title must not be blank");
    }

    @Test
    void moneyIsNeverReadFromAFloatingPointNumber() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"cents\":12.5}", Money.class))
            .hasMessageContaining("$.cents: must be a whole number, not the number 12.5");
        assertThatThrownBy(() -> MAPPER.readValue("{\"cents\":100,\"amount\":\"2.00\"}", Money.class))
            .hasMessageContaining("\"cents\" (100) and \"amount\" (€ 2) differ");
        assertThatThrownBy(() -> MAPPER.readValue("{\"cents\":92233720368547758070}", Money.class))
            .hasMessageContaining("$.cents: the number 92233720368547758070 is out of range");
        assertThatThrownBy(() -> MAPPER.readValue("{\"amount\":\"0.001\"}", Money.class))
            .hasMessageContaining("$.amount: amount has a fraction of a cent: 0.001");
        assertThatThrownBy(() -> MAPPER.readValue("{\"text\":\"€ 5\"}", Money.class))
            .hasMessageContaining("an amount needs \"cents\"");
    }

    @Test
    void aLedgerEntrysFieldIsNamedByItsPath() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"type\":\"ledger.grant\",\"id\":\"g\",\"effectiveDate\":\"2016-06-30\",\"reason\":\"r\","
            + "\"recordedBy\":\"b\",\"initiativeId\":\"i\",\"title\":\"t\",\"amount\":\"5.00\",\"funding\":[{\"potId\":\"p\",\"weight\":3}]}",
            LedgerEntry.class))
            .hasMessageContaining("$.funding[0].weight: must be a string");
        assertThatThrownBy(() -> MAPPER.readValue("{\"type\":\"round.decision\"}", LedgerEntry.class))
            .hasMessageContaining("$.type: must be a ledger record type");
        assertThatThrownBy(() -> MAPPER.readValue("{\"type\":\"ledger.advance\",\"id\":\"a\",\"effectiveDate\":\"2016-06-30\",\"reason\":\"r\","
            + "\"recordedBy\":\"b\",\"initiativeId\":\"i\",\"amount\":\"5.00\"}", LedgerEntry.Grant.class))
            .hasMessageContaining("$: is a Advance, not a Grant");
    }

    @Test
    void unknownFieldsFollowTheMappersSetting() throws IOException {
        String json = "{\"cents\":5,\"centz\":6}";
        assertThatThrownBy(() -> MAPPER.readValue(json, Money.class))
            .hasMessageContaining("$.centz: unknown field; Money has text, cents, amount");
        ObjectMapper lenient = new ObjectMapper().registerModule(new AtelierJacksonModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        assertThat(lenient.readValue(json, Money.class)).isEqualTo(Money.ofCents(5));
    }

    @Test
    void aLifecycleTheDomainRefusesIsNotRead() {
        String json = "{\"initialPlannedEnd\":{\"precision\":\"unknown\"},\"transitions\":["
            + "{\"type\":\"stop\",\"on\":{\"precision\":\"year\",\"value\":\"2016\"}},"
            + "{\"type\":\"start\",\"on\":{\"precision\":\"year\",\"value\":\"2017\"}}]}";
        assertThatThrownBy(() -> MAPPER.readValue(json, Lifecycle.class))
            .hasMessageContaining("$.transitions: the lifecycle refuses them: cannot go from 'Stopped' to 'Running'");
    }

    @Test
    void anAssessmentNeedsAMapperThatKnowsItsFramework() {
        String json = "{\"framework\":\"innovatieatelier-2016\",\"initiativeId\":\"x\",\"criteria\":[]}";
        assertThatThrownBy(() -> MAPPER.readValue(json, AssessmentResult.class))
            .hasMessageContaining("$.framework: framework 'innovatieatelier-2016' is not known to this mapper; "
                + "register AtelierJacksonModule.withProfile(profile)");
        assertThatThrownBy(() -> MAPPER.readValue("{}", CriterionResult.class))
            .hasMessageContaining("read as part of its assessment");
    }

    @Test
    void aReportIsWrittenOnly() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"format\":\"atelier-report\"}", Report.class))
            .hasMessageContaining("a report is written, not read back");
    }
}
