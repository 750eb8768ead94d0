"""Xen's architecture on one host, as the course teaches it, built from the object cache (no I/O, no widgets).

Bottom up: the hardware (CPUs with or without VT-x/AMD-V, RAM, NICs, storage), the Xen hypervisor in ring 0,
dom0 with the real drivers and the backends it runs, and each running guest (domU) with its frontends. Every
plugged disk and NIC of a guest is a frontend/backend pair joined by an event channel and a shared ring; an HVM
guest without PV drivers sees devices emulated by qemu in dom0 instead. The simulator's `split_drivers` plugin adds
each pair's xenstore paths (`drivers`, optional: a real pool has no such plugin, and the cache alone suffices).

`architecture(cache, host)` is a pure function of its inputs, so the view redraws from it after every change.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .cache import ObjectCache, Record
from .commands.placement import needs_hvm, supports_hvm
from .i18n import translate
from .objects import VM, Host, as_int, is_null

GIB = 1024**3


@dataclass(frozen=True)
class Element:
    """One box of the drawing: `kind` picks its explanation (core/xenexplain.py), `key` is unique per drawing."""

    key: str
    kind: str
    label: str
    detail: str = ""
    ref: str = ""  # the XenAPI object it stands for, if any


@dataclass(frozen=True)
class Link:
    """What joins a frontend to its backend: an event channel and a shared ring, or emulation through qemu."""

    key: str
    kind: str  # "ring" or "emulation"
    frontend: str  # element keys
    backend: str
    detail: str = ""  # the xenstore paths, when the simulator told them


@dataclass(frozen=True)
class Domain:
    key: str
    vm: str
    name: str
    domid: int
    mode: str  # "dom0", "pv" or "hvm"
    pv_drivers: bool
    box: Element  # the domain itself
    parts: tuple[Element, ...]  # dom0: real drivers then backends; a guest: its frontends (or emulated devices)


@dataclass(frozen=True)
class Architecture:
    host: str
    host_name: str
    hardware: tuple[Element, ...]
    xen: Element
    dom0: Domain
    guests: tuple[Domain, ...]
    links: tuple[Link, ...] = field(default=())

    def elements(self) -> list[Element]:
        """Every box, in reading order: hardware, Xen, dom0 and its parts, each guest and its parts."""
        found = [*self.hardware, self.xen, self.dom0.box, *self.dom0.parts]
        for guest in self.guests:
            found += [guest.box, *guest.parts]
        return found

    def links_as_elements(self) -> list[Element]:
        """The links as elements too, so a list (and a screen reader) can reach and explain them."""
        return [Element(link.key, link.kind, link_label(link, self), link.detail) for link in self.links]

    def find(self, key: str) -> Element | None:
        return next((e for e in [*self.elements(), *self.links_as_elements()] if e.key == key), None)


def link_label(link: Link, arch: Architecture) -> str:
    ends = {e.key: e.label for e in arch.elements()}
    if link.kind == "ring":
        text = translate("XenInternals", "Event channel and shared ring: {0} - {1}")
    else:
        text = translate("XenInternals", "Emulated I/O: {0} - {1}")
    return text.format(ends.get(link.frontend, ""), ends.get(link.backend, ""))


def hardware_virtualization(host: Host) -> str:
    """"VT-x", "AMD-V", or "" when the host cannot run HVM guests."""
    if not supports_hvm(host):
        return ""
    info = host.record.get("cpu_info") or {}
    flags = str(info.get("flags", "")).split()
    vendor = str(info.get("vendor", ""))
    return "AMD-V" if "svm" in flags or "AMD" in vendor else "VT-x"


def has_pv_drivers(vm: VM, cache: ObjectCache) -> bool:
    """A PV guest always; an HVM guest once its guest agent reports PV drivers (guest metrics)."""
    if not needs_hvm(vm):
        return True
    metrics = cache.get("VM_guest_metrics", str(vm.record.get("guest_metrics") or ""))
    if metrics is None:
        return False
    detected = metrics.get("PV_drivers_detected")
    version = metrics.get("PV_drivers_version") or {}
    return detected is not False or bool(version)


def _hardware(cache: ObjectCache, host: Host) -> list[Element]:
    info = host.record.get("cpu_info") or {}
    virt = hardware_virtualization(host)
    cpus = translate("XenInternals", "{0} CPUs").format(as_int(info.get("cpu_count"), 0))
    virt_text = virt or translate("XenInternals", "no VT-x/AMD-V")
    found = [Element("hw:cpu", "cpu", cpus, f"{info.get('modelname', '')} - {virt_text}".strip(" -"), host.ref),
             Element("hw:ram", "ram", translate("XenInternals", "RAM {0} GiB").format(
                 f"{host.memory_total / GIB:.1f}"), "", host.ref)]
    for ref in host.record.get("PIFs") or ():
        pif = cache.get("PIF", str(ref))
        if pif is not None and pif.get("physical", False):
            found.append(Element(f"hw:nic:{ref}", "nic", translate("XenInternals", "NIC {0}").format(
                pif.get("device", "")), str(pif.get("MAC", "")), str(ref)))
    for ref in host.record.get("PBDs") or ():
        pbd = cache.get("PBD", str(ref))
        sr = cache.get("SR", str(pbd.get("SR", ""))) if pbd is not None else None
        if sr is not None and sr.get("content_type") != "iso" and sr.get("type") not in ("udev", "iso"):
            kind = translate("XenInternals", "shared") if sr.get("shared") else translate("XenInternals", "local")
            found.append(Element(f"hw:disk:{ref}", "disk", str(sr.get("name_label", "")),
                                 f"{sr.get('type', '')} ({kind})", str(pbd.get("SR", "") if pbd else "")))
    return found


def _devices(cache: ObjectCache, vm: VM) -> list[tuple[str, str, Record]]:
    """(kind "vbd"/"vif", ref, record) of the guest's plugged disks and NICs, in device order."""
    found: list[tuple[str, str, Record]] = []
    for kind, field_name in (("vbd", "VBDs"), ("vif", "VIFs")):
        rows = [(str(ref), cache.get(kind.upper(), str(ref))) for ref in vm.record.get(field_name) or ()]
        plugged = [(ref, rec) for ref, rec in rows if rec is not None and rec.get("currently_attached")]
        plugged.sort(key=lambda row: (str(row[1].get("device") or row[1].get("userdevice") or ""), row[0]))
        found += [(kind, ref, rec) for ref, rec in plugged]
    return found


