package nl.starters.bench.promotion;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import nl.starters.bench.Latencies;
import nl.starters.servicedefaults.testing.security.TestMember;
import reactor.core.publisher.Flux;

/**
 * Promotions as the benchmark runs them. One at a time: promote, then poll the national API (every
 * {@code poll}, the first poll right after the promote call returned) until it answers 200. Concurrently: fire
 * all promotions with a bound on those in flight, then poll the national list's total until it holds them all.
 * The driver's thread waits on each call (bounded): this is the load generator, not a service.
 */
final class PromotionRuns {

    private static final Duration CALL = Duration.ofSeconds(30);
    private static final long GIVE_UP = Duration.ofSeconds(30).toNanos();

    /**
     * @param readable promote 2xx returned → the national 200 arrived (the readable moment is at most this)
     * @param firstRead the national GET that answered 200 alone (send → response): part of each figure
     * @param polls national GETs per promotion on average
     * @param atFirstPoll promotions already readable at the first poll
     */
    record Latency(Latencies readable, Latencies promoteCall, Latencies firstRead, double polls, int atFirstPoll) {}

    /**
     * @param seconds first promote sent → the national list served them all
     * @param promoteSeconds first promote sent → the last promote call returned
     * @param relayedSeconds first promote sent → questions.promoted.v1 held them all (the branch's relay's part)
     */
    record Sustained(
            int promotions,
            int concurrency,
            double seconds,
            double promoteSeconds,
            double relayedSeconds,
            Latencies promoteCall) {

        double perSecond() {
            return promotions / seconds;
        }
    }

    private final PromotionHttp http;
    private final TestMember staff;
    private final TestMember reader;
    private final Duration poll;

    PromotionRuns(PromotionHttp http, TestMember staff, TestMember reader, Duration poll) {
        this.http = http;
        this.staff = staff;
        this.reader = reader;
        this.poll = poll;
    }

    Latency oneAtATime(List<UUID> questions) {
        String staffBearer = staff.bearer(); // a token lives 15 minutes: a fresh one per run
        String readerBearer = reader.bearer();
        long[] readable = new long[questions.size()];
        long[] promoteCalls = new long[questions.size()];
        long[] firstReads = new long[questions.size()];
        long polls = 0;
        int atFirstPoll = 0;
        for (int i = 0; i < questions.size(); i++) {
            UUID question = questions.get(i);
            long sent = System.nanoTime();
            var promoted = http.promote(question, staffBearer).block(CALL);
            if (promoted.status() / 100 != 2) {
                throw new IllegalStateException("promote answered " + promoted.status() + ": " + promoted.body());
            }
            promoteCalls[i] = promoted.at() - sent;
            for (int attempt = 1; ; attempt++) {
                long asked = System.nanoTime();
                var read = http.read(question, readerBearer).block(CALL);
                polls++;
                if (read.status() == 200) {
                    readable[i] = read.at() - promoted.at();
                    firstReads[i] = read.at() - asked;
                    atFirstPoll += attempt == 1 ? 1 : 0;
                    break;
                }
                if (read.status() != 404 || read.at() - promoted.at() > GIVE_UP) {
                    throw new IllegalStateException(
                            "national read of " + question + " answered " + read.status() + ": " + read.body());
                }
                LockSupport.parkNanos(poll.toNanos());
            }
        }
        return new Latency(
                Latencies.of(readable),
                Latencies.of(promoteCalls),
                Latencies.of(firstReads),
                (double) polls / questions.size(),
                atFirstPoll);
    }

    Sustained concurrently(List<UUID> questions, int concurrency, PromotedTopic topic) {
        String staffBearer = staff.bearer();
        String readerBearer = reader.bearer();
        long before = http.servedTotal(readerBearer).block(CALL);
        long relayedBefore = topic.records();
        long start = System.nanoTime();
        long[] calls = Flux.fromIterable(questions)
                .flatMap(
                        question -> {
                            long sent = System.nanoTime();
                            return http.promote(question, staffBearer).map(promoted -> {
                                if (promoted.status() / 100 != 2) {
                                    throw new IllegalStateException("promote answered " + promoted.status());
                                }
                                return promoted.at() - sent;
                            });
                        },
                        concurrency)
                .collectList()
                .block(Duration.ofMinutes(10))
                .stream()
                .mapToLong(Long::longValue)
                .toArray();
        long promoted = System.nanoTime();
        long expected = before + questions.size();
        long relayed = 0;
        while (http.servedTotal(readerBearer).block(CALL) < expected) {
            if (relayed == 0 && topic.records() >= relayedBefore + questions.size()) {
                relayed = System.nanoTime();
            }
            if (System.nanoTime() - promoted > 4 * GIVE_UP) {
                throw new IllegalStateException("the national forum did not serve all promotions within 2 minutes");
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        long readable = System.nanoTime();
        relayed = relayed == 0 ? readable : relayed;
        return new Sustained(
                questions.size(),
                concurrency,
                (readable - start) / 1e9,
                (promoted - start) / 1e9,
                (relayed - start) / 1e9,
                Latencies.of(calls));
    }
}
