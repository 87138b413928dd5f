package nl.starters.branch.notifications;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.UUID;
import nl.starters.servicedefaults.security.Caller;
import nl.starters.servicedefaults.security.OpenApiSecurity;
import nl.starters.servicedefaults.web.PageRequest;
import nl.starters.servicedefaults.web.PageView;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/** The caller's own notifications in this branch, newest first; nobody sees another member's. */
@RestController
@RequestMapping("/api/branches/{branch}/notifications")
@SecurityRequirement(name = OpenApiSecurity.BEARER_AUTH)
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    Mono<PageView<Notification>> mine(
            @PathVariable String branch,
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @AuthenticationPrincipal Jwt token) {
        return notifications.of(Caller.of(token).memberId(), unread, PageRequest.of(page, size));
    }

    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> markRead(@PathVariable String branch, @PathVariable UUID id, @AuthenticationPrincipal Jwt token) {
        return notifications
                .markRead(Caller.of(token).memberId(), id)
                .switchIfEmpty(Mono.error(
                        new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no notification " + id + ".")))
                .then();
    }

    @PostMapping("/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> markAllRead(@PathVariable String branch, @AuthenticationPrincipal Jwt token) {
        return notifications.markAllRead(Caller.of(token).memberId()).then();
    }
}
