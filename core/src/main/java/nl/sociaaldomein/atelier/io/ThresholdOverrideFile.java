package nl.sociaaldomein.atelier.io;

import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.problem.Problem;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import nl.sociaaldomein.atelier.text.Text;
import nl.sociaaldomein.atelier.io.support.Mistake;
import nl.sociaaldomein.atelier.io.support.ObjectFields;
import nl.sociaaldomein.atelier.io.support.ReadContext;
import nl.sociaaldomein.atelier.money.MoneyFormat;
import nl.sociaaldomein.atelier.profile.ThresholdKey;
import nl.sociaaldomein.atelier.profile.ThresholdOverrides;
import nl.sociaaldomein.atelier.profile.Thresholds;

/**
 * Reads a file that changes a profile's thresholds without code, e.g. for a municipality that
 * raises its maximum next year:
 *
 * <pre>
 * profile: my-town
 * thresholds:
 *   max-per-initiative: 30000
 * </pre>
 *
 * <p>Every problem is reported at once with its file, line, column and path: a file meant for
 * another profile, unknown keys (with "did you mean"), values of the wrong kind, and, when the
 * profile's own thresholds are given, values that break them together with the rest (a minimum
 * above the maximum). The keys are those of {@link ThresholdKey}; see {@code docs/profiles.md}.
 */
public final class ThresholdOverrideFile {

    private ThresholdOverrideFile() {
    }

    /**
     * Reads and checks the file against the profile's current thresholds, so that an override that
     * makes the set inconsistent (a minimum above the maximum) is refused with the rest.
     *
     * @param file      the override file
     * @param profileId the profile the file must name (its {@code profile} field)
     * @param profile   the profile's thresholds the overrides apply to
     * @return the overrides, or every problem in the file in file order ({@code input.inconsistent} for
     *     another profile's file or broken thresholds, {@code input.unknown-field} and the other {@code input.*} codes)
     */
    public static Result<ThresholdOverrides> read(Path file, String profileId, Thresholds profile) {
        return LocatedDocument.read(file, ReadLimits.DEFAULT).flatMap(doc -> read(doc, profileId, Optional.of(profile)));
    }

    /**
     * Reads and checks text, e.g. from a resource; {@code sourceName} is used in problem locations.
     *
     * @param sourceName the name problems give as the file
     * @param text       the file's content, UTF-8
     * @param format     JSON or YAML
     * @param profileId  the profile the file must name
     * @param profile    the profile's thresholds the overrides apply to
     * @return the overrides, or every problem in the text in file order
     */
    public static Result<ThresholdOverrides> parse(
            String sourceName, byte[] text, InputFormat format, String profileId, Thresholds profile) {
        return LocatedDocument.parse(sourceName, text, format, ReadLimits.DEFAULT)
            .flatMap(doc -> read(doc, profileId, Optional.of(profile)));
    }

    /**
     * Reads the file, checking each value on its own but not against a profile's other thresholds;
     * for when the thresholds are not known yet (the overrides are combined later).
     *
     * @param file      the override file
     * @param profileId the profile the file must name
     * @return the overrides, or every problem in the file in file order
     */
    public static Result<ThresholdOverrides> read(Path file, String profileId) {
        return LocatedDocument.read(file, ReadLimits.DEFAULT).flatMap(doc -> read(doc, profileId, Optional.empty()));
    }

    private static Result<ThresholdOverrides> read(
            LocatedDocument document, String profileId, Optional<Thresholds> profile) {
        ReadContext context = new ReadContext(document);
        ObjectFields root = context.root();
        root.requiredText("profile").ifPresent(id -> {
            if (!id.equals(profileId)) {
                context.problem(root.pathOf("profile"), "input.inconsistent", "dit bestand is voor profiel '" + id + "', niet voor '" + profileId + "'",
                    "this file is for profile '" + id + "', not '" + profileId + "'");
            }
        });
        Map<ThresholdKey, String> values = new EnumMap<>(ThresholdKey.class);
        Map<ThresholdKey, String> origins = new EnumMap<>(ThresholdKey.class);
        root.requiredObject("thresholds").ifPresent(thresholds -> {
            int problemsBefore = context.problemCount();
            for (ThresholdKey key : ThresholdKey.values()) {
                value(thresholds, key).ifPresent(value -> {
                    values.put(key, value);
                    origins.put(key, location(document, thresholds.pathOf(key.key())));
                });
            }
            thresholds.done();
            if (values.isEmpty() && context.problemCount() == problemsBefore) {
                String keys = String.join(", ", ThresholdKey.keys());
                context.problem(thresholds.pointer(), "input.missing-field", "stelt geen drempels in; bekende sleutels: " + keys,
                    "sets no thresholds; known keys: " + keys);
            }
        });
        root.done();
        // Values that read well are checked with the profile's others even when something else is wrong.
        profile.ifPresent(own -> checkTogether(context, values, own));
        return context.result("", () -> ThresholdOverrides.located(values, origins));
    }

    /** One value, read by its kind and turned into the text form {@link Thresholds} reads. */
    private static Optional<String> value(ObjectFields fields, ThresholdKey key) {
        String name = key.key();
        switch (key.kind()) {
            case MONEY:
                return fields.money(name).map(MoneyFormat::toPlain);
            case YES_NO:
                return fields.bool(name).map(String::valueOf);
            case PERCENT:
                return checked(fields, key, fields.wholeNumber(name).map(String::valueOf));
            case TIERS:
            default:
                return checked(fields, key, fields.text(name));
        }
    }

    /** A value the field readers cannot judge alone (a percentage's range, a tier list), checked by its key. */
    private static Optional<String> checked(ObjectFields fields, ThresholdKey key, Optional<String> text) {
        return text.flatMap(t -> key.parse(t).fold(problems -> {
            fields.context().problem(fields.pathOf(key.key()), Mistake.of("input.threshold-invalid", problems));
            return Optional.<String>empty();
        }, parsed -> Optional.of(t)));
    }

    /** Lays the values over the profile's and reports what breaks, at the overriding value when there is one. */
    private static void checkTogether(ReadContext context, Map<ThresholdKey, String> values, Thresholds profile) {
        Map<ThresholdKey, String> current = new EnumMap<>(ThresholdKey.class);
        for (ThresholdKey key : ThresholdKey.values()) {
            String text = profile.textOf(key);
            if (text != null) {
                current.put(key, text);
            }
        }
        Thresholds merged = ThresholdOverrides.of(values).over(current);
        for (Problem problem : merged.check().problems()) {
            String shortKey = problem.place().subject("threshold").orElse("").substring(merged.prefix().length() + 1);
            boolean overridden = ThresholdKey.byKey(shortKey).map(values::containsKey).orElse(false);
            if (overridden) {
                context.problem("/thresholds/" + shortKey, new Mistake("input.threshold-invalid", problem.message()));
            } else {
                String key = merged.prefix() + "." + shortKey;
                context.problem("/thresholds", "input.threshold-invalid",
                    key + ": " + problem.message().nl() + " (de eigen waarde van het profiel, met de waarden van dit bestand)",
                    key + ": " + problem.message().en() + " (the profile's own value, with this file's values)");
            }
        }
    }

    private static String location(LocatedDocument document, String pointer) {
        Problem at = document.problemAt(pointer, "input.inconsistent", Text.of("-", "-"));
        return at.place().file().orElse("") + ":" + at.place().line() + ":" + at.place().column();
    }
}
