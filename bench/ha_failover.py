"""HA failover on a large pool: from a host's failure to all its protected VMs running again.

Starts `python -m backend_sim --scenario large:16x800 --manual-clock`, protects every running VM
(ha_restart_priority "restart"), enables HA on the shared NFS SR with one failure to tolerate, then fails a
member host's power through the `sim` plugin and steps the simulated clock one second at a time until every
VM that ran there runs on another host. Prints:

* plan.max_failures / plan.compute: pool.ha_compute_max_host_failures_to_tolerate's answer and its wall time;
* failover.protected_vms: how many protected VMs the failed host had;
* failover.simulated: simulated seconds from the failure to the last of them running (75 s of detection,
  then one boot after another);
* failover.wall: real time for the same span, the clock stepping and the polling included;
* failover.step_wall_max: the slowest single one-second step (the fencing and planning work in it).

Run from anywhere: `python bench/ha_failover.py [--scenario large:16x800] [--host host02]`.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from typing import Any

import httpx
from simproc import BenchError, Server, jsonrpc, line, login, new_client, run, start_server

TIMEOUT = 120.0
LIMIT = 3600  # simulated seconds before giving up


def step(client: httpx.Client, session: str, master: str, seconds: float) -> float:
    return float(jsonrpc(client, "host.call_plugin", [session, master, "sim", "clock_step",
                                                      {"seconds": str(seconds)}]))


def run_task(client: httpx.Client, session: str, master: str, method: str, params: list[Any]) -> None:
    task = jsonrpc(client, f"Async.{method}", [session, *params])
    for _ in range(600):
        record = jsonrpc(client, "task.get_record", [session, task])
        if record["status"] == "success":
            return
        if record["status"] != "pending":
            raise BenchError(f"{method} ended {record['status']}: {record['error_info']}")
        step(client, session, master, 1)
    raise BenchError(f"{method} did not finish")


def bench(args: argparse.Namespace, servers: list[Server]) -> int:
    sim = start_server("xapi-sim", [sys.executable, "-m", "backend_sim", "--port", "0", "--scenario", args.scenario,
                                    "--auth-failure-delay", "0", "--manual-clock", "--no-vnc-ports"], servers,
                       timeout=TIMEOUT)
    line("server.xapi_sim", f"{sim.url} scenario={args.scenario}")
    client = new_client(sim.url, TIMEOUT)
    session = login(client, sim)
    pool = next(iter(jsonrpc(client, "pool.get_all", [session])))
    master = jsonrpc(client, "pool.get_master", [session, pool])
    hosts = {record["name_label"]: ref for ref, record in jsonrpc(client, "host.get_all_records", [session]).items()}
    if args.host not in hosts or hosts[args.host] == master:
        raise BenchError(f"--host must name a member host (not the master) of the pool: {sorted(hosts)}")
    victim_host = hosts[args.host]
    vms = jsonrpc(client, "VM.get_all_records", [session])
    running = [ref for ref, vm in vms.items() if vm["power_state"] == "Running" and not vm["is_control_domain"]]
    for vm in running:
        jsonrpc(client, "VM.set_ha_restart_priority", [session, vm, "restart"])
    victims = [vm for vm in running if vms[vm]["resident_on"] == victim_host]
    [nfs] = jsonrpc(client, "SR.get_by_name_label", [session, "Shared NFS"])
    run_task(client, session, master, "pool.enable_ha", [[nfs], {}])
    began = time.perf_counter()
    tolerated = jsonrpc(client, "pool.ha_compute_max_host_failures_to_tolerate", [session])
    line("plan.compute", (time.perf_counter() - began) * 1000, "ms")
    line("plan.max_failures", tolerated)
    jsonrpc(client, "pool.set_ha_host_failures_to_tolerate", [session, pool, "1"])
    line("failover.protected_vms", len(victims))

    sim_start = step(client, session, master, 0)
    wall_start = time.perf_counter()
    jsonrpc(client, "host.call_plugin", [session, master, "sim", "fail_host", {"host": victim_host, "mode": "power"}])
    slowest = 0.0
    waiting = set(victims)
    now = sim_start
    while waiting:
        if now - sim_start > LIMIT:
            raise BenchError(f"{len(waiting)} protected VMs still down after {LIMIT} simulated seconds")
        before = time.perf_counter()
        now = step(client, session, master, 1)
        slowest = max(slowest, time.perf_counter() - before)
        for vm in list(waiting):
            record = jsonrpc(client, "VM.get_record", [session, vm])
            if record["power_state"] == "Running" and record["resident_on"] != victim_host:
                waiting.discard(vm)
    line("failover.simulated", now - sim_start, "s")
    line("failover.wall", (time.perf_counter() - wall_start) * 1000, "ms")
    line("failover.step_wall_max", slowest * 1000, "ms")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ha_failover", description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", default="large:16x800")
    parser.add_argument("--host", default="host02", help="the member host that fails (default host02)")
    return run("ha_failover", bench, parser.parse_args(list(sys.argv[1:] if argv is None else argv)))


if __name__ == "__main__":
    raise SystemExit(main())
