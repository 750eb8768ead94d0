"""Parsing `/rrd_updates` replies: rrdtool's xport format, in XML or in xapi's JSON variant.

XML: `<xport><meta><start/><step/><end/><rows/><columns/><legend><entry>AVERAGE:vm:<uuid>:cpu0</entry>...
</legend></meta><data><row><t>epoch</t><v>0.5</v>...</row>...</data></xport>`, rows newest first, values in
15 significant digits or NaN/Infinity. JSON has the same fields (`data` as `[{t, values: [...]}]`); older xapi
put `data` inside `meta`, and older still wrote keys without quotes, so the JSON parser is forgiving.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any
from xml.etree import ElementTree as StdElementTree

import numpy as np
from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

FloatArray = np.ndarray[Any, np.dtype[np.float64]]


class RrdFormatError(ValueError):
    """A reply (or file) that is not what the RRD handlers send; the message says what was wrong."""


@dataclass(frozen=True)
class Column:
    """One legend entry `CF:kind:uuid:name`, e.g. AVERAGE:host:<uuid>:cpu0."""

    cf: str
    kind: str  # "host", "vm" or "sr"
    uuid: str
    name: str

    @classmethod
    def parse(cls, entry: str) -> Column:
        parts = entry.strip().split(":", 3)
        if len(parts) != 4 or not all(parts):
            raise RrdFormatError(f"legend entry {entry!r} is not CF:kind:uuid:name")
        return cls(parts[0].upper(), parts[1].lower(), parts[2], parts[3])


@dataclass(frozen=True)
class Xport:
    """A parsed reply: the legend, and times (ascending) with one row of values per time (NaN for unknown)."""

    start: int
    step: int
    end: int
    columns: tuple[Column, ...]
    times: FloatArray  # shape (rows,), oldest first
    values: FloatArray  # shape (rows, columns)

    def only(self, keys: set[tuple[str, str]], cf: str) -> Xport:
        """The same reply with only the columns of these (kind, uuid) objects and this CF: a large pool's reply has
        tens of thousands of columns, and picking ours off the GUI thread leaves it only a few to merge."""
        chosen = [i for i, c in enumerate(self.columns) if c.cf == cf and (c.kind, c.uuid) in keys]
        return Xport(self.start, self.step, self.end, tuple(self.columns[i] for i in chosen), self.times,
                     self.values[:, chosen])

    def column_index(self) -> dict[tuple[str, str], list[int]]:
        """(kind, uuid) -> the indexes of that object's columns."""
        index: dict[tuple[str, str], list[int]] = {}
        for i, column in enumerate(self.columns):
            index.setdefault((column.kind, column.uuid), []).append(i)
        return index


def parse_value(text: Any) -> float:
    """One value as xapi writes it ("0.0", "NaN", "Infinity", "-Infinity", or a JSON number)."""
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        return float(text)
    try:
        return float(str(text).strip())
    except ValueError as exc:
        raise RrdFormatError(f"{text!r} is not a number") from exc


def _int(text: Any, what: str) -> int:
    try:
        return int(float(str(text).strip()))
    except ValueError as exc:
        raise RrdFormatError(f"{what} {text!r} is not a number") from exc


def _build(start: Any, step: Any, end: Any, legend: list[str], rows: list[tuple[Any, list[Any]]]) -> Xport:
    columns = tuple(Column.parse(entry) for entry in legend)
    width = len(columns)
    times = np.empty(len(rows), dtype=np.float64)
    values = np.empty((len(rows), width), dtype=np.float64)
    for i, (t, row) in enumerate(rows):
        if len(row) != width:
            raise RrdFormatError(f"a row has {len(row)} values for {width} legend entries")
        times[i] = _int(t, "row time")
        try:
            values[i] = np.asarray(row, dtype=np.float64)
        except ValueError:
            values[i] = [parse_value(v) for v in row]  # names the offending value
    order = np.argsort(times, kind="stable")  # xapi sends newest first; archives want oldest first
    return Xport(_int(start, "start"), _int(step, "step"), _int(end, "end"), columns, times[order], values[order])


