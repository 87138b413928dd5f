package nl.starters.branch.blog;

import nl.starters.servicedefaults.web.PageRequest;
import nl.starters.servicedefaults.web.PageView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/branches/{branch}/posts")
class PostController {

    private final PostRepository posts;

    PostController(PostRepository posts) {
        this.posts = posts;
    }

    /** The branch feed, newest first; public, so starters still orienting can read without an account. */
    @GetMapping
    Mono<PageView<PostSummary>> feed(
            @PathVariable String branch,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageRequest request = PageRequest.of(page, size);
        return Mono.zip(posts.findPublished(request).collectList(), posts.countPublished())
                .map(result -> new PageView<>(result.getT1(), request.page(), request.size(), result.getT2()));
    }
}
