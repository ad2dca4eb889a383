package nl.sociaaldomein.atelier.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sociaaldomein.atelier.assessment.Problem;
import nl.sociaaldomein.atelier.text.Text;

/**
 * Places a problem that running a round found (a {@link Problem} of the call, the assessment,
 * the allocation or the ledger) in the round file it came from, so that {@code run} and
 * {@code validate} report it as they report a reading problem: file, line, column, JSON path and
 * one language. A problem names what it is about ("initiative gr2016-07", "pot wmo-2016",
 * "ledger entry round/c/grant/a", "score 3 (…)"); that is found in the file: the decision on the
 * initiative (else the initiative), the pot's ceiling, the reservation, the score, the decision
 * date. What cannot be placed more precisely is placed at the call.
 */
public final class RoundFileProblems {

    private static final Pattern LEDGER_ENTRY = Pattern.compile("ledger entry round/.+?/(grant|deferral|release|reservation)/(.+)");
    private static final Pattern SCORE = Pattern.compile("score (\\d+) \\(.*");

    private RoundFileProblems() {
    }

    /** The problem placed in {@code round}, worded in the language of {@code locale}. */
    public static InputProblem locate(LocatedDocument round, Problem problem, Locale locale) {
        return round.problemAt(pointer(round.root(), problem.where(), problem.message()), message(problem, locale));
    }

    /** The subject and the message: the path alone does not always name what it is about (a pot, an entry, a phase). */
    static String message(Problem problem, Locale locale) {
        return problem.where() + ": " + problem.message().in(locale);
    }

    /** The JSON path of what a problem is about, as precisely as the file allows. */
    static String pointer(JsonNode root, String where, Text message) {
        String en = message.en();
        if (where.startsWith("decision date")) {
            return decisionDate(root);
        }
        Matcher entry = LEDGER_ENTRY.matcher(where);
        if (entry.matches()) {
            String id = entry.group(2);
            return entry.group(1).equals("reservation")
                ? find(root, "/decisions/reservations", "id", id).map(p -> field(root, p, "amount")).orElse("/decisions")
                : initiative(root, id, en);
        }
        if (where.startsWith("initiative ")) {
            return initiative(root, where.substring("initiative ".length()), en);
        }
        if (where.startsWith("decision on ")) {
            return initiative(root, where.substring("decision on ".length()), en);
        }
        if (where.startsWith("pot ")) {
            return find(root, "/budget/pots", "id", where.substring("pot ".length())).map(p -> field(root, p, "ceiling"))
                .orElse("/budget");
        }
        Matcher score = SCORE.matcher(where);
        if (score.matches()) {
            String at = "/scores/" + (Integer.parseInt(score.group(1)) - 1);
            String field = en.contains("criterion") ? "criterion" : en.contains("initiative") ? "initiative" : "score";
            return field(root, at, field);
        }
        if (where.startsWith("round ")) {
            return root.has("decisions") ? "/decisions" : "/call";
        }
        int phase = where.indexOf(", phase ");
        if (where.startsWith("call ") && phase >= 0) {
            // The phase as the file names it; when it occurs twice, the later one is out of place.
            String name = where.substring(phase + ", phase ".length()).toLowerCase(Locale.ROOT).replace('_', '-');
            return last(root, "/call/phases", "phase", name).orElse("/call/phases");
        }
        if (where.startsWith("call ") && en.startsWith("minimum amount")) {
            return field(root, "/call", "minimumAmount");
        }
        return "/call";
    }

    private static Optional<String> last(JsonNode root, String list, String key, String value) {
        JsonNode elements = root.at(list);
        for (int i = elements.size() - 1; i >= 0; i--) {
            if (value.equals(elements.get(i).path(key).asText(null))) {
                return Optional.of(list + "/" + i);
            }
        }
        return Optional.empty();
    }

    /** The decision on the initiative (its amount when the problem is about one), else the initiative itself. */
    private static String initiative(JsonNode root, String id, String en) {
        Optional<String> outcome = find(root, "/decisions/outcomes", "initiative", id);
        if (outcome.isPresent()) {
            boolean aboutAmount = en.contains("€") || en.contains("maximum") || en.contains("amount");
            return aboutAmount ? field(root, outcome.get(), "amount") : outcome.get();
        }
        return find(root, "/portfolio/initiatives", "id", id).orElse("/portfolio");
    }

    private static String decisionDate(JsonNode root) {
        if (root.path("decisions").has("date")) {
            return "/decisions/date";
        }
        JsonNode phases = root.path("call").path("phases");
        for (int i = 0; i < phases.size(); i++) {
            if ("decisions".equals(phases.get(i).path("phase").asText())) {
                return "/call/phases/" + i + "/end";
            }
        }
        return "/call";
    }

    /** The element of the list at {@code list} whose {@code key} is {@code value}. */
    private static Optional<String> find(JsonNode root, String list, String key, String value) {
        JsonNode elements = root.at(list);
        for (int i = 0; i < elements.size(); i++) {
            if (value.equals(elements.get(i).path(key).asText(null))) {
                return Optional.of(list + "/" + i);
            }
        }
        return Optional.empty();
    }

    /** {@code at/field} when the file has that field there, else {@code at}. */
    private static String field(JsonNode root, String at, String field) {
        return root.at(at).has(field) ? at + "/" + field : at;
    }

    /** Every problem placed, in file order. */
    public static List<InputProblem> locateAll(LocatedDocument round, List<Problem> problems, Locale locale) {
        return InputProblem.inFileOrder(problems.stream().map(p -> locate(round, p, locale)).toList());
    }
}
