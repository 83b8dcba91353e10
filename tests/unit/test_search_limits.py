"""Search: the first N hits with the count of all, short words, and removal from the index."""
import pytest

from annotator.cli import main


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def many(project):
    ids = [project.documents.add(f"خبر رقم {i}: قَالَ الرئيس في بغداد إن العدد {i}")[0]
           for i in range(30)]
    project.documents.add("نص آخر عن دمشق")
    return ids


def test_limit_and_count(project, many):
    assert project.search.find("الرئيس") == many
    assert project.search.find("الرئيس", limit=5) == many[:5]
    assert project.search.count("الرئيس") == 30
    assert project.search.count("دمشق") == 1 and project.search.count("القاهرة") == 0


@pytest.mark.parametrize("scan", [False, True])
def test_short_words(project, many, monkeypatch, scan):
    """A word found inside very many index words is checked in the texts instead: the same
    documents either way."""
    if scan:
        import annotator.core.store.search as search
        monkeypatch.setattr(search, "_MAX_TERMS", 1)
    assert project.search.find("ر") == many + [many[-1] + 1]   # every text has a ر
    assert project.search.find("في بغداد", limit=3) == many[:3]
    assert project.search.count("ي") == 30 == project.search.count("ي الرئيس")
    assert project.search.find("ق") == many + [many[-1] + 1]   # قال and دمشق
    assert project.search.count("ئ") == 30                      # normalised as ي


def test_removed_documents_leave_the_index(project, many):
    project.documents.remove(many[0])
    assert project.search.find("الرئيس") == many[1:]
    assert project.search.count("بغداد") == 29


def test_cli_prints_the_first_n_and_the_total(capsys, tmp_path):
    db = tmp_path / "p.annotator"
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(25):
        (folder / f"{i:02d}.txt").write_text(f"عنوان {i}\nقال الرَّئيس في بغداد {i}",
                                             encoding="utf-8")
    run(capsys, "import", folder, "--db", db)
    code, out, err = run(capsys, "search", "الرئيس", "--db", db)
    assert code == 0 and out.count("\n") == 20
    assert "25 documents found, the first 20 shown" in err
    first = out.splitlines()[0].split("\t")
    assert "الرَّئيس" in first[2] and len(first[2]) <= 80   # the hit's neighbourhood only
    code, out, err = run(capsys, "search", "الرئيس", "--db", db, "--limit", "3")
    assert out.count("\n") == 3 and "25 documents found, the first 3 shown" in err
    code, out, err = run(capsys, "search", "الرئيس", "--db", db, "--limit", "0")
    assert out.count("\n") == 25 and err.strip().endswith("25 documents found")
    assert run(capsys, "search", "x", "--db", db, "--limit", "-1")[0] == 2


def test_a_search_that_reads_texts_pauses_for_the_window(project, many, monkeypatch):
    """With pauses (the window's list), a search checked in the texts gives control back
    every few texts, matched or not, and finds the same documents; id_chunks hands the
    list what it found each turn, with the status filter too."""
    import annotator.core.store.search as search
    from annotator.core.model import Status
    from annotator.gui.models.document_rows import id_chunks
    monkeypatch.setattr(search, "_MAX_TERMS", 0)   # every word is checked in the texts
    rare = list(project.search.find_iter("دمشق", pauses=True))   # in the last text only
    assert [i for i in rare if i is not None] == [many[-1] + 1]
    assert rare.count(None) == -(-len(project.documents.ids()) // search._PAUSED_BATCH)
    assert None not in project.search.find("دمشق") and project.search.count("ق") == 31
    project.statuses.set(many[3], "mona", "done")
    for status, want in ((None, many + [many[-1] + 1]), (Status.DONE, [many[3]])):
        chunks = list(id_chunks(project, "mona", status, "ق"))
        assert [i for ids, _ in chunks for i in ids] == want
        assert len(chunks) > 1 and chunks[-1][1] and not any(last for _, last in chunks[:-1])
