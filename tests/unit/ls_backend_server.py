"""A Label Studio ML backend for the tests, speaking the documented protocol (GET /health,
POST /predict) on 127.0.0.1; run as `python ls_backend_server.py PORT_FILE [--utf16]`.

The label-studio-ml package would pin Flask 1.1.2, Werkzeug 2.0.2 and Jinja2 3.0.3 (spaCy and
torch need a newer Jinja2), so the tests start this server instead. It tags the names in
NAMES, each result with its score; the prediction's score is the lowest of them (1.0 with
none). With --utf16 it counts offsets in UTF-16 units, as Label Studio's browser does.
As label-studio-ml does, /predict is refused (HTTP 500) until POST /setup has given the
labeling config. A text holding SLOW is answered after 3 s; one holding BOOM gets HTTP 500.
"""
import json
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

NAMES = {"بغداد": ("LOC", 0.9), "أحمد سعيد": ("PER", 0.4)}
UTF16 = "--utf16" in sys.argv
SETUP: dict = {}


def units(text: str, i: int) -> int:
    return len(text[:i].encode("utf-16-le")) // 2 if UTF16 else i


def predict(text: str) -> dict:
    result = []
    for name, (label, score) in NAMES.items():
        i = text.find(name)
        while i != -1:
            result.append({"from_name": "label", "to_name": "text", "type": "labels",
                           "value": {"start": units(text, i),
                                     "end": units(text, i + len(name)),
                                     "text": name, "labels": [label]},
                           "score": score})
            i = text.find(name, i + 1)
    return {"result": result, "score": min([r["score"] for r in result], default=1.0),
            "model_version": "gazetteer-1"}


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self, code: int, body) -> None:
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path in ("/health", "/"):
            self.answer(200, {"status": "UP", "model_class": "GazetteerNER"})
        else:
            self.answer(404, {"error": "not found"})

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        if self.path == "/setup":
            assert "<Labels" in body["schema"]
            SETUP[body["project"]] = body["schema"]
            self.answer(200, {"model_version": "gazetteer-1"})
            return
        if self.path != "/predict":
            self.answer(404, {"error": "not found"})
            return
        if body["project"] not in SETUP:
            self.answer(500, {"error": "Model is not loaded: run setup() before predict()"})
            return
        texts = [t["data"]["text"] for t in body["tasks"]]
        assert "<Labels" in body["label_config"]
        if any("BOOM" in t for t in texts):
            self.answer(500, {"error": "the model broke"})
            return
        if any("SLOW" in t for t in texts):
            time.sleep(3)
        self.answer(200, {"results": [predict(t) for t in texts],
                          "model_version": "gazetteer-1"})


if __name__ == "__main__":
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    with open(sys.argv[1], "w") as fh:
        fh.write(str(server.server_address[1]))
    server.serve_forever()
