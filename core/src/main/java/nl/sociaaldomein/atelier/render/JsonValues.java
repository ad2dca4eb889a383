package nl.sociaaldomein.atelier.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import nl.sociaaldomein.atelier.provenance.Provenance;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.money.MoneyFormat;
import nl.sociaaldomein.atelier.report.Cell;
import nl.sociaaldomein.atelier.text.Printable;

/** The JSON shapes of values: amounts, dates and cells (keys listed in docs/reports.md), and the text they hold. */
final class JsonValues {

    private JsonValues() {
    }

    /**
     * A generator whose every text and key is {@link Printable#cleaned}: control characters dropped
     * and a lone surrogate written as U+FFFD, as in every other format. Jackson would write a lone
     * surrogate as {@code \uD800}, which strict JSON parsers refuse.
     */
    static JsonGenerator cleaning(JsonGenerator json) {
        return new JsonGeneratorDelegate(json, false) {
            @Override
            public void writeString(String text) throws IOException {
                super.writeString(text == null ? null : Printable.cleaned(text));
            }

            @Override
            public void writeString(char[] text, int offset, int length) throws IOException {
                writeString(new String(text, offset, length));
            }

            @Override
            public void writeFieldName(String name) throws IOException {
                super.writeFieldName(Printable.cleaned(name));
            }
        };
    }

    /** {@code {"cents": 88768500, "amount": "887685.00", "text": "€ 887.685"}}. */
    static void money(JsonGenerator json, Money amount, RenderOptions o) throws IOException {
        json.writeStartObject();
        moneyFields(json, amount, o);
        json.writeEndObject();
    }

    private static void moneyFields(JsonGenerator json, Money amount, RenderOptions o) throws IOException {
        json.writeNumberField("cents", amount.cents());
        json.writeStringField("amount", MoneyFormat.ENGLISH.formatPlainDecimal(amount));
        json.writeStringField("text", Wording.money(amount, o));
    }

    /** {@code {"precision": "day", "value": "2016-06-30", "earliest": ..., "latest": ..., "text": ...}}. */
    static void date(JsonGenerator json, PartialDate date, RenderOptions o) throws IOException {
        json.writeStartObject();
        dateFields(json, date, o);
        json.writeEndObject();
    }

    private static void dateFields(JsonGenerator json, PartialDate date, RenderOptions o) throws IOException {
        json.writeStringField("precision", date.precision().name().toLowerCase(Locale.ROOT));
        json.writeFieldName("value");
        if (date.isKnown()) {
            json.writeString(isoAtPrecision(date));
        } else {
            json.writeNull();
        }
        nullableDate(json, "earliest", date.earliest().orElse(null));
        nullableDate(json, "latest", date.latest().orElse(null));
        json.writeStringField("text", Wording.date(date, o));
    }

    static void nullableDate(JsonGenerator json, String field, LocalDate date) throws IOException {
        json.writeFieldName(field);
        if (date == null) {
            json.writeNull();
        } else {
            json.writeString(date.toString());
        }
    }

    /** ISO 8601 cut to what is known: {@code 2016-06-30}, {@code 2018-03}, {@code 2016}. */
    private static String isoAtPrecision(PartialDate date) {
        String iso = date.earliest().orElseThrow().toString();
        switch (date.precision()) {
            case MONTH: return iso.substring(0, 7);
            case YEAR: return iso.substring(0, 4);
            default: return iso;
        }
    }

    /** Every cell is an object with {@code type} and {@code text}, plus its typed fields. */
    static void cell(JsonGenerator json, Cell cell, RenderOptions o) throws IOException {
        cell(json, cell, o, Optional.empty());
    }

    /** A cell with, when it is a figure that has one, its {@code provenance} (see {@link #provenance}). */
    static void cell(JsonGenerator json, Cell cell, RenderOptions o, Optional<Provenance> provenance) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", type(cell));
        if (cell instanceof Cell.MoneyCell) {
            moneyFields(json, ((Cell.MoneyCell) cell).amount(), o);
        } else if (cell instanceof Cell.DateCell) {
            dateFields(json, ((Cell.DateCell) cell).date(), o);
        } else {
            typedFields(json, cell);
            json.writeStringField("text", Wording.cell(cell, o));
        }
        if (cell instanceof Cell.PartyCell) {
            json.writeStringField("kind", ((Cell.PartyCell) cell).applicant().kindCode());
        }
        if (provenance.isPresent()) {
            json.writeFieldName("provenance");
            provenance(json, provenance.get(), o);
        }
        json.writeEndObject();
    }

    /**
     * {@code {"kind": "bron", "file": "000_….txt", "quote": "…", "text": "bron: …"}}, or with
     * {@code "how"} (berekend) or {@code "reason"} (aanname) instead of file and quote. The kind is
     * the Dutch word in every language; {@code text} is in the report's language.
     */
    static void provenance(JsonGenerator json, Provenance provenance, RenderOptions o) throws IOException {
        json.writeStartObject();
        json.writeStringField("kind", provenance.kind().dutch());
        if (provenance instanceof Provenance.Source) {
            json.writeStringField("file", ((Provenance.Source) provenance).file());
            json.writeStringField("quote", ((Provenance.Source) provenance).quote());
        } else if (provenance instanceof Provenance.Computed) {
            json.writeStringField("how", ((Provenance.Computed) provenance).how());
        } else {
            json.writeStringField("reason", ((Provenance.Assumption) provenance).reason());
        }
        json.writeStringField("text", Footnotes.text(provenance, o));
        json.writeEndObject();
    }

    private static void typedFields(JsonGenerator json, Cell cell) throws IOException {
        if (cell instanceof Cell.CountCell) {
            json.writeNumberField("count", ((Cell.CountCell) cell).count());
        } else if (cell instanceof Cell.PercentageCell) {
            Cell.PercentageCell p = (Cell.PercentageCell) cell;
            json.writeNumberField("part", p.percentage().part());
            json.writeNumberField("whole", p.percentage().whole());
            json.writeStringField("percent", p.percentage().percent().toPlainString());
        } else if (cell instanceof Cell.MarkCell) {
            json.writeBooleanField("marked", ((Cell.MarkCell) cell).marked());
        }
    }

    private static String type(Cell cell) {
        if (cell instanceof Cell.TextCell) {
            return "text";
        } else if (cell instanceof Cell.MoneyCell) {
            return "money";
        } else if (cell instanceof Cell.DateCell) {
            return "date";
        } else if (cell instanceof Cell.CountCell) {
            return "count";
        } else if (cell instanceof Cell.PercentageCell) {
            return "percentage";
        } else if (cell instanceof Cell.MarkCell) {
            return "mark";
        } else if (cell instanceof Cell.PartyCell) {
            return "party";
        }
        return "empty";
    }
}
