package nl.starters.branch.blog;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.starters.branch.activity.ActivityRecorder;
import nl.starters.branch.activity.ActivityType;
import nl.starters.servicedefaults.ids.Ids;
import nl.starters.servicedefaults.problems.Problems;
import nl.starters.servicedefaults.security.Caller;
import nl.starters.servicedefaults.web.PageRequest;
import nl.starters.servicedefaults.web.PageView;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.ErrorResponseException;
import reactor.core.publisher.Mono;

/**
 * The branch blog: staff write, publish and edit posts; everybody reads what is published. A post becomes
 * published once (POST_PUBLISHED then), in the same transaction as its write.
 */
@Service
class PostService {

    static final int INLINE_COMMENTS = PageRequest.DEFAULT_SIZE;

    private final PostRepository posts;
    private final CommentRepository comments;
    private final BlogViews views;
    private final ActivityRecorder activity;
    private final TransactionalOperator transaction;
    private final Clock clock;

    PostService(
            PostRepository posts,
            CommentRepository comments,
            BlogViews views,
            ActivityRecorder activity,
            TransactionalOperator transaction,
            Clock clock) {
        this.posts = posts;
        this.comments = comments;
        this.views = views;
        this.activity = activity;
        this.transaction = transaction;
        this.clock = clock;
    }

    Mono<PageView<PostSummary>> feed(Reader reader, boolean drafts, String tag, PageRequest page) {
        if (drafts && !reader.staff()) {
            return Mono.error(new AccessDeniedException("Only staff of this branch see its drafts."));
        }
        return Mono.fromSupplier(() -> tag == null || tag.isBlank() ? List.<String>of() : Tags.normalise(List.of(tag)))
                .flatMap(tags -> posts.feed(Visibility.of(reader), drafts, tags.isEmpty() ? null : tags.get(0), page));
    }

    Mono<PostView> view(Reader reader, UUID id) {
        return posts.find(id, Visibility.of(reader))
                .switchIfEmpty(Mono.error(() -> new PostNotFound(id)))
                .flatMap(post -> withComments(post, reader));
    }

    Mono<PostView> create(Caller author, WritePostRequest request) {
        UUID id = Ids.newId();
        boolean draft = Boolean.TRUE.equals(request.draft());
        return Mono.fromSupplier(() -> PostContent.of(request))
                .flatMap(content ->
                        transaction.transactional(posts.insert(id, author.memberId(), content, draft, clock.instant())
                                .then(
                                        draft
                                                ? Mono.empty()
                                                : activity.record(ActivityType.POST_PUBLISHED, author.memberId(), id))
                                .then(posts.find(id, Visibility.STAFF))))
                .map(post -> views.post(post, new Reader(author, true), List.of()));
    }

    /** Replaces a post's content; {@code draft: false} publishes a draft, a published post stays published. */
    Mono<PostView> edit(Caller editor, UUID id, WritePostRequest request) {
        return Mono.fromSupplier(() -> PostContent.of(request))
                .flatMap(content -> transaction.transactional(posts.lockForEdit(id)
                        .switchIfEmpty(Mono.error(() -> new PostNotFound(id)))
                        .flatMap(current -> apply(editor, id, current, content, request.draft()))
                        .then(posts.find(id, Visibility.STAFF))))
                .flatMap(post -> withComments(post, new Reader(editor, true)));
    }

    private Mono<Void> apply(Caller editor, UUID id, PostState current, PostContent content, Boolean draft) {
        boolean staysDraft = draft == null ? current.draft() : draft;
        if (staysDraft && !current.draft()) {
            return Mono.error(new ErrorResponseException(
                    HttpStatus.CONFLICT,
                    Problems.of(
                            HttpStatus.CONFLICT,
                            "Already published",
                            "This post is published; it cannot become a draft again. Edit it instead."),
                    null));
        }
        Instant now = clock.instant();
        boolean publishing = current.draft() && !staysDraft;
        boolean edited = !current.draft() && !content.equals(current.content());
        var next = new PostState(staysDraft, publishing ? now : current.publishedAt(), content);
        return posts.update(id, next, edited ? now : null)
                .then(publishing ? activity.record(ActivityType.POST_PUBLISHED, editor.memberId(), id) : Mono.empty());
    }

    private Mono<PostView> withComments(Post post, Reader reader) {
        if (!reader.signedIn()) {
            return Mono.just(views.post(post, reader, null));
        }
        return comments.thread(post.id(), Visibility.of(reader), new PageRequest(0, INLINE_COMMENTS))
                .map(page -> views.post(post, reader, page.items()));
    }
}
