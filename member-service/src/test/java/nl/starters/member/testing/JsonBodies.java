package nl.starters.member.testing;

import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;

/** JSON bodies as maps, for tests that read a response field by field. */
public final class JsonBodies {

    public static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {};

    private JsonBodies() {}

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
