"""Suggestions that learn: quote and speaker rules, the project's own names, a CRF model.

Qt-free; uses annotator.core only (core never imports this package). Every suggester has the
same small interface (base.Suggester): a document's text and known spans in, proposed spans and
links out, each with a score and the suggester's name as origin.
"""
from annotator.suggest.base import Mark, Proposals, ProposedLink, ProposedSpan, Suggester

__all__ = ["Mark", "Proposals", "ProposedLink", "ProposedSpan", "Suggester"]
