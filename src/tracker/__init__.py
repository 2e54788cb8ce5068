"""Collect, label and trend what communities say about AI model releases."""
