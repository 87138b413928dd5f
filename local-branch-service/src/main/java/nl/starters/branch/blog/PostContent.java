package nl.starters.branch.blog;

import java.util.List;

/** What an author writes in a post, cleaned up for storing: title trimmed, tags normalised. */
record PostContent(String title, String body, List<String> tags) {

    static PostContent of(WritePostRequest request) {
        return new PostContent(request.title().strip(), request.body(), Tags.normalise(request.tags()));
    }
}
