package nl.starters.servicedefaults.consumer;

/** A record's effect did not finish in time (the database slow or away): it is retried, not dead-lettered. */
class EventProcessingTimeout extends RuntimeException {

    EventProcessingTimeout(String message) {
        super(message);
    }
}
