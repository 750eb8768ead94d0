"""The simulator's declaration of the XenAPI datamodel: classes, fields, messages and enums.

The data lives in `generated/` (produced once by tools/gen_datamodel.py from xenapi.json and committed);
this package only indexes it. Nothing here reads the reference schema at run time.
"""

from __future__ import annotations

from .generated import CLASS_DEFS, ENUMS
from .model import ClassDef, FieldDef, MessageDef, ParamDef, field_default, neutral_value, parse_default
from .types import XType, format_type, parse_type

# Wire name -> class, datamodel order.
CLASSES: dict[str, ClassDef] = {c.name: c for c in CLASS_DEFS}

# Lower-cased class name -> wire name (event.from and friends take class names case-insensitively).
lower_names: dict[str, str] = {name.lower(): name for name in CLASSES}
assert len(lower_names) == len(CLASSES), "two classes differ only by case"


def get_class(name: str) -> ClassDef:
    """The class with this exact wire name (`VM`, `pool`, `VM_metrics`); KeyError if unknown."""
    try:
        return CLASSES[name]
    except KeyError:
        raise KeyError(f"unknown XenAPI class {name!r}") from None


__all__ = [
    "CLASSES",
    "ENUMS",
    "ClassDef",
    "FieldDef",
    "MessageDef",
    "ParamDef",
    "XType",
    "field_default",
    "format_type",
    "get_class",
    "lower_names",
    "neutral_value",
    "parse_default",
    "parse_type",
]