def _device_name(kind: str, record: Record, domid: int) -> str:
    if kind == "vbd":
        return str(record.get("device") or translate("XenInternals", "disk {0}").format(record.get("userdevice")))
    return f"vif{domid}.{record.get('device', '')}"


def _paths(picture: Mapping[str, Any] | None, vm: str) -> dict[str, Mapping[str, Any]]:
    """The simulator's split-driver entries of one guest, by VBD/VIF ref."""
    if not picture:
        return {}
    for domain in picture.get("domains") or ():
        if isinstance(domain, Mapping) and domain.get("vm") == vm:
            return {str(d.get("ref")): d for d in domain.get("devices") or () if isinstance(d, Mapping)}
    return {}


def _guest(cache: ObjectCache, vm: VM, picture: Mapping[str, Any] | None,
           backends: list[Element], links: list[Link]) -> Domain:
    domid = as_int(vm.record.get("domid"), -1)
    hvm = needs_hvm(vm)
    pv_drivers = has_pv_drivers(vm, cache)
    mode = "hvm" if hvm else "pv"
    box = Element(f"dom:{vm.ref}", f"domu_{mode}", vm.name,
                  translate("XenInternals", "domU {0} - {1}").format(domid, rings_text(mode)), vm.ref)
    parts: list[Element] = []
    paths = _paths(picture, vm.ref)
    qemu_key = f"qemu:{vm.ref}"
    if not pv_drivers:
        backends.append(Element(qemu_key, "qemu", translate("XenInternals", "qemu-dm for domain {0}").format(domid),
                                vm.name, vm.ref))
    for kind, ref, record in _devices(cache, vm):
        name = _device_name(kind, record, domid)
        known = paths.get(ref, {})
        if pv_drivers:
            front_kind, back_kind = ("blkfront", "blkback") if kind == "vbd" else ("netfront", "netback")
            front = Element(f"front:{ref}", front_kind, f"{front_kind} {name}",
                            str(known.get("frontend_path", "")), ref)
            back = Element(f"back:{ref}", back_kind, f"{back_kind} {domid}/{name}",
                           str(known.get("backend_path", "")), ref)
            backends.append(back)
            detail = " - ".join(p for p in (str(known.get("frontend_path", "")),
                                             str(known.get("backend_path", ""))) if p)
            links.append(Link(f"link:{ref}", "ring", front.key, back.key, detail))
        else:
            front_kind = "emulated_disk" if kind == "vbd" else "emulated_nic"
            label = (translate("XenInternals", "emulated disk {0}") if kind == "vbd"
                     else translate("XenInternals", "emulated NIC {0}")).format(name)
            front = Element(f"front:{ref}", front_kind, label, "", ref)
            links.append(Link(f"link:{ref}", "emulation", front.key, qemu_key))
        parts.append(front)
    return Domain(box.key, vm.ref, vm.name, domid, mode, pv_drivers, box, tuple(parts))


