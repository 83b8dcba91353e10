"""Messages for people, in English, that the GUI can show in the interface's language.

core/ and formats/ never import Qt, yet their refusals (`path:line: reason`) and scheme errors
reach the Arabic window. So a reason is a Message: a str holding the English text (what the
command line prints and tests compare), which also remembers its template and parameters. The
GUI (gui/messages.py) translates the template through Qt's translations and fills it in again.

A message is made with tr("template {name}", name=value): pyside6-lupdate reads such bare
tr() calls into the empty context (packaging/translations.py gives it core/ and formats/ too),
and nothing here translates. Parameters are filled with str.format; a parameter may itself be
a Message, translated in turn. Counted nouns are avoided (or the template chosen per count in
English), since a template has no plural forms.
"""
from __future__ import annotations

from typing import Any, Sequence

CONTEXT = ""  # where pyside6-lupdate files a bare tr() call


class Message(str):
    """English text that remembers `template` and `params` (str(msg) is plain English)."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, **params: Any) -> "Message":
        obj = super().__new__(cls, template.format(**params) if params else template)
        obj.template, obj.params = template, params
        return obj


def tr(template: str, **params: Any) -> Message:
    """A message for people: marked for translation (by its name), English until the GUI
    shows it."""
    return Message(template, **params)


def joined(parts: Sequence[str], separator: str = "; ") -> Message:
    """Messages one after the other, each translated on its own."""
    template = separator.join("{%d}" % i for i in range(len(parts))).replace("{", "{p")
    return Message(template, **{f"p{i}": part for i, part in enumerate(parts)})


def located(where: str, line: int | None, reason: str) -> Message:
    """`where:line: reason` (or `where: reason` without a line, or the reason alone)."""
    if where and line:
        return tr("{where}:{line}: {reason}", where=where, line=line, reason=reason)
    if where:
        return tr("{where}: {reason}", where=where, reason=reason)
    return reason if isinstance(reason, Message) else Message(reason)


def reason_of(exc: BaseException) -> str:
    """The exception's message as a Message when it was raised with one, else str(exc)."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Message) else str(exc)
