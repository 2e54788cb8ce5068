-- Per model, source and day: volume and mean score against the trailing 14-day baseline (days with data only)
-- as z-scores; flagged when either |z| reaches the configured anomaly_z with enough baseline days.
CREATE OR REPLACE VIEW anomalies AS
WITH daily AS (
    SELECT model_id, source, day, coverage_status, n_docs, mean_score
    FROM daily_sentiment
    WHERE community = '*'
),
baseline AS (
    SELECT *,
           count(n_docs) OVER w          AS baseline_days,
           avg(n_docs) OVER w            AS baseline_n_docs,
           stddev_samp(n_docs) OVER w    AS sd_n_docs,
           avg(mean_score) OVER w        AS baseline_mean_score,
           stddev_samp(mean_score) OVER w AS sd_mean_score
    FROM daily
    WINDOW w AS (PARTITION BY model_id, source ORDER BY day
                 RANGE BETWEEN INTERVAL 14 DAYS PRECEDING AND INTERVAL 1 DAY PRECEDING)
),
scored AS (
    SELECT *,
           -- Counts move in whole documents: a flat baseline still gets a spread of 1 so 0 -> 50 is a spike.
           (n_docs - baseline_n_docs) / greatest(coalesce(sd_n_docs, 0), 1.0) AS z_volume,
           -- a spread below 1e-9 is float noise of a flat baseline, not a spread
           CASE WHEN sd_mean_score > 1e-9 THEN (mean_score - baseline_mean_score) / sd_mean_score END AS z_score
    FROM baseline
),
settings AS (
    SELECT max(CASE WHEN key = 'anomaly_z' THEN CAST(value AS DOUBLE) END)                 AS threshold,
           max(CASE WHEN key = 'anomaly_min_baseline_days' THEN CAST(value AS INTEGER) END) AS min_days
    FROM view_settings
)
SELECT
    model_id, source, day, coverage_status, n_docs, mean_score,
    baseline_days, baseline_n_docs, baseline_mean_score, z_volume, z_score,
    coalesce(baseline_days >= min_days AND n_docs IS NOT NULL
             AND (abs(z_volume) >= threshold OR abs(z_score) >= threshold), false) AS flagged,
    CASE WHEN baseline_days < min_days OR n_docs IS NULL THEN NULL
         WHEN abs(z_volume) >= threshold AND abs(z_score) >= threshold THEN 'volume+sentiment'
         WHEN abs(z_volume) >= threshold THEN 'volume'
         WHEN abs(z_score) >= threshold THEN 'sentiment' END AS flag_reason
FROM scored, settings;
