package nl.sociaaldomein.atelier.examples.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The example web application: Groningen's Innovatieatelier 2016 to browse, its budget to post
 * to, its reports to download. {@code ./atelier web} builds and starts it on
 * http://localhost:8080 (docs/spring-boot.md).
 */
@SpringBootApplication
public class WebApplication {

    public static void main(String[] args) {
        SpringApplication.run(WebApplication.class, args);
    }
}
