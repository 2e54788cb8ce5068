-- Bootstrap intervals for event_impact, computed in Python (numpy, fixed seed) by refresh_views.
CREATE TABLE IF NOT EXISTS event_impact_intervals (
    model_id  VARCHAR NOT NULL,
    kind      VARCHAR NOT NULL,
    source    VARCHAR NOT NULL,
    ci_low    DOUBLE,
    ci_high   DOUBLE,
    samples   INTEGER NOT NULL,
    PRIMARY KEY (model_id, kind, source)
);

-- Per event and source: mean score over days -14..-1 (before) vs 0..+13 (after), the difference after - before
-- with a day-resampled bootstrap 95% interval, and n on each side; 'insufficient data' when either side has
-- fewer than min_event_n documents or fewer than 2 days with documents.
CREATE OR REPLACE VIEW event_impact AS
WITH sides AS (
    SELECT
        model_id, kind, occurred_at, event_source, source,
        CAST(sum(n_docs) FILTER (WHERE day_offset < 0) AS BIGINT)     AS n_before,
        count(*) FILTER (WHERE day_offset < 0 AND n_docs > 0)         AS days_before,
        count(*) FILTER (WHERE day_offset < 0 AND n_docs IS NULL)     AS days_missing_before,
        sum(score_sum) FILTER (WHERE day_offset < 0)
            / nullif(sum(n_docs) FILTER (WHERE day_offset < 0), 0)    AS mean_before,
        CAST(sum(n_docs) FILTER (WHERE day_offset >= 0) AS BIGINT)    AS n_after,
        count(*) FILTER (WHERE day_offset >= 0 AND n_docs > 0)        AS days_after,
        count(*) FILTER (WHERE day_offset >= 0 AND n_docs IS NULL)    AS days_missing_after,
        sum(score_sum) FILTER (WHERE day_offset >= 0)
            / nullif(sum(n_docs) FILTER (WHERE day_offset >= 0), 0)   AS mean_after
    FROM event_window_sums
    WHERE day_offset BETWEEN -14 AND 13
    GROUP BY model_id, kind, occurred_at, event_source, source
),
judged AS (
    SELECT *,
           coalesce(n_before, 0) >= (SELECT CAST(value AS INTEGER) FROM view_settings WHERE key = 'min_event_n')
       AND coalesce(n_after, 0) >= (SELECT CAST(value AS INTEGER) FROM view_settings WHERE key = 'min_event_n')
       AND days_before >= 2 AND days_after >= 2 AS enough
    FROM sides
)
SELECT
    j.model_id, j.kind, j.occurred_at, j.event_source, j.source,
    coalesce(j.n_before, 0) AS n_before, j.days_before, j.days_missing_before, j.mean_before,
    coalesce(j.n_after, 0)  AS n_after,  j.days_after,  j.days_missing_after,  j.mean_after,
    j.mean_after - j.mean_before                        AS difference,
    CASE WHEN j.enough THEN i.ci_low END                AS ci_low,
    CASE WHEN j.enough THEN i.ci_high END               AS ci_high,
    CASE WHEN j.enough THEN 'ok' ELSE 'insufficient data' END AS status
FROM judged j
LEFT JOIN event_impact_intervals i
  ON i.model_id = j.model_id AND i.kind = j.kind AND i.source = j.source;
