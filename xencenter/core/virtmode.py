"""What a VM's virtualization mode means, read from its real fields: PV or HVM, who emulates what, which drivers.

PV (paravirtualization): HVM_boot_policy is empty; the guest kernel is modified for Xen and boots through
PV_bootloader (pygrub) or PV_kernel; disks and NICs are frontends paired with dom0's backends. HVM (full
virtualization): HVM_boot_policy is "BIOS order" (or domain_type hvm); VT-x/AMD-V runs the unmodified kernel; qemu
in dom0 emulates the BIOS and the devices until the guest's PV drivers (reported in its guest metrics) take over
disks and network.
"""

from __future__ import annotations

from dataclasses import dataclass

from .cache import ObjectCache
from .commands.placement import needs_hvm
from .i18n import translate
from .objects import VM
from .xenarch import has_pv_drivers


@dataclass(frozen=True)
class ModeFacts:
    mode: str  # "pv", "hvm" or "hvm_pv" (HVM with PV drivers)
    title: str
    summary: str
    roles: tuple[tuple[str, str], ...]  # (what, who handles it)
    fields: tuple[tuple[str, str], ...]  # (XenAPI field, its value): what the answer was read from


def _drivers_version(cache: ObjectCache, vm: VM) -> str:
    metrics = cache.get("VM_guest_metrics", str(vm.record.get("guest_metrics") or ""))
    version = (metrics or {}).get("PV_drivers_version") or {}
    if not isinstance(version, dict) or not version:
        return ""
    return ".".join(str(version.get(part, "")) for part in ("major", "minor", "micro") if part in version)


def virtualization_mode(cache: ObjectCache, vm: VM) -> ModeFacts:
    record = vm.record
    hvm = needs_hvm(vm)
    drivers = has_pv_drivers(vm, cache)
    version = _drivers_version(cache, vm)
    fields = [("domain_type", str(record.get("domain_type", ""))),
              ("HVM_boot_policy", str(record.get("HVM_boot_policy", ""))),
              ("HVM_boot_params", ", ".join(f"{k}={v}" for k, v in sorted((record.get("HVM_boot_params")
                                                                             or {}).items()))),
              ("PV_bootloader", str(record.get("PV_bootloader", ""))),
              ("PV_kernel", str(record.get("PV_kernel", ""))),
              ("guest_metrics PV_drivers_version", version or translate("XenInternals", "none reported"))]
    xen = translate("XenInternals", "Xen, in ring 0")
    split_disk = translate("XenInternals", "blkfront in the guest, blkback in dom0 (split driver)")
    split_net = translate("XenInternals", "netfront in the guest, netback in dom0 (split driver)")
    if not hvm:
        roles = ((translate("XenInternals", "CPU and memory"),
                  translate("XenInternals", "Xen, through hypercalls: the guest kernel (ring 1) is modified for it")),
                 (translate("XenInternals", "Boot"), translate("XenInternals", "{0} in dom0 loads the guest's kernel")
                  .format(record.get("PV_bootloader") or "PV_kernel")),
                 (translate("XenInternals", "Disks"), split_disk), (translate("XenInternals", "Network"), split_net),
                 (translate("XenInternals", "Interrupts and timers"),
                  translate("XenInternals", "event channels from {0}").format(xen)))
        return ModeFacts("pv", translate("XenInternals", "Paravirtualization (PV)"),
                         translate("XenInternals", "The guest knows it runs on Xen: nothing is emulated, and it needs "
                                                   "no VT-x/AMD-V."), roles, tuple(fields))
    order = str((record.get("HVM_boot_params") or {}).get("order", ""))
    cpu = (translate("XenInternals", "CPU and memory"),
           translate("XenInternals", "the processor's VT-x/AMD-V under {0}: the unmodified kernel runs in ring 0 "
                                     "non-root").format(xen))
    boot = (translate("XenInternals", "Boot"),
            translate("XenInternals", "a BIOS emulated by qemu in dom0, boot order {0}").format(order or "-"))
    timers = (translate("XenInternals", "Interrupts and timers"),
              translate("XenInternals", "emulated by {0} (virtual APIC and timers)").format(xen))
    if drivers:
        roles = (cpu, boot, (translate("XenInternals", "Disks"), split_disk),
                 (translate("XenInternals", "Network"), split_net), timers)
        return ModeFacts("hvm_pv", translate("XenInternals", "Full virtualization (HVM) with PV drivers"),
                         translate("XenInternals", "Hardware virtualization runs the guest; its PV drivers {0} replace "
                                                   "the emulated disks and NICs with split drivers.")
                         .format(version).replace("  ", " "), roles, tuple(fields))
    roles = (cpu, boot,
             (translate("XenInternals", "Disks"), translate("XenInternals", "an IDE controller emulated by qemu-dm "
                                                                          "in dom0")),
             (translate("XenInternals", "Network"), translate("XenInternals", "a network card emulated by qemu-dm "
                                                                            "in dom0")), timers)
    return ModeFacts("hvm", translate("XenInternals", "Full virtualization (HVM) without PV drivers"),
                     translate("XenInternals", "Hardware virtualization runs the unmodified guest; qemu in dom0 "
                                               "emulates every device, the slowest way. Installing the PV drivers "
                                               "(XenServer tools) would switch disks and network to split drivers."),
                     roles, tuple(fields))
