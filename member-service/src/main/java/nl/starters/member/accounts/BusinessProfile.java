package nl.starters.member.accounts;

/** What a starter tells others about their business, so members can help each other and do business. */
public record BusinessProfile(String sector, String offers, String looksFor, String city, String bio) {

    public static final BusinessProfile EMPTY = new BusinessProfile(null, null, null, null, null);
}
