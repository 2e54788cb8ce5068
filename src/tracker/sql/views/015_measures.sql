-- The five perception measures, defined once for every view that reports them from sums (daily_sentiment,
-- event_windows): mean score (p_positive - p_negative), the three label shares and the upvote-weighted mean.
-- `sums` names a relation with n_docs, score_sum, n_positive, n_neutral, n_negative, weight_sum and
-- weighted_score_sum; its own columns come first, then the measures. A day with no documents has no measure.
CREATE OR REPLACE MACRO with_measures(sums) AS TABLE
SELECT
    *,
    score_sum / nullif(n_docs, 0)              AS mean_score,
    n_positive / nullif(n_docs, 0)             AS share_positive,
    n_neutral / nullif(n_docs, 0)              AS share_neutral,
    n_negative / nullif(n_docs, 0)             AS share_negative,
    weighted_score_sum / nullif(weight_sum, 0) AS weighted_mean_score
FROM query_table(sums);
