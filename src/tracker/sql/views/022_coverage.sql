-- Per source and UTC day (from its first to its last run): did ingestion run, did it succeed, and the day's status.
CREATE OR REPLACE VIEW coverage AS
WITH runs AS (
    SELECT source, CAST(started_at AT TIME ZONE 'UTC' AS DATE) AS day, status
    FROM ingest_runs
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
    FROM runs
    GROUP BY source
)
SELECT
    g.source,
    g.day,
    coalesce(p.n_runs, 0) > 0                                      AS ran,
    coalesce(p.ok_runs, 0) + coalesce(p.partial_runs, 0) > 0       AS succeeded,
    -- The day's best outcome: a failed morning run followed by a good one leaves the day covered.
    CASE WHEN p.ok_runs > 0 THEN 'ok'
         WHEN p.partial_runs > 0 THEN 'partial'
         WHEN p.failed_runs > 0 THEN 'failed'
         WHEN p.n_runs > 0 THEN 'running'
         ELSE 'no_run' END                                         AS status,
    coalesce(p.n_runs, 0)                                          AS n_runs,
    coalesce(p.ok_runs, 0)                                         AS ok_runs,
    coalesce(p.partial_runs, 0)                                    AS partial_runs,
    coalesce(p.failed_runs, 0)                                     AS failed_runs
FROM grid g
LEFT JOIN per_day p USING (source, day);
