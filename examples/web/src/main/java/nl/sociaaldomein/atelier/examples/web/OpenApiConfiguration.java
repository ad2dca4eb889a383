package nl.sociaaldomein.atelier.examples.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import nl.sociaaldomein.atelier.money.Money;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API description's header: what it is, its licence, and that changes log in with HTTP Basic. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static {
        // The starter writes an amount in atelier-jackson's shape (docs/embedding.md), not as the object springdoc would guess.
        SpringDocUtils.getConfig().replaceWithSchema(Money.class, new ObjectSchema()
            .description("an amount in euros, exact: cents as a whole number, amount as a string with two decimals, text for people")
            .addProperty("cents", new IntegerSchema().format("int64").example(88_768_500L))
            .addProperty("amount", new StringSchema().pattern("^-?[0-9]+\\.[0-9]{2}$").example("887685.00"))
            .addProperty("text", new StringSchema().example("€ 887.685"))
            .required(List.of("cents", "amount", "text")));
    }

    @Bean
    OpenAPI atelierOpenApi() {
        return new OpenAPI()
            .info(new Info().title("Atelier example web application").version("1")
                .description("Groningen's Innovatieatelier Sociaal Domein 2016: the round, its budget as of a day and as known at a "
                    + "moment, the experiments register, the reports, and postings to the ledger. Amounts are "
                    + "{cents, amount, text}: whole cents, and euros as a string with two decimals. Problems are RFC 9457 "
                    + "Problem Details (422 invalid input, 404 unknown, 409 conflict) with a "
                    + "code and Dutch and English text; Accept-Language chooses (Dutch by default). See docs/spring-boot.md.")
                .license(new License().name("EUPL-1.2").url("https://joinup.ec.europa.eu/collection/eupl/eupl-text-eupl-12")))
            .components(new Components().addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
            .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
