"""Measurements the console benchmarks share: the process's memory, percentiles, the GUI thread's stalls (a
precise QTimer's gaps) and cProfile around a phase."""

from __future__ import annotations

import cProfile
import io
import itertools
import math
import pstats
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass


def rss() -> tuple[int, int] | None:
    """(VmRSS, VmHWM) of this process in bytes; None without /proc."""
    values: dict[str, int] = {}
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for row in status:
                key, _, rest = row.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    values[key] = int(rest.split()[0]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return (values["VmRSS"], values["VmHWM"]) if len(values) == 2 else None


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile, q in [0, 100]."""
    ordered = sorted(values)
    if not ordered:
        return math.nan
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


class Ticker:
    """A QTimer on the GUI thread every `interval` ms; the gaps between its ticks are the GUI's stalls."""

    def __init__(self, interval_ms: int) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self.ticks.append(time.perf_counter())

    def start(self) -> None:
        self.ticks.append(time.perf_counter())
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def gaps(self, begin: float, end: float) -> list[float]:
        """Gaps (s) between consecutive ticks, for ticks in [begin, end], plus the open gap to `end`."""
        inside = [t for t in self.ticks if begin <= t <= end]
        gaps = [b - a for a, b in itertools.pairwise(inside)]
        if inside:
            gaps.append(end - inside[-1])  # a stall still running when the window closes counts too
        return gaps


@dataclass
class Stalls:
    ticks: int
    max_ms: float
    p99_ms: float
    over_50ms: int  # gaps longer than 50 ms
    total_over_50ms: float  # seconds spent in them

    @classmethod
    def of(cls, gaps: Sequence[float]) -> Stalls:
        long = [g for g in gaps if g > 0.05]
        return cls(len(gaps), max(gaps, default=math.nan) * 1000, percentile(gaps, 99) * 1000, len(long),
                   sum(long))


class Profiler:
    """cProfile around a phase when --profile is given (it slows the console down: compare only profiles)."""

    def __init__(self, prefix: str | None) -> None:
        self.prefix = prefix

    def __call__(self, phase: str) -> _Profiling:
        return _Profiling(self.prefix, phase)


class _Profiling:
    def __init__(self, prefix: str | None, phase: str) -> None:
        self.prefix, self.phase = prefix, phase
        self.profile = cProfile.Profile() if prefix else None

    def __enter__(self) -> None:
        if self.profile is not None:
            self.profile.enable()

    def __exit__(self, *_: object) -> None:
        if self.profile is None:
            return
        self.profile.disable()
        path = f"{self.prefix}.{self.phase}.prof"
        self.profile.dump_stats(path)
        out = io.StringIO()
        pstats.Stats(self.profile, stream=out).sort_stats("tottime").print_stats(25)
        print(f"--- profile of {self.phase} (by own time; saved to {path}) ---", file=sys.stderr)
        print(out.getvalue(), file=sys.stderr)
