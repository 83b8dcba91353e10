"""Messages from core/ and formats/ (core/messages.py) in the interface's language: the
template is looked up in the "Messages" context of the translations and filled in again; text
that is not a Message, or a translation that no longer fits its parameters, stays as it came."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annotator.core.messages import CONTEXT, Message, reason_of


def shown(text: str) -> str:
    if not isinstance(text, Message):
        return text
    template = QCoreApplication.translate(CONTEXT, text.template)
    if not text.params:
        return template
    params = {k: shown(v) if isinstance(v, Message) else v for k, v in text.params.items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return str(text)


def shown_all(lines: list[str]) -> list[str]:
    return [shown(line) for line in lines]


def error_text(exc: BaseException) -> str:
    """What an exception from core or formats says, in the interface's language."""
    return shown(reason_of(exc))
