package nl.starters.e2e;

import static nl.starters.e2e.Community.BRANCH;
import static nl.starters.e2e.Community.PASSWORD;
import static nl.starters.e2e.Community.inInbox;
import static nl.starters.e2e.Community.newMember;
import static nl.starters.e2e.Community.query;
import static nl.starters.e2e.Community.word;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The local community of one branch (utrecht) through the gateway: the blog and its reply promise,
 * questions with votes, answers, notifications and search, and a meetup's waiting list.
 * The federation is shared with the other journeys, so every check looks for its own items by id.
 */
@Journey
class CommunityJourneyTests {

    @Test
    void staffPublishAPostAnybodyReadsItSafelyAndAMembersCommentWaitsForAStaffReply(Gateway gateway) {
        Gateway staff = gateway.apiClient("staff-utrecht", PASSWORD);
        Gateway member = gateway.apiClient("member-utrecht", PASSWORD);
        String title = "Welkom bij de starterscommunity " + word();

        Reply published = staff.post(
                BRANCH + "/posts",
                Map.of(
                        "title",
                        title,
                        "body",
                        "Fijn dat je er bent.\n\n<script>alert('xss')</script>\n\n[klik](javascript:alert(1))",
                        "tags",
                        List.of(" Welkom ", "welkom", "Start")));
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        assertThat(published.json().path("tags").toString()).isEqualTo("[\"welkom\",\"start\"]");
        String post = published.json().path("id").asString();

        Gateway anonymous = gateway.newBrowser();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Reply feed = anonymous.get(BRANCH + "/posts?size=100");
            assertThat(feed.status()).as(feed.toString()).isEqualTo(200);
            assertThat(feed.items())
                    .as("the public feed, the author with the staff badge once the branch knows them")
                    .anyMatch(item -> item.path("id").asString().equals(post)
                            && item.path("title").asString().equals(title)
                            && item.path("author").path("staff").asBoolean());
        });
        Reply read = anonymous.get(BRANCH + "/posts/" + post);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        String html = read.json().path("bodyHtml").asString();
        assertThat(html).contains("Fijn dat je er bent.").contains("&lt;script");
        assertThat(html.toLowerCase()).doesNotContain("<script").doesNotContainPattern("href=\"?\\s*javascript");
        assertThat(read.json().has("body"))
                .as("the Markdown source is for its author and staff only")
                .isFalse();

        Reply comment = member.post(BRANCH + "/posts/" + post + "/comments", Map.of("body", "Dank je, **handig**!"));
        assertThat(comment.status()).as(comment.toString()).isEqualTo(201);
        assertThat(comment.json().path("bodyHtml").asString()).contains("<strong>handig</strong>");
        JsonNode waiting = inInbox(staff, post).orElseThrow(() -> new AssertionError("the thread is not in the inbox"));
        assertThat(waiting.path("kind").asString()).isEqualTo("COMMENT_THREAD");
        assertThat(waiting.path("title").asString()).isEqualTo(title);
        assertThat(waiting.path("slaState").asString()).isIn("ON_TIME", "DUE_SOON", "BREACHED");

        Reply reply = staff.post(BRANCH + "/posts/" + post + "/comments", Map.of("body", "Graag gedaan."));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().path("author").path("staff").asBoolean())
                .as("staff always carry the badge")
                .isTrue();
        assertThat(inInbox(staff, post)).as("after the staff reply").isEmpty();
    }

    @Test
    void aQuestionIsVotedOnAnsweredByStaffAcceptedAndFoundByADutchWordForm(Gateway gateway) {
        Gateway staff = gateway.apiClient("staff-utrecht", PASSWORD);
        Gateway asker = gateway.apiClient("member-utrecht", PASSWORD);
        Gateway voter = newMember(gateway);
        String word = word();

        Reply asked = asker.post(
                BRANCH + "/questions",
                Map.of(
                        "title",
                        "Welke verzekering heeft mijn bakkerij nodig?",
                        "body",
                        "Ik open in Utrecht een bakkerij (" + word + ").",
                        "tags",
                        List.of("verzekering"),
                        "shareBeyondRegion",
                        true));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        assertThat(asked.json().path("shareBeyondRegion").asBoolean()).isTrue();
        String question = asked.json().path("id").asString();
        assertThat(inInbox(staff, question))
                .as("the question waits for staff")
                .hasValueSatisfying(
                        item -> assertThat(item.path("kind").asString()).isEqualTo("QUESTION"));

        for (int vote = 1; vote <= 2; vote++) {
            Reply voted = voter.post(BRANCH + "/questions/" + question + "/votes", null);
            assertThat(voted.status()).as("vote " + vote + ": " + voted).isEqualTo(200);
            assertThat(voted.json().path("votes").asLong()).as("vote " + vote).isEqualTo(1);
            assertThat(voted.json().path("votedByMe").asBoolean()).isTrue();
        }

        Reply answered = staff.post(
                BRANCH + "/questions/" + question + "/answers",
                Map.of("body", "Begin met een bedrijfsaansprakelijkheidsverzekering."));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
        String answer = answered.json().path("id").asString();
        assertThat(inInbox(staff, question)).as("after the staff answer").isEmpty();
        Reply notifications = asker.get(BRANCH + "/notifications?unread=true&size=100");
        assertThat(notifications.status()).as(notifications.toString()).isEqualTo(200);
        assertThat(notifications.items())
                .as("the asker's notifications")
                .anyMatch(item -> item.path("type").asString().equals("ANSWER_TO_MY_QUESTION")
                        && item.path("subjectId").asString().equals(question));

        Reply accepted = asker.post(BRANCH + "/questions/" + question + "/answers/" + answer + "/accept", null);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().path("acceptedAnswerId").asString()).isEqualTo(answer);
        assertThat(accepted.json().path("votes").asLong()).isEqualTo(1);

        Reply found = asker.get(BRANCH + "/search?size=100&q=" + query("bakkerijen " + word));
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.items())
                .as("'bakkerijen' finds a question about a 'bakkerij'")
                .anyMatch(hit -> hit.path("id").asString().equals(question)
                        && hit.path("type").asString().equals("QUESTION"));
    }

    @Test
    void aMeetupWithOnePlaceSendsTheSecondMemberToTheWaitingList(Gateway gateway) {
        Gateway staff = gateway.apiClient("staff-utrecht", PASSWORD);
        Gateway first = gateway.apiClient("member-utrecht", PASSWORD);
        Gateway second = newMember(gateway);

        Reply organised = staff.post(
                BRANCH + "/meetups",
                Map.of(
                        "title",
                        "Starterscafé " + word(),
                        "description",
                        "Koffie en **netwerken**.",
                        "startsAt",
                        Instant.now().plus(14, ChronoUnit.DAYS).toString(),
                        "place",
                        "Neude 11, Utrecht",
                        "capacity",
                        1));
        assertThat(organised.status()).as(organised.toString()).isEqualTo(201);
        String meetup = organised.json().path("id").asString();

        Reply going = first.post(BRANCH + "/meetups/" + meetup + "/rsvp", null);
        Reply waiting = second.post(BRANCH + "/meetups/" + meetup + "/rsvp", null);
        Reply again = first.post(BRANCH + "/meetups/" + meetup + "/rsvp", null);

        assertThat(going.status()).as(going.toString()).isEqualTo(201);
        assertThat(going.json().path("myRsvp").asString()).isEqualTo("GOING");
        assertThat(waiting.status()).as(waiting.toString()).isEqualTo(201);
        assertThat(waiting.json().path("myRsvp").asString()).isEqualTo("WAITING");
        assertThat(again.status()).as("a second RSVP: " + again).isEqualTo(200);
        assertThat(again.json().path("myRsvp").asString()).isEqualTo("GOING");
        Reply seen = staff.get(BRANCH + "/meetups/" + meetup);
        assertThat(seen.json().path("attending").asLong()).as(seen.toString()).isEqualTo(1);
        assertThat(seen.json().path("waitingList").asLong()).as(seen.toString()).isEqualTo(1);
    }
}
