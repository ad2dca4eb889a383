package nl.sociaaldomein.atelier.examples.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.sociaaldomein.atelier.budget.LedgerCodec;
import nl.sociaaldomein.atelier.budget.LedgerEntry;
import nl.sociaaldomein.atelier.budget.PostedBatch;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.money.MoneyFormat;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.ProblemException;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.spring.autoconfigure.LedgerPostings;
import org.springframework.stereotype.Service;

/**
 * Posting to the ledger from a form or the API: an advance (voorschot, Awb 4:95), a settlement
 * (vaststelling, Awb 4:42), or any batch of entries in the journal's own JSON shape. Every mistake
 * in the input is named at once with its field; the ledger's refusals come back as problems; a
 * refused posting changes nothing.
 */
@Service
public class LedgerDesk {

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final LedgerPostings postings;
    private final LedgerCodec codec;

    public LedgerDesk(LedgerPostings postings, LedgerCodec codec) {
        this.postings = postings;
        this.codec = codec;
    }

    /** What kind of payment: an advance on the grant, or its final determination. */
    public enum Kind { ADVANCE, SETTLEMENT }

    public PostedBatch pay(Kind kind, String initiativeId, Payment payment, String actor) {
        List<Problem> problems = new ArrayList<>();
        Money amount = amount(payment.amount(), "/amount", problems);
        LocalDate day = date(payment.date(), "/date", problems);
        String reason = payment.reason() == null || payment.reason().isBlank() ? "" : payment.reason().strip();
        if (reason.isEmpty()) {
            problems.add(Problem.invalid("input.reason-missing", field("/reason"), "geef een reden op", "give a reason"));
        } else if (reason.length() > 500) {
            problems.add(Problem.invalid("input.reason-too-long", field("/reason"), "een reden is hoogstens 500 tekens",
                "a reason is at most 500 characters"));
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(problems);
        }
        String id = payment.id() == null || payment.id().isBlank()
            ? "web/" + kind.name().toLowerCase(java.util.Locale.ROOT) + "/" + initiativeId + "/" + UUID.randomUUID() : payment.id().strip();
        LedgerEntry entry = kind == Kind.ADVANCE ? new LedgerEntry.Advance(id, day, reason, actor, initiativeId, amount)
            : new LedgerEntry.Determine(id, day, reason, actor, initiativeId, amount);
        return postings.post(List.of(entry));
    }

    /**
     * A batch of entries, each {@code {"type": "ledger.advance", "entry": {…}}} with the entry as
     * the journal keeps it (docs/budgets.md, "Journal records"): all posted, or none.
     */
    public PostedBatch post(JsonNode batch) {
        List<Problem> problems = new ArrayList<>();
        List<LedgerEntry> entries = new ArrayList<>();
        if (batch == null || !batch.isArray() || batch.isEmpty()) {
            throw new ProblemException(List.of(Problem.invalid("input.not-a-batch", field(""),
                "verwacht een lijst van boekingen: [{\"type\": \"ledger.advance\", \"entry\": {…}}]",
                "expected a list of entries: [{\"type\": \"ledger.advance\", \"entry\": {…}}]")));
        }
        for (int i = 0; i < batch.size(); i++) {
            JsonNode item = batch.get(i);
            JsonNode type = item.path("type");
            JsonNode entry = item.path("entry");
            if (!type.isTextual() || !entry.isObject()) {
                problems.add(Problem.invalid("input.not-an-entry", field("/" + i), "een boeking heeft een tekst 'type' en een object 'entry'",
                    "an entry has a text 'type' and an object 'entry'"));
                continue;
            }
            try {
                entries.add(codec.decode(type.asText(), entry.toString()));
            } catch (IllegalArgumentException e) {
                problems.add(Problem.invalid("input.entry-invalid", field("/" + i + "/entry"), e.getMessage(), e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(problems);
        }
        return postings.post(entries);
    }

    private static final Pattern PLAIN_WITH_CENTS = Pattern.compile("-?[0-9]+(\\.[0-9]{1,2})?");

    static Money amount(String text, String path, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(Problem.invalid("input.amount-missing", field(path), "geef een bedrag op", "give an amount"));
            return Money.ZERO;
        }
        // A Dutch user's "2.500" is two thousand five hundred euros, not 2,50: a point is read as decimal
        // only when one or two digits follow it (5000.5, 5000.50); everything else is read the Dutch way.
        String stripped = text.strip();
        Result<Money> parsed = PLAIN_WITH_CENTS.matcher(stripped).matches() ? MoneyFormat.parsePlain(stripped)
            : MoneyFormat.parseDutch(stripped);
        if (parsed.isFailed() || !parsed.orElseThrow().isPositive()) {
            String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
            problems.add(Problem.invalid("input.amount-invalid", field(path), "geen positief bedrag in euro's: '" + shown
                + "' (bijvoorbeeld 5000, 5000.50 of € 5.000,50)", "not a positive amount in euros: '" + shown
                + "' (e.g. 5000, 5000.50 or € 5.000,50)"));
            return Money.ZERO;
        }
        return parsed.orElseThrow();
    }

    static LocalDate date(String text, String path, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(Problem.invalid("input.date-missing", field(path), "geef een datum op", "give a date"));
            return LocalDate.MIN;
        }
        try {
            return text.contains("-") && text.indexOf('-') == 4 ? LocalDate.parse(text.strip()) : LocalDate.parse(text.strip(), DUTCH_DATE);
        } catch (DateTimeParseException e) {
            String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
            problems.add(Problem.invalid("input.date-invalid", field(path), "geen datum: '" + shown + "' (bijvoorbeeld 01-07-2016)",
                "not a date: '" + shown + "' (e.g. 2016-07-01)"));
            return LocalDate.MIN;
        }
    }

    static Place field(String path) {
        return new Place(java.util.Optional.empty(), 0, 0, path, java.util.Map.of());
    }
}
