package nl.sociaaldomein.atelier.profile.groningen.meedoen;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.io.BundledResource;
import nl.sociaaldomein.atelier.io.InputFormat;
import nl.sociaaldomein.atelier.io.LocatedDocument;
import nl.sociaaldomein.atelier.io.support.ObjectFields;
import nl.sociaaldomein.atelier.io.support.ReadContext;
import nl.sociaaldomein.atelier.io.ReadLimits;
import nl.sociaaldomein.atelier.provenance.Provenance;

/**
 * Reads {@code meedoen-2017-brief.yaml} (format {@code groningen-meedoen-brief/1}). Every value
 * must say where it comes from: {@code bron: "…"} (a phrase of the letter's source file),
 * {@code bron: {file, quote}} (another source) or {@code aanname: "…"}; a value without it is
 * refused, as is an unknown field. Every problem is reported at once, with line and column.
 */
public final class MeedoenLetterReader {

    public static final String FORMAT = "groningen-meedoen-brief/1";

    /** The shipped file, next to the profile's classes. */
    public static final String RESOURCE = "/nl/sociaaldomein/atelier/profile/groningen/meedoen-2017-brief.yaml";

    private MeedoenLetterReader() {
    }

    /** The shipped letter; its tests keep it readable, so a problem here is a packaging error. */
    public static MeedoenLetter shipped() {
        return Holder.LETTER;
    }

    public static Result<MeedoenLetter> read(String name, byte[] bytes) {
        return LocatedDocument.parse(name, bytes, InputFormat.YAML, ReadLimits.DEFAULT).flatMap(MeedoenLetterReader::read);
    }

    private static Result<MeedoenLetter> read(LocatedDocument document) {
        ReadContext context = new ReadContext(document);
        ObjectFields root = context.root();
        root.requiredText("format").filter(f -> !f.equals(FORMAT))
            .ifPresent(f -> context.problem(root.pathOf("format"), "input.format-marker",
                "onbekend formaat '" + f + "'; dit bestand is " + FORMAT, "unknown format '" + f + "'; this file is " + FORMAT));
        Optional<Provenance> source = root.requiredObject("source").flatMap(MeedoenLetterReader::source);
        String file = source.map(p -> ((Provenance.Source) p).file()).orElse("");
        List<MeedoenLetter.Named> channels = root.objects("intakeChannels", f -> identified(f, file));
        List<MeedoenLetter.Named> budgets = root.objects("budgets", f -> identified(f, file));
        Optional<MeedoenLetter.Kader> kader = root.requiredObject("afwegingskader").flatMap(f -> kader(f, file));
        Set<String> channelIds = ids(root, "intakeChannels");
        Set<String> budgetIds = ids(root, "budgets");
        List<MeedoenLetter.Project> projects = root.objects("projects", f -> project(f, file, channelIds, budgetIds));
        List<MeedoenLetter.Programme> programmes = root.objects("programmes", f -> programme(f, file));
        List<MeedoenLetter.QualityNote> notes = root.objects("dataQuality", f -> {
            Optional<String> text = f.requiredText("text");
            List<Provenance> sources = f.objects("bronnen", MeedoenLetterReader::source);
            f.done();
            return text.map(t -> new MeedoenLetter.QualityNote(t, sources));
        });
        root.done();
        return context.result("", () -> new MeedoenLetter(source.orElseThrow(), channels, budgets, kader.orElseThrow(), projects,
            programmes, notes));
    }

    private static Set<String> ids(ObjectFields root, String list) {
        Set<String> ids = new java.util.HashSet<>();
        root.context().document().root().path(list).forEach(node -> ids.add(node.path("id").asText()));
        return ids;
    }

