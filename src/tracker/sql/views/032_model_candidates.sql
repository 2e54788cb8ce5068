-- Release radar: model-like names in stored documents that the catalog does not know (see radar_patterns.yaml),
-- one row each: first and last seen, documents in all and per source, the busiest day, the last 7 days against
-- the 7 before (days counted back from the last day any document was written), release words, sample texts.
CREATE OR REPLACE VIEW model_candidates AS
WITH named AS (
    SELECT c.*, d.source, d.created_at, d.url, CAST(d.created_at AT TIME ZONE 'UTC' AS DATE) AS day
    FROM candidate_mentions c
    JOIN documents d USING (doc_id)
    WHERE d.created_at IS NOT NULL
      AND c.candidate_id NOT IN (SELECT name_id FROM catalog_names)
),
as_of AS (
    SELECT CAST(max(created_at) AT TIME ZONE 'UTC' AS DATE) AS last_day FROM documents
),
per_day AS (
    SELECT candidate_id, day, count(*) AS n_docs FROM named GROUP BY ALL
),
peak AS (
    SELECT candidate_id, arg_max(day, n_docs * 100000 + (day - DATE '2000-01-01')) AS peak_day, max(n_docs) AS peak_n_docs
    FROM per_day GROUP BY candidate_id
),
per_source AS (
    SELECT candidate_id, list({'source': source, 'n_docs': n} ORDER BY n DESC, source) AS docs_by_source
    FROM (SELECT candidate_id, source, count(*) AS n FROM named GROUP BY ALL)
    GROUP BY candidate_id
),
spellings AS (
    SELECT candidate_id, list(surface ORDER BY n DESC, surface)[1:5] AS spellings
    FROM (SELECT candidate_id, surface, count(*) AS n FROM named GROUP BY ALL)
    GROUP BY candidate_id
),
samples AS (
    SELECT candidate_id,
           list({'day': day, 'source': source, 'url': url, 'excerpt': excerpt}
                ORDER BY release_words DESC, created_at DESC, doc_id)[1:3] AS samples
    FROM named
    GROUP BY candidate_id
)
SELECT
    n.candidate_id,
    any_value(n.family)                                                        AS family,
    any_value(n.vendor)                                                        AS vendor,
    s.spellings,
    list_sort(list_distinct(flatten(list(n.variants))))                        AS variants,
    min(n.created_at)                                                          AS first_seen,
    max(n.created_at)                                                          AS last_seen,
    count(*)                                                                   AS n_docs,
    count(DISTINCT n.day)                                                      AS n_days,
    count(DISTINCT n.source)                                                   AS n_sources,
    p.docs_by_source,
    k.peak_day,
    k.peak_n_docs,
    count(*) FILTER (WHERE n.day > a.last_day - 7)                             AS n_last_7d,
    count(*) FILTER (WHERE n.day <= a.last_day - 7 AND n.day > a.last_day - 14) AS n_prev_7d,
    -- last 7 days over the 7 before: NULL when it is new this week (nothing to compare with)
    round(count(*) FILTER (WHERE n.day > a.last_day - 7)
          / nullif(count(*) FILTER (WHERE n.day <= a.last_day - 7 AND n.day > a.last_day - 14), 0), 2) AS growth,
    count(*) FILTER (WHERE n.release_words)                                    AS n_release_docs,
    bool_or(n.release_words)                                                   AS release_words,
    m.samples,
    any_value(a.last_day)                                                      AS as_of
FROM named n
CROSS JOIN as_of a
JOIN per_source p USING (candidate_id)
JOIN peak k USING (candidate_id)
JOIN spellings s USING (candidate_id)
JOIN samples m USING (candidate_id)
GROUP BY n.candidate_id, s.spellings, p.docs_by_source, k.peak_day, k.peak_n_docs, m.samples, a.last_day
ORDER BY n_last_7d DESC, n_docs DESC, n.candidate_id;
