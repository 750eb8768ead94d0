"""Shared helpers of the scenario tests: the course lab (demo scenario) on a manual clock, driven
through the official Python SDK over HTTP.

Every long operation runs as `Async.<Class>.<message>` and the tests step the simulated clock
until its task ends, so nothing waits on real time and nothing can hang: every SDK socket has a
timeout and every wait a bound in simulated seconds. Expected values come from the XenAPI
reference (xapi's lifecycle rules and error order, xenopsd's memory model), never from the
simulator's code.
"""

from __future__ import annotations

import http.client
import json
import math
import xmlrpc.client
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import XenAPI

from conftest import READY, SimServer, start_sim

KiB = 1024
MiB = 1024 * KiB
GiB = 1024 * MiB
NULL = "OpaqueRef:NULL"
FINAL = ("success", "failure", "cancelled")
SOCKET_TIMEOUT = 20.0  # real seconds: no SDK call may block longer


class TaskFailure(Exception):
    """An Async call whose task ended in failure (or was cancelled): `details` is its error_info."""

    def __init__(self, method: str, status: str, details: list[str]) -> None:
        super().__init__(f"{method} ended {status}: {details}")
        self.status = status
        self.details = details


class _TimeoutTransport(xmlrpc.client.Transport):
    """The SDK's transport with a socket timeout, so a call the server never answers fails."""

    def make_connection(self, host: Any) -> http.client.HTTPConnection:
        connection = super().make_connection(host)
        connection.timeout = SOCKET_TIMEOUT
        return connection


def decode_result(text: str) -> Any:
    """A task's result: an XML-RPC value fragment, or "" for void."""
    if not text:
        return None
    params, _ = xmlrpc.client.loads(f"<methodResponse><params><param>{text}</param></params></methodResponse>")
    return params[0]


def overhead_mib(static_max: int, vcpus: int, *, hvm: bool, multiplier: float = 1.0) -> int:
    """xenopsd's per-domain overhead (reference §2.4) for HVM or PV (Linux) guests, in MiB."""
    static_max_mib = math.ceil(static_max / MiB)
    shadow = max(1, math.trunc(math.ceil((256 * vcpus + 2 * static_max_mib) / 256) * multiplier))
    extra_internal, extra_external = (1, 1) if hvm else (0, 1)
    return extra_internal + extra_external + shadow + math.ceil(38 * vcpus / 256)


def expected_overhead(vm: dict[str, Any]) -> int:
    hvm = vm["domain_type"] == "hvm" or vm["HVM_boot_policy"] != ""
    return overhead_mib(int(vm["memory_static_max"]), int(vm["VCPUs_max"]), hvm=hvm,
                        multiplier=float(vm["HVM_shadow_multiplier"])) * MiB


