package nl.starters.branch.questions;

import java.util.Map;
import nl.starters.branch.moderation.ContentLookup;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/** Questions and answers as moderation sees them: who wrote them and what to call them. */
@Component
class QuestionModeration extends ContentLookup {

    static final String QUESTION = "QUESTION";
    static final String ANSWER = "ANSWER";

    QuestionModeration(DatabaseClient db) {
        super(
                db,
                Map.of(
                        QUESTION,
                        "SELECT q.author_id, q.title FROM questions q WHERE q.id = :id",
                        ANSWER,
                        "SELECT an.author_id, 'Answer to \u201c' || q.title || '\u201d' AS title"
                                + " FROM answers an JOIN questions q ON q.id = an.question_id WHERE an.id = :id"));
    }
}
