-- event_window_sums: each preferred release event x source x day offset -14..+14 (UTC days from the event's
-- day), with the daily sums; event_windows shows the measures per day.
CREATE OR REPLACE VIEW event_window_sums AS
WITH events AS (
    SELECT model_id, kind, occurred_at, source AS event_source,
           CAST(occurred_at AT TIME ZONE 'UTC' AS DATE) AS event_day
    FROM release_events_preferred
),
series AS (
    SELECT DISTINCT model_id, source FROM daily_sums WHERE community = '*'
),
offsets AS (
    SELECT CAST(unnest(range(-14, 15)) AS INTEGER) AS day_offset
)
SELECT
    e.model_id, e.kind, e.occurred_at, e.event_source, s.source, o.day_offset,
    CAST(e.event_day + o.day_offset AS DATE) AS day,
    coalesce(d.coverage_status, 'no_run') AS coverage_status,
    d.n_docs, d.score_sum, d.n_positive, d.n_neutral, d.n_negative, d.weight_sum, d.weighted_score_sum
FROM events e
JOIN series s ON s.model_id = e.model_id
CROSS JOIN offsets o
LEFT JOIN daily_sums d
  ON d.model_id = e.model_id AND d.source = s.source AND d.community = '*'
 AND d.day = CAST(e.event_day + o.day_offset AS DATE);

CREATE OR REPLACE VIEW event_windows AS
SELECT model_id, kind, occurred_at, event_source, source, day_offset, day, coverage_status, n_docs,
       mean_score, share_positive, share_neutral, share_negative, weighted_mean_score
FROM with_measures('event_window_sums');
