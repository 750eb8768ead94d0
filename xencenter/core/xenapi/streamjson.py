"""Decode one JSON document while it arrives, a piece at a time, so that decoding overlaps the transfer.

A server that sends a large reply as it writes it (the simulator streams its 24 MB first `event.from`, a quarter
of a second of writing) lets the client decode what came so far instead of waiting for the last byte and then
decoding everything. The containers near the top (the reply, its result, the events list) are walked here; every
value below `depth` is handed whole to json's own C scanner. A value cut by the end of what has arrived is decoded
again once more has come (the scanner cannot resume), which costs at most one value per piece.

The result is exactly what `json.loads` gives for the whole document (same errors refused, last duplicate key wins),
whatever the pieces; `feed` is a generator that yields between values so the caller can let its event loop run.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Generator
from typing import Any

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_NUMBER_TAIL = re.compile(r"[0-9.eE+-]*")  # what may still follow a number cut by the end of a piece
_scan_string = json.decoder.scanstring  # type: ignore[attr-defined]
_SCAN = json.JSONDecoder().scan_once  # type: ignore[attr-defined]


def _scan_key(text: str, pos: int) -> tuple[str, int]:
    key, end = _scan_string(text, pos, True)
    return key, end

# What the parser expects next.
_VALUE, _FIRST_ITEM, _FIRST_KEY, _KEY, _COLON, _AFTER, _END = range(7)


class _Incomplete(Exception):
    """The text so far ends inside the value being read: wait for more."""


class JsonStream:
    """Objects are walked on the top `objects` levels and arrays on the top `arrays` (the reply and its result;
    the events list); below them a value is one call of the C scanner (json.loads of a whole 24 MB load holds
    the thread for 130 ms or more in one C call, and a worker thread would not help: it keeps the GIL)."""

    def __init__(self, objects: int = 2, arrays: int = 3, every: int = 64) -> None:
        self._objects, self._arrays = objects, arrays
        self._every = every  # values decoded between two yields of `feed`
        self._utf8 = codecs.getincrementaldecoder("utf-8")()
        self._text = ""
        self._offset = 0  # characters dropped from the front of _text (for error positions)
        self._stack: list[tuple[dict[str, Any] | list[Any], str]] = []  # open containers and their pending key
        self._state = _VALUE
        self._value: Any = None
        self._bulk = False  # the last step read a run of array items

    @property
    def done(self) -> bool:
        return self._state == _END

    def feed(self, data: bytes, final: bool = False) -> Generator[None, None, None]:
        """Decode what `data` completes; with `final`, the document must end here. Raises ValueError (or
        UnicodeDecodeError) for a malformed document, as soon as it is known to be malformed."""
        self._text += self._utf8.decode(data, final)
        pos = 0
        countdown = self._every
        try:
            while True:
                pos, progressed = self._step(pos, final)
                if not progressed:
                    break
                countdown -= self._every if self._bulk else 1  # a bulk step read up to `every` values
                self._bulk = False
                if countdown <= 0:
                    countdown = self._every
                    self._text, self._offset, pos = self._text[pos:], self._offset + pos, 0
                    yield
        finally:
            self._text, self._offset = self._text[pos:], self._offset + pos
        if final and self._state != _END:
            raise json.JSONDecodeError("Expecting value" if not self._stack else "Unterminated document",
                                       self._text, len(self._text))

    def result(self) -> Any:
        """The document, once `feed(..., final=True)` has run."""
        if self._state != _END:
            raise ValueError("the document is not complete")
        return self._value

    # -- one step: a token or a whole value ----------------------------------------------------------------

    def _step(self, pos: int, final: bool) -> tuple[int, bool]:
        text = self._text
        match = _WHITESPACE.match(text, pos)
        pos = match.end() if match else pos
        if pos >= len(text):
            return pos, False
        char, state = text[pos], self._state
        if state == _END:
            raise json.JSONDecodeError("Extra data", text, pos)
        if (state == _FIRST_ITEM and char == "]") or (state == _FIRST_KEY and char == "}"):
            return self._close(pos + 1), True
        if state in (_VALUE, _FIRST_ITEM):
            if self._stack and isinstance(self._stack[-1][0], list) and self._leaves_here(char):
                return self._read_items(text, pos, final)
            return self._read_value(text, pos, char, final)
        if state in (_KEY, _FIRST_KEY):
            if char != '"':
                raise json.JSONDecodeError("Expecting property name enclosed in double quotes", text, pos)
            try:
                key, end = self._complete(_scan_key, text, pos + 1, final)
            except _Incomplete:
                return pos, False
            container, _ = self._stack[-1]
            self._stack[-1] = (container, key)
            self._state = _COLON
            return end, True
        if state == _COLON:
            if char != ":":
                raise json.JSONDecodeError("Expecting ':' delimiter", text, pos)
            self._state = _VALUE
            return pos + 1, True
        # _AFTER: a separator or the end of the open container
        container, _ = self._stack[-1]
        closer = "}" if isinstance(container, dict) else "]"
        if char == ",":
            self._state = _KEY if closer == "}" else _VALUE
            return pos + 1, True
        if char == closer:
            return self._close(pos + 1), True
        raise json.JSONDecodeError("Expecting ',' delimiter", text, pos)

    def _leaves_here(self, char: str) -> bool:
        depth = len(self._stack)
        return not ((char == "{" and depth < self._objects) or (char == "[" and depth < self._arrays))

    def _read_items(self, text: str, pos: int, final: bool) -> tuple[int, bool]:
        """The hot loop: up to `every` whole items of an array of leaves (the events of a large load); whitespace
        is only looked for where the compact form has none."""
        items = self._stack[-1][0]
        assert isinstance(items, list)
        self._bulk = True
        append, start = items.append, pos
        for _ in range(self._every):
            if text.startswith((" ", "\n", "\r", "\t"), pos):
                match = _WHITESPACE.match(text, pos)
                pos = match.end() if match else pos
                if pos >= len(text):
                    return pos, pos > start
            try:
                value, end = self._complete(_SCAN, text, pos, final)
            except StopIteration:
                raise json.JSONDecodeError("Expecting value", text, pos) from None
            except _Incomplete:
                return pos, pos > start
            append(value)
            self._state = _VALUE  # no longer the first item: "]" after a comma is an error
            if text.startswith(",", end):
                pos = end + 1
                continue
            match = _WHITESPACE.match(text, end)
            after = match.end() if match else end
            if text.startswith(",", after):
                pos = after + 1
                continue
            self._state = _AFTER  # the closer (or an error, or the end of what has come) is read by _step
            return end, True
        self._state = _VALUE
        return pos, True

    def _read_value(self, text: str, pos: int, char: str, final: bool) -> tuple[int, bool]:
        if char in "{[" and not self._leaves_here(char):
            self._stack.append(({} if char == "{" else [], ""))
            self._state = _FIRST_KEY if char == "{" else _FIRST_ITEM
            return pos + 1, True
        try:
            value, end = self._complete(_SCAN, text, pos, final)
        except StopIteration:
            raise json.JSONDecodeError("Expecting value", text, pos) from None
        except _Incomplete:
            return pos, False
        self._store(value)
        return end, True

    @staticmethod
    def _complete(scan: Any, text: str, pos: int, final: bool) -> tuple[Any, int]:
        """`scan(text, pos)`, or _Incomplete where the text so far may end inside the value (a number or a literal
        that ends exactly at the end may go on, e.g. "12" then "3")."""
        try:
            value, end = scan(text, pos)
        except StopIteration as stop:
            if not final and stop.value >= len(text) - 9:  # e.g. "tru" of true, "-Infin": not known yet
                raise _Incomplete from None
            raise
        except ValueError:
            if not final:
                raise _Incomplete from None
            raise
        if not final and (end >= len(text) or (isinstance(value, (int, float)) and _NUMBER_TAIL.fullmatch(text, end))):
            raise _Incomplete  # "12" may go on as "123", "1." as "1.5"
        return value, end

    def _close(self, pos: int) -> int:
        container, _ = self._stack.pop()
        self._store(container)
        return pos

    def _store(self, value: Any) -> None:
        if not self._stack:
            self._value, self._state = value, _END
            return
        container, key = self._stack[-1]
        if isinstance(container, dict):
            container[key] = value
        else:
            container.append(value)
        self._state = _AFTER
