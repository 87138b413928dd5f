package nl.starters.national.questions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.starters.servicedefaults.members.Author;

/**
 * A national question with its answers: the body rendered and sanitised, the asker as the members copy
 * shows them, the branch and region it came from.
 */
public record NationalQuestionView(
        UUID id,
        String originBranch,
        String region,
        String title,
        String bodyHtml,
        List<String> tags,
        Author author,
        Instant promotedAt,
        Instant updatedAt,
        UUID acceptedAnswerId,
        List<AnswerView> answers) {}
