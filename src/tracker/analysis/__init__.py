"""Analysis: view refresh, trends, exports and the story report. Imports tracker.config, tracker.warehouse, tracker.sentiment."""
