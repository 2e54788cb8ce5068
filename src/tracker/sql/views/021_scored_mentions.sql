-- One row per (labelled document, model it mentions) under the configured classifier: what every trend view reads.
-- A view: only daily_sums (materialized) and comparisons read it, each once per refresh or query.
CREATE OR REPLACE VIEW scored_mentions AS
SELECT
    m.model_id,
    d.doc_id,
    m.how,
    m.position,
    d.source,
    coalesce(d.community, '(none)')                    AS community,
    d.kind,
    d.created_at,
    CAST(d.created_at AT TIME ZONE 'UTC' AS DATE)      AS day,
    d.score                                            AS upvotes,
    s.label,
    s.p_negative,
    s.p_neutral,
    s.p_positive,
    s.p_positive - s.p_negative                        AS score,
    -- log1p(upvotes); negative scores weigh nothing, documents without votes (blogs) have no weight.
    ln(1 + greatest(d.score, 0))                       AS weight
FROM documents d
JOIN mentions m ON m.doc_id = d.doc_id
JOIN sentiment s
  ON s.content_hash = d.content_hash
 AND s.classifier = (SELECT value FROM view_settings WHERE key = 'classifier')
WHERE s.label IS NOT NULL
  AND d.created_at IS NOT NULL;
