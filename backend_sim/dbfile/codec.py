"""Field values between the database's strings and the store's Python values, directed by the field type.

Reading is lenient, as the dumps come from many xapi versions: enums in any case, several datetime
spellings, non-`OpaqueRef:` refs meaning null, truncated S-expressions. A value that cannot be read at all
raises ValueError (the caller then uses the field's default); one read with losses is flagged `repaired`.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any, Final

from ..datamodel import ENUMS
from ..datamodel.types import EnumT, MapT, OptionT, Prim, RefT, SetT, XType
from ..wire.values import EPOCH, NULL_REF, DateTime
from . import sexpr

_CANONICAL_DT_RE: Final = re.compile(r"\d{8}T\d\d:\d\d:\d\dZ")
# 20090123T12:18:41Z, 2009-01-23T12:18:41.5+01:00, 20090123T121841, 2009-01-23 12:18:41 ...
_DT_RE: Final = re.compile(
    r"(\d{4})-?(\d\d)-?(\d\d)[T ](\d\d):?(\d\d):?(\d\d)(?:[.,]\d+)?\s*(Z|[+-]\d\d(?::?\d\d)?)?", re.I
)
_EPOCH_SECONDS_RE: Final = re.compile(r"-?\d+(?:\.\d*)?")


@cache
def _enum_index(name: str) -> dict[str, str]:
    """Exact and lower-cased spellings -> the datamodel's spelling (xapi stores some enums lower-case)."""
    values = ENUMS[name]
    index = {v.lower(): v for v in values}
    index.update({v: v for v in values})
    return index


def decode_datetime(text: str) -> DateTime:
    """Any datetime spelling found in dumps, as 'YYYYMMDDTHH:MM:SSZ' in UTC; '' is the epoch (unset)."""
    text = text.strip()
    if _CANONICAL_DT_RE.fullmatch(text):
        return DateTime(text)
    if not text:
        return EPOCH
    m = _DT_RE.fullmatch(text)
    if m is not None:
        year, month, day, hour, minute, second = (int(g) for g in m.groups()[:6])
        moment = datetime(year, month, day, hour, minute, second, tzinfo=UTC)
        zone = m.group(7)
        if zone and zone.upper() != "Z":
            digits = zone[1:].replace(":", "")
            offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))
            moment = moment - offset if zone[0] == "+" else moment + offset
        return DateTime(moment.strftime("%Y%m%dT%H:%M:%SZ"))
    if _EPOCH_SECONDS_RE.fullmatch(text):  # a Unix time, as some tools store
        try:
            moment = datetime.fromtimestamp(float(text), UTC)
        except (OverflowError, OSError):
            raise ValueError(f"datetime out of range: {text!r}") from None
        return DateTime(moment.strftime("%Y%m%dT%H:%M:%SZ"))
    raise ValueError(f"not a datetime: {text!r}")


def _scalar(text: str, t: XType) -> Any:
    """One atom of type `t` (also used for set elements and map keys and values)."""
    match t:
        case Prim("string"):
            return text
        case Prim("int"):
            try:
                return int(text)
            except ValueError:
                return int(text.strip(), 0)  # OCaml's Int64.of_string also takes 0x..; else ValueError
        case Prim("float"):
            return float(text)  # OCaml prints 1. 0.25 nan inf: Python reads them all
        case Prim("bool"):
            lowered = text.strip().lower()
            if lowered in ("true", "false"):
                return lowered == "true"
            raise ValueError(f"not a bool: {text!r}")
        case Prim("datetime"):
            return decode_datetime(text)
        case RefT():
            # '', 'cd', 'Ref:1' and other leftovers in old dumps all mean "no object".
            return text if text.startswith("OpaqueRef:") else NULL_REF
        case EnumT(name):
            value = _enum_index(name).get(text) or _enum_index(name).get(text.lower())
            if value is None:
                raise ValueError(f"not a value of enum {name}: {text!r}")
            return value
        case OptionT(inner):
            return None if text == "" else _scalar(text, inner)
    raise ValueError(f"no database form for type {t!r}")


def decode(text: str, t: XType) -> tuple[Any, bool]:
    """The value of `text` (already unescaped) as type `t`, and whether it was repaired on the way."""
    if not isinstance(t, SetT | MapT):
        return _scalar(text, t), False
    node, repaired = sexpr.parse(text)
    if node is None:
        if text.strip():
            raise ValueError(f"not an S-expression: {text!r}")
        return ([] if isinstance(t, SetT) else {}), True
    value, lossy = _collection(node, t)
    return value, repaired or lossy


def _collection(node: sexpr.Node, t: SetT | MapT) -> tuple[Any, bool]:
    """A set or map from its parsed S-expression; elements that cannot be read are dropped."""
    if isinstance(node, str):
        raise ValueError(f"expected a list, got the atom {node!r}")
    repaired = False
    if isinstance(t, SetT):
        items: list[Any] = []
        for item in node:
            try:
                value = _element(item, t.elem)
            except ValueError:
                repaired = True  # e.g. an operation this datamodel no longer has
                continue
            if isinstance(t.elem, RefT) and value == NULL_REF:
                repaired = True
                continue
            items.append(value)
        return items, repaired
    pairs: dict[Any, Any] = {}
    for pair in node:
        if isinstance(pair, str) or len(pair) != 2:
            repaired = True  # a pair cut off by truncation
            continue
        try:
            pairs[_element(pair[0], t.key)] = _element(pair[1], t.value)
        except ValueError:
            repaired = True
    return pairs, repaired


def _element(node: sexpr.Node, t: XType) -> Any:
    """A set element, map key or map value. Nested sets and maps are stored as strings, or inline."""
    if isinstance(t, SetT | MapT):
        value, _ = decode(node, t) if isinstance(node, str) else _collection(node, t)
        return value
    if isinstance(node, str):
        return _scalar(node, t)
    raise ValueError(f"expected an atom of type {t!r}")


# -- writing -------------------------------------------------------------------------------------


def _atom(value: Any, t: XType) -> str:
    match t:
        case Prim("bool"):
            return "true" if value else "false"
        case Prim("float"):
            return repr(float(value)) if isinstance(value, int | float) else str(value)
        case Prim("int") if isinstance(value, bool):
            return str(int(value))
        case OptionT(inner):
            return "" if value is None else _atom(value, inner)
        case SetT() | MapT():
            return encode(value, t)
    return str(value)


def encode(value: Any, t: XType) -> str:
    """The database string of a store value (before `%` escaping)."""
    if isinstance(t, SetT):
        return sexpr.format_list(_atom(v, t.elem) for v in (value or ()))
    if isinstance(t, MapT):
        items = value.items() if isinstance(value, dict) else ()
        return sexpr.format_pairs((_atom(k, t.key), _atom(v, t.value)) for k, v in items)
    return _atom(value, t)
