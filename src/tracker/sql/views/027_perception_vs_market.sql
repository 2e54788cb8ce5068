-- Per model and UTC day: sentiment over all sources (sources_missing lists those with no data that day) beside
-- the day's last probability of each market linked to the model.
CREATE OR REPLACE VIEW perception_vs_market AS
WITH sentiment AS (
    SELECT model_id, day,
           CAST(sum(n_docs) AS BIGINT)                         AS n_docs,
           sum(score_sum) / nullif(sum(n_docs), 0)             AS mean_score,
           sum(n_positive) / nullif(sum(n_docs), 0)            AS share_positive,
           sum(n_negative) / nullif(sum(n_docs), 0)            AS share_negative,
           sum(weighted_score_sum) / nullif(sum(weight_sum), 0) AS weighted_mean_score,
           string_agg(source, ',' ORDER BY source) FILTER (WHERE n_docs IS NULL) AS sources_missing
    FROM daily_sums
    WHERE community = '*'
    GROUP BY model_id, day
),
linked AS (
    SELECT market_id, model_id, platform, question, event_kind
    FROM markets
    WHERE model_id IS NOT NULL
),
prices AS (
    SELECT market_id, CAST(ts AT TIME ZONE 'UTC' AS DATE) AS day,
           arg_max(probability, ts) AS probability, max(ts) AS price_ts
    FROM market_prices
    GROUP BY market_id, day
),
model_days AS (
    SELECT model_id, day FROM sentiment
    UNION
    SELECT l.model_id, p.day FROM prices p JOIN linked l USING (market_id)
)
SELECT
    md.model_id, md.day,
    s.n_docs, s.mean_score, s.share_positive, s.share_negative, s.weighted_mean_score, s.sources_missing,
    l.market_id, l.platform, l.question, l.event_kind,
    p.probability, p.price_ts
FROM model_days md
LEFT JOIN sentiment s ON s.model_id = md.model_id AND s.day = md.day
LEFT JOIN linked l ON l.model_id = md.model_id
LEFT JOIN prices p ON p.market_id = l.market_id AND p.day = md.day;
