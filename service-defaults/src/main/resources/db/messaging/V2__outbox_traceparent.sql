-- The W3C trace context of the write that appended the event (null outside any trace, and for rows written
-- before this version): the relay sends it as the record's traceparent header, so consumers continue the trace.
ALTER TABLE messaging.outbox ADD COLUMN traceparent text;
