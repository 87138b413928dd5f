package nl.starters.branch.blog;

import java.util.List;
import nl.starters.servicedefaults.markdown.MarkdownRenderer;
import org.springframework.stereotype.Component;

/**
 * Turns stored posts and comments into what a reader gets: Markdown rendered to sanitised HTML, the
 * source only for the author and staff of this branch.
 */
@Component
class BlogViews {

    private final MarkdownRenderer markdown;

    BlogViews(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /** @param comments null leaves the comments out (for anonymous readers) */
    PostView post(Post post, Reader reader, List<Comment> comments) {
        return new PostView(
                post.id(),
                post.title(),
                markdown.toSafeHtml(post.body()),
                reader.mayReadSourceOf(post.author().id()) ? post.body() : null,
                post.tags(),
                post.draft(),
                post.publishedAt(),
                post.editedAt(),
                post.author(),
                post.commentCount(),
                comments == null
                        ? null
                        : comments.stream()
                                .map(comment -> comment(comment, reader))
                                .toList());
    }

    CommentView comment(Comment comment, Reader reader) {
        return new CommentView(
                comment.id(),
                comment.postId(),
                markdown.toSafeHtml(comment.body()),
                reader.mayReadSourceOf(comment.author().id()) ? comment.body() : null,
                comment.author(),
                comment.createdAt());
    }
}
