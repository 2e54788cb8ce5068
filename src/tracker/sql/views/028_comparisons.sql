-- Head to head: in texts that compare two models, which one the text prefers, from each model's own per-mention
-- score in that text. Pairs are the catalog's comparing pairs (`mention_pairs` with a cue: vs, than, compared)
-- plus, for a comment about its thread's subject that names another model only as the yardstick
-- ("underwhelming compared to 5.4" under a GPT-5.5 thread), the subject against that yardstick.
-- A text prefers a model whose score is at least 0.2 above the other's (on the -1..1 scale); closer is a tie.
CREATE OR REPLACE VIEW comparison_texts AS
WITH named AS (
    SELECT doc_id, model_a, model_b, cue FROM mention_pairs WHERE cue <> 'co_mention'
),
implicit AS (
    SELECT s.doc_id, s.model_id AS model_a, y.model_id AS model_b, 'thread_subject' AS cue
    FROM (SELECT DISTINCT doc_id, model_id FROM mention_passages WHERE how = 'thread_subject') s
    JOIN (SELECT DISTINCT doc_id, model_id FROM mention_passages WHERE how = 'comparison') y
      ON y.doc_id = s.doc_id AND y.model_id <> s.model_id
    WHERE NOT EXISTS (SELECT 1 FROM named n WHERE n.doc_id = s.doc_id
                      AND ((n.model_a = s.model_id AND n.model_b = y.model_id)
                           OR (n.model_a = y.model_id AND n.model_b = s.model_id)))
),
pairs AS (
    SELECT * FROM named UNION ALL SELECT * FROM implicit
)
SELECT
    p.doc_id, a.source, a.community, a.day,
    strftime(a.day, '%G-W%V')                        AS week,
    p.model_a, p.model_b, p.cue,
    a.score AS score_a, b.score AS score_b,
    CASE WHEN a.score - b.score >= 0.2 THEN p.model_a
         WHEN b.score - a.score >= 0.2 THEN p.model_b
         ELSE 'tie' END                              AS prefers
FROM pairs p
JOIN scored_mentions a ON a.doc_id = p.doc_id AND a.model_id = p.model_a
JOIN scored_mentions b ON b.doc_id = p.doc_id AND b.model_id = p.model_b;

-- Per ISO week, source and pair of models (model_a < model_b): texts comparing them and how often each is
-- preferred; share_a_preferred is over the texts that prefer one of the two.
CREATE OR REPLACE VIEW comparisons AS
SELECT
    week,
    CAST(date_trunc('week', min(day)) AS DATE)                         AS week_start,
    source,
    least(model_a, model_b)                                            AS model_a,
    greatest(model_a, model_b)                                         AS model_b,
    count(*)                                                           AS n_texts,
    count(*) FILTER (WHERE prefers = least(model_a, model_b))          AS a_preferred,
    count(*) FILTER (WHERE prefers = greatest(model_a, model_b))       AS b_preferred,
    count(*) FILTER (WHERE prefers = 'tie')                            AS ties,
    count(*) FILTER (WHERE prefers = least(model_a, model_b))
        / nullif(count(*) FILTER (WHERE prefers <> 'tie'), 0)          AS share_a_preferred
FROM comparison_texts
GROUP BY week, source, least(model_a, model_b), greatest(model_a, model_b);
