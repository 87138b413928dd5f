package nl.starters.branch.promotion;

/** What the national copy of a promoted question should be (docs/asyncapi.yaml QuestionPromotedV1). */
enum PromotionStatus {
    /** Shown nationally with this version's title, body and tags. */
    SHARED,
    /** Removed by this branch's moderation: the national copy disappears. */
    REMOVED,
    /** The asker withdrew the consent to share: the national copy disappears. */
    WITHDRAWN
}
