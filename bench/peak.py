"""Peak memory of a piece of work, measured in a child process of its own."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_REPORT = """
import resource
try:  # the child's own high-water mark (ru_maxrss can carry the parent's over a fork)
    print(int([l for l in open("/proc/self/status") if l.startswith("VmHWM")][0].split()[1]))
except OSError:
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def peak_memory_mb(code: str, *args: object) -> float:
    """Run `code` (which sees the arguments as sys.argv[1:]) with the project importable, and
    return the child's peak resident memory in MB."""
    script = f"import sys\nsys.path.insert(0, {str(ROOT)!r})\n{code}\n{_REPORT}"
    out = subprocess.run([sys.executable, "-c", script, *map(str, args)],
                         capture_output=True, text=True, check=True).stdout
    return int(out.split()[-1]) / 1024
