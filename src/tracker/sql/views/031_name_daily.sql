-- Release radar, per model-like name (tracked or not), UTC day and source: documents naming it and how many of
-- them use a release word in a sentence naming it. model_id is the catalog model the name is, NULL for a
-- candidate. Every source is read the same way (reddit, blogs, hackernews, …).
CREATE OR REPLACE VIEW name_daily AS
SELECT
    c.candidate_id,
    n.model_id,
    CAST(d.created_at AT TIME ZONE 'UTC' AS DATE)   AS day,
    d.source,
    count(*)                                         AS n_docs,
    count(*) FILTER (WHERE c.release_words)          AS n_release_docs
FROM candidate_mentions c
JOIN documents d USING (doc_id)
LEFT JOIN catalog_names n ON n.name_id = c.candidate_id
WHERE d.created_at IS NOT NULL
GROUP BY ALL;
