"""Annotation of Arabic news articles: entities, quotes and claims."""

__version__ = "0.1.0"
