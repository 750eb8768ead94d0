"""Decode a large JSON document a piece at a time, so that the GUI thread gets back to its event loop in between.

`json.loads` of the first `event.from` on a large pool (24 MB) holds the thread for 130 ms or more in one C call,
and a worker thread would not help: the C scanner keeps the GIL for the whole document. Here the containers near
the top (the reply, its result, the events list) are walked in Python and every value below `depth` is handed to
json's own C scanner (`raw_decode`) on its own, which is small and quick. Between values the generator yields;
`decode_in_slices` runs it a slice at a time (core/slices.py).

The result is exactly what `json.loads` gives for the same text (same errors refused, last duplicate key wins).
"""

from __future__ import annotations

import json
import re
from collections.abc import Generator
from typing import Any

from ..slices import SLICE_SECONDS, run_in_slices

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
_scan_string = json.decoder.scanstring  # type: ignore[attr-defined]

# (the generator yields None between values and returns (value, end))
_Parse = Generator[None, None, tuple[Any, int]]


def _skip(text: str, pos: int) -> int:
    match = _WHITESPACE.match(text, pos)
    return match.end() if match else pos


def _value(text: str, pos: int, depth: int) -> _Parse:
    pos = _skip(text, pos)
    char = text[pos:pos + 1]
    # objects only on the top levels (the reply, its result): below them a record or an event is one C call
    if depth > 1 and char == "{":
        return (yield from _object(text, pos + 1, depth - 1))
    if depth > 0 and char == "[":
        return (yield from _array(text, pos + 1, depth - 1))
    return _DECODER.raw_decode(text, pos)


def _object(text: str, pos: int, depth: int) -> _Parse:
    result: dict[str, Any] = {}
    pos = _skip(text, pos)
    if text[pos:pos + 1] == "}":
        return result, pos + 1
    while True:
        if text[pos:pos + 1] != '"':
            raise ValueError(f"expected a property name in double quotes at character {pos}")
        key, pos = _scan_string(text, pos + 1, True)
        pos = _skip(text, pos)
        if text[pos:pos + 1] != ":":
            raise ValueError(f"expected ':' at character {pos}")
        result[key], pos = yield from _value(text, pos + 1, depth)
        yield
        pos = _skip(text, pos)
        char = text[pos:pos + 1]
        if char == "}":
            return result, pos + 1
        if char != ",":
            raise ValueError(f"expected ',' or '}}' at character {pos}")
        pos = _skip(text, pos + 1)


def _array(text: str, pos: int, depth: int) -> _Parse:
    if depth == 0:
        return (yield from _leaf_array(text, pos))
    result: list[Any] = []
    pos = _skip(text, pos)
    if text[pos:pos + 1] == "]":
        return result, pos + 1
    while True:
        value, pos = yield from _value(text, pos, depth)
        result.append(value)
        yield
        pos = _skip(text, pos)
        char = text[pos:pos + 1]
        if char == "]":
            return result, pos + 1
        if char != ",":
            raise ValueError(f"expected ',' or ']' at character {pos}")
        pos += 1


def _leaf_array(text: str, pos: int, every: int = 64) -> _Parse:
    """An array whose elements are decoded whole by the C scanner (the hot loop: the events of a large load, so
    whitespace is only looked for where the compact form has none)."""
    result: list[Any] = []
    append, scan = result.append, _DECODER.scan_once  # type: ignore[attr-defined]
    pos = _skip(text, pos)
    if text.startswith("]", pos):
        return result, pos + 1
    countdown = every
    while True:
        try:
            value, pos = scan(text, pos)
        except StopIteration:
            pos = _skip(text, pos)
            try:
                value, pos = scan(text, pos)
            except StopIteration:
                raise json.JSONDecodeError("Expecting value", text, pos) from None
        append(value)
        if text.startswith(",", pos):
            pos += 1
        else:
            pos = _skip(text, pos)
            if text.startswith("]", pos):
                return result, pos + 1
            if not text.startswith(",", pos):
                raise json.JSONDecodeError("Expecting ',' delimiter", text, pos)
            pos += 1
        countdown -= 1
        if not countdown:
            countdown = every
            yield


def parse(text: str, depth: int = 3) -> Generator[None, None, Any]:
    """A generator that yields between values and returns the decoded document; ValueError when malformed."""
    value, end = yield from _value(text, 0, depth)
    if _skip(text, end) != len(text):
        raise ValueError(f"extra data at character {end}")
    return value


async def decode_in_slices(body: bytes, budget: float = SLICE_SECONDS, depth: int = 3) -> Any:
    """`json.loads(body)`, run `budget` seconds at a time with the event loop let in between.

    Raises ValueError (json.JSONDecodeError) or UnicodeDecodeError as json.loads would."""
    return await run_in_slices(parse(body.decode("utf-8"), depth), budget)
