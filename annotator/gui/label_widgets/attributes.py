"""Label attributes as one line of text: `kind = direct | indirect; tense = past | present`."""
from __future__ import annotations


def format_attributes(attributes: dict[str, list[str]]) -> str:
    return "; ".join(f"{name} = {' | '.join(values)}"
                     for name, values in sorted(attributes.items()))


def parse_attributes(text: str) -> dict[str, list[str]]:
    """Raises ValueError with a message for the user."""
    out: dict[str, list[str]] = {}
    for part in filter(str.strip, text.split(";")):
        name, sep, values = part.partition("=")
        name = name.strip()
        items = [v.strip() for v in values.split("|") if v.strip()]
        if not sep or not name or not items:
            raise ValueError(f"attributes: cannot read {part.strip()!r}; write "
                             "name = value | value, and separate attributes with ';'")
        out[name] = items
    return out
