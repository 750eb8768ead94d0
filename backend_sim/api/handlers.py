"""Imports every module of this package that registers message implementations.

Any module named `*_api.py` or `vm_lifecycle.py` here is loaded, so adding a file of handlers is
enough to serve them.
"""

from __future__ import annotations

import importlib
import pkgutil

_PACKAGE = __name__.rpartition(".")[0]


def load_all() -> None:
    for module in pkgutil.iter_modules(importlib.import_module(_PACKAGE).__path__):
        if module.name.endswith("_api") or module.name == "vm_lifecycle":
            importlib.import_module(f"{_PACKAGE}.{module.name}")


load_all()
