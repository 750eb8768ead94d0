"""A plausible past for a new RRD, as if the object had been monitored for the last year.

The 5-second and 1-minute archives come from one grid of 5-second samples of the load model (the
last two hours), consolidated exactly as live data is; the 1-hour and 1-day archives are filled
lazily from the load model evaluated once per row with the noise of that many samples averaged,
MIN and MAX spread around the mean. All of it is numpy over whole arrays: one RRD takes well
under a millisecond to a few milliseconds.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from .load import Series
from .rrd import AVERAGE, MAX, MIN, STEP, TIMESCALES, Archive, Rrd
from .sources import DataSource

# (times, smooth) -> series by source name
SeriesFn = Callable[[np.ndarray, float], Series]

SPREAD = {720: 0.45, 17280: 0.8}  # how far MIN and MAX sit from the mean, relative to it


def matrix(series: Series, sources: list[DataSource], length: int) -> np.ndarray:
    out = np.full((length, len(sources)), np.nan)
    for i, ds in enumerate(sources):
        values = series.get(ds.name)
        if values is not None:
            out[:, i] = values
    return out


def _bounded(values: np.ndarray, sources: list[DataSource]) -> np.ndarray:
    lows = np.array([ds.minimum for ds in sources])
    highs = np.array([ds.maximum for ds in sources])
    return np.clip(values, lows, highs)


def grid_times(now: float) -> np.ndarray:
    """The 5-second instants `build` samples for the two finest archives: the last two closed hours and
    the minute being built."""
    last = math.floor(now / STEP) * STEP
    minute = TIMESCALES[1]
    last_minute = (last // minute.seconds) * minute.seconds
    span = minute.rows * minute.pdp_per_row
    return np.arange(last_minute - (span - 1) * STEP, last + 1, STEP, dtype=np.float64)


def build(sources: list[DataSource], series: SeriesFn, now: float, *, min_max: bool,
          grid: Series | None = None) -> Rrd:
    """An RRD for these sources whose history ends at `now`; `grid` is `series` at `grid_times(now)` when
    the caller has it already."""

    def fill(archive: Archive, end: int, count: int) -> np.ndarray:
        times = end - archive.step * np.arange(count - 1, -1, -1, dtype=np.float64) - archive.step / 2
        mean = _bounded(matrix(series(times, float(archive.pdp_per_row)), rrd.sources, count), rrd.sources)
        if archive.cf == AVERAGE:
            return mean
        spread = SPREAD.get(archive.pdp_per_row, 0.3)
        factor = (1 - spread) if archive.cf == MIN else (1 + spread)
        return _bounded(mean * factor, rrd.sources)

    rrd = Rrd(sources, now, min_max=min_max, filler=fill)
    last = rrd.last_updated
    minute = TIMESCALES[1]
    span = minute.rows * minute.pdp_per_row
    times = grid_times(now)
    values = matrix(grid if grid is not None else series(times, 1.0), sources, len(times))
    values = np.where((values < [ds.minimum for ds in sources]) | (values > [ds.maximum for ds in sources]),
                      np.nan, values)
    whole, partial = values[:span], values[span:]
    consolidated = whole.reshape(minute.rows, minute.pdp_per_row, len(sources))
    latest = values[-1]
    for archive in rrd.archives:
        if archive.pdp_per_row == 1:
            archive.data = values[-archive.rows:].copy()
        elif archive.pdp_per_row == minute.pdp_per_row:
            archive.data = _consolidate(consolidated, archive.cf)
            if len(partial):
                block = partial[None]
                archive.seed_cdp(_consolidate(block, MIN)[0], _consolidate(block, AVERAGE)[0],
                                 _consolidate(block, MAX)[0], len(partial))
        else:
            since = int((last % archive.step) // STEP)
            if since:
                archive.seed_cdp(latest, latest, latest, since)
    rrd.last_values = latest.copy()
    return rrd


def _consolidate(blocks: np.ndarray, cf: str) -> np.ndarray:
    finite = np.isfinite(blocks)
    known = finite.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        if cf == AVERAGE:
            values = np.where(finite, blocks, 0.0).sum(axis=1) / known
        elif cf == MIN:
            values = np.fmin.reduce(blocks, axis=1, initial=np.inf)
        else:
            values = np.fmax.reduce(blocks, axis=1, initial=-np.inf)
    return np.where(known > 0, values, np.nan)
