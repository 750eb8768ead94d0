"""The XenAPI type language: a small AST, a parser for the datamodel's type strings and its inverse.

Grammar (postfix, as printed by xapi's datamodel):

    type  := base suffix*
    base  := "string" | "int" | "float" | "bool" | "datetime"
           | NAME "ref" | NAME "record" | "enum" NAME
           | "(" type "->" type ")" "map"
           | "<class>" "record" | "an" "event" "batch"        (Special)
    suffix:= "set" | "option"

`format_type(parse_type(s)) == s` for every type string of the datamodel.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Final, Literal, TypeAlias

PrimKind: TypeAlias = Literal["string", "int", "float", "bool", "datetime"]
PRIM_KINDS: Final[frozenset[str]] = frozenset({"string", "int", "float", "bool", "datetime"})

# Result/field types that do not follow the grammar; kept verbatim.
SPECIAL_NAMES: Final[tuple[str, ...]] = ("an event batch", "<class> record")


@dataclass(frozen=True, slots=True)
class Prim:
    kind: PrimKind


@dataclass(frozen=True, slots=True)
class RefT:
    cls: str


@dataclass(frozen=True, slots=True)
class EnumT:
    name: str


@dataclass(frozen=True, slots=True)
class SetT:
    elem: XType


@dataclass(frozen=True, slots=True)
class MapT:
    key: XType
    value: XType


@dataclass(frozen=True, slots=True)
class RecordT:
    cls: str


@dataclass(frozen=True, slots=True)
class OptionT:
    inner: XType


@dataclass(frozen=True, slots=True)
class Special:
    """`an event batch` (event.from's result) and `<class> record` (event.snapshot)."""

    name: str


XType: TypeAlias = Prim | RefT | EnumT | SetT | MapT | RecordT | OptionT | Special

_PRIMS: Final[dict[str, Prim]] = {
    "string": Prim("string"),
    "int": Prim("int"),
    "float": Prim("float"),
    "bool": Prim("bool"),
    "datetime": Prim("datetime"),
}
_TOKEN_RE: Final = re.compile(r"\s*(->|\(|\)|[^\s()]+)")
_NAME_RE: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _tokenize(s: str) -> list[str]:
    tokens: list[str] = []
    pos = 0
    s = s.rstrip()
    while pos < len(s):
        m = _TOKEN_RE.match(s, pos)
        if m is None:  # pragma: no cover - the regex matches any non-empty remainder
            raise ValueError(f"bad type string {s!r}")
        tokens.append(m.group(1))
        pos = m.end()
    return tokens


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = _tokenize(text)
        self.pos = 0

    def error(self, what: str) -> ValueError:
        return ValueError(f"bad type string {self.text!r}: {what} at token {self.pos}")

    def peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self, expected: str | None = None) -> str:
        tok = self.peek()
        if tok is None or (expected is not None and tok != expected):
            raise self.error(f"expected {expected or 'a token'}, got {tok!r}")
        self.pos += 1
        return tok

    def name(self) -> str:
        tok = self.take()
        if not _NAME_RE.fullmatch(tok):
            raise self.error(f"expected a name, got {tok!r}")
        return tok

    def parse(self) -> XType:
        t = self.type_()
        if self.peek() is not None:
            raise self.error("trailing tokens")
        return t

    def type_(self) -> XType:
        t = self.base()
        while True:
            tok = self.peek()
            if tok == "set":
                t = SetT(t)
            elif tok == "option":
                t = OptionT(t)
            else:
                return t
            self.pos += 1

    def base(self) -> XType:
        tok = self.peek()
        if tok == "(":
            self.take("(")
            key = self.type_()
            self.take("->")
            value = self.type_()
            self.take(")")
            self.take("map")
            return MapT(key, value)
        if tok == "enum":
            self.take()
            return EnumT(self.name())
        if tok == "<class>":
            self.take()
            self.take("record")
            return Special("<class> record")
        if tok == "an":
            self.take()
            self.take("event")
            self.take("batch")
            return Special("an event batch")
        name = self.name()
        prim = _PRIMS.get(name)
        if prim is not None:
            return prim
        suffix = self.take()
        if suffix == "ref":
            return RefT(name)
        if suffix == "record":
            return RecordT(name)
        self.pos -= 1
        raise self.error(f"expected 'ref' or 'record' after class {name!r}")


@cache
def parse_type(s: str) -> XType:
    """Parse a datamodel type string (`(string -> enum vm_operations) map`, `VM ref set`, ...)."""
    return _Parser(s).parse()


def format_type(t: XType) -> str:
    """The exact inverse of `parse_type`."""
    match t:
        case Prim(kind):
            return kind
        case RefT(cls):
            return f"{cls} ref"
        case RecordT(cls):
            return f"{cls} record"
        case EnumT(name):
            return f"enum {name}"
        case SetT(elem):
            return f"{format_type(elem)} set"
        case OptionT(inner):
            return f"{format_type(inner)} option"
        case MapT(key, value):
            return f"({format_type(key)} -> {format_type(value)}) map"
        case Special(name):
            return name
    raise TypeError(f"not an XType: {t!r}")  # pragma: no cover


__all__ = [
    "PRIM_KINDS",
    "SPECIAL_NAMES",
    "EnumT",
    "MapT",
    "OptionT",
    "Prim",
    "PrimKind",
    "RecordT",
    "RefT",
    "SetT",
    "Special",
    "XType",
    "format_type",
    "parse_type",
]