class Pool:
    """One pool of the simulator seen through one SDK session."""

    def __init__(self, url: str, user: str, password: str) -> None:
        self.url = url
        self.session = XenAPI.Session(url, transport=_TimeoutTransport())
        self.session.xenapi.login_with_password(user, password, "2.21", "pytest-scenarios")
        self.x: Any = self.session.xenapi

    def close(self) -> None:
        try:
            self.x.session.logout()
        finally:
            self.session("close")()

    # -- lookups --------------------------------------------------------------------------

    def vm(self, name: str) -> str:
        """The one VM (not a snapshot) with that name."""
        found = [ref for ref in self.x.VM.get_by_name_label(name) if not self.x.VM.get_is_a_snapshot(ref)]
        assert len(found) == 1, f"{len(found)} VMs named {name!r}"
        return str(found[0])

    def host(self, name: str) -> str:
        [ref] = self.x.host.get_by_name_label(name)
        return str(ref)

    def sr(self, name: str) -> str:
        [ref] = self.x.SR.get_by_name_label(name)
        return str(ref)

    def local_sr(self, host: str) -> str:
        for pbd in self.x.host.get_PBDs(host):
            sr = self.x.PBD.get_SR(pbd)
            if self.x.SR.get_type(sr) == "lvm" and not self.x.SR.get_shared(sr):
                return str(sr)
        raise KeyError(f"no local storage on {host}")

    def network(self, name: str) -> str:
        [ref] = self.x.network.get_by_name_label(name)
        return str(ref)

    def master(self) -> str:
        return str(self.x.pool.get_master(self.x.pool.get_all()[0]))

    def disks(self, vm: str) -> list[str]:
        """The VM's disk VDIs, in userdevice order."""
        vbds = [self.x.VBD.get_record(vbd) for vbd in self.x.VM.get_VBDs(vm)]
        return [v["VDI"] for v in sorted(vbds, key=lambda v: v["userdevice"]) if v["type"] == "Disk"
                and v["VDI"] != NULL]

    # -- the simulated clock ----------------------------------------------------------------

    def plugin(self, fn: str, args: dict[str, str] | None = None, host: str | None = None) -> str:
        return str(self.x.host.call_plugin(host or self.master(), "sim", fn, args or {}))

    def step(self, seconds: float) -> None:
        self.plugin("clock_step", {"seconds": repr(float(seconds))})

    def now(self) -> float:
        return float(self.plugin("clock_now"))

    def migration_stats(self, vm: str) -> dict[str, str]:
        stats: dict[str, str] = json.loads(self.plugin("migration_stats", {"vm": vm}))
        return stats

    def split_drivers(self, host: str) -> dict[str, Any]:
        picture: dict[str, Any] = json.loads(self.plugin("split_drivers", {}, host=host))
        return picture

    # -- tasks ----------------------------------------------------------------------------

    def begin(self, method: str, *args: Any) -> str:
        """Start `Async.<method>` and return its task."""
        target: Any = self.x.Async
        for part in method.split("."):
            target = getattr(target, part)
        return str(target(*args))

    def wait(self, task: str, *, chunk: float = 1.0, limit: float = 900.0) -> dict[str, Any]:
        """Step the clock `chunk` seconds at a time until the task ends; its final record."""
        for _ in range(5):  # checks that fail at once must not move the clock
            record: dict[str, Any] = self.x.task.get_record(task)
            if record["status"] in FINAL:
                return record
            self.step(0)
        waited = 0.0
        while waited < limit:
            self.step(chunk)
            waited += chunk
            record = self.x.task.get_record(task)
            if record["status"] in FINAL:
                return record
        raise AssertionError(f"task {record['name_label']} still {record['status']} after {limit} simulated s")

    def finish(self, task: str, *, chunk: float = 1.0, limit: float = 900.0) -> Any:
        """Wait for the task and return its decoded result, or raise TaskFailure."""
        record = self.wait(task, chunk=chunk, limit=limit)
        if record["status"] != "success":
            raise TaskFailure(record["name_label"], record["status"], list(record["error_info"]))
        return decode_result(record["result"])

    def run(self, method: str, *args: Any, chunk: float = 1.0, limit: float = 900.0) -> Any:
        """Run `Async.<method>` to its end on the stepped clock; its result."""
        return self.finish(self.begin(method, *args), chunk=chunk, limit=limit)

    def fails(self, method: str, *args: Any, limit: float = 900.0) -> list[str]:
        """The error_info of an Async call that must fail."""
        record = self.wait(self.begin(method, *args), limit=limit)
        assert record["status"] == "failure", f"{method}{args} ended {record['status']}, expected a failure"
        return list(record["error_info"])

    def settle(self, seconds: float = 30.0) -> None:
        """Let background work (balloons, guest agents) run for a while."""
        self.step(seconds)

    # -- memory ---------------------------------------------------------------------------

    def check_memory(self) -> dict[str, int]:
        """Xen's accounting on every live host (reference §2.4): free = total − Xen's overhead −
        Σ(target + overhead) over the domains resident or scheduled there; the same figure in
        host_metrics.memory_free and host.compute_free_memory, never negative. Returns it by host."""
        x = self.x
        vms = x.VM.get_all_records()
        free: dict[str, int] = {}
        for ref, host in x.host.get_all_records().items():
            metrics = x.host_metrics.get_record(host["metrics"])
            if not metrics["live"]:
                continue
            used = int(host["memory_overhead"])
            for vm in vms.values():
                if ref in (vm["resident_on"], vm["scheduled_to_be_resident_on"]):
                    used += int(vm["memory_target"]) + int(vm["memory_overhead"])
            expected = int(metrics["memory_total"]) - used
            name = host["name_label"]
            assert expected >= 0, f"{name} is overcommitted by {-expected} bytes"
            assert int(metrics["memory_free"]) == expected, \
                f"{name}: host_metrics.memory_free {metrics['memory_free']} != {expected}"
            assert int(x.host.compute_free_memory(ref)) == expected, \
                f"{name}: host.compute_free_memory {x.host.compute_free_memory(ref)} != {expected}"
            free[ref] = expected
        for vm in vms.values():
            if vm["power_state"] in ("Running", "Paused") and not vm["is_control_domain"]:
                target = int(vm["memory_target"])
                assert int(vm["memory_dynamic_min"]) <= target <= int(vm["memory_dynamic_max"]), \
                    f"{vm['name_label']}: memory_target {target} outside its dynamic range"
        return free

    def actual(self, vm: str) -> int:
        return int(self.x.VM_metrics.get_memory_actual(self.x.VM.get_metrics(vm)))

    def free(self, host: str) -> int:
        return int(self.x.host.compute_free_memory(host))


