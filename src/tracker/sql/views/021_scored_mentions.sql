-- One row per (labelled document, model it talks about) under the configured target scorer: what every trend
-- view reads. `score` is the per-mention score: the document's passages about that model (mention_passages),
-- scored with the model as target and averaged weighted by passage length; `how` says how the model is in the
-- text (explicit, comparison, thread_subject). A passage flagged `sarcastic` (Reddit's "/s" tag) counts with its
-- negative and positive probabilities swapped, unless the scorer's irony check already swapped them (`ironic` in
-- mention_sentiment); `ironic` here says either happened to one of the document's passages about the model, and
-- `p_ironic` is the highest p(ironic) of its positive-reading passages (NULL: none was checked). The document's whole-text label stays beside it (doc_label,
-- doc_score) for comparison. Texts without passages (placeholders, empty, non-English) are not here.
-- A view: only daily_sums (materialized) and comparisons read it, each once per refresh or query.
CREATE OR REPLACE VIEW scored_mentions AS
WITH targeted AS (
    SELECT
        p.doc_id,
        p.model_id,
        CASE WHEN bool_or(p.how = 'explicit') THEN 'explicit'
             WHEN bool_or(p.how = 'comparison') THEN 'comparison'
             ELSE 'thread_subject' END                              AS how,
        count(*)                                                     AS n_passages,
        sum(p.weight * CASE WHEN p.sarcastic AND NOT t.ironic THEN t.p_positive ELSE t.p_negative END ORDER BY p.passage)
            / sum(p.weight ORDER BY p.passage)                       AS p_negative,
        sum(p.weight * t.p_neutral ORDER BY p.passage) / sum(p.weight ORDER BY p.passage)  AS p_neutral,
        sum(p.weight * CASE WHEN p.sarcastic AND NOT t.ironic THEN t.p_negative ELSE t.p_positive END ORDER BY p.passage)
            / sum(p.weight ORDER BY p.passage)                       AS p_positive,
        bool_or(p.sarcastic OR t.ironic)                             AS ironic,
        max(t.p_ironic)                                              AS p_ironic
    FROM mention_passages p
    JOIN mention_sentiment t
      ON t.input_hash = p.input_hash
     AND t.model_id = p.model_id
     AND t.classifier = (SELECT value FROM view_settings WHERE key = 'target_classifier')
    GROUP BY p.doc_id, p.model_id
)
SELECT
    x.model_id,
    d.doc_id,
    x.how,
    m.position,
    d.source,
    coalesce(d.community, '(none)')                    AS community,
    d.kind,
    d.created_at,
    CAST(d.created_at AT TIME ZONE 'UTC' AS DATE)      AS day,
    d.score                                            AS upvotes,
    CASE WHEN x.p_positive > x.p_negative AND x.p_positive >= x.p_neutral THEN 'positive'
         WHEN x.p_negative > x.p_positive AND x.p_negative >= x.p_neutral THEN 'negative'
         ELSE 'neutral' END                            AS label,
    x.p_negative,
    x.p_neutral,
    x.p_positive,
    x.p_positive - x.p_negative                        AS score,
    x.n_passages,
    s.label                                            AS doc_label,
    s.p_positive - s.p_negative                        AS doc_score,
    -- log1p(upvotes); negative scores weigh nothing, documents without votes (blogs) have no weight.
    ln(1 + greatest(d.score, 0))                       AS weight,
    x.ironic,
    x.p_ironic
FROM targeted x
JOIN documents d ON d.doc_id = x.doc_id
LEFT JOIN mentions m ON m.doc_id = x.doc_id AND m.model_id = x.model_id
LEFT JOIN sentiment s
  ON s.content_hash = d.content_hash
 AND s.classifier = (SELECT value FROM view_settings WHERE key = 'classifier')
WHERE d.created_at IS NOT NULL;
