package nl.sociaaldomein.atelier.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.sociaaldomein.atelier.initiative.Applicant;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.initiative.NaturalPerson;
import nl.sociaaldomein.atelier.initiative.Organisation;
import nl.sociaaldomein.atelier.initiative.UnknownApplicant;
import nl.sociaaldomein.atelier.initiative.Portfolio;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.money.MoneyFormat;

/**
 * Writes a {@link Portfolio} in the portfolio file format, JSON or YAML, so that
 * {@link PortfolioReader} reads back an equal portfolio. Optional fields that are absent and
 * empty lists are left out; amounts are plain decimal numbers, dates ISO ({@code 2016-06-30}).
 *
 * <p>A portfolio file is internal data: it holds natural persons' own names. Public output goes
 * through the report renderers, which show "Particulier".
 */
public final class PortfolioWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper YAML = YAMLMapper.builder(
            YAMLFactory.builder().stringQuotingChecker(new QuoteUnlessPlainWords()).build())
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
        .disable(YAMLGenerator.Feature.SPLIT_LINES)
        .build();

    private PortfolioWriter() {
    }

    /**
     * The portfolio as text in the portfolio format, ending in a newline; {@link PortfolioReader} reads it
     * back to an equal portfolio. Amounts are written exactly as plain decimal euros, never via a {@code double}.
     *
     * @param portfolio the portfolio to write
     * @param format    JSON or YAML
     * @return the text; the same portfolio always gives the same text
     */
    public static String write(Portfolio portfolio, InputFormat format) {
        try {
            String text = (format == InputFormat.YAML ? YAML : JSON).writeValueAsString(toTree(portfolio));
            return text.endsWith("\n") ? text : text + "\n";
        } catch (JsonProcessingException e) {
            // A tree of plain nodes always serialises; failing here is a bug, not bad input.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes to a file (UTF-8); the format follows the name: {@code .yaml}/{@code .yml} or JSON.
     *
     * @param portfolio the portfolio to write
     * @param file      the file, created or replaced
     * @throws IOException when the file cannot be written
     */
    public static void write(Portfolio portfolio, Path file) throws IOException {
        Files.writeString(file, write(portfolio, InputFormat.forFileName(file.toString())), StandardCharsets.UTF_8);
    }

    static ObjectNode toTree(Portfolio portfolio) {
        ObjectNode root = NODES.objectNode();
        root.put("format", PortfolioFormat.VERSION);
        ObjectNode municipality = root.putObject("municipality");
        municipality.put("name", portfolio.municipality().name());
        municipality.put("cbsCode", portfolio.municipality().cbsCode().value());
        optional(root, "title", portfolio.title());
        optional(root, "source", portfolio.source());
        portfolio.period().ifPresent(period -> {
            ObjectNode p = root.putObject("period");
            p.put("start", period.start().toString());
            p.put("end", period.end().toString());
        });
        ArrayNode initiatives = root.putArray("initiatives");
        portfolio.initiatives().forEach(initiative -> initiatives.add(initiative(initiative)));
        return root;
    }

    /** One initiative as the portfolio format writes it (also the payload of a submission in the journal). */
    static ObjectNode initiative(Initiative initiative) {
        ObjectNode out = NODES.objectNode();
        out.put("id", initiative.id());
        out.put("title", initiative.title());
        optional(out, "description", initiative.description());
        out.set("applicant", applicant(initiative.applicant()));
        initiative.requestedAmount().ifPresent(amount -> out.set("requestedAmount", DecimalNode.valueOf(plain(amount))));
        list(out, "themes", initiative.themes(), Function.identity());
        list(out, "targetGroups", initiative.targetGroups(), Function.identity());
        list(out, "legalFrameworks", initiative.legalFrameworks(), framework -> framework.code());
        optional(out, "neighbourhood", initiative.neighbourhood());
        optional(out, "intakeChannel", initiative.intakeChannel().map(channel -> channel.code()));
        optional(out, "submissionDate", initiative.submissionDate().map(Object::toString));
        optional(out, "note", initiative.note());
        return out;
    }

    private static ObjectNode applicant(Applicant applicant) {
        ObjectNode out = NODES.objectNode();
        if (applicant instanceof UnknownApplicant) {
            out.put("kind", PortfolioFormat.UNKNOWN);
        } else if (applicant instanceof NaturalPerson) {
            out.put("kind", PortfolioFormat.NATURAL_PERSON);
            out.put("name", ((NaturalPerson) applicant).privateName());
        } else {
            Organisation organisation = (Organisation) applicant;
            out.put("kind", PortfolioFormat.ORGANISATION);
            out.put("name", organisation.name());
            out.put("organisationKind", organisation.kind().code());
        }
        return out;
    }

    /** The plain machine form as a number, exact: {@code 887685} or {@code 12000.50}. */
    private static BigDecimal plain(Money amount) {
        return new BigDecimal(MoneyFormat.toPlain(amount));
    }

    private static void optional(ObjectNode out, String field, Optional<String> value) {
        value.ifPresent(v -> out.put(field, v));
    }

    /**
     * Leaves only plain words unquoted (letters first, then letters, digits, spaces and simple
     * punctuation), and quotes everything else. Jackson's own check misses texts YAML reads as
     * numbers, such as {@code 0x1F} (read back as 31), which the round-trip property found.
     */
    private static final class QuoteUnlessPlainWords extends StringQuotingChecker.Default {
        private static final long serialVersionUID = 1L;
        private static final Pattern PLAIN_WORDS = Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{N} .,'()/-]*(?<! )");

        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || !PLAIN_WORDS.matcher(value).matches();
        }
    }

    private static <T> void list(ObjectNode out, String field, List<T> values, Function<T, String> code) {
        if (!values.isEmpty()) {
            ArrayNode array = out.putArray(field);
            values.forEach(v -> array.add(code.apply(v)));
        }
    }
}
