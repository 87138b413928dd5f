package nl.starters.branch.listings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.starters.branch.activity.ActivityRecorder;
import nl.starters.branch.activity.ActivityType;
import nl.starters.branch.support.BranchProperties;
import nl.starters.servicedefaults.ids.Ids;
import nl.starters.servicedefaults.markdown.MarkdownRenderer;
import nl.starters.servicedefaults.security.Caller;
import nl.starters.servicedefaults.web.PageRequest;
import nl.starters.servicedefaults.web.PageView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * The offers and requests board: members post what they offer or look for, for a limited time (30 days
 * unless they say otherwise, never more than a year), so the board shows what is still current.
 */
@Service
public class ListingService {

    static final Duration DEFAULT_LIFETIME = Duration.ofDays(30);
    static final Duration LONGEST_LIFETIME = Duration.ofDays(365);

    private final ListingRepository listings;
    private final ActivityRecorder activity;
    private final TransactionalOperator transaction;
    private final MarkdownRenderer markdown;
    private final Clock clock;
    private final String branch;

    ListingService(
            ListingRepository listings,
            ActivityRecorder activity,
            TransactionalOperator transaction,
            MarkdownRenderer markdown,
            Clock clock,
            BranchProperties branch) {
        this.listings = listings;
        this.activity = activity;
        this.transaction = transaction;
        this.markdown = markdown;
        this.clock = clock;
        this.branch = branch.id();
    }

    Mono<ListingView> post(Caller caller, PostListing request) {
        Instant now = clock.instant();
        Instant expiresAt = request.expiresAt() == null ? now.plus(DEFAULT_LIFETIME) : request.expiresAt();
        if (!expiresAt.isAfter(now)) {
            return Mono.error(invalid("expiresAt: must be in the future, was " + expiresAt + "."));
        }
        if (expiresAt.isAfter(now.plus(LONGEST_LIFETIME))) {
            return Mono.error(invalid("expiresAt: may be at most one year ahead, was " + expiresAt + "."));
        }
        var listing = new Listing(
                Ids.newId(),
                request.listingType(),
                request.title().strip(),
                request.body(),
                request.sector().strip(),
                caller.memberId(),
                now,
                expiresAt);
        return transaction
                .transactional(listings.insert(listing)
                        .then(activity.record(ActivityType.LISTING_POSTED, caller.memberId(), listing.id())))
                .then(one(caller, listing.id()));
    }

    Mono<PageView<ListingView>> board(Caller caller, ListingFilter filter, PageRequest page) {
        return Mono.zip(
                        listings.page(filter, page)
                                .map(authored -> view(caller, authored))
                                .collectList(),
                        listings.count(filter))
                .map(result -> new PageView<>(result.getT1(), page.page(), page.size(), result.getT2()));
    }

    /** A listing by its id; hidden ones only for staff of this branch. */
    Mono<ListingView> one(Caller caller, UUID id) {
        return listings.find(id, caller.isStaffOf(branch))
                .map(authored -> view(caller, authored))
                .switchIfEmpty(Mono.error(
                        new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no listing " + id + " here.")));
    }

    private ListingView view(Caller caller, ListingRepository.Authored authored) {
        Listing listing = authored.listing();
        boolean source = caller.memberId().equals(listing.authorId()) || caller.isStaffOf(branch);
        return new ListingView(
                listing.id(),
                listing.type(),
                listing.title(),
                source ? listing.body() : null,
                markdown.toSafeHtml(listing.body()),
                listing.sector(),
                authored.author(),
                listing.createdAt(),
                listing.expiresAt(),
                !listing.expiresAt().isAfter(clock.instant()));
    }

    private static ResponseStatusException invalid(String detail) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
    }
}
