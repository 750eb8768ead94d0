"""`python -m xencenter` / `xencenter`: the console.

The Qt console is being built (see the project issues); until it lands this entry point starts the
embedded demo pool and says so, rather than pretending.
"""

from __future__ import annotations

import subprocess
import sys


def main() -> int:
    print("xencenter: the graphical console is not built yet. Starting the embedded demo pool instead;\n"
          "connect to it with any XenAPI client (the official Python SDK, Xen Orchestra) at the URL below.\n"
          "Press Ctrl+C to stop.", flush=True)
    try:
        return subprocess.call([sys.executable, "-m", "backend_sim", "--scenario", "demo", *sys.argv[1:]])
    except KeyboardInterrupt:
        return 0


if __name__ == "__main__":
    sys.exit(main())
