package nl.sociaaldomein.atelier.examples.cli;

import nl.sociaaldomein.atelier.problem.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.control.Either;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.sociaaldomein.atelier.io.LocatedDocument;
import nl.sociaaldomein.atelier.io.PortfolioFormat;
import nl.sociaaldomein.atelier.io.RoundFormat;

/**
 * The kinds of file the app reads, told apart by the top-level {@code format} field, or, for the
 * experiment register (which has no such field), by a top-level {@code experiments} list. Other
 * versions of a known format ({@code atelier-portfolio/2}) count as that kind; its reader refuses them.
 */
enum FileKind {
    PORTFOLIO(Optional.of(PortfolioFormat.VERSION), "portfolio"),
    ROUND(Optional.of(RoundFormat.VERSION), "round"),
    REGISTER(Optional.empty(), "experiment register"),
    LEDGER_BATCH(Optional.of(LedgerPostFile.FORMAT), "ledger batch");

    private final Optional<String> format;
    private final String noun;

    FileKind(Optional<String> format, String noun) {
        this.format = format;
        this.noun = noun;
    }

    /** For people: "portfolio", "experiment register". */
    String noun() {
        return noun;
    }

    /** The kind of this document, or a problem naming the kinds there are. */
    static Either<Problem, FileKind> of(LocatedDocument document) {
        JsonNode root = document.root();
        if (!root.isObject()) {
            return Either.left(document.problemAt("", "input.wrong-type", "verwacht een Atelier-bestand (velden zoals 'format'), maar gevonden: "
                + (root.isArray() ? "een lijst" : "één waarde") + "; " + knownNl(), "expected an Atelier file (fields such as 'format'), found "
                + (root.isArray() ? "a list" : "a single value") + "; " + known()));
        }
        JsonNode format = root.get("format");
        if (format != null && !format.isNull()) {
            // A kind's other versions ("atelier-portfolio/2") go to its reader, which names the version it reads
            // and goes on to find the file's other problems.
            for (FileKind kind : values()) {
                if (kind.format.isPresent() && family(kind.format.get()).equals(family(format.asText()))) {
                    return Either.right(kind);
                }
            }
            return Either.left(document.problemAt("/format", "input.format-marker", "onbekend formaat '" + format.asText() + "'; " + knownNl(),
                "unknown format '" + format.asText() + "'; " + known()));
        }
        if (root.path("experiments").isArray()) {
            return Either.right(REGISTER);
        }
        return Either.left(document.problemAt("", "input.format-marker", "niet te zien wat voor bestand dit is: geen veld 'format' en geen "
            + "lijst 'experiments'; " + knownNl(), "cannot tell what kind of file this is: no 'format' field and no "
            + "'experiments' list; " + known()));
    }

    private static String family(String format) {
        int slash = format.indexOf('/');
        return slash < 0 ? format : format.substring(0, slash);
    }

    private static String knownNl() {
        return "bekende soorten: " + Arrays.stream(values())
            .map(k -> k.format.map(f -> "format: " + f + " (" + k.noun + ")").orElse(k.noun + " (een lijst 'experiments' bovenaan)"))
            .collect(Collectors.joining(", "));
    }

    private static String known() {
        return "known kinds: " + Arrays.stream(values())
            .map(k -> k.format.map(f -> "format: " + f + " (" + k.noun + ")").orElse(k.noun + " (a top-level 'experiments' list)"))
            .collect(Collectors.joining(", "));
    }
}
