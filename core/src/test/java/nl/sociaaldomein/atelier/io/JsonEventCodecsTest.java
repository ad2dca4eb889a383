package nl.sociaaldomein.atelier.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.call.DecisionKind;
import nl.sociaaldomein.atelier.events.Stamp;
import nl.sociaaldomein.atelier.experiment.Experiment;
import nl.sociaaldomein.atelier.experiment.ExperimentNumber;
import nl.sociaaldomein.atelier.experiment.Kpi;
import nl.sociaaldomein.atelier.experiment.Lifecycle;
import nl.sociaaldomein.atelier.experiment.Measurement;
import nl.sociaaldomein.atelier.experiment.PolicyPlan;
import nl.sociaaldomein.atelier.experiment.PublishedRow;
import nl.sociaaldomein.atelier.experiment.QualitativeIndicator;
import nl.sociaaldomein.atelier.experiment.Review;
import nl.sociaaldomein.atelier.experiment.ReviewVerdict;
import nl.sociaaldomein.atelier.experiment.Successor;
import nl.sociaaldomein.atelier.experiment.Transition;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.IntakeChannel;
import nl.sociaaldomein.atelier.initiative.LegalFramework;
import nl.sociaaldomein.atelier.initiative.OrganisationKind;
import nl.sociaaldomein.atelier.initiative.UnknownApplicant;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.register.ExperimentEvent;
import nl.sociaaldomein.atelier.round.DecisionRecord;
import nl.sociaaldomein.atelier.round.RoundEvent;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.workflow.PlannedReservation;
import org.junit.jupiter.api.Test;

/** The round and experiment events' JSON payloads (docs/calls.md and docs/experiments.md, "Events"): the shape, every event back and forth, and bad payloads named by JSON path. */
class JsonEventCodecsTest {

    private final JsonRoundEventCodec rounds = new JsonRoundEventCodec();
    private final JsonExperimentEventCodec experiments = new JsonExperimentEventCodec();
    private static final Stamp DATED = Stamp.on(LocalDate.of(2016, 5, 31), "college", "collegebesluit");
    private static final Stamp UNDATED = Stamp.undated("backoffice", "000_54832993d59957fc.txt");

    private static final Initiative PERSON = Initiative.builder().id("gr2016-03").title("(on)Gewoon een Psychische Handicap")
        .applicant(Applicant.naturalPerson("[naam niet gepubliceerd]")).intakeChannel(IntakeChannel.INNOVATION_WORKSHOP_PITCH)
        .requestedAmount(Money.ofCents(500_050)).themes(List.of("psyche")).legalFrameworks(List.of(LegalFramework.WMO_2015))
        .submissionDate(LocalDate.of(2015, 12, 10)).note("annex row 3").build();
    private static final Initiative ORGANISATION = Initiative.builder().id("gr2016-19").title("Waarom is water zo mooi?")
        .applicant(Applicant.organisation("Humanitas", OrganisationKind.WELFARE_ORGANISATION)).build();
    private static final Initiative UNKNOWN = Initiative.builder().id("gr2016-idee-20").title("idee 20").applicant(UnknownApplicant.INSTANCE).build();

    @Test
    void aDecisionEventHasTheDocumentedShape() {
        RoundEvent event = new RoundEvent.DecisionsTaken("innovatieatelier-2016", DATED, Text.of("college", "executive"),
            List.of(DecisionRecord.granted("gr2016-19", Map.of("wmo-2016", Money.ofEuros(109_000)), List.of(), Text.of("college", "executive"))),
            List.of());
        assertThat(rounds.type(event)).isEqualTo("round.decisions-taken");
        assertThat(rounds.encode(event)).isEqualTo("{\"callId\":\"innovatieatelier-2016\",\"actor\":\"college\",\"reason\":\"collegebesluit\","
            + "\"on\":\"2016-05-31\",\"decidedBy\":{\"nl\":\"college\",\"en\":\"executive\"},\"decisions\":[{\"initiativeId\":\"gr2016-19\","
            + "\"kind\":\"granted\",\"amounts\":{\"wmo-2016\":\"109000.00\"},\"rule\":{\"nl\":\"college\",\"en\":\"executive\"}}],\"reservations\":[]}");
    }

