package nl.starters.national.questions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A national question in a list: which region asked it, and whether it has an accepted answer. */
record NationalQuestionSummary(
        UUID id, String originBranch, String title, List<String> tags, Instant promotedAt, boolean answered) {}
