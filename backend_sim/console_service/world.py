"""`GuestWorld` over one simulated pool: facts read from its database, power through its lifecycle."""

from __future__ import annotations

import asyncio
import calendar
import logging
import time
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from ..api.context import ApiContext
from ..console.world import Disk, HostFacts, Nic, PoolFacts, VmFacts, VmSummary
from ..errors import ApiError
from ..model.guest_agent import ip_address
from ..model.installer_boot import installer_iso
from ..model.storage.accounting import data_of
from ..model.storage.vdis import guest_writes
from ..model.vmkind import needs_hvm
from ..wire.values import NULL_REF

log = logging.getLogger("backend_sim.console")

Call = Callable[[str, list[Any]], Awaitable[Any]]
GiB = 1024**3
INSTALLED_SIZE = {"linux": 2 * GiB, "windows": 10 * GiB}  # what an install writes to the system disk
CHANGE_WAIT = 1.0
ORIGINATOR = "guest console"


def epoch(value: object) -> float:
    """A XenAPI datetime ('YYYYMMDDTHH:MM:SSZ') as epoch seconds; 0 when absent or malformed."""
    try:
        return float(calendar.timegm(time.strptime(str(value), "%Y%m%dT%H:%M:%SZ")))
    except ValueError:
        return 0.0


