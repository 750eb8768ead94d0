"""Xen's split device drivers, as a console can show them for teaching.

Every virtual disk or NIC of a running guest is a pair: a frontend in the guest (blkfront,
netfront) and a backend in dom0 (blkback, netback), joined through xenstore and shared-memory
rings. HVM guests without PV drivers use devices emulated by qemu in dom0 instead.

The picture returned for a host:
{"host": ref, "dom0": {"vm": ref, "domid": 0}, "domains": [{"vm", "name", "domid", "type" (pv|hvm),
 "pv_drivers": bool, "devices": [{"kind": "vbd"|"vif", "ref", "device", "devid", "frontend", "backend",
 "backend_path", "frontend_path", "state", "target" (VDI name or bridge)}]}]}
"""

from __future__ import annotations

from typing import Any

from ..store.store import Store
from ..wire.values import NULL_REF
from . import vm_fields
from .placement import needs_hvm

CONNECTED = "4 (Connected)"


def _disk_devid(userdevice: str) -> int:
    # Linux xvd numbering: major 202, minor = 16 * disk index.
    return 202 * 256 + 16 * int(userdevice) if userdevice.isdigit() else 0


def split_drivers(store: Store, host_ref: str) -> dict[str, Any]:
    host = store.get("host", host_ref)
    domains = []
    for vm_ref in host["resident_VMs"]:
        vm = store.get("VM", vm_ref)
        if vm_fields.is_control_domain(vm):
            continue
        hvm = needs_hvm(vm)
        pv_drivers = not hvm or vm["guest_metrics"] != NULL_REF
        devices = []
        for vbd_ref in vm["VBDs"]:
            vbd = store.get("VBD", vbd_ref)
            if not vbd["currently_attached"]:
                continue
            devid = _disk_devid(vbd["userdevice"])
            vdi = store.find("VDI", vbd["VDI"])
            devices.append({
                "kind": "vbd", "ref": vbd_ref, "device": vbd["device"], "devid": devid,
                "frontend": "blkfront" if pv_drivers else "emulated IDE (qemu)",
                "backend": "blkback" if pv_drivers else "qemu-dm",
                "backend_path": f"/local/domain/0/backend/vbd/{vm['domid']}/{devid}",
                "frontend_path": f"/local/domain/{vm['domid']}/device/vbd/{devid}",
                "state": CONNECTED, "target": vdi["name_label"] if vdi else "(empty CD drive)"})
        for vif_ref in vm["VIFs"]:
            vif = store.get("VIF", vif_ref)
            if not vif["currently_attached"]:
                continue
            network = store.find("network", vif["network"])
            devices.append({
                "kind": "vif", "ref": vif_ref, "device": f"vif{vm['domid']}.{vif['device']}",
                "devid": int(vif["device"]) if vif["device"].isdigit() else 0,
                "frontend": "netfront" if pv_drivers else "emulated NIC (qemu)",
                "backend": "netback" if pv_drivers else "qemu-dm",
                "backend_path": f"/local/domain/0/backend/vif/{vm['domid']}/{vif['device']}",
                "frontend_path": f"/local/domain/{vm['domid']}/device/vif/{vif['device']}",
                "state": CONNECTED, "target": network["bridge"] if network else ""})
        domains.append({"vm": vm_ref, "name": vm["name_label"], "domid": vm["domid"],
                        "type": "hvm" if hvm else "pv", "pv_drivers": pv_drivers, "devices": devices})
    return {"host": host_ref, "dom0": {"vm": host["control_domain"], "domid": 0}, "domains": domains}
