package nl.starters.branch.blog;

import java.time.Clock;
import java.util.UUID;
import nl.starters.branch.activity.ActivityRecorder;
import nl.starters.branch.activity.ActivityType;
import nl.starters.branch.replies.ReplyKind;
import nl.starters.branch.replies.ReplyPromises;
import nl.starters.servicedefaults.ids.Ids;
import nl.starters.servicedefaults.web.PageRequest;
import nl.starters.servicedefaults.web.PageView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Comments on published posts by members of this branch. A member's comment makes the thread wait for a
 * first staff reply (the reply promise); a staff comment keeps it. Each comment, its activity and the
 * promise's change commit together.
 */
@Service
class CommentService {

    private final PostRepository posts;
    private final CommentRepository comments;
    private final BlogViews views;
    private final ActivityRecorder activity;
    private final ReplyPromises replies;
    private final TransactionalOperator transaction;
    private final Clock clock;

    CommentService(
            PostRepository posts,
            CommentRepository comments,
            BlogViews views,
            ActivityRecorder activity,
            ReplyPromises replies,
            TransactionalOperator transaction,
            Clock clock) {
        this.posts = posts;
        this.comments = comments;
        this.views = views;
        this.activity = activity;
        this.replies = replies;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Comments on a published post the writer can see; a draft or hidden post is not found. */
    Mono<CommentView> add(Reader writer, UUID postId, WriteCommentRequest request) {
        UUID id = Ids.newId();
        UUID memberId = writer.caller().memberId();
        Mono<CommentView> write = publishedPost(writer, postId)
                .flatMap(post -> comments.insert(id, postId, memberId, request.body(), clock.instant())
                        .then(activity.recordReply(ActivityType.COMMENT, memberId, id, postId))
                        .then(
                                writer.staff()
                                        ? replies.staffReplied(postId, memberId)
                                        : replies.open(ReplyKind.COMMENT_THREAD, postId, post.title())))
                .then(comments.find(id))
                .map(comment -> views.comment(comment, writer));
        return transaction.transactional(write);
    }

    /** A page of a published post's comments, oldest first. */
    Mono<PageView<CommentView>> thread(Reader reader, UUID postId, PageRequest page) {
        return publishedPost(reader, postId)
                .flatMap(post -> comments.thread(postId, Visibility.of(reader), page))
                .map(comments -> comments.map(comment -> views.comment(comment, reader)));
    }

    private Mono<Post> publishedPost(Reader reader, UUID postId) {
        return posts.find(postId, Visibility.of(reader))
                .filter(post -> !post.draft())
                .switchIfEmpty(Mono.error(() -> new PostNotFound(postId)));
    }
}
