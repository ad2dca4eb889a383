package nl.sociaaldomein.atelier.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.sociaaldomein.atelier.calendar.PartialDate;
import nl.sociaaldomein.atelier.events.Refusal;
import nl.sociaaldomein.atelier.events.Stamp;
import nl.sociaaldomein.atelier.experiment.ExperimentNumber;
import nl.sociaaldomein.atelier.experiment.RegisterSource;
import nl.sociaaldomein.atelier.experiment.Transition;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.ProblemException;
import nl.sociaaldomein.atelier.provenance.ProvenanceMap;
import nl.sociaaldomein.atelier.register.RegisterCommand;
import nl.sociaaldomein.atelier.register.RegisterRefusal;
import nl.sociaaldomein.atelier.register.RegisterService;
import nl.sociaaldomein.atelier.register.RegisterSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.HttpStatus;

/** The starter's experiment registers: one service per register in the store's journal, refusals as problems with stable codes. */
class RegisterCommandsTest {

    @TempDir
    Path folder;

    @Test
    void a_register_opens_once_in_the_journal_and_a_refusal_carries_its_code() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(AtelierAutoConfiguration.class))
            .withPropertyValues("atelier.store=" + folder.resolve("atelier.db"), "atelier.profile=groningen").run(context -> {
                RegisterCommands registers = context.getBean(RegisterCommands.class);
                RegisterSetup setup = new RegisterSetup("proefregister", new RegisterSource("register.csv", "—"), List.of(),
                    ProvenanceMap.empty());
                RegisterService register = registers.register(setup);
                assertThat(registers.register(setup)).as("one service per register").isSameAs(register);
                assertThatThrownBy(() -> registers.handle(register, new RegisterCommand.Step(Stamp.on(LocalDate.of(2017, 1, 1), "test", "test"),
                    new ExperimentNumber.Plain(7), new Transition.Start(PartialDate.ofYear(2017), Optional.empty()))))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.problems().get(0).code()).isEqualTo("register.unknown-experiment");
                        assertThat(ProblemDetails.status(e.problems())).isEqualTo(HttpStatus.NOT_FOUND);
                    });
                assertThat(register.events()).isEmpty();
            });
    }

    @Test
    void every_refusal_kind_has_a_code_and_a_status() {
        for (RegisterRefusal kind : RegisterRefusal.values()) {
            var problems = Refusal.of(kind, Place.about("experiment", "7"), "nl", "en").problems();
            assertThat(problems.get(0).code()).matches("register\\.[a-z]+(-[a-z]+)*");
            HttpStatus expected = switch (kind) {
                case UNKNOWN_EXPERIMENT, UNKNOWN_KPI -> HttpStatus.NOT_FOUND;
                case OTHER_REGISTER, NOT_AS_PLANNED -> HttpStatus.UNPROCESSABLE_ENTITY;
                default -> HttpStatus.CONFLICT;
            };
            assertThat(ProblemDetails.status(problems)).as(kind.name()).isEqualTo(expected);
        }
    }
}
