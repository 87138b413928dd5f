package nl.starters.e2e;

import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A response as a journey looks at it: status, headers and the body (as JSON when asked). */
record Reply(int status, HttpHeaders headers, String body) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    JsonNode json() {
        return JSON.readTree(body);
    }

    /** The {@code items} of a page. */
    List<JsonNode> items() {
        List<JsonNode> items = new ArrayList<>();
        json().path("items").forEach(items::add);
        return items;
    }

    String contentType() {
        return headers.firstValue("Content-Type").orElse("");
    }

    @Override
    public String toString() {
        return status + " " + contentType() + " " + body;
    }
}
