"""Make docs/screenshots/team-*.png: the curation view, the agreement view and the progress
dashboard, on a team project where three annotators (ali, mona, sara) worked for a few days.

The curated document is a passage of the sample article, marked by each annotator with the
kinds of differences real annotators make; the other documents are made by annotator/team/demo.
Runs offscreen, in a temporary folder:
    python docs/make_team_screenshots.py [OUT_FOLDER]
"""
from __future__ import annotations

import os
import random
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from annotator.core.resources import corpus_dir  # noqa: E402
from annotator.core.store import Project  # noqa: E402
from annotator.team import demo  # noqa: E402

NAMES = ["ali", "mona", "sara"]
Q1 = ("تقديم المزيد من الدعم في حربها طويلة الأمد، ووضع استراتيجية واضحة، عسكرية وأمنية "
      "وسياسية، لمنع عودة التنظيم الإرهابي")
Q2 = ("تقديم المساعدة الكافية والدائمة لشعوب مناطق شمال وشرقي سوريا، ودعم الأمن والاستقرار "
      "والتنمية الاقتصادية والمجتمعية")
CLAIM = "الذكرى الثالثة لهزيمة داعش في آخر معاقله ببلدة “الباغوز” بريف دير الزور"
# (words, label, nth occurrence) everyone should mark
TRUTH = [("قوات سوريا الديمقراطية", "ORG", 0), ("التحالف الدولي", "ORG", 0), ("داعش", "ORG", 0),
         (Q1, "QUOTE", 0), ("قسد", "ORG", 0), ("داعش", "ORG", 1), ("الباغوز", "LOC", 0),
         ("دير الزور", "LOC", 0), (CLAIM, "CLAIM", 0), (Q2, "QUOTE", 0),
         ("شمال وشرقي سوريا", "LOC", 0)]
CHANGES = {  # what each annotator did differently
    "ali": {"drop": set(), "relabel": {}, "swap": {}, "add": []},
    "mona": {"drop": {("دير الزور", "LOC", 0)}, "relabel": {("التحالف الدولي", "ORG", 0): "MISC"},
             "swap": {}, "add": [("المجتمع الدولي", "ORG", 0)]},
    "sara": {"drop": set(), "relabel": {},
             "swap": {("قوات سوريا الديمقراطية", "ORG", 0): ("قوات سوريا", "ORG", 0),
                      ("شمال وشرقي سوريا", "LOC", 0): ("سوريا", "LOC", 1)},
             "add": [("المجتمع الدولي", "ORG", 0)]},
}


def find(text: str, words: str, nth: int) -> tuple[int, int]:
    at = -1
    for _ in range(nth + 1):
        at = text.index(words, at + 1)
    return at, at + len(words)


def passage() -> str:
    paras = [p for p in (corpus_dir() / "000_09860c928d697e92.txt").read_text(
        encoding="utf-8").split("\n") if p.strip()]
    return "\n".join(paras[1:3])


def build(path: Path) -> int:
    project = Project(path)
    text = passage()
    doc, _ = project.documents.add(text)
    for name in NAMES:
        change = CHANGES[name]
        marks = [change["swap"].get(m, m) for m in TRUTH if m not in change["drop"]]
        marks += change["add"]
        ids = {}
        for words, label, nth in marks:
            label = change["relabel"].get((words, label, nth), label)
            s, e = find(text, words, nth)
            ids[words] = project.spans.add(doc, s, e, label, annotator=name).id
        speaker1 = "قوات سوريا" if name == "sara" else "قوات سوريا الديمقراطية"
        if name != "mona":
            project.spans.add_relation(doc, ids[Q1], ids[speaker1], "said_by", annotator=name)
        project.spans.add_relation(doc, ids[Q2], ids["قسد"], "said_by", annotator=name)
        project.statuses.set(doc, name, "done")
    # the passage was the first thing each of them did
    project.conn.execute("UPDATE spans SET created_at = '2026-11-23T09:05:00+00:00'")
    rng = random.Random(3)
    speed = {"ali": 300, "mona": 240, "sara": 420}  # seconds per span
    clock = {n: datetime(2026, 11, 23, 9) for n in speed}
    for i, other in enumerate(demo.texts(40, seed=11, paragraphs=(1, 2))):
        other_doc, _ = project.documents.add(other)
        for name in NAMES:
            if name == "sara" and i >= 30:
                continue
            for s, e, label in demo.annotator_spans(other, str(i), name, care=0.82):
                t = clock[name] + timedelta(seconds=rng.expovariate(1 / speed[name]))
                if t.hour >= 17:  # the working day is over: on the next morning
                    t = (t + timedelta(days=1)).replace(hour=9, minute=rng.randint(0, 30))
                clock[name] = t
                span = project.spans.add(other_doc, s, e, label, annotator=name)
                project.conn.execute("UPDATE spans SET created_at = ? WHERE id = ?",
                                     (t.isoformat(timespec="seconds") + "+00:00", span.id))
            project.statuses.set(other_doc, name,
                                 "in_progress" if name == "mona" and i >= 34 else "done")
    project.close()
    return doc


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    from annotator.gui.editor.fonts import register_fonts
    from annotator.gui.team.agreement_view import AgreementView
    from annotator.gui.team.curation_view import CurationView
    from annotator.gui.team.dashboard import Dashboard
    register_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "team.annotator"
        doc = build(path)
        project = Project(path)
        view = CurationView(project, [doc] + [d for d in project.documents.ids() if d != doc])
        view.resize(1100, 760)
        view.show()
        view.accept_agreed()  # what the curator did first: Ctrl+G
        view.select_row(next(i for i, c in enumerate(view.model.curation.candidates)
                             if c.label == "MISC"))
        app.processEvents()
        view.grab().save(str(out / "team-curation.png"))
        agreement = AgreementView(project)
        agreement.show()
        app.processEvents()
        agreement.grab().save(str(out / "team-agreement.png"))
        dashboard = Dashboard(project)
        dashboard.show()
        app.processEvents()
        dashboard.grab().save(str(out / "team-dashboard.png"))
        for widget in (view, agreement, dashboard):
            widget.close()
        project.close()
    print(f"written to {out}")


if __name__ == "__main__":
    main()
