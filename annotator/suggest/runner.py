"""Running suggesters over a project's documents and storing what they propose.

Suggesters run in order (names, model, quotes); what an earlier one proposes is known to the
later ones, so the quote rules can link a quote to a speaker the name list just found. A
proposal that repeats a stored span, or one answered before (accepted or rejected), is not
stored again.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

from annotator.core.store.suggestions import NewLink
from annotator.suggest.base import Mark, ModelError, Proposals, Suggester
from annotator.suggest.names import NameSuggester, names_from_project
from annotator.suggest.quotes import QuoteOptions, QuoteSuggester
from annotator.suggest.training import ModelDamaged, load_tagger

SUGGESTERS = ("names", "model", "quotes")  # the order they run in


class SuggestError(ValueError):
    """A suggester cannot run (no model trained, a bad gazetteer); the message says why."""


def build(project, which: Iterable[str], *, gazetteer: str | Path | None = None,
          marks_inside: bool = False, models: Sequence[Suggester] = ()) -> list[Suggester]:
    """The chosen suggesters, made from the project, in running order; the user's own
    `models` (external.load_model) run after the project's model, before the quote rules,
    so a quote can be linked to the speaker a model found."""
    which = set(which)
    unknown = which - set(SUGGESTERS)
    if unknown:
        raise SuggestError(f"unknown suggester {sorted(unknown)[0]!r} (choose from "
                           + ", ".join(SUGGESTERS) + ")")
    scheme = project.labels.scheme()
    out: list[Suggester] = []
    if "names" in which:
        names: NameSuggester = names_from_project(project)
        if gazetteer is not None:
            names.add_gazetteer(gazetteer, {lab.name: lab.layer for lab in scheme.labels})
        out.append(names)
    if "model" in which:
        from annotator.suggest.crf import ModelSuggester
        try:
            tagger = load_tagger(project)
        except ModelDamaged as exc:
            raise SuggestError(str(exc)) from None
        if tagger is None:
            raise SuggestError("no model trained yet: run `annotator train` first")
        out.append(ModelSuggester(tagger))
    out += models
    if "quotes" in which:
        out.append(QuoteSuggester(quote_options(scheme, marks_inside)))
    return out


def load_models(project, specs: Sequence[str], *, timeout: float | None = None
                ) -> tuple[list[Suggester], list[str]]:
    """The user's models named by `specs` (folders or backend URLs), and one line for each
    that could not be loaded."""
    from annotator.suggest.external import load_model
    layers = {lab.name: lab.layer for lab in project.labels.scheme().labels}
    models: list[Suggester] = []
    failures: list[str] = []
    for spec in specs:
        try:
            if timeout is None:
                models.append(load_model(spec, layers))
            else:
                models.append(load_model(spec, layers, timeout=timeout))
        except ModelError as exc:
            failures.append(str(exc))
    return models, failures


def quote_options(scheme, marks_inside: bool = False) -> QuoteOptions:
    """Quote rule labels taken from the scheme (PER or PERS, ...)."""
    names = {lab.name for lab in scheme.labels}
    opt = QuoteOptions(marks_inside=marks_inside)
    if "PER" not in names and "PERS" in names:
        opt.person_label = "PERS"
    return opt


def known_marks(project, doc_id: int) -> list[Mark]:
    return [Mark(s.start, s.end, s.label, s.layer, s.id) for s in project.spans.of(doc_id)]


def propose(suggesters: Sequence[Suggester], text: str, known: Sequence[Mark],
            failed: Callable[[Suggester, ModelError], None] | None = None) -> Proposals:
    """All suggesters' proposals for one text, merged (the first proposal of a range and
    label wins). A model that fails is told to `failed` (raised without it) and skipped."""
    merged = Proposals()
    marks = list(known)
    for s in suggesters:
        try:
            got = s.suggest(text, marks)
        except ModelError as exc:
            if failed is None:
                raise
            failed(s, exc)
            continue
        index = [merged.add(p) for p in got.spans]
        for link in got.links:
            link.head = index[link.head]
            if link.tail is not None:
                link.tail = index[link.tail]
            merged.links.append(link)
        marks += [Mark(p.start, p.end, p.label, p.layer) for p in got.spans]
    return merged


@dataclass
class RunSummary:
    documents: int = 0
    proposed: int = 0
    stored: int = 0
    accepted: int = 0
    below: int = 0  # proposals under the minimum score, not stored
    unknown: dict[str, int] = field(default_factory=dict)  # labels the scheme lacks: left out
    by_origin: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)  # one line per model that failed


def suggest_documents(project, suggesters: Sequence[Suggester], ids: Sequence[int], *,
                      accept: bool = False, annotator: str = "", min_score: float = 0.0,
                      progress: Callable[[int, int], None] | None = None) -> RunSummary:
    """Store suggestions for each document (or, with accept, store them as spans), one
    transaction per document; proposals scored under `min_score` are left out. A model that
    fails is reported in `failures` (one line) and not asked again; the rest goes on, and its
    earlier open suggestions stay."""
    summary = RunSummary()
    active = list(suggesters)
    labels = {lab.name for lab in project.labels.scheme().labels}

    def failed(model: Suggester, exc: ModelError) -> None:
        active.remove(model)
        rest = len(ids) - n
        summary.failures.append(f"{model.name}: {exc}" + (
            f" (not asked for the {rest} remaining documents)" if rest else ""))

    for n, doc_id in enumerate(ids, 1):
        text = project.documents.text(doc_id)
        got = propose(list(active), text, known_marks(project, doc_id), failed)
        origins = [s.name for s in active]
        summary.below += sum(1 for p in got.spans if p.score < min_score)
        for p in got.spans:
            if p.label not in labels:
                summary.unknown[p.label] = summary.unknown.get(p.label, 0) + 1
        keep = [i for i, p in enumerate(got.spans) if p.label in labels
                and p.score >= min_score]
        where = {old: new for new, old in enumerate(keep)}
        spans = [got.spans[i] for i in keep]
        links = [NewLink(where[k.head], k.type, k.origin, k.score,
                         tail=where[k.tail] if k.tail is not None else None,
                         tail_span=k.tail_span)
                 for k in got.links if k.head in where and (k.tail is None or k.tail in where)]
        with project.transaction():
            ids_stored = project.suggestions.replace(doc_id, spans, links, origins)
            stored = [i for i in ids_stored if i is not None]
            if accept:
                for sid in stored:
                    project.suggestions.accept(sid, annotator)
        summary.documents += 1
        summary.proposed += len(spans)
        summary.stored += len(stored)
        summary.accepted += len(stored) if accept else 0
        for p, i in zip(spans, ids_stored):
            if i is not None:
                summary.by_origin[p.origin] = summary.by_origin.get(p.origin, 0) + 1
        if progress:
            progress(n, len(ids))
    return summary
