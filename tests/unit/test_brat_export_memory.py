"""The brat export's memory does not grow with the number of documents: the names written
are asked of the folder and the files moved as it is read (no set of names, no list of
every path). tracemalloc sees Python's allocations, where that growth was."""
from __future__ import annotations

import gc
import tracemalloc

from annotator.core.store import Project
from annotator.formats.brat import export_brat
from annotator.formats.export import ExportOptions


def python_peak_kb(tmp_path, count: int) -> float:
    db = tmp_path / f"p{count}.annotator"
    with Project(db) as p, p.transaction():
        for i in range(count):
            doc, _ = p.documents.add(f"زار الوزير بغداد في اليوم {i}.", index=False)
            p.spans.add(doc, 11, 16, "LOC")
    out = tmp_path / f"out{count}"
    with Project(db) as p:
        p.layouts.refresh_depths()
        gc.collect()
        tracemalloc.start()
        try:
            export_brat(p, None, options=ExportOptions(out_path=str(out)))
            peak = tracemalloc.get_traced_memory()[1] / 1e3
        finally:
            tracemalloc.stop()
    assert len(list(out.iterdir())) == 2 * count
    return peak


def test_brat_export_memory_is_flat(tmp_path):
    small, large = python_peak_kb(tmp_path, 500), python_peak_kb(tmp_path, 4000)
    assert large < small * 1.5, (small, large)
