"""docs/cli.md is the command line's reference: every command, subcommand and option the
parser knows is named there (a new option without its documentation fails here)."""
from __future__ import annotations

import argparse
from pathlib import Path

from annotator.cli import build_parser

DOC = Path(__file__).resolve().parents[2] / "docs" / "cli.md"


def commands(parser: argparse.ArgumentParser, prefix: str = ""):
    """(command path, its parser) for every command and subcommand."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                path = f"{prefix} {name}".strip()
                yield path, sub
                yield from commands(sub, path)


def test_every_command_and_option_is_in_docs_cli():
    text = DOC.read_text(encoding="utf-8")
    missing = []
    found = list(commands(build_parser()))
    assert len(found) > 15
    for path, sub in found:
        if f"annotator {path}" not in text and f"`{path.split()[-1]}" not in text:
            missing.append(path)
        for action in sub._actions:
            for option in action.option_strings:
                if option.startswith("--") and option != "--help" and option not in text:
                    missing.append(f"{path} {option}")
    assert missing == []
