"""Declarations of the XenAPI datamodel (classes, fields, messages) and default values.

The generated modules under `generated/` call the compact builders defined here: `C` (class), `F` (field),
`M` (explicit message) and `G` (implicit, i.e. generated upstream, message).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Final, Literal, TypeAlias

from backend_sim.wire.values import EPOCH, NULL_REF, DateTime

from .types import EnumT, MapT, OptionT, Prim, RecordT, RefT, SetT, Special, XType, parse_type

Qualifier: TypeAlias = Literal["RO/runtime", "RO/constructor", "RW"]
State: TypeAlias = Literal["Published_s", "Prototyped_s", "Deprecated_s", "Removed_s"]
# A Python value of some XenAPI type: str (refs, enums, strings), DateTime, int, float, bool, list, dict,
# or None for an absent option. `Any` so callers can store it in records without casts.
Value: TypeAlias = Any

VOID: Final = "void"


@dataclass(frozen=True, slots=True)
class FieldDef:
    name: str
    type: XType
    type_str: str
    qualifier: Qualifier
    default: str | None  # the OCaml-printed literal from the datamodel, e.g. '""', '{}', 'Halted'
    has_default: bool
    state: State


@dataclass(frozen=True, slots=True)
class ParamDef:
    name: str
    type: XType
    type_str: str


@dataclass(frozen=True, slots=True)
class MessageDef:
    name: str
    params: tuple[ParamDef, ...]  # wire order, including the leading session_id when there is one
    result: XType | None  # None = void
    result_str: str
    implicit: bool
    state: State
    errors: tuple[str, ...]
    roles: tuple[str, ...]


# eq=False: identity semantics, since the dict attributes would make a generated __hash__ fail.
@dataclass(frozen=True, slots=True, eq=False)
class ClassDef:
    name: str
    fields: dict[str, FieldDef]  # datamodel order
    messages: dict[str, MessageDef]  # datamodel order
    state: State
    enums: tuple[str, ...]  # names of the enums used by this class's fields and messages


# ---------------------------------------------------------------------------------------------
# Builders used by the generated declaration.


PUBLISHED: Final = "Published_s"


def F(
    name: str, type_str: str, qualifier: Qualifier, default: str | None = None, state: State = PUBLISHED
) -> FieldDef:
    """A field; `default` is the datamodel's literal, None when the field has no default."""
    return FieldDef(name, parse_type(type_str), type_str, qualifier, default, default is not None, state)


@cache
def _param(type_str: str, name: str) -> ParamDef:
    # Shared instances: thousands of params are the same (session_id, self, value...).
    return ParamDef(name, parse_type(type_str), type_str)


def _message(
    name: str,
    result: str,
    params: tuple[tuple[str, str], ...],
    roles: tuple[str, ...],
    errors: tuple[str, ...],
    state: State,
    implicit: bool,
) -> MessageDef:
    return MessageDef(
        name,
        tuple(_param(t, n) for t, n in params),
        None if result == VOID else parse_type(result),
        result,
        implicit,
        state,
        errors,
        roles,
    )


def M(
    name: str,
    result: str,
    params: tuple[tuple[str, str], ...],
    roles: tuple[str, ...],
    errors: tuple[str, ...] = (),
    state: State = PUBLISHED,
) -> MessageDef:
    """An explicit (hand-written upstream) message.

    `params` are (type string, name) pairs in wire order; `result` is a type string or 'void'.
    """
    return _message(name, result, params, roles, errors, state, implicit=False)


def G(
    name: str,
    result: str,
    params: tuple[tuple[str, str], ...],
    roles: tuple[str, ...],
    errors: tuple[str, ...] = (),
    state: State = PUBLISHED,
) -> MessageDef:
    """An implicit message, generated upstream from the fields (get_record, get_<f>, set_<f>, ...)."""
    return _message(name, result, params, roles, errors, state, implicit=True)


def C(
    name: str,
    state: State,
    enums: tuple[str, ...],
    fields: tuple[FieldDef, ...],
    messages: tuple[MessageDef, ...],
) -> ClassDef:
    """A class; field and message names must be unique."""
    fdict = {f.name: f for f in fields}
    mdict = {m.name: m for m in messages}
    if len(fdict) != len(fields) or len(mdict) != len(messages):
        raise ValueError(f"duplicate field or message name in class {name}")
    return ClassDef(name, fdict, mdict, state, enums)


# ---------------------------------------------------------------------------------------------
# Default values.

_DATETIME_RE: Final = re.compile(r"\d{8}T\d{2}:\d{2}:\d{2}Z")
# A bare atom: everything up to a separator (refs contain ':' and '-', enum values '-').
_ATOM_RE: Final = re.compile(r"[^\s,{}\"]+")
_OCAML_ESCAPES: Final = {"\\": "\\", '"': '"', "'": "'", "n": "\n", "t": "\t", "r": "\r", "b": "\b", " ": " "}


