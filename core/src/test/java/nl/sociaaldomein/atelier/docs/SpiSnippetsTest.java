package nl.sociaaldomein.atelier.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.sociaaldomein.atelier.assessment.AssessorScore;
import nl.sociaaldomein.atelier.call.Allocation;
import nl.sociaaldomein.atelier.call.Call;
import nl.sociaaldomein.atelier.call.PotBalance;
import nl.sociaaldomein.atelier.call.Round;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.render.Renderers;
import nl.sociaaldomein.atelier.report.Report;
import nl.sociaaldomein.atelier.reporting.Dossier;
import org.junit.jupiter.api.Test;

/** The documented examples do what the document says they do. */
class SpiSnippetsTest {

    private static final Municipality TOWN = Municipality.of("My Town", "GM9998");

    @Test
    void theExamplePolicyFundsTheSmallestFirstAndTheFormatShowsParticulier() {
        Call call = Call.builder().id("c").municipality(TOWN).name("Ronde").potId("pot").maximumAmount(Money.ofEuros(10_000)).build();
        List<Initiative> initiatives = List.of(
            Initiative.builder().id("a").title("A").applicant(Applicant.naturalPerson("Jan Jansen"))
                .requestedAmount(Money.ofEuros(6_000)).submissionDate(LocalDate.of(2025, 3, 4)).build(),
            Initiative.builder().id("b").title("B").applicant(Applicant.naturalPerson("Els de Vries")).requestedAmount(Money.ofEuros(5_000)).build());
        List<AssessorScore> scores = List.of(new AssessorScore("x", "a", "serves-residents", 1), new AssessorScore("x", "a", "need", 5),
            new AssessorScore("x", "a", "reach", 5), new AssessorScore("x", "b", "serves-residents", 1),
            new AssessorScore("x", "b", "need", 4), new AssessorScore("x", "b", "reach", 3));
        List<PotBalance> pot = List.of(PotBalance.fresh("pot", Money.ofEuros(8_000)));
        Round round = Round.open(call, SpiSnippets.FRAMEWORK, initiatives).orElseThrow().assess(scores).orElseThrow();
        Allocation allocation = round.trial(new SpiSnippets.SmallestFirst(), pot).orElseThrow();
        round = round.apply(allocation, pot).orElseThrow();
        assertThat(allocation.budgetEffect().grantedTotal()).isEqualTo(Money.ofEuros(5_000));

        Report report = new SpiSnippets.GrantsPerApplicant()
            .build(Dossier.builder().municipality(TOWN).asOf(LocalDate.of(2025, 6, 30)).round(round).build(), Locale.forLanguageTag("nl-NL")).orElseThrow();
        String markdown = new String(Renderers.standard().forFormat("markdown").orElseThrow().renderToBytes(report, RenderOptions.defaults()),
            StandardCharsets.UTF_8);
        assertThat(markdown).contains("Particulier").contains("€ 5.000").doesNotContain("Els de Vries");
        assertThat(SpiSnippets.inWords(Money.ofEuros(887_685), Locale.forLanguageTag("nl-NL"))).isEqualTo("€ 887.685");
        assertThat(SpiSnippets.CALENDAR.moments()).hasSize(1);
    }
}
