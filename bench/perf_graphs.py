"""Redraw time of the Performance tab's graphs: 16 live PerfGraph widgets of 120 points per curve, per update.

In this process, on Qt's offscreen platform, a 1600x1000 window holds 16 PerfGraph widgets in a 4x4 grid (the
console's own, made once; as in the tab, graphs share a time axis, drawn under each column's last graph) with
`--curves` curves each. Every update appends one 5 s sample to each series' Ring (the console's ring buffer),
gives every graph its new arrays (`set_data` -> `setData` on the existing curves) and repaints every plot's
viewport synchronously. The figure is the wall time of that whole update on the GUI thread (goal: at most
16 ms), and the GUI thread's CPU time for it (the same figure without other processes' load on a shared machine).

Output: `name: value unit` lines (median, p95, max over `--updates` updates, after `--warmup`), then a summary.
Run from anywhere: `python bench/perf_graphs.py [--graphs 16] [--points 120] [--curves 3] [--updates 200]`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np
from PySide6.QtWidgets import QApplication, QGridLayout, QWidget

from xencenter.core.rrd.ring import Ring
from xencenter.ui.widgets.perfgraph import CurveSpec, PerfGraph, following_range

PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graphs", type=int, default=16)
    parser.add_argument("--points", type=int, default=120)
    parser.add_argument("--curves", type=int, default=3)
    parser.add_argument("--updates", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=10)
    args = parser.parse_args()

    app = QApplication.instance() or QApplication([])
    window = QWidget()
    window.resize(1600, 1000)
    grid = QGridLayout(window)
    rng = np.random.default_rng(1)
    step = 5.0
    now = 1_764_748_800.0
    graphs: list[PerfGraph] = []
    rings: list[list[Ring]] = []
    for g in range(args.graphs):
        graph = PerfGraph(f"bench-graph-{g}", window)
        specs = [CurveSpec(f"c{c}", f"curve {c}", PALETTE[c % len(PALETTE)], lambda v: f"{v:.1f}")
                 for c in range(args.curves)]
        graph.configure(f"Graph {g}", specs, "%", False)
        columns = 4
        graph.show_time_axis(g >= args.graphs - columns)  # a shared time axis under each column, as in the tab
        grid.addWidget(graph, g // columns, g % columns)
        graphs.append(graph)
        series = []
        for _ in range(args.curves):
            ring = Ring(args.points)
            times = now - step * np.arange(args.points - 1, -1, -1)
            ring.extend(times, rng.random(args.points) * 100)
            series.append(ring)
        rings.append(series)
    window.show()
    app.processEvents()

    durations = []
    cpu_times = []
    data_times = []
    for update in range(args.warmup + args.updates):
        now += step
        started = time.perf_counter()
        cpu_started = time.thread_time()
        stamp = np.array([now])
        for graph, series in zip(graphs, rings, strict=True):
            data = {}
            for c, ring in enumerate(series):
                ring.extend(stamp, rng.random(1) * 100)
                data[f"c{c}"] = (ring.times(), ring.values())
            graph.set_data(data, following_range(now, step * args.points))  # the tab's range: it jumps by 1/10
        data_times.append((time.perf_counter() - started) * 1000)
        for graph in graphs:  # paint every plot now (what the next event-loop turn would do)
            graph.plot.viewport().repaint()
        elapsed = (time.perf_counter() - started) * 1000
        if update >= args.warmup:
            durations.append(elapsed)
            cpu_times.append((time.thread_time() - cpu_started) * 1000)
    rebuilds = sum(g.rebuilds for g in graphs)
    window.close()

    durations.sort()
    median = statistics.median(durations)
    p95 = durations[int(len(durations) * 0.95) - 1]
    print(f"graphs: {args.graphs} x {args.curves} curves x {args.points} points")
    print(f"redraw_median: {median:.2f} ms")
    print(f"redraw_p95: {p95:.2f} ms")
    print(f"set_data_median: {statistics.median(data_times[args.warmup:]):.2f} ms (of which: new samples and setData)")
    print(f"redraw_max: {durations[-1]:.2f} ms")
    cpu_times.sort()
    print(f"redraw_cpu_median: {statistics.median(cpu_times):.2f} ms (GUI thread CPU time: other processes' load "
          "excluded)")
    print(f"redraw_cpu_p95: {cpu_times[int(len(cpu_times) * 0.95) - 1]:.2f} ms")
    print(f"load_average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    print(f"curves_made: {rebuilds} (once, never rebuilt per update)")
    print()
    cpu_median = statistics.median(cpu_times)
    print(f"summary: {args.graphs} live graphs redraw in {median:.1f} ms wall (median; p95 {p95:.1f} ms) and "
          f"{cpu_median:.1f} ms of GUI-thread CPU (median); goal <= 16 ms: wall {'met' if median <= 16 else 'NOT met'}"
          f", CPU {'met' if cpu_median <= 16 else 'NOT met'} (load average {os.getloadavg()[0]:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
