"""Whatever bytes a file holds, import refuses it with a reason or imports it; it never crashes."""
import json

from hypothesis import HealthCheck, given, settings, strategies as st

from annotator.core.store import Project
from annotator.formats.importer import import_paths

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 50) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["text", "spans", "start", "end", "label", "meta", "status",
                         "relations", "head", "tail", "type", "id", "attributes"]),
        inner, max_size=5),
    max_leaves=12)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records=st.lists(json_values, min_size=1, max_size=3))
def test_any_json_lines(tmp_path_factory, records):
    folder = tmp_path_factory.mktemp("fuzz")
    src = folder / "x.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records),
                   encoding="utf-8")
    with Project(folder / "p.annotator") as project:
        summary = import_paths(project, [src])
        assert summary.files + len(summary.refused_files) == 1
        if summary.refused_files:
            assert project.documents.count() == 0 and project.spans.count() == 0
            assert all(e.startswith(f"{src}:") for e in summary.errors)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=200))
def test_any_bytes(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("fuzz")
    for name in ("x.txt", "x.jsonl"):
        (folder / name).write_bytes(data)
    with Project(folder / "p.annotator") as project:
        summary = import_paths(project, [folder])
        assert summary.files + len(summary.refused_files) == 2
