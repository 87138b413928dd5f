package nl.starters.national.activity;

/**
 * The figures that do not add up over branches or days: distinct active members and the median and
 * 90th percentile of the waits for a first staff reply (null without any reply).
 */
record Spread(long activeMembers, Double firstReplyMedianSeconds, Double firstReplyP90Seconds) {

    static final Spread NONE = new Spread(0, null, null);
}
