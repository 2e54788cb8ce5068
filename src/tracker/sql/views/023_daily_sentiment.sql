-- daily_sums: per model, source, community ('*' = all communities of the source) and UTC day, the sums every
-- daily and weekly measure is computed from. Days the source did not successfully ingest and that have no
-- documents are NULL (missing), never zero; coverage_status says why.
-- Materialized by each refresh_views: one pass over the labelled mentions, so every daily, weekly, event
-- and market view reads thousands of day rows instead of millions of documents.
-- The float sums are exact, so a refresh gives the same bits whatever order DuckDB's threads add rows in:
-- each document's score, weight and weight x score is rounded once to 12 decimals (DECIMAL(18,12)) and the
-- decimals are added as integers (DECIMAL(38,12)); a mean is then one division (DOUBLE) of exact values.
CREATE OR REPLACE TABLE daily_sums AS
WITH by_community AS (
    SELECT model_id, source, community, day,
           count(*)                                   AS n_docs,
           sum(CAST(score AS DECIMAL(18, 12)))          AS score_sum,
           count(*) FILTER (WHERE label = 'positive') AS n_positive,
           count(*) FILTER (WHERE label = 'neutral')  AS n_neutral,
           count(*) FILTER (WHERE label = 'negative') AS n_negative,
           sum(CAST(weight AS DECIMAL(18, 12)))         AS weight_sum,
           sum(CAST(weight * score AS DECIMAL(18, 12))) AS weighted_score_sum
    FROM scored_mentions
    GROUP BY model_id, source, community, day
),
observed AS (
    SELECT * FROM by_community
    UNION ALL
    SELECT model_id, source, '*' AS community, day,
           CAST(sum(n_docs) AS BIGINT), sum(score_sum), CAST(sum(n_positive) AS BIGINT),
           CAST(sum(n_neutral) AS BIGINT), CAST(sum(n_negative) AS BIGINT),
           sum(weight_sum), sum(weighted_score_sum)
    FROM by_community
    GROUP BY model_id, source, day
),
series AS (
    SELECT DISTINCT model_id, source, community FROM observed
),
ran AS (
    SELECT min(day) AS first_run, max(day) AS last_run
    FROM coverage
    WHERE ran AND source IN (SELECT source FROM series)
),
covered_days AS (
    SELECT DISTINCT day FROM coverage WHERE succeeded AND source IN (SELECT source FROM series)
),
span AS (
    SELECT least(min(o.day), any_value(r.first_run)) AS first_day, max(o.day) AS last_doc
    FROM observed o, ran r
),
after_last AS (
    -- Covered days right after the last document (day k after it is the k-th such day until the first gap).
    SELECT count(*) FILTER (WHERE c.day - s.last_doc = rn) AS n_days
    FROM (SELECT day, row_number() OVER (ORDER BY day) AS rn FROM covered_days
          WHERE day > (SELECT last_doc FROM span)) c, span s
),
bounds AS (
    -- From the first document or run to the last document and the covered days that follow it without a gap
    -- (a covered day without documents is a zero). Not to the last run: a run today that fetched February's
    -- threads (a backfill, the demo) must not add months of empty, missing days after them.
    SELECT s.first_day, CAST(s.last_doc + CAST(t.n_days AS INTEGER) AS DATE) AS last_day
    FROM span s, after_last t
),
days AS (
    SELECT CAST(unnest(generate_series(first_day, last_day, INTERVAL 1 DAY)) AS DATE) AS day
    FROM bounds
    WHERE first_day IS NOT NULL
)
SELECT
    s.model_id, s.source, s.community, d.day,
    coalesce(c.status, 'no_run') AS coverage_status,
    CASE WHEN o.n_docs IS NOT NULL THEN o.n_docs WHEN c.succeeded THEN 0 END                   AS n_docs,
    CASE WHEN o.n_docs IS NOT NULL THEN o.score_sum WHEN c.succeeded THEN 0 END                AS score_sum,
    CASE WHEN o.n_docs IS NOT NULL THEN o.n_positive WHEN c.succeeded THEN 0 END               AS n_positive,
    CASE WHEN o.n_docs IS NOT NULL THEN o.n_neutral WHEN c.succeeded THEN 0 END                AS n_neutral,
    CASE WHEN o.n_docs IS NOT NULL THEN o.n_negative WHEN c.succeeded THEN 0 END               AS n_negative,
    CASE WHEN o.n_docs IS NOT NULL THEN coalesce(o.weight_sum, 0) WHEN c.succeeded THEN 0 END  AS weight_sum,
    CASE WHEN o.n_docs IS NOT NULL THEN coalesce(o.weighted_score_sum, 0) WHEN c.succeeded THEN 0 END
                                                                                                AS weighted_score_sum
FROM series s
CROSS JOIN days d
LEFT JOIN observed o ON o.model_id = s.model_id AND o.source = s.source AND o.community = s.community AND o.day = d.day
LEFT JOIN coverage c ON c.source = s.source AND c.day = d.day;

-- Per model, day, source and community ('*' = all): volume, mean score (p_positive - p_negative), label shares
-- and the upvote-weighted mean (weights log1p(upvotes)).
CREATE OR REPLACE VIEW daily_sentiment AS
SELECT model_id, day, source, community, coverage_status, n_docs,
       mean_score, share_positive, share_neutral, share_negative, weighted_mean_score
FROM with_measures('daily_sums');