def rings_text(mode: str) -> str:
    """Where the domain's kernel and applications run, in the course's terms."""
    if mode == "hvm":
        return translate("XenInternals", "kernel in ring 0 non-root (VT-x/AMD-V), applications in ring 3")
    if mode == "dom0":
        return translate("XenInternals", "privileged: kernel in ring 1, toolstack in ring 3")
    return translate("XenInternals", "kernel in ring 1, applications in ring 3")


def architecture(cache: ObjectCache, host_ref: str, drivers: Mapping[str, Any] | None = None) -> Architecture | None:
    """The host's architecture now; None when the cache does not know the host. `drivers`: the simulator's
    split_drivers answer for this host, if any (only its xenstore paths are used)."""
    host = Host.lookup(cache, host_ref)
    if host is None:
        return None
    version = (host.record.get("software_version") or {}).get("xen", "")
    xen = Element("xen", "xen", translate("XenInternals", "Xen hypervisor {0}").format(version).strip(),
                  translate("XenInternals", "ring 0"), host_ref)
    guests: list[Domain] = []
    backends: list[Element] = []
    links: list[Link] = []
    dom0_ref = str(host.record.get("control_domain") or "")
    residents = [VM.lookup(cache, str(ref)) for ref in host.resident_vms]
    for vm in sorted((v for v in residents if v is not None), key=lambda v: (as_int(v.record.get("domid")), v.ref)):
        if vm.is_control_domain:
            dom0_ref = dom0_ref if not is_null(dom0_ref) else vm.ref
        elif vm.power_state in ("Running", "Paused"):
            guests.append(_guest(cache, vm, drivers, backends, links))
    drivers_in_dom0 = [Element(f"driver:{e.key}", "driver", translate("XenInternals", "driver: {0}").format(e.label),
                               e.detail, e.ref) for e in _hardware(cache, host) if e.kind in ("nic", "disk")]
    dom0_box = Element("dom:dom0", "dom0", translate("XenInternals", "dom0 (control domain)"),
                       rings_text("dom0"), dom0_ref)
    dom0 = Domain(dom0_box.key, dom0_ref, dom0_box.label, 0, "dom0", True, dom0_box,
                  (*drivers_in_dom0, *backends))
    return Architecture(host_ref, host.name, tuple(_hardware(cache, host)), xen,
                        dom0, tuple(guests), tuple(links))
