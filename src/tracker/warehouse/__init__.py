"""The DuckDB warehouse: connection and locking, migrations, upserts, cursors, rejects, run records. Imports nothing else of tracker."""
