"""`/rrd_updates`: the rows of several RRDs since a time, in rrdtool's xport format (XML or JSON).

Selection is xcp-rrdd's (`Rrd_updates.create_multi`): a negative start counts back from the last
update; each RRD gives the archives `Rrd.best_archives` picks, trimmed to the shape of the first
one; the legend is `CF:kind:uuid:name`, per RRD, per archive, per source; rows run newest first
from the archive's newest CDP back to `start`. Both serialisers yield the reply in chunks of
about CHUNK_VALUES values so a server can hand the event loop back between them.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from .rrd import STEP, Rrd

XML_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'
CHUNK_VALUES = 16_000
_SPECIAL = {"nan": "NaN", "inf": "Infinity", "-inf": "-Infinity", "0": "0.0", "-0": "0.0"}


def f_to_s(value: float) -> str:
    """xapi's float text: 15 significant digits, "0.0", "NaN", "Infinity", "-Infinity"."""
    text = f"{value:.15g}"
    return _SPECIAL.get(text, text)


def format_row(values: np.ndarray) -> list[str]:
    special = _SPECIAL
    return [special.get(text, text) for text in (f"{v:.15g}" for v in values.tolist())]


@dataclass(frozen=True)
class Export:
    start: int
    step: int
    end: int
    legend: list[str]
    times: list[int]  # newest first
    data: np.ndarray  # rows x columns, newest row first


def select(rrds: Sequence[tuple[str, Rrd]], start: int, interval: int, cf: str | None) -> Export:
    """The export of `rrds` (each with its legend prefix, "vm:<uuid>:" or "host:<uuid>:")."""
    if not rrds:
        return Export(start=max(0, start), step=STEP, end=max(0, start), legend=[], times=[],
                      data=np.empty((0, 0)))
    last_updated = rrds[0][1].last_updated
    if start < 0:
        start = min(int(start + rrd.last_updated) for _, rrd in rrds)
    pdp_interval = max(0, interval) // STEP
    chosen = [(prefix, rrd, rrd.best_archives(pdp_interval, cf, start)) for prefix, rrd in rrds]
    first = next((archives[0] for _, _, archives in chosen if archives), None)
    if first is None:
        return Export(start=start, step=STEP, end=start, legend=[], times=[], data=np.empty((0, 0)))
    step = first.step
    last_cdp = math.floor(last_updated / step) * step
    first_cdp = math.floor(start / step) * step + step
    count = 0
    while count < first.rows and last_cdp - count * step >= start:
        count += 1
    legend: list[str] = []
    blocks: list[np.ndarray] = []
    for prefix, rrd, archives in chosen:
        for archive in archives:
            if archive.rows != first.rows or archive.pdp_per_row != first.pdp_per_row:
                continue
            legend += [f"{archive.cf}:{prefix}{name}" for name in rrd.names]
            blocks.append(rrd.newest_rows(archive, count))
    data = np.hstack(blocks) if blocks and count else np.empty((count, len(legend)))
    times = [last_cdp - i * step for i in range(count)]
    return Export(start=first_cdp, step=step, end=last_cdp, legend=legend, times=times, data=data)


def _rows_per_chunk(export: Export) -> int:
    return max(1, CHUNK_VALUES // max(1, len(export.legend)))


def xml_chunks(export: Export) -> Iterator[bytes]:
    meta = (f"<xport><meta><start>{export.start}</start><step>{export.step}</step><end>{export.end}</end>"
            f"<rows>{len(export.times)}</rows><columns>{len(export.legend)}</columns><legend>"
            + "".join(f"<entry>{entry}</entry>" for entry in export.legend)
            + "</legend></meta><data>")
    yield XML_DECLARATION + meta.encode()
    per_chunk = _rows_per_chunk(export)
    for first in range(0, len(export.times), per_chunk):
        parts = []
        for i in range(first, min(first + per_chunk, len(export.times))):
            parts.append(f"<row><t>{export.times[i]}</t><v>" + "</v><v>".join(format_row(export.data[i]))
                         + "</v></row>" if export.legend else f"<row><t>{export.times[i]}</t></row>")
        yield "".join(parts).encode()
    yield b"</data></xport>"


def json_chunks(export: Export) -> Iterator[bytes]:
    # xapi's JSON writes every number as a string (Rrd.Json's int64 and float both make strings).
    meta = {"start": str(export.start), "step": str(export.step), "end": str(export.end),
            "rows": str(len(export.times)), "columns": str(len(export.legend)), "legend": export.legend}
    yield ('{"meta":' + json.dumps(meta, separators=(",", ":")) + ',"data":[').encode()
    per_chunk = _rows_per_chunk(export)
    for first in range(0, len(export.times), per_chunk):
        parts = []
        for i in range(first, min(first + per_chunk, len(export.times))):
            values = '","'.join(format_row(export.data[i]))
            parts.append(('{"t":"%d","values":["%s"]}' if export.legend else '{"t":"%d","values":[%s]}')
                         % (export.times[i], values))
        yield (("," if first else "") + ",".join(parts)).encode()
    yield b"]}"
