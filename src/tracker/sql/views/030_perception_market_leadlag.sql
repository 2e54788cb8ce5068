-- Does perception lead or follow the market? Per model, linked market and lag (-7..+7 days): the Pearson
-- correlation of day-over-day changes in mean sentiment with day-over-day changes in the market's probability.
--
-- Series. Sentiment: the model's mean score per UTC day over all sources and communities combined (daily_sums,
-- community '*', the same mean as perception_vs_market). Market: the day's last price (UTC). A change is
-- value(day) - value(day - 1) and exists only when both calendar days have a value: a day without documents, a
-- source that did not run or a day without a trade breaks the series instead of being bridged.
-- Lag. lag_days = k pairs the sentiment change of day d with the market change of day d + k: a positive lag is
-- sentiment leading the market by k days, a negative one the market leading sentiment. n_days counts the pairs.
-- Every (model, market, lag) has a row; correlation and its interval are NULL below 10 pairs or when either
-- series of changes is constant (no correlation is defined).
-- Interval. The Fisher z-transform 95% interval tanh(atanh(r) +- 1.96 / sqrt(n - 3)): standard, closed-form and
-- deterministic (no resampling), so refreshes stay bit-identical.
-- Bits. DuckDB's corr() adds doubles in thread order, so its last bits vary between refreshes. Instead each
-- change is rounded once to 9 decimals (DECIMAL(18,9)) and the sums, cross products and centred sums of squares
-- are exact decimals; only the final division and square root are doubles, of exact inputs. Outputs are
-- rounded to 6 decimals.
CREATE OR REPLACE VIEW perception_market_leadlag AS
WITH sentiment AS (
    SELECT model_id, day, sum(score_sum) / nullif(sum(n_docs), 0) AS mean_score
    FROM daily_sums
    WHERE community = '*'
    GROUP BY model_id, day
),
sentiment_change AS (
    SELECT s.model_id, s.day, CAST(s.mean_score - b.mean_score AS DECIMAL(18, 9)) AS change
    FROM sentiment s
    JOIN sentiment b ON b.model_id = s.model_id AND b.day = s.day - 1
    WHERE s.mean_score IS NOT NULL AND b.mean_score IS NOT NULL
),
linked AS (
    SELECT market_id, model_id FROM markets WHERE model_id IS NOT NULL
),
prices AS (
    SELECT market_id, CAST(ts AT TIME ZONE 'UTC' AS DATE) AS day, arg_max(probability, ts) AS probability
    FROM market_prices
    WHERE market_id IN (SELECT market_id FROM linked)
    GROUP BY market_id, day
),
market_change AS (
    SELECT p.market_id, p.day, CAST(p.probability - b.probability AS DECIMAL(18, 9)) AS change
    FROM prices p
    JOIN prices b ON b.market_id = p.market_id AND b.day = p.day - 1
    WHERE p.probability IS NOT NULL AND b.probability IS NOT NULL
),
lags AS (
    SELECT CAST(lag AS INTEGER) AS lag_days FROM range(-7, 8) t(lag)
),
sums AS (
    SELECT l.model_id, l.market_id, g.lag_days,
           count(*)                  AS n,
           sum(s.change)             AS sx,
           sum(m.change)             AS sy,
           sum(s.change * m.change)  AS sxy,
           sum(s.change * s.change)  AS sxx,
           sum(m.change * m.change)  AS syy
    FROM linked l
    CROSS JOIN lags g
    JOIN sentiment_change s ON s.model_id = l.model_id
    JOIN market_change m ON m.market_id = l.market_id AND m.day = s.day + g.lag_days
    GROUP BY l.model_id, l.market_id, g.lag_days
),
centred AS (
    -- n * (co)variance, exact: n * sum(xy) - sum(x) * sum(y)
    SELECT model_id, market_id, lag_days, n,
           n * sxy - sx * sy AS cxy,
           n * sxx - sx * sx AS cxx,
           n * syy - sy * sy AS cyy
    FROM sums
),
correlated AS (
    SELECT model_id, market_id, lag_days, n,
           CASE WHEN n >= 10 AND cxx > 0 AND cyy > 0
                THEN least(1.0, greatest(-1.0,
                     CAST(cxy AS DOUBLE) / sqrt(CAST(cxx AS DOUBLE) * CAST(cyy AS DOUBLE))))
           END AS r
    FROM centred
)
SELECT l.model_id, l.market_id, g.lag_days,
       CAST(coalesce(c.n, 0) AS BIGINT)                           AS n_days,
       round(c.r, 6)                                              AS correlation,
       round(tanh(atanh(c.r) - 1.96 / sqrt(c.n - 3)), 6)          AS ci_low,
       round(tanh(atanh(c.r) + 1.96 / sqrt(c.n - 3)), 6)          AS ci_high
FROM linked l
CROSS JOIN lags g
LEFT JOIN correlated c ON c.model_id = l.model_id AND c.market_id = l.market_id AND c.lag_days = g.lag_days;
