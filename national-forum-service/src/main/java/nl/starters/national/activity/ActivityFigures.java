package nl.starters.national.activity;

import io.swagger.v3.oas.annotations.media.Schema;

/** What coordinators watch for a branch, a region, the national forum or everything, over a period. */
@Schema(description = "Activity over the period; waits are in working seconds of the branch that replied")
record ActivityFigures(
        @Schema(description = "blog posts published") long posts,
        @Schema(description = "comments on blog posts") long comments,
        @Schema(description = "questions asked") long questions,

        @Schema(description = "answers given (national answers count for the national forum)")
        long answers,

        @Schema(description = "questions promoted to the national forum")
        long promotedQuestions,

        @Schema(description = "connection requests accepted")
        long connectionsMade,

        @Schema(description = "offers and requests posted") long listingsPosted,
        @Schema(description = "meetup RSVPs") long meetupRsvps,
        @Schema(description = "members who joined") long membersJoined,

        @Schema(description = "distinct members with any activity (each counted once over the period)")
        long activeMembers,

        @Schema(description = "first staff replies") long firstStaffReplies,

        @Schema(description = "median wait for a first staff reply, working seconds; null without replies")
        Double firstReplyMedianSeconds,

        @Schema(description = "90th percentile of that wait, working seconds; null without replies")
        Double firstReplyP90Seconds,

        @Schema(description = "first staff replies that came after the reply promise's due moment")
        long slaBreaches,

        @Schema(description = "questions asked in the period that have no answer yet")
        long unansweredQuestions,

        @Schema(description = "questions promoted in the period whose national copy has no accepted answer yet")
        long nationalQuestionsWithoutAcceptedAnswer) {

    static ActivityFigures of(Counts counts, Spread spread) {
        return new ActivityFigures(
                counts.posts(),
                counts.comments(),
                counts.questions(),
                counts.answers(),
                counts.promoted(),
                counts.connections(),
                counts.listings(),
                counts.meetupRsvps(),
                counts.membersJoined(),
                spread.activeMembers(),
                counts.firstReplies(),
                spread.firstReplyMedianSeconds(),
                spread.firstReplyP90Seconds(),
                counts.slaBreaches(),
                counts.unanswered(),
                counts.withoutAcceptedAnswer());
    }
}
