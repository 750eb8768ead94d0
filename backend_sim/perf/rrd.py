"""A round-robin database as xcp-rrdd keeps one per host and per VM.

Step 5 s; four timescales (5 s x 120, 1 min x 120, 1 h x 168, 1 day x 366). The 5-second archive
is AVERAGE only; the coarser ones are AVERAGE, MIN and MAX when min/max is on (always for hosts,
for VMs when the pool asks). Every 5-second primary data point (PDP) is fed to every archive; an
archive's consolidated data point (CDP) closes when the time is a multiple of its own step, so a
1-minute point is the average (or min, or max) of the twelve 5-second points before it. A CDP
with more unknown PDPs than the archive's xff allows is NaN.

The 1-hour and 1-day archives of a new RRD are filled from history lazily, the first time they
are read: until then, CDPs they close are kept aside and appended when they are filled.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np

from .sources import DataSource

STEP = 5
HEARTBEAT = 300.0  # a gap between updates longer than this is unknown, not interpolated
AVERAGE, MIN, MAX = "AVERAGE", "MIN", "MAX"
CFS = (AVERAGE, MIN, MAX)
MAX_FED_GAP = 60  # longer gaps are skipped archive by archive instead of PDP by PDP


@dataclass(frozen=True, slots=True)
class Timescale:
    pdp_per_row: int
    rows: int

    @property
    def seconds(self) -> int:
        return STEP * self.pdp_per_row


TIMESCALES = (Timescale(1, 120), Timescale(12, 120), Timescale(720, 168), Timescale(17280, 366))
LAZY_FROM = 720  # archives at least this coarse are filled when first read

# (archive, newest CDP time, number of rows) -> rows x sources, oldest first
Filler = Callable[["Archive", int, int], np.ndarray]


class Archive:
    """One RRA: a ring of CDPs for every data source, oldest row first, and the CDP being built."""

    def __init__(self, cf: str, timescale: Timescale, xff: float, columns: int, *, lazy: bool) -> None:
        self.cf = cf
        self.pdp_per_row = timescale.pdp_per_row
        self.rows = timescale.rows
        self.xff = xff
        self.data: np.ndarray | None = None if lazy else np.full((self.rows, columns), np.nan)
        self.pending: list[np.ndarray] = []  # CDPs closed before a lazy archive was filled
        self.acc = np.empty(columns)
        self.known = np.zeros(columns, dtype=np.int64)
        self.reset_cdp()

    @property
    def step(self) -> int:
        return STEP * self.pdp_per_row

    @property
    def empty_value(self) -> float:
        """What the CDP being built holds before any PDP: the identity of its consolidation."""
        return {AVERAGE: 0.0, MIN: math.inf, MAX: -math.inf}[self.cf]

    def reset_cdp(self) -> None:
        self.acc.fill(self.empty_value)
        self.known.fill(0)

    def seed_cdp(self, low: np.ndarray, mean: np.ndarray, high: np.ndarray, count: int) -> None:
        """Start the CDP being built as if `count` PDPs with this minimum, mean and maximum had been fed."""
        finite = np.isfinite(mean)
        if self.cf == AVERAGE:
            self.acc = np.where(finite, mean * count, 0.0)
        else:
            self.acc = np.where(finite, low if self.cf == MIN else high, self.empty_value)
        self.known = np.where(finite, count, 0).astype(np.int64)

    def _accumulate(self, values: np.ndarray) -> None:
        finite = np.isfinite(values)
        if self.cf == AVERAGE:
            self.acc += np.where(finite, values, 0.0)
        elif self.cf == MIN:
            self.acc = np.fmin(self.acc, values)
        else:
            self.acc = np.fmax(self.acc, values)
        self.known += finite

    def feed(self, pdp_index: int, values: np.ndarray) -> None:
        self._accumulate(values)
        if pdp_index % self.pdp_per_row == 0:
            self.close()

    def current(self) -> np.ndarray:
        """The CDP being built, as it stands (NaN where nothing is known yet)."""
        with np.errstate(invalid="ignore", divide="ignore"):
            value = self.acc / self.known if self.cf == AVERAGE else self.acc.copy()
        return np.where(self.known > 0, value, np.nan)

    def close(self) -> None:
        cdp = self.current()
        unknown = (self.pdp_per_row - self.known) / self.pdp_per_row
        cdp[unknown > self.xff] = np.nan
        self.push(cdp)
        self.reset_cdp()

    def push(self, row: np.ndarray) -> None:
        if self.data is None:
            self.pending.append(row)
            del self.pending[:-self.rows]
            return
        self.data[:-1] = self.data[1:]
        self.data[-1] = row


class Rrd:
    """The RRD of one host or VM: its data sources and their archives."""

    def __init__(self, sources: list[DataSource], last_updated: float, *, min_max: bool,
                 filler: Filler | None = None) -> None:
        self.sources = list(sources)
        self.index = {ds.name: i for i, ds in enumerate(self.sources)}
        self.last_updated = math.floor(last_updated / STEP) * STEP
        self.last_values = np.full(len(self.sources), np.nan)
        self.min_max = min_max
        self.filler = filler
        self.filled_until = self.last_updated  # history of lazy archives ends here
        self.blank: set[str] = set()  # sources whose history is unknown (added later, or forgotten)
        self.archives: list[Archive] = []
        for timescale in TIMESCALES:
            coarse = timescale.pdp_per_row > 1
            cfs = CFS if coarse and min_max else (AVERAGE,)
            xff = 1.0 if coarse and min_max else 0.5
            lazy = filler is not None and timescale.pdp_per_row >= LAZY_FROM
            self.archives += [Archive(cf, timescale, xff, len(self.sources), lazy=lazy) for cf in cfs]

    @property
    def names(self) -> list[str]:
        return [ds.name for ds in self.sources]

    # -- writing ---------------------------------------------------------------------------

    def vector(self, values: Mapping[str, float]) -> np.ndarray:
        out = np.full(len(self.sources), np.nan)
        for name, i in self.index.items():
            value = values.get(name)
            if value is not None:
                out[i] = value
        lows = np.array([ds.minimum for ds in self.sources])
        highs = np.array([ds.maximum for ds in self.sources])
        out[(out < lows) | (out > highs)] = np.nan  # out-of-range readings are unknown, as in rrdd
        return out

    def update(self, t: float, values: Mapping[str, float]) -> None:
        """Record the readings taken at time t (rounded down to the step); older times are ignored."""
        t = math.floor(t / STEP) * STEP
        if t <= self.last_updated:
            return
        vector = self.vector(values)
        missed = int((t - self.last_updated) // STEP) - 1
        if missed > 0:
            fill = vector if t - self.last_updated <= HEARTBEAT else np.full_like(vector, np.nan)
            if missed <= MAX_FED_GAP:
                first = int(self.last_updated // STEP) + 1
                for index in range(first, first + missed):
                    self._feed(index, fill)
            else:
                self._skip(int(self.last_updated // STEP), int(t // STEP) - 1)
        self._feed(int(t // STEP), vector)
        self.last_updated = t
        self.last_values = vector

    def _feed(self, pdp_index: int, vector: np.ndarray) -> None:
        for archive in self.archives:
            archive.feed(pdp_index, vector)

    def _skip(self, last_index: int, until_index: int) -> None:
        """PDPs last_index+1 .. until_index are unknown: close what they close with NaN, quickly."""
        nan_row = np.full(len(self.sources), np.nan)
        for archive in self.archives:
            k = archive.pdp_per_row
            closes = until_index // k - last_index // k
            if closes <= 0:
                continue
            archive.close()  # the CDP that was being built, with what it had
            for _ in range(min(closes - 1, archive.rows)):
                archive.push(nan_row)

    # -- sources -----------------------------------------------------------------------------

    def add_source(self, ds: DataSource) -> None:
        """Start recording a source (record_data_source): its past is unknown."""
        if ds.name in self.index:
            return
        self.index[ds.name] = len(self.sources)
        self.sources.append(ds)
        self.blank.add(ds.name)
        self.last_values = np.append(self.last_values, np.nan)
        for archive in self.archives:
            if archive.data is not None:
                archive.data = np.hstack([archive.data, np.full((archive.rows, 1), np.nan)])
            archive.pending = [np.append(row, np.nan) for row in archive.pending]
            archive.acc = np.append(archive.acc, archive.empty_value)
            archive.known = np.append(archive.known, 0)

    def forget(self, name: str) -> None:
        """forget_data_source_archives: the source's recorded past is dropped."""
        i = self.index[name]
        self.blank.add(name)
        self.last_values[i] = np.nan
        for archive in self.archives:
            if archive.data is not None:
                archive.data[:, i] = np.nan
            for row in archive.pending:
                row[i] = np.nan
            archive.acc[i] = archive.empty_value
            archive.known[i] = 0

    # -- reading -----------------------------------------------------------------------------

    def materialise(self, archive: Archive) -> np.ndarray:
        if archive.data is None:
            assert self.filler is not None
            count = archive.rows - len(archive.pending)
            end = math.floor(self.filled_until / archive.step) * archive.step
            past = self.filler(archive, end, count) if count > 0 else np.empty((0, len(self.sources)))
            for name in self.blank:
                past[:, self.index[name]] = np.nan
            rows = [past, *[row[None, :] for row in archive.pending]] if archive.pending else [past]
            archive.data = np.vstack(rows)[-archive.rows:]
            archive.pending = []
        return archive.data

    def last_cdp_time(self, archive: Archive) -> int:
        return math.floor(self.last_updated / archive.step) * archive.step

    def newest_rows(self, archive: Archive, count: int) -> np.ndarray:
        """The newest `count` CDPs of an archive, newest first (rows x sources)."""
        data = self.materialise(archive)
        count = min(count, archive.rows)
        return data[::-1][:count] if count > 0 else data[:0]

    def rows_ending(self, archive: Archive, end: int, count: int) -> np.ndarray:
        """`count` CDPs newest first, the first being the one that closed at `end` (NaN where this RRD has
        none: newer than its last update, or older than its ring). Aligns RRDs updated a step apart."""
        data = self.materialise(archive)
        skip = (self.last_cdp_time(archive) - end) // archive.step  # rows this RRD has beyond `end`
        if skip == 0 and count <= archive.rows:
            return data[::-1][:count]  # the usual case: a view, nothing copied
        out = np.full((count, len(self.sources)), np.nan)
        low, high = max(0, -skip), min(count, archive.rows - skip)
        if high > low:
            out[low:high] = data[::-1][skip + low:skip + high]
        return out

    def archives_for(self, cf: str | None) -> list[Archive]:
        return [a for a in self.archives if cf is None or a.cf == cf]

    def best_archives(self, pdp_interval: int, cf: str | None, start: int) -> list[Archive]:
        """xapi's choice: the finest archive (of that CF) at least `pdp_interval` PDPs wide whose span
        still reaches back past `start`; failing that, the coarsest. Same-shaped siblings come along."""
        candidates = self.archives_for(cf)
        if not candidates:
            return []
        last_pdp = math.floor(self.last_updated / STEP) * STEP

        def reaches(t: int, archive: Archive) -> bool:
            oldest = last_pdp - STEP * archive.rows * archive.pdp_per_row
            return archive.pdp_per_row >= pdp_interval and t > oldest

        chosen = next((a for a in candidates if reaches(start, a)), None)
        if chosen is None:
            coarsest = candidates[-1]
            later = 1 + last_pdp - STEP * coarsest.rows * coarsest.pdp_per_row
            return [a for a in candidates if reaches(later, a)]
        return [a for a in candidates if a.rows == chosen.rows and a.pdp_per_row == chosen.pdp_per_row]

    def value(self, name: str) -> float:
        """The newest reading of a source (query_data_source); NaN when unknown."""
        return float(self.last_values[self.index[name]])
