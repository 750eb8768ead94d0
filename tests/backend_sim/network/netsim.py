"""Shared helpers of the networking SDK tests: a demo-pool simulator whose guests boot in a blink,
and lookups by name so the tests do not depend on refs."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import XenAPI

from conftest import SimServer, start_sim


@contextmanager
def demo_pool() -> Iterator[SimServer]:
    """The demo scenario at 1000 simulated seconds per second, its output drained."""
    server = start_sim("--scenario", "demo", "--speed", "1000")
    stream = server.process.stdout
    assert stream is not None
    threading.Thread(target=lambda: [None for _ in stream], name="sim-output", daemon=True).start()
    try:
        yield server
    finally:
        server.stop()


@contextmanager
def session(server: SimServer) -> Iterator[Any]:
    xapi = XenAPI.Session(server.url)
    xapi.xenapi.login_with_password(server.user, server.password, "2.21", "pytest-network")
    try:
        yield xapi.xenapi
    finally:
        xapi.xenapi.session.logout()
        xapi("close")()


def failure(call: Callable[..., Any], *args: Any, **kwargs: Any) -> list[str]:
    """The ErrorDescription of a call that must fail."""
    try:
        call(*args, **kwargs)
    except XenAPI.Failure as exc:
        details: list[str] = exc.details
        return details
    raise AssertionError(f"{call} succeeded")


def host(x: Any, name: str) -> str:
    [ref] = x.host.get_by_name_label(name)
    return str(ref)


def hosts(x: Any) -> list[str]:
    """The pool's hosts, by name."""
    return [ref for ref, _ in sorted(x.host.get_all_records().items(), key=lambda item: item[1]["name_label"])]


def pif(x: Any, host_ref: str, device: str, vlan: int = -1) -> str:
    for ref, record in x.PIF.get_all_records().items():
        if record["host"] == host_ref and record["device"] == device and int(record["VLAN"]) == vlan:
            return str(ref)
    raise KeyError(device)


def vm(x: Any, name: str) -> str:
    [ref] = x.VM.get_by_name_label(name)
    return str(ref)


def guests(x: Any, *, power: str, hvm: bool | None = None) -> list[str]:
    """Guests (no templates, snapshots or dom0) in a power state, PV or HVM when asked."""
    found = []
    for ref, r in x.VM.get_all_records().items():
        if r["is_a_template"] or r["is_control_domain"] or r["power_state"] != power:
            continue
        if hvm is None or (r["HVM_boot_policy"] != "" or r["domain_type"] == "hvm") == hvm:
            found.append(ref)
    return sorted(found, key=lambda ref: x.VM.get_name_label(ref))


def new_network(x: Any, name: str, **extra: Any) -> str:
    record = {"name_label": name, "name_description": "", "MTU": "1500", "other_config": {}, **extra}
    return str(x.network.create(record))


def vif_record(vm_ref: str, network: str, device: str, mac: str = "") -> dict[str, Any]:
    return {"device": device, "network": network, "VM": vm_ref, "MAC": mac, "MTU": "1500", "other_config": {},
            "qos_algorithm_type": "", "qos_algorithm_params": {}, "locking_mode": "network_default",
            "ipv4_allowed": [], "ipv6_allowed": []}
