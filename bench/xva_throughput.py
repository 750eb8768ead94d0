"""XVA export and import throughput of the simulator's /export and /import handlers, for a 4 GiB sparse disk.

Starts `python -m backend_sim --scenario demo --manual-clock` (a synchronous VM.clone would wait on its clock, so
the bench uses a halted guest of the course lab as it is), gives that guest a 4 GiB data disk with `--written`
MiB of random data written at its start (through /import_raw_vdi), then exports the VM (plain and gzip) and
imports each export back, streaming with httpx, and prints for each:

* <kind>.seconds: wall time of the transfer;
* <kind>.virtual_MBps: the VM's virtual disk size (all its disks) moved per second: what an administrator sees;
* <kind>.wire_MBps and <kind>.wire_MB: the bytes really sent (zero blocks are skipped, so far fewer).

Run from anywhere: `python bench/xva_throughput.py [--written 64] [--size-gib 4]`.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from typing import Any

from simproc import BenchError, Server, jsonrpc, line, login, new_client, run, start_server

MiB = 1 << 20
TIMEOUT = 600.0


def bench(args: argparse.Namespace, servers: list[Server]) -> int:
    sim = start_server("xapi-sim", [sys.executable, "-m", "backend_sim", "--port", "0", "--scenario", "demo",
                                    "--auth-failure-delay", "0", "--manual-clock", "--no-vnc-ports"], servers,
                       timeout=TIMEOUT)
    client = new_client(sim.url, TIMEOUT)
    session = login(client, sim)

    def call(method: str, *params: Any) -> Any:
        return jsonrpc(client, method, [session, *params])

    vm = next(ref for ref, r in call("VM.get_all_records").items()
                 if r["power_state"] == "Halted" and not r["is_a_template"] and not r["is_control_domain"]
                 and not r["is_a_snapshot"])
    sr = call("pool.get_default_SR", next(iter(call("pool.get_all"))))
    size = args.size_gib << 30
    vdi = call("VDI.create", {"name_label": "bench disk", "name_description": "", "SR": sr, "virtual_size": str(size),
                              "type": "user", "sharable": False, "read_only": False, "other_config": {},
                              "xenstore_data": {}, "sm_config": {}, "tags": []})
    call("VBD.create", {"VM": vm, "VDI": vdi, "userdevice": "5", "bootable": False, "mode": "RW", "type": "Disk",
                        "unpluggable": True, "empty": False, "other_config": {}, "qos_algorithm_type": "",
                        "qos_algorithm_params": {}})
    reply = client.put("/import_raw_vdi", params={"session_id": session, "vdi": vdi},
                       content=os.urandom(args.written * MiB))
    if reply.status_code != 200:
        raise BenchError(f"/import_raw_vdi: HTTP {reply.status_code}: {reply.text}")
    virtual = sum(int(call("VDI.get_virtual_size", call("VBD.get_VDI", vbd))) for vbd in call("VM.get_VBDs", vm)
                  if call("VBD.get_type", vbd) == "Disk")
    line("disk.virtual_MB", virtual / 1e6, "MB")
    line("disk.written_MB", args.written * MiB / 1e6, "MB")
    for kind, compression in (("plain", "false"), ("gzip", "gzip")):
        started = time.perf_counter()
        body = bytearray()
        with client.stream("GET", "/export", params={"session_id": session, "ref": vm,
                                                     "use_compression": compression}) as stream:
            if stream.status_code != 200:
                raise BenchError(f"/export: HTTP {stream.status_code}")
            for chunk in stream.iter_bytes():
                body.extend(chunk)
        report(f"export.{kind}", time.perf_counter() - started, virtual, len(body))
        started = time.perf_counter()
        reply = client.put("/import", params={"session_id": session}, content=bytes(body))
        if reply.status_code != 200:
            raise BenchError(f"/import: HTTP {reply.status_code}: {reply.text}")
        report(f"import.{kind}", time.perf_counter() - started, virtual, len(body))
    return 0


def report(kind: str, seconds: float, virtual: int, wire: int) -> None:
    line(f"{kind}.seconds", seconds, "s")
    line(f"{kind}.virtual_MBps", virtual / 1e6 / seconds, "MB/s")
    line(f"{kind}.wire_MB", wire / 1e6, "MB")
    line(f"{kind}.wire_MBps", wire / 1e6 / seconds, "MB/s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--written", type=int, default=64, help="MiB written at the start of the 4 GiB disk")
    parser.add_argument("--size-gib", type=int, default=4, help="the data disk's virtual size in GiB")
    return run("xva_throughput", bench, parser.parse_args())


if __name__ == "__main__":
    sys.exit(main())
