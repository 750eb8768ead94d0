"""`python -m xencenter` / `xencenter`: the console (see xencenter.app for the options)."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from .app import main as run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
