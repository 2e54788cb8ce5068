-- Per source and UTC day (from its first to its last run or collected day): did ingestion run, did it succeed,
-- and the day's status. A day inside the window a successful run collected completely (ingest_runs.covered_since
-- .. covered_until: a backfill's days, a first run's history, the demo's recorded data) is observed ('ok') even
-- when no run happened on it; a backfill's days count for the source it fills (reddit_backfill -> reddit).
CREATE OR REPLACE VIEW coverage AS
WITH runs AS (
    SELECT source, CAST(started_at AT TIME ZONE 'UTC' AS DATE) AS day, status
    FROM ingest_runs
),
collected AS (
    SELECT DISTINCT
           CASE WHEN source = 'reddit_backfill' THEN 'reddit' ELSE source END AS source,
           CAST(unnest(generate_series(CAST(covered_since AT TIME ZONE 'UTC' AS DATE),
                                       CAST(covered_until AT TIME ZONE 'UTC' AS DATE), INTERVAL 1 DAY)) AS DATE) AS day
    FROM ingest_runs
    WHERE status IN ('ok', 'partial') AND covered_since IS NOT NULL AND covered_until >= covered_since
),
per_day AS (
    SELECT source, day,
           count(*)                                 AS n_runs,
           count(*) FILTER (WHERE status = 'ok')      AS ok_runs,
           count(*) FILTER (WHERE status = 'partial') AS partial_runs,
           count(*) FILTER (WHERE status = 'failed')  AS failed_runs
    FROM runs
    GROUP BY source, day
),
grid AS (
    SELECT source, CAST(unnest(generate_series(min(day), max(day), INTERVAL 1 DAY)) AS DATE) AS day
    FROM (SELECT source, day FROM runs UNION ALL SELECT source, day FROM collected)
    GROUP BY source
)
SELECT
    g.source,
    g.day,
    coalesce(p.n_runs, 0) > 0                                      AS ran,
    coalesce(p.ok_runs, 0) + coalesce(p.partial_runs, 0) > 0 OR c.day IS NOT NULL AS succeeded,
    -- The day's best outcome: a failed morning run followed by a good one leaves the day covered.
    CASE WHEN p.ok_runs > 0 OR c.day IS NOT NULL THEN 'ok'
         WHEN p.partial_runs > 0 THEN 'partial'
         WHEN p.failed_runs > 0 THEN 'failed'
         WHEN p.n_runs > 0 THEN 'running'
         ELSE 'no_run' END                                         AS status,
    coalesce(p.n_runs, 0)                                          AS n_runs,
    coalesce(p.ok_runs, 0)                                         AS ok_runs,
    coalesce(p.partial_runs, 0)                                    AS partial_runs,
    coalesce(p.failed_runs, 0)                                     AS failed_runs,
    c.day IS NOT NULL                                              AS collected
FROM grid g
LEFT JOIN per_day p USING (source, day)
LEFT JOIN collected c USING (source, day);
