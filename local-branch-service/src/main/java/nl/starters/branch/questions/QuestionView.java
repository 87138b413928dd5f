package nl.starters.branch.questions;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.starters.servicedefaults.members.Author;

/**
 * A local question with its answers, as a reader sees it (public: the promotion answers with it): sanitised HTML for everybody, the Markdown
 * {@code body} only for its author and staff of this branch (absent for anybody else).
 *
 * @param answers the visible answers, the accepted one first, then oldest first (at most
 *     {@link QuestionReads#MAX_ANSWERS}; {@code answerCount} counts them all)
 * @param nationalAnswers answers from other regions once promoted, the accepted ones first, then oldest
 *     first; empty until then
 */
public record QuestionView(
        UUID id,
        String title,
        String bodyHtml,
        @JsonInclude(JsonInclude.Include.NON_NULL) String body,
        List<String> tags,
        boolean shareBeyondRegion,
        Instant askedAt,
        Instant editedAt,
        Author author,
        long votes,
        boolean votedByMe,
        long answerCount,
        UUID acceptedAnswerId,
        List<AnswerView> answers,
        List<NationalAnswerView> nationalAnswers,
        boolean promoted) {}
