"""Plurals that pyside6-lupdate can extract. It reads a count only from tr(text, disambiguation,
n) and from translate(context, text, disambiguation, <a number literal>): translate() with a
variable count comes out with no plural forms, and with any other expression (len(x), x.count)
or a keyword argument the text is not extracted at all, silently. So in the GUI a counted text
is self.tr("%n thing(s)", "", n) in a QObject, and a number before a plural noun is a %n.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

GUI = Path(__file__).resolve().parents[2] / "annotator" / "gui"
# a number put in front of a noun in the plural: "{n} documents", "%2 spans"
COUNTED = re.compile(r"(?:\{(?!label\b|name\b|names\b|title\b)\w*\}|%\d) (?:new )?"
                     r"(?!is\b|was\b|has\b|its\b|this\b)[a-z]+s\b")


def calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", None)
            if name in ("tr", "translate"):
                yield name, node


def problems(source: str, where: str = "<source>") -> list[str]:
    found = []
    for name, call in calls(ast.parse(source)):
        text_at = 1 if name == "translate" else 0
        if len(call.args) <= text_at or not isinstance(call.args[text_at], ast.Constant) \
                or not isinstance(call.args[text_at].value, str):
            continue  # str.translate(table), or a text looked up elsewhere
        text = call.args[text_at].value
        count = call.args[text_at + 2] if len(call.args) > text_at + 2 else None
        line = f"{where}:{call.lineno}: {ast.unparse(call)[:90]}"
        if any(k.arg in ("disambiguation", "n") for k in call.keywords):
            found.append(f"{line}: keyword arguments hide the text from lupdate")
        if name == "translate" and count is not None and not (
                isinstance(count, ast.Constant) and isinstance(count.value, int)):
            found.append(f"{line}: translate() with a variable count loses its plural forms; "
                         "use self.tr(text, disambiguation, n)")
        if count is None and ("%n" in text or "(s)" in text):
            found.append(f"{line}: a plural text without a count")
        if COUNTED.search(text.replace("&", "")):
            found.append(f"{line}: a number before a plural noun: use %n and a count")
    return found


def test_every_plural_in_the_gui_is_one_lupdate_extracts():
    found = []
    for path in sorted(GUI.rglob("*.py")):
        found += problems(path.read_text(encoding="utf-8"), str(path.relative_to(GUI)))
    assert not found, "\n".join(found)


def test_the_check_catches_what_lupdate_misses():
    bad = '''
translate("C", "%n file(s)", "", n)
QCoreApplication.translate("C", "%n file(s)", "", len(files))
self.tr("%n span(s)", n=3)
self.tr("%n span(s)")
self.tr("{n} suggestions").format(n=n)
'''
    flagged = {int(p.split(":")[1]) for p in problems(bad)}
    assert flagged == {2, 3, 4, 5, 6}
    good = '''
self.tr("%n span(s)", "", len(spans))
translate("C", "%n file(s)", "", 1)
self.tr("%1 is ready").replace("%1", name)
self.tr("accept all {label} suggestions")
data.translate(table)
'''
    assert problems(good) == []
