"""Sources: one module per source, each a generator of plain records, plus shared HTTP and the replay server. Imports tracker.config, tracker.progress, tracker.catalog, tracker.warehouse."""
