-- What a run left out and what it covered: comments behind "load more" stubs a replace_more limit did not expand,
-- and the time window of source data the run collected completely (a backfill's days, a first run's history),
-- so those days count as observed in `coverage` and not only the day the run happened.

ALTER TABLE ingest_runs ADD COLUMN not_fetched INTEGER NOT NULL DEFAULT 0;   -- items known to exist but not fetched
ALTER TABLE ingest_runs ADD COLUMN covered_since TIMESTAMPTZ;                -- start of the window collected (NULL: none)
ALTER TABLE ingest_runs ADD COLUMN covered_until TIMESTAMPTZ;                -- end of that window
