package nl.starters.national.questions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A national question in a list: which region asked it, how many answers it has, and whether one is
 * accepted.
 *
 * @param region the registry's region of the origin branch (null when the registry does not know it)
 */
record NationalQuestionSummary(
        UUID id,
        String originBranch,
        String region,
        String title,
        List<String> tags,
        Instant promotedAt,
        long answerCount,
        boolean answered) {}
