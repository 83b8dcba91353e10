"""What the standalone build runs: the `annotator` command (no arguments: the window)."""
import multiprocessing
import sys

from annotator.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
