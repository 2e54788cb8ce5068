-- Per model, source, community ('*' = all) and ISO week: the daily measures pooled over the week's documents,
-- days observed/missing, and the change from the previous ISO week.
CREATE OR REPLACE VIEW weekly_trends AS
WITH weekly AS (
    SELECT
        model_id, source, community,
        strftime(day, '%G-W%V')                        AS week,
        CAST(date_trunc('week', day) AS DATE)          AS week_start,
        CAST(sum(n_docs) AS BIGINT)                    AS n_docs,
        count(n_docs)                                  AS days_observed,
        count(*) - count(n_docs)                       AS days_missing,
        sum(score_sum) / nullif(sum(n_docs), 0)        AS mean_score,
        sum(n_positive) / nullif(sum(n_docs), 0)       AS share_positive,
        sum(n_neutral) / nullif(sum(n_docs), 0)        AS share_neutral,
        sum(n_negative) / nullif(sum(n_docs), 0)       AS share_negative,
        sum(weighted_score_sum) / nullif(sum(weight_sum), 0) AS weighted_mean_score
    FROM daily_sums
    GROUP BY ALL
)
SELECT
    model_id, source, community, week, week_start,
    CASE WHEN days_missing = 0 THEN 'ok' WHEN days_observed > 0 THEN 'partial' ELSE 'missing' END AS coverage_status,
    n_docs, days_observed, days_missing,
    mean_score, share_positive, share_neutral, share_negative, weighted_mean_score,
    n_docs - lag(n_docs) OVER w          AS n_docs_change,
    mean_score - lag(mean_score) OVER w  AS mean_score_change
FROM weekly
WINDOW w AS (PARTITION BY model_id, source, community ORDER BY week_start);
