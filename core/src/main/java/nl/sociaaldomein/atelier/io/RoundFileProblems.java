package nl.sociaaldomein.atelier.io;

import nl.sociaaldomein.atelier.io.support.FileProblem;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sociaaldomein.atelier.io.support.Mistake;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.text.Text;

/**
 * Places a problem that running a round found (a {@link Problem} of the call, the assessment,
 * the allocation or the ledger) in the round file it came from, so that {@code run} and
 * {@code validate} report it as they report a reading problem: file, line, column, JSON path and
 * one language. A problem's {@link Place} names what it is about, first subject first (initiative
 * gr2016-07, pot wmo-2016, entry round/c/grant/a, score 3); that is found in the file: the
 * decision on the initiative (else the initiative), the pot's ceiling, the reservation, the score,
 * the decision date. What cannot be placed more precisely is placed at the call.
 */
public final class RoundFileProblems {

    private static final Pattern LEDGER_ENTRY = Pattern.compile("round/.+?/(grant|deferral|release|reservation)/(.+)");

    private RoundFileProblems() {
    }

    /**
     * The problem placed in {@code round}, with its code and its message in Dutch and English.
     *
     * @param round   the parsed round file the problem's subject comes from
     * @param problem a problem from running the round, placed by what it is about
     * @return the same problem at a file, line, column and JSON path
     */
    public static Problem locate(LocatedDocument round, Problem problem) {
        Mistake mistake = mistake(problem);
        return round.problemAt(pointer(round.root(), problem), mistake.code(), mistake.text());
    }

    /**
     * The problem's code, and as its message the subject and the message in both languages: the
     * path alone does not always name what it is about (a pot, an entry, a phase).
     */
    static Mistake mistake(Problem problem) {
        return new Mistake(problem.code(), Text.of(problem.describe(Locale.forLanguageTag("nl-NL")), problem.describe(Locale.ENGLISH)));
    }

    /** The JSON path of what a problem is about, as precisely as the file allows. */
    static String pointer(JsonNode root, Problem problem) {
        String en = problem.message().en();
        Place place = problem.place();
        if (place.subject("decision-date").isPresent()) {
            return decisionDate(root);
        }
        String about = place.subjects().keySet().stream().findFirst().orElse("");
        String id = place.subjects().getOrDefault(about, "");
        Matcher entry = LEDGER_ENTRY.matcher(id);
        if (about.equals("entry") && entry.matches()) {
            String entryId = entry.group(2);
            return entry.group(1).equals("reservation")
                ? find(root, "/decisions/reservations", "id", entryId).map(p -> field(root, p, "amount")).orElse("/decisions")
                : initiative(root, entryId, en);
        }
        switch (about) {
            case "initiative":
            case "decision":
                return initiative(root, id, en);
            case "pot":
                return find(root, "/budget/pots", "id", id).map(p -> field(root, p, "ceiling")).orElse("/budget");
            case "score":
                if (id.matches("\\d+")) {
                    String at = "/scores/" + (Integer.parseInt(id) - 1);
                    String field = en.contains("criterion") ? "criterion" : en.contains("initiative") ? "initiative" : "score";
                    return field(root, at, field);
                }
                return "/scores";
            case "round":
                return root.has("decisions") ? "/decisions" : "/call";
            case "call":
                if (place.subject("phase").isPresent()) {
                    // The phase as the file names it; when it occurs twice, the later one is out of place.
                    String name = place.subject("phase").get().toLowerCase(Locale.ROOT).replace('_', '-');
                    return last(root, "/call/phases", "phase", name).orElse("/call/phases");
                }
                return en.startsWith("minimum amount") ? field(root, "/call", "minimumAmount") : "/call";
            default:
                return "/call";
        }
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

    /**
     * Every problem placed, in file order.
     *
     * @param round    the parsed round file
     * @param problems problems from running the round
     * @return the problems placed in the file, sorted by line and column
     */
    public static List<Problem> locateAll(LocatedDocument round, List<Problem> problems) {
        return FileProblem.inFileOrder(problems.stream().map(p -> locate(round, p)).toList());
    }
}
