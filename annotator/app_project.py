"""Opening a project by path, or the default project seeded with the bundled corpus.

Application level, above formats/ (it imports the corpus) and below cli/ and gui/, which both
open projects through it."""
from __future__ import annotations

from pathlib import Path

from annotator.core.messages import located, tr
from annotator.core.paths import default_project_path
from annotator.core.resources import corpus_dir
from annotator.core.store import Project, ProjectError
from annotator.formats.importer import import_paths


def open_project(path: str | Path | None, *, create: bool = True) -> Project:
    """Open `path`; None means the default project, which is seeded with corpus/ when new.
    Raises ProjectError for anything that is not a usable project."""
    if path is None:
        target = default_project_path()
        target.parent.mkdir(parents=True, exist_ok=True)
        project = Project(target)
        if project.created:
            import_paths(project, [corpus_dir()], annotator="")
        return project
    target = Path(path)
    if not create and not target.exists():
        raise ProjectError(located(str(target), None, tr("no such project")))
    return Project(target)
