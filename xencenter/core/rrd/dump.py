"""Parsing a whole RRD as `/host_rrds` and `/vm_rrds` send it (rrdtool's dump XML, as xapi writes it).

`<rrd><version/><step>5</step><lastupdate>epoch</lastupdate><ds><name>cpu0</name><type>GAUGE</type>...</ds>...
<rra><cf>AVERAGE</cf><pdp_per_row>1</pdp_per_row><params><xff>0.5</xff></params><cdp_prep>...</cdp_prep>
<database><row><v>0.25</v>...</row>...</database></rra>...</rrd>`. Rows run oldest to newest; the newest row of
an archive stands for `lastupdate` rounded down to the archive's step.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .xport import FloatArray, RrdFormatError, parse_value, xml_root


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


def parse_dump(body: bytes | str) -> RrdDump:
    root = xml_root(body, "rrd", "the RRD")
    step = _number(root.findtext("step"), "step")
    last = _number(root.findtext("lastupdate"), "lastupdate")
    if step <= 0:
        raise RrdFormatError(f"the RRD's step {step} is not positive")
    sources = tuple((ds.findtext("name") or "").strip() for ds in root.iterfind("ds"))
    archives = []
    for rra in root.iterfind("rra"):
        rra_step = step * max(1, _number(rra.findtext("pdp_per_row"), "pdp_per_row"))
        rows = [[v.text or "" for v in row.iterfind("v")] for row in rra.iterfind("database/row")]
        values = np.empty((len(rows), len(sources)), dtype=np.float64)
        for i, row in enumerate(rows):
            if len(row) != len(sources):
                raise RrdFormatError(f"an archive row has {len(row)} values for {len(sources)} data sources")
            values[i] = [parse_value(v) for v in row]
        newest = last - last % rra_step
        times = newest - rra_step * np.arange(len(rows) - 1, -1, -1, dtype=np.float64)
        archives.append(DumpArchive((rra.findtext("cf") or "").strip().upper(), rra_step, times, values))
    return RrdDump(step, last, sources, tuple(archives))
