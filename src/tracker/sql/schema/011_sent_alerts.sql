-- Alerts delivered (or tried) per rule, subject and destination: an alert is sent once per destination; a failed
-- delivery stays 'failed' and is tried again on the next run. The row is written after the delivery, so a crash
-- between the two sends that alert again on the next run (at least once, never silently lost).
CREATE TABLE sent_alerts (
    rule             VARCHAR NOT NULL,      -- anomaly | candidate | release_event | market_move
    subject          VARCHAR NOT NULL,      -- what it is about, stable across runs ('gpt-5.6', 'gpt-5.5:reddit:2026-04-24')
    destination      VARCHAR NOT NULL,      -- digest of the configured URL template (never the URL: it may hold a secret)
    destination_name VARCHAR NOT NULL,      -- scheme and host of the URL, for people
    status           VARCHAR NOT NULL,      -- sent | failed
    attempts         INTEGER NOT NULL,
    title            VARCHAR NOT NULL,
    body             VARCHAR NOT NULL,
    first_attempt_at TIMESTAMPTZ NOT NULL,
    last_attempt_at  TIMESTAMPTZ NOT NULL,
    sent_at          TIMESTAMPTZ,
    last_error       VARCHAR,
    PRIMARY KEY (rule, subject, destination)
);