    private static Optional<MeedoenLetter.Kader> kader(ObjectFields f, String file) {
        Optional<Provenance> source = provenance(f, file, "bron");
        List<Sourced> criteria = f.objects("criteria", c -> identified(c, file).map(MeedoenLetter.Named::name));
        Optional<Provenance> appliesTo = f.requiredObject("appliesTo").flatMap(a -> {
            Optional<Provenance> p = provenance(a, file, "bron");
            a.done();
            return p;
        });
        Optional<ObjectFields> monitoring = f.requiredObject("monitoring");
        Optional<Provenance> monitored = monitoring.flatMap(m -> provenance(m, file, "bron"));
        List<String> moments = monitoring.map(m -> m.texts("moments")).orElse(List.of());
        List<String> outcomes = monitoring.map(m -> m.texts("outcomes")).orElse(List.of());
        Optional<Provenance> outcomesSource = monitoring.flatMap(m -> m.requiredText("outcomesBron").map(q -> Provenance.source(file, q)));
        monitoring.ifPresent(ObjectFields::done);
        f.done();
        if (source.isEmpty() || appliesTo.isEmpty() || monitored.isEmpty() || outcomesSource.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MeedoenLetter.Kader(source.get(), criteria, appliesTo.get(), monitored.get(), moments, outcomes,
            outcomesSource.get()));
    }

    private static Optional<MeedoenLetter.Project> project(ObjectFields f, String file, Set<String> channelIds, Set<String> budgetIds) {
        int before = f.context().problemCount();
        Optional<Long> number = f.wholeNumber("number");
        if (number.isEmpty() && !f.has("number")) {
            f.context().problem(f.pathOf("number"), "input.missing-field", "verplicht veld 'number' ontbreekt (het nummer van de bijlage)",
                "required field 'number' is missing (the annex's number)");
        }
        Optional<Sourced> name = named(f, file);
        Optional<Sourced> what = f.requiredObject("what").flatMap(w -> value(w, file));
        Optional<Sourced> partners = f.object("partners").flatMap(w -> value(w, file));
        Optional<Provenance> innovatieatelier = f.text("innovatieatelier").map(q -> Provenance.source(file, q));
        Optional<Sourced> intake = f.object("intake").flatMap(i -> {
            Optional<String> channel = i.requiredText("channel");
            Optional<Provenance> p = provenance(i, file, "bron");
            i.done();
            String known = String.join(", ", new java.util.TreeSet<>(channelIds));
            channel.filter(c -> !channelIds.contains(c)).ifPresent(c -> i.context().problem(i.pathOf("channel"), "input.reference-unknown",
                "geen intakekanaal '" + c + "' in 'intakeChannels' (" + known + ")", "no intake channel '" + c + "' in 'intakeChannels' (" + known + ")"));
            return channel.flatMap(c -> p.map(pp -> new Sourced(c, pp)));
        });
        Optional<Provenance> subsidy = f.object("subsidy").flatMap(s -> {
            Optional<Provenance> p = provenance(s, file, "bron");
            s.done();
            return p;
        });
        List<String> funding = new ArrayList<>();
        Optional<Provenance> fundingSource = Optional.empty();
        Optional<Sourced> amount = Optional.empty();
        Optional<ObjectFields> fund = f.object("funding");
        if (fund.isPresent()) {
            ObjectFields b = fund.get();
            funding.addAll(b.texts("budgets"));
            funding.stream().filter(id -> !budgetIds.contains(id)).forEach(id -> b.context().problem(b.pathOf("budgets"), "input.reference-unknown",
                "geen budget '" + id + "' in 'budgets'", "no budget '" + id + "' in 'budgets'"));
            fundingSource = provenance(b, file, "bron");
            amount = b.object("amount").flatMap(a -> value(a, file));
            b.done();
        }
        Optional<Sourced> inKind = f.object("inKind").flatMap(w -> value(w, file));
        Optional<Sourced> start = f.object("start").flatMap(w -> value(w, file));
        Optional<Sourced> end = f.object("end").flatMap(w -> value(w, file));
        f.done();
        if (f.context().problemCount() > before || number.isEmpty() || name.isEmpty() || what.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MeedoenLetter.Project(number.get().intValue(), name.get(), what.get(), partners, innovatieatelier, intake,
            subsidy, funding, fundingSource, amount, inKind, start, end));
    }

