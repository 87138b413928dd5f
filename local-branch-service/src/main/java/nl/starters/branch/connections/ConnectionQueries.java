package nl.starters.branch.connections;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.starters.servicedefaults.web.PageRequest;
import nl.starters.servicedefaults.web.PageView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/** Reads a member's connections; nobody sees a connection they are not part of. */
@Component
class ConnectionQueries {

    private static final List<ConnectionState> OPEN_AND_MADE =
            List.of(ConnectionState.PENDING, ConnectionState.ACCEPTED);

    private final ConnectionRepository connections;

    ConnectionQueries(ConnectionRepository connections) {
        this.connections = connections;
    }

    Mono<PageView<ConnectionView>> of(UUID me, List<ConnectionState> states, Direction direction, PageRequest page) {
        return Mono.zip(
                        connections.of(me, states, direction, page).collectList(),
                        connections.count(me, states, direction))
                .map(result -> new PageView<>(result.getT1(), page.page(), page.size(), result.getT2()));
    }

    Mono<ConnectionView> view(UUID me, UUID id) {
        return connections
                .view(me, id)
                .switchIfEmpty(Mono.error(new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "You have no connection or connection request " + id + ".")));
    }

    static List<ConnectionState> states(String state) {
        return state == null || state.isBlank() ? OPEN_AND_MADE : List.of(parse(ConnectionState.class, "state", state));
    }

    static Direction direction(String direction) {
        return direction == null || direction.isBlank() ? null : parse(Direction.class, "direction", direction);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    name + " must be one of " + List.of(type.getEnumConstants()) + ", was '" + value + "'.");
        }
    }
}
