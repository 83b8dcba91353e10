"""An import that finds nothing it can read (a .docx, a .pdf, an empty folder) makes no
project file: the user who tried a Word file is not left with an empty project."""
import pytest

from annotator.cli import main
from annotator.core.store import Project


@pytest.mark.parametrize("names", [["article.docx"], ["report.pdf", "article.docx"]])
def test_refused_files_alone_make_no_project(tmp_path, capsys, names):
    for name in names:
        (tmp_path / name).write_bytes(b"PK\x03\x04 not text")
    db = tmp_path / "new.annotator"
    assert main(["import", *(str(tmp_path / n) for n in names), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert not db.exists() and not list(tmp_path.glob("new.annotator*"))
    assert f"{tmp_path / names[0]}: unsupported file type" in err
    assert "created a new project" not in err


def test_an_empty_folder_makes_no_project_and_the_default_one_is_not_made(tmp_path, capsys,
                                                                           isolated_home):
    (tmp_path / "empty").mkdir()
    assert main(["import", str(tmp_path / "empty")]) == 1
    assert "no files to import found" in capsys.readouterr().err
    assert not list(isolated_home.rglob("*.annotator"))


def test_a_readable_file_beside_a_refused_one_is_imported(tmp_path, capsys):
    (tmp_path / "article.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "article.txt").write_text("نص المقال", encoding="utf-8")
    db = tmp_path / "new.annotator"
    assert main(["import", str(tmp_path / "article.docx"), str(tmp_path / "article.txt"),
                 "--db", str(db)]) == 1
    with Project(db) as p:
        assert p.documents.count() == 1
