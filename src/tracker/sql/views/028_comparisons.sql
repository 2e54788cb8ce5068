-- Which model a comparing text favours, from the `mention_pairs` (catalog; model_a is named first) and the
-- text's label: a positive text favours the model it names first, a negative one the other. 'unknown' when the
-- text is neutral, names no comparison word between them (co_mention), or holds more than one pair.
CREATE OR REPLACE VIEW comparisons AS
WITH labelled AS (
    SELECT DISTINCT doc_id, source, community, day, label, score FROM scored_mentions
),
pairs AS (
    SELECT c.*, count(*) OVER (PARTITION BY c.doc_id) AS pairs_in_text FROM mention_pairs c
)
SELECT
    p.doc_id, l.source, l.community, l.day,
    p.model_a, p.model_b, p.cue, l.label, l.score,
    CASE WHEN p.pairs_in_text > 1 OR p.cue = 'co_mention' THEN 'unknown'
         WHEN l.label = 'positive' THEN p.model_a
         WHEN l.label = 'negative' THEN p.model_b
         ELSE 'unknown' END AS favours
FROM pairs p
JOIN labelled l ON l.doc_id = p.doc_id;
