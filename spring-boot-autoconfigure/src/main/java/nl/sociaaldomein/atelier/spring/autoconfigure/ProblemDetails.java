package nl.sociaaldomein.atelier.spring.autoconfigure;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.ProblemKind;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The library's problems as an RFC 9457 Problem Details document: 422 for invalid input, 404 for
 * something unknown, 409 for a conflict with the state (a ceiling, a closed phase). When one
 * request has problems of several kinds, invalid input comes first (it must be fixed before
 * anything else can be judged), then what is unknown, then conflicts. The document carries the
 * first problem's {@code code} and every problem with its code, kind, place and message in Dutch
 * and English; {@code title} and {@code detail} are in the request's language.
 */
public final class ProblemDetails {

    /** The {@code type} of a problem: this prefix and its code, e.g. {@code urn:atelier:problem:ledger.exceeds-remaining}. */
    public static final String TYPE_PREFIX = "urn:atelier:problem:";

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private ProblemDetails() {
    }

    /**
     * The HTTP status for these problems.
     *
     * @param problems the problems of one refusal
     * @return 422 for invalid input, 404 when something is not found, 409 for a conflict with what is recorded;
     *         with several kinds, invalid input goes before not found, not found before a conflict
     */
    public static HttpStatus status(List<Problem> problems) {
        ProblemKind kind = problems.stream().map(Problem::kind).min(ProblemDetails::precedence).orElse(ProblemKind.INVALID);
        switch (kind) {
            case NOT_FOUND:
                return HttpStatus.NOT_FOUND;
            case CONFLICT:
                return HttpStatus.CONFLICT;
            default:
                return HttpStatus.UNPROCESSABLE_ENTITY;
        }
    }

    private static int precedence(ProblemKind a, ProblemKind b) {
        List<ProblemKind> order = List.of(ProblemKind.INVALID, ProblemKind.NOT_FOUND, ProblemKind.CONFLICT);
        return Integer.compare(order.indexOf(a), order.indexOf(b));
    }

    /**
     * The problems as one Problem Details body: {@code type} and {@code code} from the first problem,
     * {@code detail} listing every problem, and a {@code problems} list with each problem's code, kind, place
     * and its Dutch and English message.
     *
     * @param problems the problems of one refusal, at least one
     * @param locale   the language of {@code title}, {@code detail} and each {@code message}
     * @return the body, with its status set as {@link #status(List)} says
     * @throws IllegalArgumentException when {@code problems} is empty
     */
    public static ProblemDetail of(List<Problem> problems, Locale locale) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("Problem Details need at least one problem");
        }
        HttpStatus status = status(problems);
        boolean english = isEnglish(locale);
        List<String> lines = new ArrayList<>();
        problems.forEach(p -> lines.add(p.describe(locale)));
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, String.join("\n", lines));
        Problem first = problems.get(0);
        detail.setType(URI.create(TYPE_PREFIX + first.code()));
        detail.setTitle(title(status, english));
        detail.setProperty("code", first.code());
        detail.setProperty("language", english ? "en" : "nl");
        List<Map<String, Object>> listed = new ArrayList<>();
        for (Problem p : problems) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("code", p.code());
            one.put("kind", p.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            one.put("place", p.place().toString());
            one.put("message", p.message(locale));
            one.put("nl", p.message().nl());
            one.put("en", p.message().en());
            listed.add(one);
        }
        detail.setProperty("problems", listed);
        return detail;
    }

    private static String title(HttpStatus status, boolean english) {
        switch (status) {
            case NOT_FOUND:
                return english ? "Not found" : "Niet gevonden";
            case CONFLICT:
                return english ? "Conflicts with what is recorded" : "Strijdig met wat is vastgelegd";
            default:
                return english ? "Invalid input" : "Ongeldige invoer";
        }
    }

    /**
     * The language of an {@code Accept-Language} header: English when the client prefers English
     * to Dutch, Dutch otherwise (also when there is no header or it does not parse).
     *
     * @param acceptLanguage the header's value, or null
     * @return {@link Locale#ENGLISH} or Dutch ({@code nl-NL})
     */
    public static Locale language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DUTCH;
        }
        try {
            List<String> chosen = Locale.filterTags(Locale.LanguageRange.parse(acceptLanguage), List.of("nl", "en"));
            return !chosen.isEmpty() && chosen.get(0).equals("en") ? Locale.ENGLISH : DUTCH;
        } catch (IllegalArgumentException e) {
            return DUTCH;
        }
    }

    static boolean isEnglish(Locale locale) {
        return locale.getLanguage().equals("en");
    }
}
