"""xapi's tiny query language for get_all_records_where: field "name__label" = "x", and, or, not."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .. import errors
from ..errors import ApiError

Predicate = Callable[[dict[str, Any]], bool]

_TOKEN = re.compile(r'\s*(?:(\()|(\))|(=)|("(?:[^"\\]|\\.)*")|([A-Za-z_]+))')


def _tokens(expr: str) -> list[str]:
    out: list[str] = []
    position = 0
    while position < len(expr):
        if expr[position:].strip() == "":
            break
        match = _TOKEN.match(expr, position)
        if match is None:
            raise ApiError(errors.INVALID_VALUE, "expr", expr)
        out.append(match.group(match.lastindex or 0))
        position = match.end()
    return out


def compile_where(expr: str) -> Predicate:
    tokens = _tokens(expr)
    position = 0

    def peek() -> str | None:
        return tokens[position] if position < len(tokens) else None

    def take() -> str:
        nonlocal position
        if position >= len(tokens):
            raise ApiError(errors.INVALID_VALUE, "expr", expr)
        position += 1
        return tokens[position - 1]

    def string() -> str:
        token = take()
        if not token.startswith('"'):
            raise ApiError(errors.INVALID_VALUE, "expr", expr)
        return token[1:-1].replace('\\"', '"').replace("\\\\", "\\")

    def atom() -> Predicate:
        token = take()
        if token == "(":
            inner = disjunction()
            if take() != ")":
                raise ApiError(errors.INVALID_VALUE, "expr", expr)
            return inner
        if token == "not":
            operand = atom()
            return lambda record: not operand(record)
        if token == "true":
            return lambda record: True
        if token == "false":
            return lambda record: False
        if token == "field":
            name = string().replace("__", "_")
            if take() != "=":
                raise ApiError(errors.INVALID_VALUE, "expr", expr)
            value = string()
            return lambda record: _text(record.get(name)) == value
        raise ApiError(errors.INVALID_VALUE, "expr", expr)

    def conjunction() -> Predicate:
        left = atom()
        while peek() == "and":
            take()
            left = _both(left, atom())
        return left

    def disjunction() -> Predicate:
        left = conjunction()
        while peek() == "or":
            take()
            left = _either(left, conjunction())
        return left

    predicate = disjunction()
    if position != len(tokens):
        raise ApiError(errors.INVALID_VALUE, "expr", expr)
    return predicate


def _both(a: Predicate, b: Predicate) -> Predicate:
    return lambda record: a(record) and b(record)


def _either(a: Predicate, b: Predicate) -> Predicate:
    return lambda record: a(record) or b(record)


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
