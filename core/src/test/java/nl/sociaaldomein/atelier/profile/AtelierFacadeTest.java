package nl.sociaaldomein.atelier.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Set;
import nl.sociaaldomein.atelier.Atelier;
import nl.sociaaldomein.atelier.LoadedProfile;
import nl.sociaaldomein.atelier.call.AllocationPolicy;
import nl.sociaaldomein.atelier.call.FirstComeFirstServedPolicy;
import nl.sociaaldomein.atelier.call.WhenItDoesNotFit;
import nl.sociaaldomein.atelier.initiative.Municipality;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.render.RenderOptions;
import nl.sociaaldomein.atelier.reporting.Dossier;
import org.junit.jupiter.api.Test;

/** The facade an embedder holds: typed getters, loaded once per id, customisable without Guice in sight. */
class AtelierFacadeTest {

    @Test
    void typed_getters_give_what_the_profile_bound_and_the_library_defaults() {
        LoadedProfile sample = Atelier.profile("sample");
        assertThat(sample.id()).isEqualTo("sample");
        assertThat(sample.displayName()).isEqualTo("Testdorp");
        assertThat(sample.cbsCode().value()).isEqualTo("GM9999");
        assertThat(sample.municipality().name()).isEqualTo("Testdorp");
        assertThat(sample.thresholds().maxPerInitiative()).isEqualTo(Money.ofEuros(10_000));
        assertThat(sample.calendar()).isEqualTo(TestProfiles.YEARLY);
        assertThat(sample.frameworks()).isEmpty();
        assertThat(sample.allocationPolicy()).isEmpty();
        // The library's general formats are there for every profile.
        assertThat(sample.reportFormats()).containsKeys("decisions", "budget-overview");
        assertThat(sample.reportFormat("decisions")).isPresent();
        assertThat(sample.reportFormat("no-such-format")).isEmpty();
        assertThat(sample.reviewCadence()).isEqualTo(LibraryDefaultsModule.REVIEW_CADENCE);
        assertThat(sample.registerReader()).as("the profile names no outcome words").isEmpty();
    }

    @Test
    void a_profile_is_loaded_once_and_shared_between_threads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Set<LoadedProfile> seen = ConcurrentHashMap.newKeySet();
            List<Future<?>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                futures.add(pool.submit(() -> seen.add(Atelier.profile("sample"))));
            }
            for (Future<?> future : futures) {
                future.get();
            }
            assertThat(seen).hasSize(1).containsExactly(Atelier.profile("sample"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void customising_replaces_a_binding_for_that_load_only() {
        LoadedProfile own = Atelier.customised("sample", new AbstractModule() {
            @Override
            protected void configure() {
                ProfileBindings.choose(binder(), AllocationPolicy.class).toInstance(new FirstComeFirstServedPolicy(WhenItDoesNotFit.SKIP));
            }
        });
        assertThat(own.allocationPolicy()).get().isInstanceOf(FirstComeFirstServedPolicy.class);
        assertThat(Atelier.profile("sample").allocationPolicy()).isEmpty();
        assertThat(own).isNotSameAs(Atelier.profile("sample"));
    }

    @Test
    void an_unknown_id_names_the_ids_there_are() {
        assertThatThrownBy(() -> Atelier.profile("nowhere"))
            .isInstanceOf(UnknownProfileException.class)
            .hasMessageContaining("nowhere")
            .hasMessageContaining("sample");
    }

    @Test
    void a_report_is_built_and_rendered_with_one_choice_of_language_or_every_problem_is_named() {
        LoadedProfile sample = Atelier.profile("sample");
        Dossier empty = Dossier.builder().municipality(Municipality.of("Testdorp", "GM9999"))
            .asOf(java.time.LocalDate.of(2025, 6, 30)).build();

        Result<byte[]> both = sample.render("no-such-format", empty, "pdf", RenderOptions.defaults());
        assertThat(both.problems()).extracting(Problem::code).containsExactly("report.unknown-format", "report.unknown-output");
        assertThat(both.problems().get(0).message(java.util.Locale.ENGLISH)).contains("decisions", "budget-overview");
        assertThat(both.problems().get(1).message(RenderOptions.DUTCH)).contains("onbekend uitvoerformaat 'pdf'", "html");

        assertThat(sample.render("decisions", empty, "html", RenderOptions.defaults()).problems())
            .extracting(Problem::code).containsExactly("report.dossier-incomplete");
        assertThat(sample.report("decisions", empty, RenderOptions.defaults()).isFailed()).isTrue();
    }
}
