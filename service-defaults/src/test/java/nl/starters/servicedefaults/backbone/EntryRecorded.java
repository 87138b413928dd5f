package nl.starters.servicedefaults.backbone;

/** The payload of the test topic: the n-th entry of a key; a poisoned one fails until the fix. */
record EntryRecorded(String key, int seq, boolean poison) {}
