"""Whether a VM's boot runs an installer: an installer ISO in its CD drive, and nothing to boot on its disk.

A VM made from a template has blank disks; with an installer ISO inserted it boots the installer
(its guest screen runs the install, and no guest agent reports until the installed system boots).
HVM guests whose boot order starts with the CD, and PV guests with the `eliloader` bootloader, boot
the ISO even when their disk holds a system.
"""

from __future__ import annotations

from ..store.store import Store
from ..wire.values import NULL_REF
from .storage.accounting import data_of
from .vmkind import needs_hvm

NOT_INSTALLERS = ("tools",)  # the guest tools ISO is not bootable


def installer_iso(store: Store, vm_ref: str) -> str:
    """The name of the installer ISO this VM boots from, or ""."""
    vm = store.get("VM", vm_ref)
    if vm["is_control_domain"]:
        return ""
    iso, first_disk = "", None
    for vbd_ref in vm["VBDs"]:
        vbd = store.find("VBD", vbd_ref)
        if vbd is None:
            continue
        vdi = store.find("VDI", vbd["VDI"]) if vbd["VDI"] != NULL_REF else None
        if vbd["type"] == "CD" and not vbd["empty"] and vdi is not None:
            name = str(vdi["name_label"])
            if name.lower().endswith(".iso") and not any(word in name.lower() for word in NOT_INSTALLERS):
                iso = name
        elif vbd["type"] == "Disk" and vdi is not None and (first_disk is None or vbd["userdevice"] <
                                                              first_disk[0]):
            first_disk = (vbd["userdevice"], vdi)
    if not iso:
        return ""
    if vm["PV_bootloader"] == "eliloader":
        return iso
    if needs_hvm(vm) and str(vm["HVM_boot_params"].get("order", "cd")).startswith("d"):
        return iso
    return iso if first_disk is None or data_of(first_disk[1]) == 0 else ""
