"""Every install hint works from an empty virtual environment (issue 22 item 11): "annotator" on
the package index is another project, so no hint installs it by that name; a hint installs
the checkout (`.` or `.[extra]`) or a library our own requirements name."""
import re
import tomllib

from shared_data import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
HINT = re.compile(r"pip install ([^`\n)]+)")


def requirement_names() -> set[str]:
    project = PYPROJECT["project"]
    specs = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        specs += extra
    names = {re.split(r"[<>=!~\[; ]", spec, maxsplit=1)[0].lower() for spec in specs}
    # torch: the CPU build the README and .ci/run install before flair; pip: its own upgrade
    return names | {"torch", "pip"}


def hint_files():
    yield ROOT / "README.md"
    yield from (ROOT / "docs").rglob("*.md")
    for folder in ("annotator", "packaging"):
        yield from (ROOT / folder).rglob("*.py")
    yield ROOT / ".ci" / "run"


def hints():
    for path in hint_files():
        for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for match in HINT.finditer(line):
                yield f"{path.relative_to(ROOT)}:{line_no}", re.split(r"&&|;|\|", match[1])[0]


def test_the_distribution_has_a_name_of_its_own():
    assert PYPROJECT["project"]["name"] == "arabic-annotator"
    assert PYPROJECT["project"]["scripts"] == {"annotator": "annotator.cli:main"}


def test_no_hint_installs_the_other_project_and_each_names_what_exists():
    found = list(hints())
    assert len(found) >= 5
    known = requirement_names()
    for where, args in found:
        assert not re.search(r"(^|\s)['\"]?annotator($|[\s\[\"'])", args), (where, args)
        words = args.split()
        skip = False
        for word in words:
            if skip or word.startswith("-"):
                skip = word in ("--index-url", "-r")  # the option's value is no package
                continue
            word = word.strip("\"'")
            if word.startswith("."):  # the checkout, with or without extras
                assert re.fullmatch(r"\.(\[[a-z,]+\])?", word), (where, word)
                continue
            name = re.split(r"[<>=!~\[]", word, maxsplit=1)[0].lower()
            assert name in known, (where, word)
