package nl.starters.servicedefaults.outbox;

/** Some events of a batch were not acknowledged (Kafka away): the relay backs off and tries again. */
class OutboxPublishException extends RuntimeException {

    OutboxPublishException(int unpublished, Throwable cause) {
        super(unpublished + " events not acknowledged by the broker: " + cause, cause);
    }
}