class PoolGuestWorld:
    """What the guest screens of one pool read and ask; `call` is the pool's XenAPI entry point."""

    def __init__(self, ctx: ApiContext, call: Call) -> None:
        self.ctx = ctx
        self._call = call
        self._generation = ctx.store.generation
        self._power_tasks: set[asyncio.Task[None]] = set()
        self._installed: dict[str, int] = {}  # VM ref -> bytes its running installer wrote so far

    def now(self) -> float:
        return self.ctx.clock.now()

    async def sleep(self, seconds: float) -> None:
        await self.ctx.clock.sleep(seconds)

    def spawn(self, key: str, work: Coroutine[Any, Any, None]) -> None:
        self.ctx.spawn(key, work)

    async def changed(self) -> None:
        store = self.ctx.store
        await store.wait_for_change(self._generation, CHANGE_WAIT)
        self._generation = store.generation

    # -- facts -----------------------------------------------------------------------------------------

    def vm(self, vm_ref: str) -> VmFacts | None:
        store = self.ctx.store
        vm = store.find("VM", vm_ref)
        if vm is None:
            return None
        host = store.find("host", vm["resident_on"]) if vm["resident_on"] != NULL_REF else None
        metrics = store.find("VM_metrics", vm["metrics"])
        guest = store.find("VM_guest_metrics", vm["guest_metrics"]) if vm["guest_metrics"] != NULL_REF else None
        actual = int(metrics["memory_actual"]) if metrics and metrics["memory_actual"] else int(vm["memory_target"])
        os_name = str(vm["other_config"].get("os-name", ""))
        if guest is not None:
            os_name = str(guest["os_version"].get("name", os_name)).split("|")[0] or os_name
        hvm = needs_hvm(vm)
        networks = guest["networks"] if guest is not None else {}
        return VmFacts(
            ref=vm_ref, uuid=vm["uuid"], name=vm["name_label"], power_state=vm["power_state"],
            domid=int(vm["domid"]), hvm=hvm, windows=hvm and "windows" in os_name.lower(), os_name=os_name,
            vcpus=int(metrics["VCPUs_number"]) if metrics and metrics["VCPUs_number"] else int(vm["VCPUs_at_startup"]),
            memory_actual=actual, memory_static_max=int(vm["memory_static_max"]),
            started=epoch(metrics["start_time"]) if metrics else 0.0,
            host_name=host["name_label"] if host else "", host_uuid=host["uuid"] if host else "",
            cpu_model=str(host["cpu_info"].get("modelname", "")) if host else "",
            xen_version=str(host["software_version"].get("xen", "")) if host else "",
            control_domain=bool(vm["is_control_domain"]), pv_drivers=guest is not None,
            installer=installer_iso(store, vm_ref) if vm["power_state"] in ("Running", "Paused") else "",
            disks=self._disks(vm), nics=self._nics(vm, networks))

    def _disks(self, vm: dict[str, Any]) -> tuple[Disk, ...]:
        store = self.ctx.store
        disks = []
        for vbd_ref in vm["VBDs"]:
            vbd = store.find("VBD", vbd_ref)
            if vbd is None:
                continue
            vdi = store.find("VDI", vbd["VDI"]) if vbd["VDI"] != NULL_REF else None
            sr = store.find("SR", vdi["SR"]) if vdi is not None else None
            disks.append(Disk(
                device=vbd["device"] or f"xvd{'abcdefgh'[int(vbd['userdevice']) % 8]}",
                userdevice=vbd["userdevice"], size=int(vdi["virtual_size"]) if vdi else 0,
                used=data_of(vdi) if vdi else 0, name=vdi["name_label"] if vdi else "",
                cd=vbd["type"] == "CD", read_only=vbd["mode"] == "RO", sr=sr["name_label"] if sr else ""))
        return tuple(sorted(disks, key=lambda d: d.userdevice))

    def _nics(self, vm: dict[str, Any], networks: dict[str, str]) -> tuple[Nic, ...]:
        store = self.ctx.store
        nics = []
        for vif_ref in vm["VIFs"]:
            vif = store.find("VIF", vif_ref)
            if vif is None:
                continue
            network = store.find("network", vif["network"])
            ip = networks.get(f"{vif['device']}/ip", "")
            if not ip and vm["is_control_domain"]:
                ip = ip_address(self.ctx, vm)
            nics.append(Nic(vif["device"], vif["MAC"], ip, network["bridge"] if network else "", int(vif["MTU"])))
        return tuple(sorted(nics, key=lambda n: n.device))

    def pool(self) -> PoolFacts:
        store = self.ctx.store
        master = next((p["master"] for p in store.table("pool").values()), NULL_REF)
        hosts = []
        for ref, host in store.table("host").items():
            metrics = store.find("host_metrics", host["metrics"])
            hosts.append(HostFacts(
                uuid=host["uuid"], name=host["name_label"], address=host["address"], enabled=host["enabled"],
                live=bool(metrics and metrics["live"]), memory_total=int(metrics["memory_total"]) if metrics else 0,
                memory_free=int(metrics["memory_free"]) if metrics else 0,
                cpus=int(host["cpu_info"].get("cpu_count", 0) or 0),
                cpu_model=str(host["cpu_info"].get("modelname", "")),
                xen_version=str(host["software_version"].get("xen", "")),
                software_version=str(host["software_version"].get("product_version", "")), master=ref == master))
        vms = []
        for vm in store.table("VM").values():
            if vm["is_a_template"] or vm["is_a_snapshot"]:
                continue
            metrics = store.find("VM_metrics", vm["metrics"])
            resident = store.find("host", vm["resident_on"]) if vm["resident_on"] != NULL_REF else None
            vms.append(VmSummary(vm["uuid"], vm["name_label"], vm["power_state"], int(vm["domid"]),
                                 resident["uuid"] if resident else "",
                                 int(metrics["memory_actual"]) if metrics else 0,
                                 int(metrics["VCPUs_number"]) if metrics else 0, bool(vm["is_control_domain"])))
        name = next((str(p["name_label"]) for p in store.table("pool").values()), "")
        return PoolFacts(name, tuple(hosts), tuple(vms))

    # -- requests ----------------------------------------------------------------------------------------

    def power(self, vm_ref: str, operation: str) -> None:
        """The guest goes down by itself: a clean operation when xapi allows it, else a hard one (the
        domain ends either way), as an Async task other clients see."""
        vm = self.ctx.store.find("VM", vm_ref)
        if vm is None:
            return
        if operation not in vm["allowed_operations"]:
            operation = operation.replace("clean_", "hard_")
        task = asyncio.get_running_loop().create_task(self._power(vm_ref, operation))
        self._power_tasks.add(task)
        task.add_done_callback(self._power_tasks.discard)

    async def _power(self, vm_ref: str, operation: str) -> None:
        session = self.ctx.sessions.login(self.ctx.config.user, ORIGINATOR)
        try:
            await self._call(f"Async.VM.{operation}", [session, vm_ref])
        except ApiError as exc:  # the VM changed meanwhile (another client shut it down first)
            log.info("guest-initiated %s of %s refused: %s", operation, vm_ref, exc)

    def install_progress(self, vm_ref: str, fraction: float) -> None:
        store = self.ctx.store
        vm = store.find("VM", vm_ref)
        if vm is None:
            return
        iso = installer_iso(store, vm_ref).lower()
        windows = "windows" in str(vm["other_config"].get("os-name", "")).lower() or iso.startswith("win")
        for vbd_ref in vm["VBDs"]:
            vbd = store.find("VBD", vbd_ref)
            if vbd is None or vbd["type"] != "Disk" or vbd["VDI"] == NULL_REF or vbd["userdevice"] != "0":
                continue
            vdi = store.get("VDI", vbd["VDI"])
            target = min(int(vdi["virtual_size"]) * 8 // 10, INSTALLED_SIZE["windows" if windows else "linux"])
            missing = int(target * fraction) - self._installed.get(vm_ref, 0)
            if missing > 0:
                guest_writes(store, vbd["VDI"], missing)
                self._installed[vm_ref] = self._installed.get(vm_ref, 0) + missing

    def install_finished(self, vm_ref: str, os_name: str) -> None:
        self._installed.pop(vm_ref, None)
        store = self.ctx.store
        vm = store.find("VM", vm_ref)
        if vm is None:
            return
        for vbd_ref in vm["VBDs"]:
            vbd = store.find("VBD", vbd_ref)
            if vbd is not None and vbd["type"] == "CD" and not vbd["empty"]:
                store.update("VBD", vbd_ref, {"empty": True, "VDI": NULL_REF})  # the installer ejects its media
                self.ctx.after_operation("VBD", vbd_ref)
        changes: dict[str, Any] = {"other_config": {**vm["other_config"], "os-name": os_name}}
        if vm["PV_bootloader"] == "eliloader":
            changes["PV_bootloader"] = "pygrub"
        order = str(vm["HVM_boot_params"].get("order", ""))
        if order.startswith("d"):
            changes["HVM_boot_params"] = {**vm["HVM_boot_params"], "order": "c" + order.replace("c", "")[1:]
                                          + "d"}
        store.update("VM", vm_ref, changes)
        self.ctx.after_operation("VM", vm_ref)