REMOTE_SITE = "Remote site"


def remote_url(server: SimServer) -> str:
    """The URL of the "Remote site" pool, served by the same process on its own port."""
    for line in server.extra_lines:
        match = READY.search(line)
        if match and match[4].strip() == REMOTE_SITE:
            return str(match[1])
    raise AssertionError(f"no {REMOTE_SITE!r} among the simulator's extra pools: {server.extra_lines}")


@contextmanager
def lab() -> Iterator[tuple[SimServer, Pool]]:
    """The course lab on a manual clock (both pools up), and a session on the main pool."""
    server = start_sim("--scenario", "demo", "--manual-clock", pools=2)
    try:
        pool = Pool(server.url, server.user, server.password)
        try:
            yield server, pool
        finally:
            pool.close()
    finally:
        server.stop()


@contextmanager
def remote(server: SimServer) -> Iterator[Pool]:
    pool = Pool(remote_url(server), server.user, server.password)
    try:
        yield pool
    finally:
        pool.close()


def lab_fixtures() -> tuple[Any, Any]:
    """Module fixtures of a test module's own: `pools` (the lab and the Remote site, both sessions) and `pool`
    (the lab's). Assign both: `pools, pool = lab_fixtures()`."""

    @pytest.fixture(scope="module", name="pools")
    def both() -> Iterator[tuple[Pool, Pool]]:
        with lab() as (server, main), remote(server) as far:
            yield main, far

    @pytest.fixture(name="pool")
    def main_pool(pools: tuple[Pool, Pool]) -> Pool:
        return pools[0]

    return both, main_pool


def clone_guest(pool: Pool, source: str, name: str) -> str:
    """A halted copy-on-write clone of a halted guest, to work on without disturbing the lab."""
    vm = str(pool.run("VM.clone", pool.vm(source), name))
    assert pool.x.VM.get_power_state(vm) == "Halted"
    return vm


def start_on(pool: Pool, vm: str, host: str) -> None:
    pool.run("VM.start_on", vm, host, False, False)
    assert pool.x.VM.get_power_state(vm) == "Running"
    assert pool.x.VM.get_resident_on(vm) == host
