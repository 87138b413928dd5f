package nl.starters.servicedefaults.problems;

import java.net.URI;

/** Stable problem type URIs, one per kind of problem, shared by every service. */
public final class ProblemTypes {

    private static final String BASE = "https://starters.community/problems/";

    public static final URI NOT_FOUND = of("not-found");
    public static final URI INVALID_REQUEST = of("invalid-request");
    public static final URI PAYLOAD_TOO_LARGE = of("payload-too-large");
    public static final URI METHOD_NOT_ALLOWED = of("method-not-allowed");
    public static final URI UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type");
    public static final URI CONFLICT = of("conflict");
    public static final URI UNAUTHENTICATED = of("unauthenticated");
    public static final URI FORBIDDEN = of("forbidden");
    public static final URI TOO_MANY_REQUESTS = of("too-many-requests");
    public static final URI SERVICE_UNAVAILABLE = of("service-unavailable");
    public static final URI INTERNAL = of("internal-error");

    private ProblemTypes() {}

    public static URI of(String slug) {
        return URI.create(BASE + slug);
    }

    /** The type that fits a status when nothing more specific is known. */
    public static URI forStatus(int status) {
        return switch (status) {
            case 400 -> INVALID_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> TOO_MANY_REQUESTS;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL : INVALID_REQUEST;
        };
    }
}
