"""The user's own model as a suggester: what PATH_OR_URL names decides which kind.

- a folder with config.cfg and meta.json: a spaCy pipeline (spacy_model.py);
- a folder with config.json: a Hugging Face token-classification model (hf_model.py);
- http:// or https://: a running Label Studio ML backend (ls_backend.py).
Each kind proposes spans with the model's name as origin and may measure its uncertainty
over a document. Anything that goes wrong is a ModelError of one line.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from annotator.suggest.base import ModelError
from annotator.suggest.ls_backend import DEFAULT_TIMEOUT

BUILT_IN = ("names", "model", "quotes")


def load_model(spec: str, layers: dict[str, str], *, timeout: float = DEFAULT_TIMEOUT) -> Any:
    """A suggester for `spec`; `layers` maps the project's labels to their layers."""
    model: Any
    if spec.startswith(("http://", "https://")):
        from annotator.suggest.ls_backend import BackendSuggester
        model = BackendSuggester(spec, layers, timeout=timeout)
    else:
        folder = Path(spec).expanduser()
        if not folder.exists():
            raise ModelError(f"{spec}: no such folder")
        if not folder.is_dir():
            raise ModelError(f"{spec}: not a folder (a spaCy pipeline or a Hugging Face model "
                             "folder, or the http:// address of a Label Studio ML backend)")
        if (folder / "config.cfg").is_file() and (folder / "meta.json").is_file():
            from annotator.suggest.spacy_model import SpacySuggester
            model = SpacySuggester(folder, layers)
        elif (folder / "config.json").is_file():
            from annotator.suggest.hf_model import HFSuggester
            model = HFSuggester(folder, layers)
        else:
            raise ModelError(f"{spec}: neither a spaCy pipeline (config.cfg and meta.json) nor "
                             "a Hugging Face model (config.json)")
    if model.name in BUILT_IN:  # the origin must not pass for a built-in suggester's
        model.name = f"{type(model).__name__.removesuffix('Suggester').lower()}:{model.name}"
    return model
