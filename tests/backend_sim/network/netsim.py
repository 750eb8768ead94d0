"""Shared helpers of the networking SDK tests: a demo-pool simulator whose guests boot in a blink,
and lookups by name so the tests do not depend on refs."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# The simulator tests' shared helpers (sdk_support, in the folder above) are imported by name, like conftest.
SDK_TESTS = Path(__file__).resolve().parents[1]
if str(SDK_TESTS) not in sys.path:
    sys.path.insert(0, str(SDK_TESTS))

from sdk_support import failure, sim_fixture, xenapi_fixture  # noqa: E402

__all__ = ["failure", "guests", "host", "hosts", "new_network", "pif", "server_fixture", "vif_record", "vm",
           "x_fixture"]

# The demo scenario at 1000 simulated seconds per second, a pool of the test module's own, and the `xenapi` of
# an SDK session of the test's own on it.
server_fixture = sim_fixture("--scenario", "demo", "--speed", "1000")
x_fixture = xenapi_fixture("2.21", "pytest-network")


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
