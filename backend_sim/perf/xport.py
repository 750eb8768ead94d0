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

from .rrd import HEARTBEAT, STEP, Rrd

XML_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'
CHUNK_VALUES = 8_000  # about 2-4 ms of formatting
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
    blocks: list[np.ndarray]  # per RRD archive: rows x its sources, newest row first

    def rows(self, first: int, last: int) -> np.ndarray:
        """Rows first..last-1 across every column (joined per chunk, never all at once)."""
        if not self.blocks:
            return np.empty((max(0, last - first), 0))
        return np.hstack([block[first:last] for block in self.blocks])

    @property
    def data(self) -> np.ndarray:
        return self.rows(0, len(self.times))


def select(rrds: Sequence[tuple[str, Rrd]], start: int, interval: int, cf: str | None) -> Export:
    """The export of `rrds` (each with its legend prefix, "vm:<uuid>:" or "host:<uuid>:")."""
    if not rrds:
        return Export(start=max(0, start), step=STEP, end=max(0, start), legend=[], times=[], blocks=[])
    # A sample may be under way: some RRDs have this step's row, others not yet. Rows end where all of them
    # have one (ignoring an RRD left behind for longer than a heartbeat), so every column is one instant.
    newest = max(rrd.last_updated for _, rrd in rrds)
    last_updated = min(rrd.last_updated for _, rrd in rrds if rrd.last_updated >= newest - HEARTBEAT)
    if start < 0:
        start = int(start + last_updated)
    pdp_interval = max(0, interval) // STEP
    chosen = [(prefix, rrd, rrd.best_archives(pdp_interval, cf, start)) for prefix, rrd in rrds]
    first = next((archives[0] for _, _, archives in chosen if archives), None)
    if first is None:
        return Export(start=start, step=STEP, end=start, legend=[], times=[], blocks=[])
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
            blocks.append(rrd.rows_ending(archive, last_cdp, count))
    times = [last_cdp - i * step for i in range(count)]
    return Export(start=first_cdp, step=step, end=last_cdp, legend=legend, times=times, blocks=blocks)


def _rows_per_chunk(export: Export) -> int:
    return max(1, CHUNK_VALUES // max(1, len(export.legend)))


def _chunked_rows(export: Export, open_row: str, separator: str, close_row: str, between: str) -> Iterator[bytes]:
    """Every row as `open_row % t`, its values joined by `separator`, then `close_row`, rows joined by
    `between`; yielded in pieces of about CHUNK_VALUES values (a row wider than that is split)."""
    per_chunk = _rows_per_chunk(export)
    parts: list[str] = []
    budget = 0
    for first in range(0, len(export.times), per_chunk):
        last = min(first + per_chunk, len(export.times))
        data = export.rows(first, last)
        for i in range(first, last):
            parts.append((between if i else "") + open_row % export.times[i])
            row = data[i - first]
            for lo in range(0, len(row), CHUNK_VALUES):
                parts.append((separator if lo else "") + separator.join(format_row(row[lo:lo + CHUNK_VALUES])))
                budget += min(CHUNK_VALUES, len(row) - lo)
                if budget >= CHUNK_VALUES:
                    yield "".join(parts).encode()
                    parts, budget = [], 0
            parts.append(close_row)
    if parts:
        yield "".join(parts).encode()


def xml_chunks(export: Export) -> Iterator[bytes]:
    meta = (f"<xport><meta><start>{export.start}</start><step>{export.step}</step><end>{export.end}</end>"
            f"<rows>{len(export.times)}</rows><columns>{len(export.legend)}</columns><legend>"
            + "".join(f"<entry>{entry}</entry>" for entry in export.legend)
            + "</legend></meta><data>")
    yield XML_DECLARATION + meta.encode()
    if export.legend:
        yield from _chunked_rows(export, "<row><t>%d</t><v>", "</v><v>", "</v></row>", "")
    else:
        yield "".join(f"<row><t>{t}</t></row>" for t in export.times).encode()
    yield b"</data></xport>"


def json_chunks(export: Export) -> Iterator[bytes]:
    # xapi's JSON writes every number as a string (Rrd.Json's int64 and float both make strings).
    meta = {"start": str(export.start), "step": str(export.step), "end": str(export.end),
            "rows": str(len(export.times)), "columns": str(len(export.legend)), "legend": export.legend}
    yield ('{"meta":' + json.dumps(meta, separators=(",", ":")) + ',"data":[').encode()
    if export.legend:
        yield from _chunked_rows(export, '{"t":"%d","values":["', '","', '"]}', ",")
    else:
        yield ",".join(f'{{"t":"{t}","values":[]}}' for t in export.times).encode()
    yield b"]}"
