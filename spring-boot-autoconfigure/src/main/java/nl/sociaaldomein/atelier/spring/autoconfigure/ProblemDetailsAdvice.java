package nl.sociaaldomein.atelier.spring.autoconfigure;

import java.util.Locale;
import nl.sociaaldomein.atelier.problem.ProblemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * Turns a {@link ProblemException} thrown by a controller into Problem Details
 * ({@code application/problem+json}), in the language of the request's {@code Accept-Language}
 * (Dutch by default). The user sees what is wrong and where, never a stack trace.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice {

    /**
     * The exception's problems as Problem Details, with the status, media type and {@code Content-Language} set.
     *
     * @param exception what the controller threw
     * @param request   the request, whose {@code Accept-Language} chooses the language
     * @return the response
     */
    @ExceptionHandler(ProblemException.class)
    public ResponseEntity<ProblemDetail> problems(ProblemException exception, WebRequest request) {
        Locale locale = ProblemDetails.language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        ProblemDetail body = ProblemDetails.of(exception.problems(), locale);
        return ResponseEntity.status(body.getStatus())
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
            .body(body);
    }
}