def xml_root(body: bytes | str, tag: str, what: str) -> Any:
    """The root element of untrusted XML (defusedxml: no entities, no external references), which must be <tag>."""
    try:
        root = ElementTree.fromstring(body)
    except (ElementTree.ParseError, DefusedXmlException) as exc:
        raise RrdFormatError(f"{what} is not well-formed XML ({exc})") from exc
    if root.tag != tag:
        raise RrdFormatError(f"{what}'s root element is <{root.tag}>, not <{tag}>")
    return root


XML_CHUNK = 64 * 1024  # bytes per call of the C parser: about a millisecond each, the GIL free between them


def parse_xml(body: bytes | str) -> Xport:
    """Fed to expat in chunks (with the interpreter free to switch threads between them) and read from the tree
    it built: a large pool's reply is megabytes. Reading it element by element in Python (iterparse) took ~120
    ms of the interpreter on `large:64x3000`, and the GUI thread gets half of it while a worker holds it."""
    data = body.encode() if isinstance(body, str) else body
    # The C parser builds the tree without a Python call per element (defusedxml's is the Python one, several
    # times slower here). What defusedxml guards against needs a DTD: a reply with one anywhere is refused.
    if b"<!DOCTYPE" in data:
        raise RrdFormatError("the reply declares a DTD (entities are refused)")
    parser = StdElementTree.XMLParser()
    try:
        for offset in range(0, len(data), XML_CHUNK):
            parser.feed(data[offset:offset + XML_CHUNK])
        root = parser.close()
    except StdElementTree.ParseError as exc:
        raise RrdFormatError(f"the reply is not well-formed XML ({exc})") from exc
    if root.tag != "xport":
        raise RrdFormatError(f"the reply's root element is <{root.tag}>, not <xport>")
    meta_element = root.find("meta")
    if meta_element is None:
        raise RrdFormatError("the reply has no <meta>")
    meta = {tag: meta_element.findtext(tag) or "0" for tag in ("start", "step", "end")}
    legend = [entry.text or "" for entry in meta_element.iterfind("legend/entry")]
    rows: list[tuple[Any, list[Any]]] = []
    for row in root.iterfind("data/row"):
        rows.append((row.findtext("t") or "", [v.text or "" for v in row if v.tag == "v"]))
    return _build(meta["start"], meta["step"], meta["end"], legend, rows)


_BARE_KEY = re.compile(r'([{,]\s*)([A-Za-z_][A-Za-z0-9_]*)\s*:')


def loads_lenient(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        # Old rrdd wrote `{meta: {start: 1, ...}}`: quote the bare keys and try once more.
        try:
            return json.loads(_BARE_KEY.sub(r'\1"\2":', text))
        except json.JSONDecodeError as exc:
            raise RrdFormatError(f"the reply is not JSON ({exc})") from exc


def parse_json(body: bytes | str) -> Xport:
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    document = loads_lenient(text)
    if not isinstance(document, dict) or not isinstance(document.get("meta"), dict):
        raise RrdFormatError("the JSON reply has no meta object")
    meta = document["meta"]
    data = document.get("data", meta.get("data", []))  # before Feb 2024 xapi nested data inside meta
    legend = meta.get("legend", [])
    if not isinstance(legend, list) or not isinstance(data, list):
        raise RrdFormatError("the JSON reply's legend or data is not a list")
    rows = []
    for row in data:
        if not isinstance(row, dict) or not isinstance(row.get("values"), list):
            raise RrdFormatError("a JSON data row has no values list")
        rows.append((row.get("t", 0), row["values"]))
    return _build(meta.get("start", 0), meta.get("step", 0), meta.get("end", 0), [str(e) for e in legend], rows)


def parse(body: bytes, content_type: str = "") -> Xport:
    """An xport reply in either format: by its content type, else by its first character."""
    kind = content_type.split(";")[0].strip().lower()
    if kind == "application/json" or (not kind.endswith("xml") and body.lstrip()[:1] == b"{"):
        return parse_json(body)
    return parse_xml(body)