    @Test
    void everyRoundEventGoesBackAndForth() {
        String call = "c";
        List<RoundEvent> events = List.of(
            new RoundEvent.CallOpened(call, UNDATED),
            new RoundEvent.InitiativeSubmitted(call, DATED, PERSON),
            new RoundEvent.InitiativeSubmitted(call, UNDATED, ORGANISATION),
            new RoundEvent.InitiativeSubmitted(call, UNDATED, UNKNOWN),
            new RoundEvent.InitiativeWithdrawn(call, DATED, "gr2016-03"),
            new RoundEvent.RequestAmended(call, DATED, "gr2016-19", Optional.of(Money.ofCents(1))),
            new RoundEvent.RequestAmended(call, DATED, "gr2016-19", Optional.empty()),
            new RoundEvent.ScoresRecorded(call, DATED, "assessor-1", "gr2016-19", Map.of("need", 7, "quality", 0)),
            new RoundEvent.AssessmentClosed(call, DATED),
            new RoundEvent.DecisionsTaken(call, DATED, Text.of("c", "c"), List.of(
                DecisionRecord.granted("a", Map.of("p1", Money.ofEuros(3), "p2", Money.ofCents(7)), List.of("verslag"), Text.of("r", "r")),
                DecisionRecord.rejected("b", List.of(Text.of("te duur", "too dear")), Text.of("r", "r")),
                DecisionRecord.withdrawn("w", Text.of("r", "r")),
                new DecisionRecord(DecisionKind.REFERRED, "d", Map.of(), List.of(), Optional.of("WIJ-team"), Optional.empty(), Optional.empty(),
                    List.of(), Text.of("r", "r")),
                new DecisionRecord(DecisionKind.IN_KIND, "e", Map.of(), List.of(), Optional.empty(), Optional.of("een ruimte"), Optional.empty(),
                    List.of(), Text.of("r", "r")),
                new DecisionRecord(DecisionKind.DEFERRED, "f", Map.of(), List.of(), Optional.empty(), Optional.empty(),
                    Optional.of(Map.entry("p1", Money.ofEuros(10))), List.of(), Text.of("r", "r"))),
                List.of(new PlannedReservation("later", "p1", Money.ofEuros(5), "ideeën later in het jaar"))),
            new RoundEvent.ObjectionFiled(call, DATED, "b", "te streng"),
            new RoundEvent.ObjectionDecided(call, DATED, "b", true, Text.of("gegrond", "upheld"),
                Optional.of(DecisionRecord.granted("b", Map.of("p1", Money.ofEuros(1)), List.of(), Text.of("gegrond", "upheld")))),
            new RoundEvent.ObjectionDecided(call, DATED, "b", false, Text.of("ongegrond", "unfounded"), Optional.empty()));
        for (RoundEvent event : events) {
            String payload = rounds.encode(event);
            RoundEvent back = rounds.decode(rounds.type(event), payload);
            assertThat(back).as(payload).isEqualTo(event);
            assertThat(rounds.encode(back)).isEqualTo(payload);
            assertThat(rounds.owns(rounds.type(event))).isTrue();
        }
        assertThat(rounds.owns("ledger.grant")).isFalse();
    }

    @Test
    void aSubmittedInitiativeOfAnyAmountGoesBackAndForthExactly() {
        // The amount is a JSON number in the payload: ten million euros and more once read back as
        // 1.0E7 (a double), which the money reader refuses, and amounts beyond 2^53 cents lost cents.
        for (long cents : new long[] {1_000_000_000L, 1_234_567_891L, 9_007_199_254_740_993L, Long.MAX_VALUE}) {
            Initiative asking = Initiative.builder().from(ORGANISATION).requestedAmount(Money.ofCents(cents)).build();
            RoundEvent submitted = new RoundEvent.InitiativeSubmitted("c", DATED, asking);
            assertThat(rounds.decode(rounds.type(submitted), rounds.encode(submitted))).as(cents + " cents").isEqualTo(submitted);
        }
    }