class _LiteralParser:
    """Recursive descent over an OCaml-printed literal, guided by the expected type."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def error(self, what: str) -> ValueError:
        return ValueError(f"bad default literal {self.text!r}: {what} at offset {self.pos}")

    def skip_ws(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos].isspace():
            self.pos += 1

    def expect(self, s: str) -> None:
        self.skip_ws()
        if not self.text.startswith(s, self.pos):
            raise self.error(f"expected {s!r}")
        self.pos += len(s)

    def at(self, s: str) -> bool:
        self.skip_ws()
        return self.text.startswith(s, self.pos)

    def atom(self) -> str:
        self.skip_ws()
        m = _ATOM_RE.match(self.text, self.pos)
        if m is None:
            raise self.error("expected a value")
        self.pos = m.end()
        return m.group()

    def string(self) -> str:
        self.expect('"')
        out: list[str] = []
        text = self.text
        while True:
            if self.pos >= len(text):
                raise self.error("unterminated string")
            ch = text[self.pos]
            self.pos += 1
            if ch == '"':
                return "".join(out)
            if ch != "\\":
                out.append(ch)
                continue
            esc = text[self.pos : self.pos + 1]
            if esc in _OCAML_ESCAPES:
                out.append(_OCAML_ESCAPES[esc])
                self.pos += 1
            elif text[self.pos : self.pos + 3].isdigit():  # \ddd, decimal
                out.append(chr(int(text[self.pos : self.pos + 3])))
                self.pos += 3
            else:
                raise self.error(f"unknown escape \\{esc}")

    def value(self, t: XType) -> Value:
        match t:
            case Prim("string"):
                return self.string()
            case Prim("int"):
                a = self.atom()
                try:
                    return int(a)
                except ValueError:
                    raise self.error(f"not an int: {a!r}") from None
            case Prim("float"):
                a = self.atom()
                try:
                    return float(a)  # OCaml prints '0.', '-1.', '20.': Python accepts these
                except ValueError:
                    raise self.error(f"not a float: {a!r}") from None
            case Prim("bool"):
                a = self.atom()
                if a not in ("true", "false"):
                    raise self.error(f"not a bool: {a!r}")
                return a == "true"
            case Prim("datetime"):
                a = self.atom()
                if not _DATETIME_RE.fullmatch(a):
                    raise self.error(f"not a datetime: {a!r}")
                return DateTime(a)
            case RefT():
                a = self.atom()
                if a in ("Null", NULL_REF):  # the datamodel prints the null ref both ways
                    return NULL_REF
                if not a.startswith("OpaqueRef:"):
                    raise self.error(f"not a ref: {a!r}")
                return a
            case EnumT():
                return self.atom()
            case SetT(elem):
                out: list[Value] = []
                self.expect("{")
                while not self.at("}"):
                    if out:
                        self.expect(",")
                    out.append(self.value(elem))
                self.expect("}")
                return out
            case MapT(key, val):
                d: dict[Any, Value] = {}
                self.expect("{")
                while not self.at("}"):
                    if d:
                        self.expect(",")
                    k = self.value(key)
                    self.expect("->")
                    d[k] = self.value(val)
                self.expect("}")
                return d
        raise self.error(f"no literal form for type {t!r}")

    def parse(self, t: XType) -> Value:
        v = self.value(t)
        self.skip_ws()
        if self.pos != len(self.text):
            raise self.error("trailing characters")
        return v


def parse_default(literal: str, t: XType) -> Value:
    """Turn a datamodel default literal (OCaml-printed) into the Python value of type `t`.

    `""` -> "", `"0:0"` -> "0:0", `false` -> False, `0.` -> 0.0, `19700101T00:00:00Z` -> DateTime,
    `Null`/`OpaqueRef:NULL` -> "OpaqueRef:NULL", `{}` -> [] or {} by type, `{0}` -> [0],
    `{"a" -> "b"}` -> {"a": "b"}, bare enum values -> the value. Raises ValueError on a malformed literal.
    Enum values are not checked against the enum here (the conformance test does that).
    """
    return _LiteralParser(literal).parse(t)


def neutral_value(t: XType) -> Value:
    """The value a field without a datamodel default gets (a fresh object on every call).

    string "", int 0, float 0.0, bool False, datetime the epoch, ref the null ref, enum its first value,
    set [], map {}, record {} (an empty struct; `<class> record` too).
    option -> None: xapi's options are absent-or-present, and "present with the inner neutral value"
    would claim a value that was never set.
    `an event batch` has no neutral value (it is only a result type): ValueError.
    """
    match t:
        case Prim("string"):
            return ""
        case Prim("int"):
            return 0
        case Prim("float"):
            return 0.0
        case Prim("bool"):
            return False
        case Prim("datetime"):
            return EPOCH
        case RefT():
            return NULL_REF
        case EnumT(name):
            # Imported here: the generated modules import this module.
            from .generated.enums import ENUMS

            return ENUMS[name][0]
        case SetT():
            return []
        case MapT():
            return {}
        case RecordT():
            return {}
        case OptionT():
            return None
        case Special("<class> record"):
            return {}
    raise ValueError(f"no neutral value for type {t!r}")


@cache
def _cached_default(literal: str, t: XType) -> Value:
    return parse_default(literal, t)


def _fresh(v: Value) -> Value:
    # Scalars (str, DateTime, int, float, bool, None) are immutable and may be shared.
    if isinstance(v, list):
        return [_fresh(x) for x in v]
    if isinstance(v, dict):
        return {k: _fresh(x) for k, x in v.items()}
    return v


def field_default(f: FieldDef) -> Value:
    """The initial value of a field: its parsed datamodel default, else `neutral_value`.

    Always a fresh object: mutating the returned list/dict never affects later calls.
    """
    if f.default is None:
        return neutral_value(f.type)
    return _fresh(_cached_default(f.default, f.type))


__all__ = [
    "PUBLISHED",
    "VOID",
    "C",
    "ClassDef",
    "F",
    "FieldDef",
    "G",
    "M",
    "MessageDef",
    "ParamDef",
    "Qualifier",
    "State",
    "Value",
    "field_default",
    "neutral_value",
    "parse_default",
]
