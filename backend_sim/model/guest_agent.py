"""The guest agent (xe-guest-utilities / PV tools): it reports in some seconds after boot.

Until it does, VM_guest_metrics is absent: no IP address, no OS version, and HVM guests cannot be
shut down cleanly. Windows HVM guests report only when their PV drivers are installed
(other_config "pv-drivers-installed" not "false").
"""

from __future__ import annotations

from typing import Any

from ..wire.values import NULL_REF
from . import vm_fields
from .context import SimContext
from .installer_boot import installer_iso
from .placement import needs_hvm
from .refresh import refresh

AGENT_DELAY_PV = 8.0
AGENT_DELAY_HVM = 25.0


def has_tools(vm: dict[str, Any]) -> bool:
    return vm["other_config"].get("pv-drivers-installed", "true") != "false"


def os_version(vm: dict[str, Any]) -> dict[str, str]:
    name = vm["other_config"].get("os-name") or ("Windows" if needs_hvm(vm) else "Linux")
    if needs_hvm(vm) and "windows" in name.lower():
        return {"name": f"{name}|C:\\Windows|\\Device\\Harddisk0\\Partition2", "distro": "windows",
                "major": "10", "minor": "0", "spmajor": "0", "spminor": "0"}
    distro = name.split()[0].lower() if name else "linux"
    major = next((part.split(".")[0] for part in name.split() if part[:1].isdigit()), "0")
    return {"name": name, "uname": "6.1.0-25-amd64", "distro": distro, "major": major, "minor": "0"}


def ip_address(ctx: SimContext, vm: dict[str, Any]) -> str:
    # Deterministic per VM: the last two octets come from its uuid.
    digits = int(vm["uuid"].replace("-", "")[:8], 16)
    return f"10.0.{(digits >> 8) % 250 + 1}.{digits % 250 + 2}"


def schedule(ctx: SimContext, vm_ref: str, *, already_up: bool = False) -> None:
    """The agent reports after the guest has booted (or at once for a guest found running)."""
    vm = ctx.store.get("VM", vm_ref)
    if not has_tools(vm) or installer_iso(ctx.store, vm_ref):
        return  # no tools, or an installer running: the agent reports from the installed system
    delay = 0.0 if already_up else AGENT_DELAY_HVM if needs_hvm(vm) else AGENT_DELAY_PV
    ctx.spawn(f"agent:{vm_ref}", _report(ctx, vm_ref, vm["domid"], delay))


async def _report(ctx: SimContext, vm_ref: str, domid: int, delay: float) -> None:
    await ctx.clock.sleep(delay)
    store = ctx.store
    current = store.find("VM", vm_ref)
    if current is None or current["domid"] != domid or vm_fields.power_state(current) != "Running":
        return  # the domain this agent belonged to is gone
    vm = current
    ip = ip_address(ctx, vm)
    networks: dict[str, str] = {}
    for vif_ref in vm["VIFs"]:
        device = store.get("VIF", vif_ref)["device"]
        if device == "0":
            networks.update({"0/ip": ip, "0/ipv4/0": ip})
    now = ctx.clock.now_datetime()
    metrics = store.create("VM_guest_metrics", {
        "os_version": os_version(vm), "PV_drivers_version": {"major": "9", "minor": "4", "micro": "0",
                                                             "build": "1"},
        "PV_drivers_up_to_date": True, "PV_drivers_detected": True, "networks": networks,
        "other": {"feature-shutdown": "1", "feature-suspend": "1", "feature-poweroff": "1",
                  "feature-reboot": "1", "feature-vcpu-hotplug": "1", "has-vendor-device": "0",
                  "platform-feature-multiprocessor-suspend": "1"},
        "last_updated": now, "live": True, "can_use_hotplug_vbd": "yes", "can_use_hotplug_vif": "yes"})
    old = vm["guest_metrics"]
    store.update("VM", vm_ref, {"guest_metrics": metrics})
    if old != NULL_REF and store.find("VM_guest_metrics", old) is not None:
        store.destroy("VM_guest_metrics", old)
    refresh(store, "VM", vm_ref)
