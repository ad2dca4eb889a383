package nl.sociaaldomein.atelier.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.budget.Funding;
import nl.sociaaldomein.atelier.budget.LedgerEntry;
import nl.sociaaldomein.atelier.budget.LedgerRecordTypes;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.testkit.Gen;
import nl.sociaaldomein.atelier.testkit.Property;
import org.junit.jupiter.api.Test;

/** The journal payload of every kind of ledger entry: its documented shape, exact amounts, and a clear word on a bad payload. */
class JsonLedgerCodecTest {

    static final JsonLedgerCodec CODEC = new JsonLedgerCodec();
    static final LocalDate DAY = LocalDate.of(2016, 6, 30);

    @Test
    void aGrantHasTheDocumentedShape() {
        LedgerEntry grant = new LedgerEntry.Grant("besluit-19", DAY, "collegebesluit", "backoffice", "gr2016-19", "Waarom is water zo mooi?",
            Money.ofEuros(109_000), List.of(new Funding("wmo-2016", 3), new Funding("jeugd-2016", 1)), Optional.of("r1"));
        assertThat(CODEC.encode(grant)).isEqualTo("{\"id\":\"besluit-19\",\"effectiveDate\":\"2016-06-30\",\"reason\":\"collegebesluit\","
            + "\"recordedBy\":\"backoffice\",\"initiativeId\":\"gr2016-19\",\"title\":\"Waarom is water zo mooi?\",\"amount\":\"109000.00\","
            + "\"funding\":[{\"potId\":\"wmo-2016\",\"weight\":\"3\"},{\"potId\":\"jeugd-2016\",\"weight\":\"1\"}],\"reservationId\":\"r1\"}");
        assertThat(LedgerRecordTypes.of(grant)).isEqualTo("ledger.grant");
    }

    @Test
    void everyKindOfEntryReadsBackEqual() {
        Gen<Money> amounts = Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE).map(Money::ofCents);
        Gen<String> texts = Gen.oneOf("", "a \"quoted\" \\ text", "Één initiatief — €", "x\ny\u0000z", "=SUM(A1)");
        Property.named("ledger entries survive the JSON codec exactly")
            .forAll(amounts, texts)
            .check(Property.pair((amount, text) -> {
                for (LedgerEntry entry : List.<LedgerEntry>of(
                    new LedgerEntry.Reserve("id", DAY, text, "by", "r", "p", amount, text),
                    new LedgerEntry.ReleaseReservation("id", DAY, text, "by", "r", amount),
                    new LedgerEntry.Grant("id", DAY, text, "by", "i", text, amount, List.of(new Funding("p", Long.MAX_VALUE)), Optional.empty()),
                    new LedgerEntry.AmendGrant("id", DAY, text, "by", "i", amount),
                    new LedgerEntry.WithdrawGrant("id", DAY, text, "by", "i"),
                    new LedgerEntry.Advance("id", DAY, text, "by", "i", amount),
                    new LedgerEntry.Determine("id", DAY, text, "by", "i", amount),
                    new LedgerEntry.Reclaim("id", DAY, text, "by", "i", amount),
                    new LedgerEntry.Transfer("id", DAY, text, "by", "a", "b", amount),
                    new LedgerEntry.SetCeiling("id", DAY, text, "by", "p", amount, DAY.minusDays(14)))) {
                    assertThat(CODEC.decode(LedgerRecordTypes.of(entry), CODEC.encode(entry))).isEqualTo(entry);
                }
            }));
    }

    @Test
    void aBadPayloadNamesTheField() {
        assertThatThrownBy(() -> CODEC.decode("ledger.advance", "{\"id\":\"a\",\"effectiveDate\":\"2016-06-30\",\"reason\":\"r\","
            + "\"recordedBy\":\"b\",\"initiativeId\":\"i\",\"amount\":12.5}"))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("$.amount must be a string");
        assertThatThrownBy(() -> CODEC.decode("ledger.advance", "{\"id\":\"a\",\"effectiveDate\":\"30-06-2016\"}"))
            .hasMessageContaining("$.effectiveDate must be an ISO date");
        assertThatThrownBy(() -> CODEC.decode("ledger.advance", "{\"id\":\"a\",\"effectiveDate\":\"2016-06-30\",\"reason\":\"r\","
            + "\"recordedBy\":\"b\",\"initiativeId\":\"i\",\"amount\":\"0.001\"}"))
            .hasMessageContaining("$.amount must be whole cents");
        assertThatThrownBy(() -> CODEC.decode("ledger.grant", "{\"id\":\"a\",\"effectiveDate\":\"2016-06-30\",\"reason\":\"r\","
            + "\"recordedBy\":\"b\",\"initiativeId\":\"i\",\"title\":\"t\",\"amount\":\"1.00\",\"funding\":[{\"potId\":\"p\",\"weight\":\"x\"}]}"))
            .hasMessageContaining("$.funding[0].weight must be a whole number");
        assertThatThrownBy(() -> CODEC.decode("ledger.unknown", "{\"id\":\"a\",\"effectiveDate\":\"2016-06-30\",\"reason\":\"r\",\"recordedBy\":\"b\"}"))
            .hasMessageContaining("no ledger entry type");
    }
}
