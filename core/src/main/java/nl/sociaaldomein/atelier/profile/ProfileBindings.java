package nl.sociaaldomein.atelier.profile;

import com.google.inject.Binder;
import com.google.inject.binder.LinkedBindingBuilder;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import java.util.Objects;
import java.util.regex.Pattern;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.money.MoneyFormat;
import nl.sociaaldomein.atelier.profile.internal.ThresholdDefaults;

/**
 * One-line helpers for what profiles bind, hiding Guice's multibinder plumbing (after Apache
 * Druid's {@code SqlBindings}). Call them from {@link MunicipalityProfile#configure}; the
 * generic ones take any type, so a criteria framework, report format or allocation policy is
 * one line each ({@code ReportFormat} and {@code AllocationPolicy} stand for those types):
 *
 * <pre>{@code
 * ProfileBindings.threshold(binder, ThresholdKey.MAX_PER_INITIATIVE, Money.ofEuros(25_000));
 * ProfileBindings.named(binder, ReportFormat.class, "grants-annex").toInstance(new GrantsAnnex());
 * ProfileBindings.choose(binder, AllocationPolicy.class).to(CommitteeAllocation.class);
 * }</pre>
 */
public final class ProfileBindings {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private ProfileBindings() {
    }

    /**
     * Sets one of the profile's thresholds; setting one key twice fails at load.
     *
     * @param binder the profile's binder
     * @param key    the threshold
     * @param value  its value in the threshold's text form
     */
    public static void threshold(Binder binder, ThresholdKey key, String value) {
        MapBinder.newMapBinder(binder, ThresholdKey.class, String.class, ThresholdDefaults.class)
            .addBinding(key).toInstance(value);
    }

    /**
     * Sets a money threshold, e.g. {@link ThresholdKey#MAX_PER_INITIATIVE}.
     *
     * @param binder the profile's binder
     * @param key    the threshold
     * @param amount the amount
     */
    public static void threshold(Binder binder, ThresholdKey key, Money amount) {
        if (key.kind() != ThresholdKey.Kind.MONEY) {
            binder.addError(key.key() + " is not an amount but " + key.kind());
            return;
        }
        threshold(binder, key, MoneyFormat.toPlain(amount));
    }

    /**
     * Adds a named entry to the {@code Map<String, T>} the library injects, e.g. a report format
     * or a criteria framework. Names are kebab-case; two entries with one name fail at load.
     *
     * @param <T>    the entry's type
     * @param binder the profile's binder
     * @param type   the entry's type
     * @param name   the entry's name, lower-case words joined by hyphens
     * @return the builder to bind the entry with ({@code .to(...)}, {@code .toInstance(...)})
     */
    public static <T> LinkedBindingBuilder<T> named(Binder binder, Class<T> type, String name) {
        Objects.requireNonNull(name, "name");
        if (!KEBAB.matcher(name).matches()) {
            // Reported by Guice with the other binding errors; the entry is still made so the caller's chain completes.
            binder.addError("a " + type.getSimpleName() + " name must be lower-case words joined by hyphens, not '" + name + "'");
        }
        return MapBinder.newMapBinder(binder, String.class, type).addBinding(name);
    }

    /**
     * Adds one element to the {@code Set<T>} the library injects.
     *
     * @param <T>    the element's type
     * @param binder the profile's binder
     * @param type   the element's type
     * @return the builder to bind the element with
     */
    public static <T> LinkedBindingBuilder<T> add(Binder binder, Class<T> type) {
        return Multibinder.newSetBinder(binder, type).addBinding();
    }

    /**
     * The profile's choice for a service the library may have a default for; it wins over the default.
     *
     * @param <T>    the service's type
     * @param binder the profile's binder
     * @param type   the service's type
     * @return the builder to bind the profile's choice with
     */
    public static <T> LinkedBindingBuilder<T> choose(Binder binder, Class<T> type) {
        return OptionalBinder.newOptionalBinder(binder, type).setBinding();
    }

    /**
     * The library's default for a service, used unless a profile {@linkplain #choose chooses} another.
     *
     * @param <T>    the service's type
     * @param binder the library's binder
     * @param type   the service's type
     * @return the builder to bind the default with
     */
    public static <T> LinkedBindingBuilder<T> libraryDefault(Binder binder, Class<T> type) {
        return OptionalBinder.newOptionalBinder(binder, type).setDefault();
    }

    /**
     * Declares an (optionally empty) {@code Map<String, T>}, so that it can be injected with no entries.
     *
     * @param <T>    the entries' type
     * @param binder the binder
     * @param type   the entries' type
     */
    public static <T> void declareNamed(Binder binder, Class<T> type) {
        MapBinder.newMapBinder(binder, String.class, type);
    }
}
