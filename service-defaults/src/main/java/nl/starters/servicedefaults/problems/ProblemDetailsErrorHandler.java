package nl.starters.servicedefaults.problems;

import java.net.URI;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.web.ErrorResponse;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * The last word on any error that escapes the handlers (no route, too large, method not allowed,
 * an unexpected exception): every one becomes an {@code application/problem+json} body.
 */
@Order(-2)
public class ProblemDetailsErrorHandler implements WebExceptionHandler {

    private static final Log log = LogFactory.getLog(ProblemDetailsErrorHandler.class);

    private final ServerResponse.Context context;

    public ProblemDetailsErrorHandler(ServerCodecConfigurer codecs) {
        List<HttpMessageWriter<?>> writers = codecs.getWriters();
        this.context = new ServerResponse.Context() {
            @Override
            public List<HttpMessageWriter<?>> messageWriters() {
                return writers;
            }

            @Override
            public List<ViewResolver> viewResolvers() {
                return List.of();
            }
        };
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        var problem = Problems.from(error);
        if (problem.getStatus() >= 500) {
            log.error("Unhandled error on " + exchange.getRequest().getPath(), error);
        }
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        return ServerResponse.status(HttpStatus.valueOf(problem.getStatus()))
                .headers(headers -> copyHeadersOf(error, headers))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(problem)
                .flatMap(response -> response.writeTo(exchange, context));
    }

    /** An error may carry headers a client needs, such as {@code Allow} or {@code Retry-After}. */
    private static void copyHeadersOf(Throwable error, HttpHeaders headers) {
        if (error instanceof ErrorResponse response) {
            headers.addAll(response.getHeaders());
        }
    }
}
