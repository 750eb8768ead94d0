"""One connection's `/rrd_updates` round as the console makes it, on a large pool: size, fetch and parse times.

Starts `python -m backend_sim --scenario large:64x3000` and asks it, as the Performance tab's fetcher does, for the
last samples of every host and VM in one request (`host=true`, no `vm_uuid`, `start=-15`, `interval=5`), in XML
(what the console asks for) and in JSON. For each: the reply's size, the time to fetch it, the time to parse it
with the console's parser (`xencenter.core.rrd.xport.parse`, which runs off the GUI thread) and to pick one VM's
columns from it (also off the GUI thread); the median over `--rounds`.

Run from anywhere: `python bench/perf_fetch.py [--scenario large:64x3000] [--rounds 5]`. Needs a simulator with
the RRD handlers; exits 1 when it has none.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from simproc import BenchError, Server, line, login, new_client, run, start_server

from xencenter.core.rrd.xport import parse


def bench(args: argparse.Namespace, servers: list[Server]) -> int:
    server = start_server("simulator", [sys.executable, "-m", "backend_sim", "--port", "0", "--scenario",
                                        args.scenario, "--auth-failure-delay", "0"], servers, timeout=60)
    line("sim.ready_after", server.ready_after, "s")
    with new_client(server.url, timeout=120) as client:
        session = login(client, server)
        for fmt, accept in (("xml", "text/xml"), ("json", "application/json")):
            sizes, fetches, parses, picks = [], [], [], []
            for _ in range(args.rounds):
                started = time.perf_counter()
                reply = client.get("/rrd_updates", params={"session_id": session, "start": "-15", "cf": "AVERAGE",
                                                          "interval": "5", "host": "true"},
                                   headers={"accept": accept})
                fetched = time.perf_counter()
                if reply.status_code != 200:
                    raise BenchError(f"/rrd_updates answered HTTP {reply.status_code}: {reply.text[:200]}")
                xport = parse(reply.content, reply.headers.get("content-type", ""))
                parsed = time.perf_counter()
                first = xport.columns[-1]
                xport.only({(first.kind, first.uuid)}, "AVERAGE")
                picked = time.perf_counter()
                sizes.append(len(reply.content))
                fetches.append(fetched - started)
                parses.append(parsed - fetched)
                picks.append(picked - parsed)
            line(f"{fmt}.columns", len(xport.columns))
            line(f"{fmt}.rows", len(xport.times))
            line(f"{fmt}.size", statistics.median(sizes) / 1e6, "MB")
            line(f"{fmt}.fetch", statistics.median(fetches) * 1000, "ms")
            line(f"{fmt}.parse", statistics.median(parses) * 1000, "ms")
            line(f"{fmt}.pick_one_vm", statistics.median(picks) * 1000, "ms")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", default="large:64x3000")
    parser.add_argument("--rounds", type=int, default=5)
    return run("perf_fetch", bench, parser.parse_args())


if __name__ == "__main__":
    sys.exit(main())
