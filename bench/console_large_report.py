"""console_large.py's figures and report: what each phase measured, Xen Orchestra's side of the connect figure,
and the summary block printed at the end."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from measure import Stalls
from simproc import BenchError, Server, line

MIB = 1024 * 1024


@dataclass
class Figures:
    sdk: dict[str, Any] = field(default_factory=dict)
    rss: dict[str, int] = field(default_factory=dict)
    hwm: int = 0
    connect: dict[str, float] = field(default_factory=dict)
    connect_stalls: Stalls | None = None
    idle_stalls: Stalls | None = None
    burst: dict[str, float] = field(default_factory=dict)
    burst_stalls: Stalls | None = None
    step_stalls: Stalls | None = None
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    xo: dict[str, Any] | None = None
    idle_cpu: float | None = None  # % of one core while idle (--idle-cpu)


XO_SCRIPT = Path(__file__).resolve().parent / "xo_connect.mjs"
XO_MODULE = Path(__file__).resolve().parents[1] / "tests/backend_sim/clients/xo/node_modules/xen-api/index.mjs"


def run_xo(sim: Server, timeout: float) -> dict[str, Any] | None:
    """Xen Orchestra's xen-api (npm) from connect() to objectsFetched against the same simulator, or None (said)
    when node or the package is missing (the XO client test installs it)."""
    node = shutil.which("node")
    if node is None or not XO_MODULE.exists():
        line("xo.connect", "skipped: needs node and tests/backend_sim/clients/xo/node_modules (run its test once)")
        return None
    proc = subprocess.run([node, str(XO_SCRIPT), sim.url, sim.user, sim.password, "json-rpc"],
                          capture_output=True, text=True, timeout=timeout, check=False)
    try:
        result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        raise BenchError(f"xo_connect.mjs printed no result (exit {proc.returncode}): {proc.stderr[-2000:]}") from None
    if not result.get("ok"):
        raise BenchError(f"xen-api failed: {result.get('error')}")
    return result


def summary(args: argparse.Namespace, f: Figures, elapsed: float) -> None:
    print("\n=== summary ===")
    sdk, c = f.sdk, f.connect
    detached = "; Events and Alerts panes DETACHED" if args.detach_panes else ""
    print(f"scenario {args.scenario!r}; the console in this process (Qt offscreen), the simulator and the SDK in "
          f"child processes; {os.cpu_count()} CPUs{detached}")
    if c and f.connect_stalls:
        print(f"(a) connect -> tree with all {int(c['vm_nodes'])} VM nodes: {c['total'] * 1000:.0f} ms "
              f"(login + full load {c['login_and_load'] * 1000:.0f} ms, then the tree {c['tree'] * 1000:.0f} ms); "
              f"longest GUI stall {f.connect_stalls.max_ms:.0f} ms")
        print(f"    SDK get_all_records of {sdk['classes']} classes ({sdk['records']} records, "
              f"{len(sdk['failed'])} failed): {sdk['fetch'] * 1000:.0f} ms  =>  console / SDK = "
              f"{c['total'] / sdk['fetch']:.2f}")
        if f.xo:
            print(f"    Xen Orchestra's xen-api (node) connect -> objectsFetched ({f.xo['objects']} objects): "
                  f"{f.xo['ms']:.0f} ms  =>  console / XO = {c['total'] * 1000 / f.xo['ms']:.2f}")
    if f.burst_stalls and f.idle_stalls and f.step_stalls:
        burst = "clock step" if args.speed is None else "first shutdown fired"
        perf = (f"; the Performance tab of a busy server open, {int(f.burst['performance_updates'])} graph "
                f"updates meanwhile") if args.performance_tab else ""
        print(f"(b) {args.shutdowns} clean shutdowns{perf}, fired in {f.burst['fire'] * 1000:.0f} ms: GUI stalls max "
              f"{f.burst_stalls.max_ms:.0f} ms, p99 {f.burst_stalls.p99_ms:.0f} ms ({f.burst_stalls.over_50ms} over "
              f"50 ms, {f.burst_stalls.total_over_50ms * 1000:.0f} ms in all; idle max {f.idle_stalls.max_ms:.1f} ms)")
        print(f"    {burst} -> tree caught up: max stall {f.step_stalls.max_ms:.0f} ms; the tree showed every VM "
              f"halted {f.burst['catch_up'] * 1000:.0f} ms after the last task finished")
        n = f.counts.get("shutdowns", {})
        print(f"    {n.get('batches', 0)} cache batches ({n.get('changed_objects', 0)} object changes); "
              f"{n.get('tree_rebuilds', 0)} tree rebuilds, {n.get('tree_rebuild_ms_total', 0)} ms in all "
              f"(longest {n.get('tree_rebuild_ms_max', 0)} ms); {n.get('row_signals', 0)} row signals "
              f"({n.get('rows_inserted', 0)} rows in, {n.get('rows_removed', 0)} out, {n.get('rows_moved', 0)} "
              f"moved), {n.get('data_changed', 0)} dataChanged; {n.get('operations', 0)} operations added (Events pane "
              f"rows{', not shown' if args.detach_panes else ''})")
    if f.idle_cpu is not None:
        tab = "the Performance tab of a busy server open" if args.performance_tab else "no Performance tab"
        print(f"    idle for {args.idle_cpu:.0f} s ({tab}): the console used {f.idle_cpu:.1f}% of one core")
    if f.rss:
        shown = ", ".join(f"{name} {value / MIB:.0f} MiB" for name, value in f.rss.items())
        grown = ""
        if "before_connect" in f.rss and "connected" in f.rss:
            grown = f" (the pool adds {(f.rss['connected'] - f.rss['before_connect']) / MIB:.0f} MiB)"
        print(f"(c) console RSS: {shown}{grown}; peak (VmHWM) {f.hwm / MIB:.0f} MiB")
    print(f"bench took {elapsed:.1f} s")

