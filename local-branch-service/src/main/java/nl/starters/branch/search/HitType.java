package nl.starters.branch.search;

/** What a search hit is: a published blog post or a local question. */
enum HitType {
    POST,
    QUESTION
}
