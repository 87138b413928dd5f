package nl.starters.servicedefaults.problems;

import java.util.List;
import java.util.Optional;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ResponseStatusException;

/** Turns any failure into an RFC 9457 problem whose detail is written for a person. */
public final class Problems {

    static final String TOO_LARGE = "The request body is larger than this service accepts (1 MiB).";

    private Problems() {}

    public static ProblemDetail of(HttpStatusCode status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ProblemTypes.forStatus(status.value()));
        problem.setTitle(title);
        return problem;
    }

    public static ProblemDetail from(Throwable error) {
        Throwable cause = rootCauseOf(error);
        if (cause instanceof DataBufferLimitException) {
            return of(HttpStatus.CONTENT_TOO_LARGE, "Request too large", TOO_LARGE);
        }
        if (error instanceof ErrorResponse response) {
            ProblemDetail body = withTypeFromStatus(response.getBody());
            if (body.getDetail() == null && error instanceof ResponseStatusException status) {
                body.setDetail(status.getReason());
            }
            unreadableBody(error).ifPresent(body::setDetail);
            return body;
        }
        return of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Internal error",
                "Something went wrong on our side; the error has been logged.");
    }

    /**
     * What was wrong with a request body the server could not read (not JSON, a value of the wrong type,
     * an unknown enum constant), in the words of the JSON reader, without its source dump.
     */
    public static Optional<String> unreadableBody(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DecodingException decoding) {
                Throwable reason = decoding.getCause() != null ? decoding.getCause() : decoding;
                return Optional.of("The request body could not be read: "
                        + firstLine(reason.getMessage()).replaceAll(" at \\[Source.*$", ""));
            }
        }
        return Optional.empty();
    }

    /** Gives a problem without a specific type the stable type of its status. */
    public static ProblemDetail withTypeFromStatus(ProblemDetail problem) {
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(ProblemTypes.forStatus(problem.getStatus()));
        }
        return problem;
    }

    private static Throwable rootCauseOf(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String firstLine(String message) {
        return message == null
                ? "malformed content"
                : List.of(message.split("\n")).get(0);
    }
}
