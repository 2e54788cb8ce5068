-- The process that owns a stage run: a later run on the same host closes a 'running' row whose process is gone
-- (killed, or the machine restarted) as 'interrupted'. process_started (seconds since the epoch, as the OS
-- reports it) tells the owner apart from a later process that was given the same pid.
ALTER TABLE ingest_runs ADD COLUMN pid INTEGER;
ALTER TABLE ingest_runs ADD COLUMN host VARCHAR;
ALTER TABLE ingest_runs ADD COLUMN process_started DOUBLE;

-- Rows still 'running' now were written before owners were recorded: their processes ended without closing them.
UPDATE ingest_runs
SET status = 'interrupted',
    error = coalesce(error, 'the run''s process ended without closing it (found when run owners began to be recorded)')
WHERE status = 'running';
