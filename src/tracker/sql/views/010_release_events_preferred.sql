-- One release event per (model, kind): curated beats the official feed beats a market's resolution;
-- within a source the earliest date wins. Every source's row stays in release_events. Only confirmed events count:
-- a release radar proposal (status 'proposed') counts once a person confirms it (`tracker events confirm`).
CREATE OR REPLACE VIEW release_events_preferred AS
WITH ranked AS (
    SELECT
        e.*,
        CASE e.source WHEN 'curated' THEN 1 WHEN 'official_feed' THEN 2 WHEN 'market_resolution' THEN 3 ELSE 4 END
            AS source_rank,
        count(*) OVER (PARTITION BY e.model_id, e.kind) AS n_sources,
        max(e.occurred_at) OVER (PARTITION BY e.model_id, e.kind)
            - min(e.occurred_at) OVER (PARTITION BY e.model_id, e.kind) AS date_spread
    FROM release_events e
    WHERE e.status = 'confirmed'
)
SELECT event_id, model_id, kind, occurred_at, source, url, note, n_sources, date_spread
FROM ranked
QUALIFY row_number() OVER (PARTITION BY model_id, kind ORDER BY source_rank, occurred_at, event_id) = 1;
