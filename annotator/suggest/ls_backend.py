"""A running Label Studio ML backend as a suggester, through its HTTP protocol.

GET /health answers {"status": "UP", ...}; POST /setup {"project", "schema": the labeling
config} loads the model for a project (Label Studio sends it when a backend is connected; the
label-studio-ml package refuses /predict before it); POST /predict takes {"tasks": [{"id", "data":
{"text": ...}}], "label_config": "<View>...</View>", "project", "params"} and answers
{"results": [{"result": [{"from_name", "to_name", "type": "labels", "value": {"start",
"end", "text", "labels": [...]}, "score"}], "score", "model_version"}], "model_version"}.
We send one document per request with a labeling config made from the project's labels.
Offsets are placed on our text by the span's own text (align.place): a backend in Python
counts code points, Label Studio's browser counts UTF-16 units; both land right.
"""
from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request
from typing import Any, Sequence
from xml.sax.saxutils import quoteattr

from annotator.suggest.align import place
from annotator.suggest.base import Mark, ModelError, Proposals, ProposedSpan

DEFAULT_TIMEOUT = 30.0
PROJECT = "annotator"  # the project key a backend keeps its model under


def label_config(labels: Sequence[str]) -> str:
    """A Label Studio labeling config for named-entity spans over the task's "text"."""
    items = "".join(f"<Label value={quoteattr(lab)}/>" for lab in labels)
    return (f'<View><Labels name="label" toName="text">{items}</Labels>'
            f'<Text name="text" value="$text"/></View>')


class BackendSuggester:
    def __init__(self, url: str, layers: dict[str, str], timeout: float = DEFAULT_TIMEOUT):
        self.url = url.rstrip("/")
        self.layers = layers
        self.timeout = timeout
        self.config = label_config(list(layers))
        self._task = 0
        health = self._call("GET", "/health")
        if not isinstance(health, dict) or str(health.get("status", "UP")).upper() != "UP":
            raise ModelError(f"{self.url}: the backend is not up: {str(health)[:200]}")
        name = health.get("model_class") or health.get("model_name")
        self.name = str(name) if name else self.url.split("//", 1)[-1]
        try:
            self._call("POST", "/setup", {"project": PROJECT, "schema": self.config,
                                          "hostname": "", "access_token": ""})
        except ModelError as exc:
            if not str(exc).split(": HTTP ", 1)[-1].startswith(("404", "405")):
                raise  # a backend without /setup needs none

    def _call(self, method: str, path: str, body: Any = None) -> Any:
        data = None if body is None else json.dumps(body, ensure_ascii=False).encode("utf-8")
        req = urllib.request.Request(self.url + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                raw = resp.read()
        except urllib.error.HTTPError as exc:
            raise ModelError(f"{self.url}{path}: HTTP {exc.code} {exc.reason}") from None
        except (socket.timeout, TimeoutError):
            raise ModelError(f"{self.url}{path}: no answer in {self.timeout:g} s") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            if isinstance(reason, (socket.timeout, TimeoutError)):
                raise ModelError(f"{self.url}{path}: no answer in {self.timeout:g} s") from None
            raise ModelError(f"{self.url}{path}: cannot reach the backend: {reason}") from None
        try:
            return json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise ModelError(f"{self.url}{path}: the answer is not JSON") from None

    def predict(self, text: str) -> dict[str, Any]:
        """The backend's prediction for one text: {"result": [...], "score": ...}."""
        self._task += 1
        got = self._call("POST", "/predict", {
            "tasks": [{"id": self._task, "data": {"text": text}}],
            "label_config": self.config, "project": PROJECT, "params": {}})
        results = got.get("results") if isinstance(got, dict) else got
        if not isinstance(results, list):
            raise ModelError(f"{self.url}/predict: the answer has no results list")
        if not results:
            return {"result": []}
        first = results[0]
        if isinstance(first, dict) and "result" in first:
            return first
        # some backends answer the result items themselves
        return {"result": [r for r in results if isinstance(r, dict)]}

    def suggest(self, text: str, known: Sequence[Mark] = ()) -> Proposals:
        prediction = self.predict(text)
        out = Proposals()
        default = prediction.get("score")
        for item in prediction.get("result") or []:
            value = item.get("value") if isinstance(item, dict) else None
            if not isinstance(value, dict):
                continue
            labels = next((v for k, v in value.items() if k.endswith("labels")
                           and isinstance(v, list) and v), None)
            try:
                start, end = int(value["start"]), int(value["end"])
            except (KeyError, TypeError, ValueError):
                continue
            where = place(text, start, end, value.get("text"))
            if labels is None or where is None:
                continue
            score = item.get("score", default)
            score = float(score) if isinstance(score, (int, float)) else 1.0
            label = str(labels[0])
            out.add(ProposedSpan(where[0], where[1], label, self.layers.get(label, "entity"),
                                 round(score, 3), self.name))
        return out

    def uncertainty(self, text: str) -> float | None:
        """1 - the prediction's score (least confidence); else 1 - its weakest result's."""
        prediction = self.predict(text)
        score = prediction.get("score")
        if not isinstance(score, (int, float)):
            scores = [float(r["score"]) for r in prediction.get("result") or []
                      if isinstance(r, dict) and isinstance(r.get("score"), (int, float))]
            if not scores:
                return None
            score = min(scores)
        return min(1.0, max(0.0, 1.0 - float(score)))
