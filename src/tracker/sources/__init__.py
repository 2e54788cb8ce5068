"""Data sources: each module yields plain records from one service."""
