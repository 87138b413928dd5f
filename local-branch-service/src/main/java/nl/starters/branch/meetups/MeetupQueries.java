package nl.starters.branch.meetups;

import java.time.Clock;
import java.util.UUID;
import nl.starters.branch.support.BranchProperties;
import nl.starters.servicedefaults.markdown.MarkdownRenderer;
import nl.starters.servicedefaults.security.Caller;
import nl.starters.servicedefaults.web.PageRequest;
import nl.starters.servicedefaults.web.PageView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/** Meetups as the caller sees them: rendered description, how full, their own RSVP. */
@Component
class MeetupQueries {

    private final MeetupRepository meetups;
    private final MarkdownRenderer markdown;
    private final Clock clock;
    private final String branch;

    MeetupQueries(MeetupRepository meetups, MarkdownRenderer markdown, Clock clock, BranchProperties branch) {
        this.meetups = meetups;
        this.markdown = markdown;
        this.clock = clock;
        this.branch = branch.id();
    }

    Mono<PageView<MeetupView>> page(Caller caller, boolean past, PageRequest page) {
        var now = clock.instant();
        return Mono.zip(
                        meetups.page(caller.memberId(), past, now, page)
                                .map(listed -> view(caller, listed))
                                .collectList(),
                        meetups.count(past, now))
                .map(result -> new PageView<>(result.getT1(), page.page(), page.size(), result.getT2()));
    }

    Mono<MeetupView> one(Caller caller, UUID id) {
        return meetups.find(caller.memberId(), id)
                .map(listed -> view(caller, listed))
                .switchIfEmpty(Mono.error(
                        new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no meetup " + id + " here.")));
    }

    private MeetupView view(Caller caller, MeetupRepository.Listed listed) {
        Meetup meetup = listed.meetup();
        return new MeetupView(
                meetup.id(),
                meetup.title(),
                caller.isStaffOf(branch) ? meetup.description() : null,
                markdown.toSafeHtml(meetup.description()),
                meetup.startsAt(),
                meetup.place(),
                meetup.capacity(),
                listed.attending(),
                listed.waiting(),
                listed.mine(),
                listed.organiser(),
                listed.createdAt(),
                listed.editedAt());
    }
}
