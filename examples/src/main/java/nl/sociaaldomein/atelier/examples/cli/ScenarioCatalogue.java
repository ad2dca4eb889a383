package nl.sociaaldomein.atelier.examples.cli;

import nl.sociaaldomein.atelier.problem.Result;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.io.InputFormat;
import nl.sociaaldomein.atelier.io.LocatedDocument;
import nl.sociaaldomein.atelier.io.support.ObjectFields;
import nl.sociaaldomein.atelier.io.support.ReadContext;
import nl.sociaaldomein.atelier.io.ReadLimits;

/**
 * The bundled scenarios, as data: {@code /scenarios/index.yaml} lists their ids in order, and
 * each {@code /scenarios/<id>.yaml} is a manifest (id, title, source, profile, data, asOf,
 * reports). A manifest that does not read is a fault of the app (exit 3), not of the user.
 */
final class ScenarioCatalogue {

    static final String FOLDER = "/scenarios/";

    private final String folder;

    ScenarioCatalogue(String folder) {
        this.folder = folder;
    }

    static ScenarioCatalogue bundled() {
        return new ScenarioCatalogue(FOLDER);
    }

    /** Every scenario, in the index's order. */
    List<Scenario> all() {
        LocatedDocument index = document("index.yaml");
        ReadContext context = new ReadContext(index);
        ObjectFields root = context.root();
        List<String> ids = root.texts("scenarios");
        root.done();
        check(context);
        List<Scenario> scenarios = new ArrayList<>();
        for (String id : ids) {
            scenarios.add(read(id));
        }
        return scenarios;
    }

    /** The scenario with this id; an unknown id is the user's mistake and lists the known ones. */
    Scenario find(String id) {
        List<Scenario> all = all();
        return all.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() -> new BadInputException(
            "atelier: unknown scenario '" + id + "'; the scenarios are: "
                + String.join(", ", all.stream().map(Scenario::id).toList()) + " (see 'atelier replay --list')"));
    }

    private Scenario read(String id) {
        ReadContext context = new ReadContext(document(id + ".yaml"));
        ObjectFields root = context.root();
        Optional<String> manifestId = root.requiredText("id");
        Optional<String> title = root.requiredText("title");
        Optional<ObjectFields> source = root.requiredObject("source");
        Optional<String> file = source.flatMap(s -> s.requiredText("file"));
        Optional<String> quote = source.flatMap(s -> s.requiredText("quote"));
        source.ifPresent(ObjectFields::done);
        Optional<String> profile = root.requiredText("profile");
        Optional<String> data = root.requiredText("data");
        Optional<LocalDate> asOf = root.requiredDate("asOf");
        List<String> reports = root.texts("reports");
        root.done();
        manifestId.filter(m -> !m.equals(id)).ifPresent(m -> context.problem("/id", "input.inconsistent",
            "het manifest van '" + id + "' noemt id '" + m + "'", "the manifest of '" + id + "' says id '" + m + "'"));
        if (reports.isEmpty()) {
            context.problem("/reports", "input.missing-field", "een scenario drukt minstens één rapport af", "a scenario prints at least one report");
        }
        check(context);
        return new Scenario(id, title.get(), file.get(), quote.get(), profile.get(), data.get(), asOf.get(), reports);
    }

    private LocatedDocument document(String name) {
        InputSource source = InputSource.resource(folder + name);
        Result<LocatedDocument> parsed = LocatedDocument.parse(source.name(), source.bytes(),
            InputFormat.YAML, ReadLimits.DEFAULT);
        return parsed.toEither().getOrElseThrow(problems -> new IllegalStateException("bundled scenario file does not read: " + problems));
    }

    private static void check(ReadContext context) {
        if (context.hasProblems()) {
            throw new IllegalStateException("bundled scenario file does not read: " + context.problems());
        }
    }
}