    @Test
    void everyExperimentEventGoesBackAndForth() {
        ExperimentNumber number = new ExperimentNumber.YearBased(2014, 3);
        Experiment planned = Experiment.builder().number(number).name("Wijknetwerk Silvolde").goal("samen").owner("Wonion")
            .start(PartialDate.of(LocalDate.of(2015, 2, 4))).plannedEnd(PartialDate.ofYear(2016)).fundingRef("gr-1")
            .policyPlan(new PolicyPlan("Samen, voor elkaar", PartialDate.ofYear(2014), List.of(PartialDate.ofYear(2017))))
            .addKpis(Kpi.of("matches", 30, PartialDate.ofMonth(2016, 11), PartialDate.ofMonth(2017, 11)))
            .addIndicators(new QualitativeIndicator("tevredenheid", List.of(QualitativeIndicator.Observation.scored(PartialDate.ofYear(2017), "goed", 4, 5),
                QualitativeIndicator.Observation.text(PartialDate.unknown(), "wisselend"))))
            .published(new PublishedRow("14-3", List.of(2015, 2016), "4-2-2015", "2016", "Ja, opgesplitst")).build();
        Review extend = Review.extend(LocalDate.of(2016, 3, 1), PartialDate.unknown(), "loopt door");
        Successor successor = new Successor("Buurtsportcoaches", Lifecycle.replay(PartialDate.unknown(), List.of(
            new Transition.Start(PartialDate.ofYear(2018), Optional.empty()), new Transition.MakeRegular(PartialDate.ofYear(2018), Optional.empty()))).orElseThrow(),
            Optional.of("regulier ingezet"));
        List<ExperimentEvent> events = List.of(
            new ExperimentEvent.Registered("og", UNDATED, planned),
            new ExperimentEvent.Transitioned("og", DATED, number, new Transition.Start(PartialDate.of(LocalDate.of(2015, 2, 4)), Optional.empty())),
            new ExperimentEvent.Transitioned("og", DATED, number, new Transition.Extend(PartialDate.ofMonth(2016, 3), PartialDate.unknown(),
                Optional.of(extend))),
            new ExperimentEvent.Transitioned("og", DATED, number, new Transition.Split(PartialDate.ofYear(2018), List.of(successor, successor),
                Optional.empty())),
            new ExperimentEvent.Measured("og", DATED, new ExperimentNumber.Plain(7), "matches", new Measurement(PartialDate.ofMonth(2017, 1), 8,
                Optional.of("eerste drie maanden")), "003_8cbc039ce30155df.txt"),
            new ExperimentEvent.Reviewed("og", DATED, number, new Review(LocalDate.of(2018, 9, 12), ReviewVerdict.MAKE_REGULAR, "goed",
                Optional.of("college"), Optional.empty())),
            new ExperimentEvent.Reviewed("og", DATED, number, Review.extend(LocalDate.of(2018, 9, 12), PartialDate.ofMonth(2019, 12), "verlengd")),
            new ExperimentEvent.RowCorrected("og", DATED, number, new PublishedRow("14-3", List.of(), "", "", "Loopt")));
        for (ExperimentEvent event : events) {
            String payload = experiments.encode(event);
            ExperimentEvent back = experiments.decode(experiments.type(event), payload);
            assertThat(back).as(payload).isEqualTo(event);
            assertThat(experiments.encode(back)).isEqualTo(payload);
        }
    }

    @Test
    void aBadPayloadIsRefusedNamingTheField() {
        assertThatThrownBy(() -> rounds.decode("round.request-amended",
            "{\"callId\":\"c\",\"actor\":\"a\",\"reason\":\"r\",\"initiativeId\":\"x\",\"requestedAmount\":\"1.001\"}"))
            .hasMessage("$.requestedAmount must be whole cents, not '1.001'");
        assertThatThrownBy(() -> rounds.decode("round.decisions-taken", "{\"callId\":\"c\",\"actor\":\"a\",\"reason\":\"r\",\"decidedBy\":"
            + "{\"nl\":\"x\",\"en\":\"x\"},\"decisions\":[{\"initiativeId\":\"i\",\"kind\":\"maybe\",\"rule\":{\"nl\":\"x\",\"en\":\"x\"}}]}"))
            .hasMessageStartingWith("$.decisions[0].kind must be one of granted");
        assertThatThrownBy(() -> rounds.decode("round.call-opened", "{\"callId\":\"c\",\"actor\":\"a\",\"reason\":\"r\",\"on\":\"31-05-2016\"}"))
            .hasMessage("$.on must be an ISO date like 2016-06-30, not '31-05-2016'");
        assertThatThrownBy(() -> experiments.decode("experiment.measured", "{\"registerId\":\"og\",\"actor\":\"a\",\"reason\":\"r\","
            + "\"number\":\"x-1\",\"kpi\":\"k\"}")).hasMessage("$.number must be a number like \"7\" or \"2014-3\", not 'x-1'");
        assertThatThrownBy(() -> rounds.decode("round.nonsense", "{\"callId\":\"c\",\"actor\":\"a\",\"reason\":\"r\"}"))
            .hasMessage("record type 'round.nonsense' is no round event type");
        assertThatThrownBy(() -> rounds.decode("round.call-opened", "[]")).hasMessage("the payload is not a JSON object");
    }
}
