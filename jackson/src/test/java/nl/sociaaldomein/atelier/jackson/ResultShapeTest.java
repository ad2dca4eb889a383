package nl.sociaaldomein.atelier.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import nl.sociaaldomein.atelier.initiative.Initiative;
import nl.sociaaldomein.atelier.money.Money;
import nl.sociaaldomein.atelier.problem.Place;
import nl.sociaaldomein.atelier.problem.Problem;
import nl.sociaaldomein.atelier.problem.Result;
import nl.sociaaldomein.atelier.testkit.Gen;
import nl.sociaaldomein.atelier.testkit.Property;
import org.junit.jupiter.api.Test;

/**
 * A {@link Result}: {@code {"ok": true, "value": …}} or {@code {"ok": false, "problems": […]}},
 * read back with the value type the caller names.
 */
class ResultShapeTest {

    private static final ObjectMapper MAPPER = RoundTripProperties.PLAIN;
    private static final ObjectWriter INTERNAL = AtelierJacksonModule.writer(MAPPER, RoundTripProperties.INTERNAL);

    /** A host's own response type that holds a result. */
    record Answer(String request, Result<Money> result) {
    }

    /** A host's own type that holds a list of results. */
    record Answers(List<Result<Money>> results) {
    }

    @Test
    void aResultHasTheDocumentedShape() throws IOException {
        assertThat(MAPPER.writeValueAsString(Result.ok(Money.ofEuros(887_685))))
            .isEqualTo("{\"ok\":true,\"value\":{\"cents\":88768500,\"amount\":\"887685.00\",\"text\":\"€ 887.685\"}}");
        Problem problem = Problem.conflict("ledger.exceeds-remaining", Place.about("pot", "wmo-2016"), "te weinig over", "too little left");
        String failed = MAPPER.writeValueAsString(Result.failed(problem));
        assertThat(failed).startsWith("{\"ok\":false,\"problems\":[{\"code\":\"ledger.exceeds-remaining\",\"kind\":\"conflict\",");
        assertThat(MAPPER.readValue(failed, new TypeReference<Result<Money>>() { })).isEqualTo(Result.failed(problem));
    }

    @Test
    void resultsReadBackEqualForTheTypeAsked() {
        check("Result<Money>", ValueGen.money(), new TypeReference<Result<Money>>() { });
        check("Result<Initiative>", ValueGen.initiatives(), new TypeReference<Result<Initiative>>() { });
        check("Result<List<Money>>", Gen.lists(ValueGen.money(), 3), new TypeReference<Result<List<Money>>>() { });
        check("Result<String>", nl.sociaaldomein.atelier.io.PortfolioGen.texts(), new TypeReference<Result<String>>() { });
    }

    @Test
    void aResultInsideAHostsTypeIsReadWithItsDeclaredValueType() throws IOException {
        Answer answer = new Answer("saldo", Result.ok(Money.ofCents(1)));
        String json = MAPPER.writeValueAsString(answer);
        assertThat(json).isEqualTo("{\"request\":\"saldo\",\"result\":{\"ok\":true,\"value\":{\"cents\":1,\"amount\":\"0.01\",\"text\":\"€ 0,01\"}}}");
        assertThat(MAPPER.readValue(json, Answer.class)).isEqualTo(answer);
        Answers answers = new Answers(List.of(Result.ok(Money.ofCents(2)), Result.ok(Money.ofCents(3))));
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(answers), Answers.class)).isEqualTo(answers);
        assertThatThrownBy(() -> MAPPER.readValue("{\"results\":[{\"ok\":true,\"value\":\"x\"}]}", Answers.class))
            .hasMessageContaining("$.value: must be an object, not the string 'x'");
        assertThat(MAPPER.readValue("{\"ok\":true,\"value\":[1,\"a\"]}", Result.class)).isEqualTo(Result.ok(List.of(1, "a")));
        assertThat(MAPPER.readValue("{\"ok\":true,\"value\":\"x\"}", new TypeReference<Result.Ok<String>>() { })).isEqualTo(Result.ok("x"));
        assertThatThrownBy(() -> MAPPER.readValue("{\"ok\":true,\"value\":\"x\"}", Result.Failed.class))
            .isInstanceOf(AtelierJsonException.class)
            .hasMessageContaining("$.ok: is true, so this is a Ok result, not a Failed");
    }

    @Test
    void aBadResultIsRefusedNamingEveryPlace() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"ok\":true,\"value\":{\"cents\":12.5}}", new TypeReference<Result<Money>>() { }))
            .isInstanceOf(AtelierJsonException.class)
            .hasMessageContaining("$.value.cents: must be a whole number, not the number 12.5");
        assertThatThrownBy(() -> MAPPER.readValue("{\"ok\":false,\"problems\":[]}", new TypeReference<Result<Money>>() { }))
            .hasMessageContaining("$.problems: must list at least one problem when ok is false");
        assertThatThrownBy(() -> MAPPER.readValue("{\"value\":1}", new TypeReference<Result<Long>>() { }))
            .hasMessageContaining("$.ok: is missing");
        assertThatThrownBy(() -> MAPPER.readValue("{\"ok\":true,\"value\":\"x\"}", new TypeReference<Result<Long>>() { }))
            .isInstanceOf(AtelierJsonException.class)
            .hasMessageContaining("$.value: not a Long");
    }

    private static <T> void check(String name, Gen<T> values, TypeReference<Result<T>> type) {
        Gen<Result<T>> results = Gen.choose(values.map(Result::ok),
            Gen.lists(ValueGen.resultProblems(), 1, 3, 1).map(problems -> Result.<T>failed(problems)));
        Property.named(name + " reads back equal and writes the same JSON again, under a host's settings too")
            .forAll(results)
            .check(result -> {
                try {
                    String json = INTERNAL.writeValueAsString(result);
                    Result<T> back = MAPPER.readValue(json, type);
                    assertThat(back).as(json).isEqualTo(result);
                    assertThat(INTERNAL.writeValueAsString(back)).isEqualTo(json);
                    String spring = AtelierJacksonModule.writer(RoundTripProperties.SPRING_LIKE, RoundTripProperties.INTERNAL)
                        .writeValueAsString(result);
                    assertThat(MAPPER.readTree(spring)).isEqualTo(MAPPER.readTree(json));
                    assertThat(RoundTripProperties.SPRING_LIKE.readValue(spring, type)).isEqualTo(result);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
    }
}
