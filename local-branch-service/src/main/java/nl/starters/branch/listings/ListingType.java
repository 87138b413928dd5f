package nl.starters.branch.listings;

/** What a listing on the board is: something a member offers, or something they look for. */
enum ListingType {
    OFFER,
    REQUEST
}
