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


class StallSampler:
    """Diagnosis (--sample-stalls): where the GUI thread's long stalls go. A thread looks at the ticker every
    `every_ms`; while it has not ticked for `threshold_ms`, it takes the GUI thread's Python stack. Afterwards each
    stall of at least `report_ms` is listed with the functions its samples were in (a stall spent in Qt's own C++
    work, such as a relayout or painting, shows as the event loop's frame). Sampling takes the GIL: timings are
    slightly worse with it on."""

    def __init__(self, ticker: Ticker, threshold_ms: float = 20.0, every_ms: float = 1.0) -> None:
        import threading

        self.ticker = ticker
        self.threshold = threshold_ms / 1000
        self.every = every_ms / 1000
        self.samples: dict[float, list[tuple[str, ...]]] = {}  # stall's last tick -> stacks, innermost first
        self._main = threading.main_thread().ident
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="stall-sampler", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(1)

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            if not self.ticker.ticks:
                continue
            last = self.ticker.ticks[-1]
            if time.perf_counter() - last < self.threshold:
                continue
            frame = sys._current_frames().get(self._main)  # the only way to see another thread
            stack: list[str] = []
            while frame is not None and len(stack) < 40:
                code = frame.f_code
                where = code.co_filename.rsplit("/site-packages/", 1)[-1].rsplit("/main/", 1)[-1]
                stack.append(f"{code.co_name} ({where}:{frame.f_lineno})")
                frame = frame.f_back
            self.samples.setdefault(last, []).append(tuple(stack))

    def report(self, begin: float, end: float, report_ms: float = 40.0, top: int = 8) -> None:
        import bisect
        from collections import Counter

        ticks = self.ticker.ticks
        for last, stacks in sorted(self.samples.items()):
            if not begin <= last <= end:
                continue
            following = bisect.bisect_right(ticks, last)
            length = ((ticks[following] if following < len(ticks) else end) - last) * 1000
            if length < report_ms:
                continue
            inclusive: Counter[str] = Counter()
            for stack in stacks:
                inclusive.update(set(stack))  # each function once per sample
            innermost = Counter(stack[0] for stack in stacks if stack)
            print(f"--- stall of {length:.0f} ms at +{(last - begin) * 1000:.0f} ms: {len(stacks)} samples ---",
                  file=sys.stderr)
            for name, count in innermost.most_common(top):
                print(f"  innermost {100 * count / len(stacks):3.0f}%  {name}", file=sys.stderr)
            for name, count in inclusive.most_common(top * 3):
                print(f"  inclusive {100 * count / len(stacks):3.0f}%  {name}", file=sys.stderr)
