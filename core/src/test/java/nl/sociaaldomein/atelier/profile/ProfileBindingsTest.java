package nl.sociaaldomein.atelier.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generic helpers work for any type, as the later packages' types will need. */
class ProfileBindingsTest {

    /** Stands for a type of a package that does not exist yet, e.g. a report format. */
    interface Format {
        String name();
    }

    private static Format format(String name) {
        return () -> name;
    }

    @Test
    void namedEntriesFromLibraryAndProfileMeetInOneMap() {
        Injector injector = Guice.createInjector(
            binder -> ProfileBindings.named(binder, Format.class, "csv").toInstance(format("csv")),
            binder -> ProfileBindings.named(binder, Format.class, "grants-annex").toInstance(format("annex")));

        Map<String, Format> formats = injector.getInstance(Key.get(new TypeLiteral<Map<String, Format>>() { }));
        assertThat(formats).containsOnlyKeys("csv", "grants-annex");
    }

    @Test
    void twoEntriesWithOneNameFailAtLoad() {
        assertThatThrownBy(() -> Guice.createInjector(
            binder -> ProfileBindings.named(binder, Format.class, "csv").toInstance(format("one")),
            binder -> ProfileBindings.named(binder, Format.class, "csv").toInstance(format("two"))))
            .isInstanceOf(CreationException.class).hasMessageContaining("\"csv\"");
    }

    @Test
    void aNameMustBeKebabCase() {
        assertThatThrownBy(() -> Guice.createInjector(
            binder -> ProfileBindings.named(binder, Format.class, "Grants Annex").toInstance(format("x"))))
            .isInstanceOf(CreationException.class).hasMessageContaining("a Format name must be lower-case words joined by hyphens, not 'Grants Annex'");
    }

    @Test
    void aProfilesChoiceWinsOverTheLibraryDefault() {
        AbstractModule library = new AbstractModule() {
            @Override
            protected void configure() {
                ProfileBindings.libraryDefault(binder(), Format.class).toInstance(format("default"));
            }
        };
        assertThat(Guice.createInjector(library).getInstance(Format.class).name()).isEqualTo("default");
        assertThat(Guice.createInjector(library,
                binder -> ProfileBindings.choose(binder, Format.class).toInstance(format("chosen")))
            .getInstance(Format.class).name()).isEqualTo("chosen");
    }

    @Test
    void setsCollectEveryAddedElementAndADeclaredMapMayStayEmpty() {
        Injector injector = Guice.createInjector(
            binder -> ProfileBindings.add(binder, Format.class).toInstance(format("a")),
            binder -> ProfileBindings.add(binder, Format.class).toInstance(format("b")),
            binder -> ProfileBindings.declareNamed(binder, Runnable.class));

        assertThat(injector.getInstance(Key.get(new TypeLiteral<Set<Format>>() { }))).extracting(Format::name)
            .containsExactlyInAnyOrder("a", "b");
        assertThat(injector.getInstance(Key.get(new TypeLiteral<Map<String, Runnable>>() { }))).isEmpty();
    }

    @Test
    void aMoneyThresholdMustBeForAMoneyKey() {
        assertThatThrownBy(() -> Guice.createInjector(binder -> ProfileBindings.threshold(binder,
                ThresholdKey.RESERVE_FOR_PENDING, nl.sociaaldomein.atelier.money.Money.ofEuros(1))))
            .isInstanceOf(CreationException.class).hasMessageContaining("reserve-for-pending is not an amount but YES_NO");
    }
}