    private static Optional<MeedoenLetter.Programme> programme(ObjectFields f, String file) {
        Optional<String> id = f.requiredText("id");
        Optional<Sourced> name = named(f, file);
        Optional<Sourced> partners = f.object("partners").flatMap(w -> value(w, file));
        List<MeedoenLetter.Labelled> figures = f.objects("figures", g -> {
            Optional<String> label = g.requiredText("label");
            Optional<Long> value = g.wholeNumber("value");
            if (value.isEmpty() && !g.has("value")) {
                g.context().missing(g.pathOf("value"), "value");
            }
            Optional<Provenance> p = provenance(g, file, "bron");
            g.done();
            return label.flatMap(l -> value.flatMap(v -> p.map(pp -> new MeedoenLetter.Labelled(l, new Sourced(Long.toString(v), pp)))));
        });
        List<Sourced> facts = f.objects("facts", g -> {
            Optional<String> text = g.requiredText("text");
            Optional<Provenance> p = provenance(g, file, "bron");
            g.done();
            return text.flatMap(t -> p.map(pp -> new Sourced(t, pp)));
        });
        f.done();
        return id.flatMap(i -> name.map(n -> new MeedoenLetter.Programme(i, n, partners, figures, facts)));
    }

    /** {@code name} and where it comes from; the caller reads the object's other fields and calls {@code done}. */
    private static Optional<Sourced> named(ObjectFields f, String file) {
        Optional<String> name = f.requiredText("name");
        Optional<Provenance> p = provenance(f, file, "bron");
        return name.flatMap(n -> p.map(pp -> new Sourced(n, pp)));
    }

    /** {@code {id, name, bron|aanname}}. */
    private static Optional<MeedoenLetter.Named> identified(ObjectFields f, String file) {
        Optional<String> id = f.requiredText("id");
        Optional<Sourced> name = named(f, file);
        f.done();
        return id.flatMap(i -> name.map(n -> new MeedoenLetter.Named(i, n)));
    }

    /** {@code {value, bron|aanname}}. */
    private static Optional<Sourced> value(ObjectFields f, String file) {
        Optional<String> value = f.requiredText("value");
        Optional<Provenance> p = provenance(f, file, "bron");
        f.done();
        return value.flatMap(v -> p.map(pp -> new Sourced(v, pp)));
    }

    /**
     * {@code bron: "phrase"} (in {@code file}), {@code bron: {file, quote}}, or {@code aanname: "why"}:
     * exactly one; a value without is refused.
     */
    private static Optional<Provenance> provenance(ObjectFields f, String file, String field) {
        boolean source = f.has(field);
        boolean assumed = f.has("aanname");
        if (source == assumed) {
            if (source) {
                f.context().problem(f.pointer(), "input.inconsistent", "een waarde heeft 'bron' of 'aanname', niet allebei",
                    "a value has either 'bron' or 'aanname', not both");
            } else {
                f.context().problem(f.pointer(), "input.provenance-missing",
                    "elke waarde zegt waar die vandaan komt: voeg 'bron' toe (een geciteerde zin uit " + file + ", of {file, quote}) "
                        + "of 'aanname' (waarom het wordt aangenomen)",
                    "every value says where it comes from: add 'bron' (a quoted phrase of " + file + ", or {file, quote}) "
                        + "or 'aanname' (why it is assumed)");
            }
            return Optional.empty();
        }
        if (assumed) {
            return f.requiredText("aanname").map(Provenance::assumption);
        }
        if (f.context().document().root().at(f.pathOf(field)).isObject()) {
            return f.requiredObject(field).flatMap(MeedoenLetterReader::source);
        }
        return f.requiredText(field).map(q -> Provenance.source(file, q));
    }

    private static Optional<Provenance> source(ObjectFields f) {
        Optional<String> file = f.requiredText("file");
        Optional<String> quote = f.requiredText("quote");
        f.done();
        return file.flatMap(fl -> quote.map(q -> Provenance.source(fl, q)));
    }

    private static final class Holder {
        static final MeedoenLetter LETTER = read("meedoen-2017-brief.yaml", BundledResource.bytes(MeedoenLetterReader.class, RESOURCE))
            .toEither().getOrElseThrow(problems -> new IllegalStateException("the shipped meedoen-2017-brief.yaml does not read: " + problems));
    }
}
