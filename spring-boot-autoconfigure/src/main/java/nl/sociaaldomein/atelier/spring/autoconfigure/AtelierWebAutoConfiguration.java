package nl.sociaaldomein.atelier.spring.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/** In a servlet web application: the library's problems answered as Problem Details (RFC 9457). */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = {"org.springframework.web.servlet.DispatcherServlet", "org.springframework.http.ProblemDetail"})
public class AtelierWebAutoConfiguration {

    /**
     * The controller advice that answers a {@link nl.sociaaldomein.atelier.problem.ProblemException} as Problem Details.
     *
     * @return the advice
     */
    @Bean
    @ConditionalOnMissingBean
    public ProblemDetailsAdvice atelierProblemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }
}
