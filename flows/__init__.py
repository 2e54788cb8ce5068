"""Prefect flows: thin wiring of tracker's stages (sources → warehouse → labels → views → exports)."""
