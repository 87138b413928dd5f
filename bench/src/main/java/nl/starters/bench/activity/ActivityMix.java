package nl.starters.bench.activity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.starters.servicedefaults.ids.Ids;
import nl.starters.servicedefaults.kafka.EventEnvelope;
import nl.starters.servicedefaults.kafka.Topics;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * activity.v1 records as the branches' outbox relays write them (key = branch id, CloudEvents headers from
 * {@link EventEnvelope} with source {@code /branches/<id>} and type {@code activity.recorded.v1}, the ActivityV1
 * JSON as value), in a realistic mix: mostly comments, answers and questions; members from a pool per branch as
 * HMAC hashes under the federation's default key; staff publish posts and give first replies (with
 * {@code latencySeconds}, log-normal around two working hours, ~8 % past one working day).
 */
final class ActivityMix {

    static final String TYPE = "activity.recorded.v1";
    private static final String DEFAULT_KEY = "starters-community-activity";
    private static final long WORKING_DAY_SECONDS = 8 * 3600;
    private static final int RECENT = 64;

    /** The types and their weights per 1,000 events. */
    private static final List<Weighted> MIX = List.of(
            new Weighted("POST_PUBLISHED", 40),
            new Weighted("COMMENT", 250),
            new Weighted("QUESTION_ASKED", 120),
            new Weighted("ANSWER", 200),
            new Weighted("FIRST_STAFF_REPLY", 100),
            new Weighted("QUESTION_PROMOTED", 20),
            new Weighted("CONNECTION_MADE", 90),
            new Weighted("LISTING_POSTED", 60),
            new Weighted("MEETUP_RSVP", 120));

    private record Weighted(String type, int weight) {}

    /** One simulated branch: its members, staff and recent questions and posts (answers and comments name them). */
    private record Branch(String id, String source, String[] members, String[] staff, UUID[] questions, UUID[] posts) {}

    private final Branch[] branches;
    private final String[] byWeight = new String[1000];
    private final boolean optionalFields;
    private final Random random = new Random(42);

    /**
     * @param optionalFields also {@code parentId} (ANSWER, COMMENT, FIRST_STAFF_REPLY) and {@code slaBreached}
     *     (FIRST_STAFF_REPLY), the optional fields of issue 7
     */
    ActivityMix(List<String> branchIds, int membersPerBranch, int staffPerBranch, boolean optionalFields) {
        this.optionalFields = optionalFields;
        this.branches = branchIds.stream()
                .map(id -> new Branch(
                        id,
                        "/branches/" + id,
                        hashes(membersPerBranch),
                        hashes(staffPerBranch),
                        ids(RECENT),
                        ids(RECENT)))
                .toArray(Branch[]::new);
        int at = 0;
        for (Weighted weighted : MIX) {
            for (int i = 0; i < weighted.weight(); i++) {
                byWeight[at++] = weighted.type();
            }
        }
    }

    /** The next record of a random branch; not thread-safe (one producer thread). */
    ProducerRecord<String, String> next() {
        Branch branch = branches[random.nextInt(branches.length)];
        String type = byWeight[random.nextInt(byWeight.length)];
        UUID eventId = Ids.newId();
        Instant now = Instant.now();
        StringBuilder json = new StringBuilder(360)
                .append("{\"eventId\":\"")
                .append(eventId)
                .append("\",\"branch\":\"")
                .append(branch.id())
                .append("\",\"type\":\"")
                .append(type)
                .append("\",\"occurredAt\":\"")
                .append(now)
                .append('"');
        body(json, branch, type);
        json.append('}');
        var envelope = new EventEnvelope(eventId, TYPE, branch.source(), now);
        return new ProducerRecord<>(Topics.ACTIVITY, null, branch.id(), json.toString(), envelope.toHeaders());
    }

    private void body(StringBuilder json, Branch branch, String type) {
        switch (type) {
            case "POST_PUBLISHED" -> {
                UUID post = Ids.newId();
                branch.posts()[random.nextInt(RECENT)] = post;
                member(json, pick(branch.staff()))
                        .append(",\"subjectId\":\"")
                        .append(post)
                        .append('"');
            }
            case "QUESTION_ASKED" -> {
                UUID question = Ids.newId();
                branch.questions()[random.nextInt(RECENT)] = question;
                member(json, pick(branch.members()))
                        .append(",\"subjectId\":\"")
                        .append(question)
                        .append('"');
            }
            case "ANSWER" -> child(json, pick(branch.members()), pick(branch.questions()));
            case "COMMENT" -> child(json, pick(branch.members()), pick(branch.posts()));
            case "FIRST_STAFF_REPLY" -> {
                UUID subject = random.nextBoolean() ? pick(branch.questions()) : pick(branch.posts());
                long latency = Math.round(Math.exp(Math.log(7200) + random.nextGaussian()));
                member(json, pick(branch.staff()))
                        .append(",\"subjectId\":\"")
                        .append(subject)
                        .append('"');
                json.append(",\"latencySeconds\":").append(latency);
                if (optionalFields) {
                    json.append(",\"slaBreached\":").append(latency > WORKING_DAY_SECONDS);
                }
            }
            case "QUESTION_PROMOTED" -> {
                // a quarter by the votes threshold: no member
                if (random.nextInt(4) > 0) {
                    member(json, pick(branch.staff()));
                }
                json.append(",\"subjectId\":\"")
                        .append(pick(branch.questions()))
                        .append('"');
            }
            default ->
                member(json, pick(branch.members()))
                        .append(",\"subjectId\":\"")
                        .append(Ids.newId())
                        .append('"');
        }
    }

    /** An answer or comment: its own id as subject, the question or post as parent. */
    private void child(StringBuilder json, String member, UUID parent) {
        member(json, member).append(",\"subjectId\":\"").append(Ids.newId()).append('"');
        if (optionalFields) {
            json.append(",\"parentId\":\"").append(parent).append('"');
        }
    }

    private static StringBuilder member(StringBuilder json, String hash) {
        return json.append(",\"memberHash\":\"").append(hash).append('"');
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static UUID[] ids(int count) {
        UUID[] ids = new UUID[count];
        for (int i = 0; i < count; i++) {
            ids[i] = Ids.newId();
        }
        return ids;
    }

    /** HMAC-SHA256 of random member ids under the federation's default key, as the branches' MemberHash. */
    private static String[] hashes(int count) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(DEFAULT_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String[] hashes = new String[count];
            for (int i = 0; i < count; i++) {
                hashes[i] = HexFormat.of()
                        .formatHex(mac.doFinal(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII)));
            }
            return hashes;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
