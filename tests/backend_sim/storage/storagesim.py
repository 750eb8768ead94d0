"""Shared helpers of the storage SDK tests: a demo pool on a manual clock, lookups by role rather
than by name, SR sum checks and failures."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# The simulator tests' shared helpers (sdk_support, in the folder above) are imported by name, like conftest.
SDK_TESTS = Path(__file__).resolve().parents[1]
if str(SDK_TESTS) not in sys.path:
    sys.path.insert(0, str(SDK_TESTS))

from sdk_support import clock_step, failure, pool_master, sim_fixture, xenapi_fixture  # noqa: E402

__all__ = ["NULL", "GiB", "assert_sums", "clock_step", "failure", "guests", "pool_master", "pv_guest", "server_fixture",
           "sr_of_type", "vbds", "x_fixture"]

GiB = 1024**3
NULL = "OpaqueRef:NULL"

# A demo pool of the test module's own on a manual clock, and the `xenapi` of an SDK session its tests share.
server_fixture = sim_fixture("--scenario", "demo", "--manual-clock")
x_fixture = xenapi_fixture("2.21", "pytest-storage", scope="module")


def assert_sums(x: Any, sr: str) -> dict[str, Any]:
    """The SR's utilisation and allocation are exactly the sums over its VDIs; returns the SR record."""
    record = x.SR.get_record(sr)
    vdis = [x.VDI.get_record(v) for v in record["VDIs"]]
    used = sum(int(v["physical_utilisation"]) for v in vdis)
    assert int(record["physical_utilisation"]) == used
    assert int(record["virtual_allocation"]) == sum(int(v["virtual_size"]) for v in vdis if v["managed"])
    assert used >= 0 and all(int(v["physical_utilisation"]) >= 0 for v in vdis)
    return dict(record)


def sr_of_type(x: Any, sr_type: str, *, shared: bool = True) -> str:
    for ref, record in sorted(x.SR.get_all_records().items()):
        if record["type"] == sr_type and record["shared"] == shared:
            return str(ref)
    raise KeyError(sr_type)


def guests(x: Any, power: str) -> list[tuple[str, dict[str, Any]]]:
    """Guests (not templates, snapshots or dom0) in a power state, by name."""
    found = [(ref, r) for ref, r in x.VM.get_all_records().items()
             if not r["is_a_template"] and not r["is_control_domain"] and r["power_state"] == power]
    return sorted(found, key=lambda item: item[1]["name_label"])


def vbds(x: Any, vm: str, vbd_type: str) -> list[str]:
    return [v for v in x.VM.get_VBDs(vm) if x.VBD.get_type(v) == vbd_type]


def pv_guest(x: Any, power: str, *, shared_disk: bool = True) -> tuple[str, str]:
    """A PV guest in `power` with a disk on a shared SR: (vm, its first disk VDI)."""
    for ref, record in guests(x, power):
        if record["HVM_boot_policy"] or record["domain_type"] == "hvm":
            continue
        for vbd in vbds(x, ref, "Disk"):
            vdi = x.VBD.get_VDI(vbd)
            if x.SR.get_shared(x.VDI.get_SR(vdi)) == shared_disk:
                return ref, vdi
    raise LookupError(f"no PV {power} guest")
