"""Parsing a whole RRD as `/host_rrds` and `/vm_rrds` send it (rrdtool's dump XML as xapi writes it, or its JSON).

`<rrd><version/><step>5</step><lastupdate>epoch</lastupdate><ds><name>cpu0</name><type>GAUGE</type>...</ds>...
<rra><cf>AVERAGE</cf><pdp_per_row>1</pdp_per_row><params><xff>0.5</xff></params><cdp_prep>...</cdp_prep>
<database><row><v>0.25</v>...</row>...</database></rra>...</rrd>`. Rows run oldest to newest; the newest row of
an archive stands for `lastupdate` rounded down to the archive's step.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .xport import FloatArray, RrdFormatError, loads_lenient, parse_value, xml_root


@dataclass(frozen=True)
class DumpArchive:
    """One rra: its consolidation function and step, times (ascending) and values (rows x data sources)."""

    cf: str
    step: int
    times: FloatArray
    values: FloatArray


@dataclass(frozen=True)
class RrdDump:
    step: int
    last_update: int
    sources: tuple[str, ...]
    archives: tuple[DumpArchive, ...]


def _number(text: str | None, what: str) -> int:
    try:
        return int(float((text or "").strip()))
    except ValueError as exc:
        raise RrdFormatError(f"the RRD's {what} {text!r} is not a number") from exc


def parse_dump(body: bytes, content_type: str = "") -> RrdDump:
    """A whole RRD in either format: by its content type, else by its first character."""
    kind = content_type.split(";")[0].strip().lower()
    if kind == "application/json" or (not kind.endswith("xml") and body.lstrip()[:1] == b"{"):
        return parse_dump_json(body)
    return parse_dump_xml(body)


def _archive(cf: str, pdp_per_row: object, step: int, last: int, rows: list[list[object]],
             width: int) -> DumpArchive:
    rra_step = step * max(1, _number(str(pdp_per_row), "pdp_per_row"))
    values = np.empty((len(rows), width), dtype=np.float64)
    for i, row in enumerate(rows):
        if len(row) != width:
            raise RrdFormatError(f"an archive row has {len(row)} values for {width} data sources")
        values[i] = [parse_value(v) for v in row]
    newest = last - last % rra_step
    times = newest - rra_step * np.arange(len(rows) - 1, -1, -1, dtype=np.float64)
    return DumpArchive(cf.strip().upper(), rra_step, times, values)


def parse_dump_json(body: bytes) -> RrdDump:
    """The JSON form: `{version, step, lastupdate, ds: [{name, ...}], rra: [{cf, pdp_per_row, params, cdp_prep,
    database: [[v, ...], ...]}]}`, values as strings."""
    document = loads_lenient(body.decode("utf-8", "replace"))
    if not isinstance(document, dict) or not isinstance(document.get("ds"), list):
        raise RrdFormatError("the JSON RRD has no ds list")
    step = _number(str(document.get("step", "")), "step")
    last = _number(str(document.get("lastupdate", "")), "lastupdate")
    if step <= 0:
        raise RrdFormatError(f"the RRD's step {step} is not positive")
    sources = tuple(str(ds.get("name", "")) if isinstance(ds, dict) else "" for ds in document["ds"])
    archives = []
    for rra in document.get("rra") or []:
        if not isinstance(rra, dict) or not isinstance(rra.get("database"), list):
            raise RrdFormatError("a JSON RRD archive has no database list")
        rows = [row if isinstance(row, list) else [] for row in rra["database"]]
        archives.append(_archive(str(rra.get("cf", "")), rra.get("pdp_per_row", 1), step, last, rows, len(sources)))
    return RrdDump(step, last, sources, tuple(archives))


def parse_dump_xml(body: bytes | str) -> RrdDump:
    root = xml_root(body, "rrd", "the RRD")
    step = _number(root.findtext("step"), "step")
    last = _number(root.findtext("lastupdate"), "lastupdate")
    if step <= 0:
        raise RrdFormatError(f"the RRD's step {step} is not positive")
    sources = tuple((ds.findtext("name") or "").strip() for ds in root.iterfind("ds"))
    archives = []
    for rra in root.iterfind("rra"):
        rows: list[list[object]] = [[v.text or "" for v in row.iterfind("v")] for row in rra.iterfind("database/row")]
        archives.append(_archive(rra.findtext("cf") or "", rra.findtext("pdp_per_row"), step, last, rows,
                                 len(sources)))
    return RrdDump(step, last, sources, tuple(archives))
