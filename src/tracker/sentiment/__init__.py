"""Sentiment: text preparation, model loading, whole-text and target classification, attribution, training, evaluation. Imports tracker.config, tracker.catalog, tracker.warehouse.database."""
