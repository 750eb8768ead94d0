"""The simulator's HTTP handlers, one file each; importing this package registers them all.

Every module here other than this one is loaded, so adding a file whose functions register on
`backend_sim.http.registry.HANDLERS` is enough to serve them (see backend_sim/http/__init__.py).
"""

from __future__ import annotations

import importlib
import pkgutil


def load_all() -> None:
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")


load_all()
