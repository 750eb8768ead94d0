"""Xen's architecture from a hand-made cache: PV guests pair frontends with dom0's backends, an HVM guest without
PV drivers gets qemu and emulated devices, a host without VT-x/AMD-V says so, unplugged devices and halted guests
are not drawn, and the simulator's xenstore paths are used when given. Every element kind has two sentences."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from xencenter.core.cache import ObjectCache
from xencenter.core.objects import VM
from xencenter.core.virtmode import virtualization_mode
from xencenter.core.xenarch import architecture
from xencenter.core.xenexplain import EXPLANATIONS, explain

NULL = "OpaqueRef:NULL"


def cache_of(records: dict[str, tuple[str, dict[str, Any]]]) -> ObjectCache:
    cache = ObjectCache()
    cache.replace_all({"class": cls, "operation": "add", "ref": ref, "snapshot": rec, "id": "1", "timestamp": "0"}
                      for ref, (cls, rec) in records.items())
    return cache


def lab(*, vt: bool = True) -> dict[str, tuple[str, dict[str, Any]]]:
    records: dict[str, tuple[str, dict[str, Any]]] = {
        "h": ("host", {"name_label": "h1", "control_domain": "d0", "PIFs": ["pif"], "PBDs": ["pbd"],
                       "resident_VMs": ["d0", "pv", "hvm", "off"], "metrics": "hm",
                       "software_version": {"xen": "4.17"},
                       "capabilities": ["xen-3.0-x86_64", *(["hvm-3.0-x86_64"] if vt else [])],
                       "cpu_info": {"cpu_count": "8", "modelname": "Xeon", "vendor": "GenuineIntel",
                                    "flags": "fpu vmx" if vt else "fpu"}}),
        "hm": ("host_metrics", {"memory_total": str(16 * 1024**3), "live": True}),
        "pif": ("PIF", {"device": "eth0", "physical": True, "MAC": "aa:bb"}),
        "pbd": ("PBD", {"SR": "sr"}),
        "sr": ("SR", {"name_label": "Local storage", "type": "lvm", "shared": False, "content_type": "user"}),
        "d0": ("VM", {"name_label": "dom0", "is_control_domain": True, "power_state": "Running", "domid": "0"}),
        "pv": ("VM", {"name_label": "web", "power_state": "Running", "domid": "3", "HVM_boot_policy": "",
                      "PV_bootloader": "pygrub", "VBDs": ["pv-d", "pv-off"], "VIFs": ["pv-n"], "guest_metrics": NULL}),
        "pv-d": ("VBD", {"device": "xvda", "currently_attached": True}),
        "pv-off": ("VBD", {"device": "xvdb", "currently_attached": False}),
        "pv-n": ("VIF", {"device": "0", "currently_attached": True}),
        "hvm": ("VM", {"name_label": "win", "power_state": "Running", "domid": "4", "HVM_boot_policy": "BIOS order",
                       "HVM_boot_params": {"order": "dc"}, "VBDs": ["hvm-d"], "VIFs": [], "guest_metrics": NULL}),
        "hvm-d": ("VBD", {"device": "hda", "currently_attached": True}),
        "off": ("VM", {"name_label": "halted", "power_state": "Halted", "domid": "-1", "VBDs": [], "VIFs": []}),
    }
    return records


def test_pv_pairs_hvm_emulation_and_what_is_not_drawn(qapp: QCoreApplication) -> None:
    arch = architecture(cache_of(lab()), "h")
    assert arch is not None
    keys = {e.key for e in arch.elements()}
    assert {"hw:cpu", "hw:ram", "hw:nic:pif", "hw:disk:pbd", "xen", "dom:dom0", "dom:pv", "dom:hvm"} <= keys
    assert "dom:off" not in keys and "front:pv-off" not in keys, "halted guests and unplugged disks have no domain"
    kinds = {e.key: e.kind for e in arch.elements()}
    assert (kinds["front:pv-d"], kinds["back:pv-d"], kinds["front:pv-n"], kinds["back:pv-n"]) == (
        "blkfront", "blkback", "netfront", "netback")
    assert (kinds["dom:hvm"], kinds["front:hvm-d"], kinds["qemu:hvm"]) == ("domu_hvm", "emulated_disk", "qemu")
    links = {link.key: (link.kind, link.frontend, link.backend) for link in arch.links}
    assert links["link:pv-d"] == ("ring", "front:pv-d", "back:pv-d")
    assert links["link:hvm-d"] == ("emulation", "front:hvm-d", "qemu:hvm")
    assert "VT-x" in arch.find("hw:cpu").detail and "ring 0" in arch.xen.detail
    assert arch.find("link:pv-d") is not None and arch.find("link:pv-d").label.startswith("Event channel")


def test_a_host_without_vt_and_the_simulators_paths(qapp: QCoreApplication) -> None:
    records = lab(vt=False)
    picture = {"domains": [{"vm": "pv", "devices": [{"ref": "pv-d", "frontend_path": "/local/domain/3/device/vbd/1",
                                                     "backend_path": "/local/domain/0/backend/vbd/3/1"}]}]}
    arch = architecture(cache_of(records), "h", picture)
    assert arch is not None
    assert "no VT-x/AMD-V" in arch.find("hw:cpu").detail
    assert arch.find("back:pv-d").detail == "/local/domain/0/backend/vbd/3/1"
    assert arch.find("front:pv-d").detail == "/local/domain/3/device/vbd/1"
    assert arch.find("back:pv-n").detail == "", "no path the simulator did not give"
    assert architecture(cache_of(records), "missing") is None


def test_pv_drivers_reported_turn_emulation_into_split_drivers(qapp: QCoreApplication) -> None:
    records = lab()
    records["hvm"][1]["guest_metrics"] = "gm"
    records["gm"] = ("VM_guest_metrics", {"PV_drivers_version": {"major": "9", "minor": "4"}})
    cache = cache_of(records)
    arch = architecture(cache, "h")
    assert arch is not None and arch.find("back:hvm-d").kind == "blkback" and arch.find("qemu:hvm") is None
    facts = virtualization_mode(cache, VM.lookup(cache, "hvm"))
    assert facts.mode == "hvm_pv" and "9.4" in facts.summary
    plain = virtualization_mode(cache_of(lab()), VM.lookup(cache_of(lab()), "hvm"))
    assert plain.mode == "hvm" and dict(plain.fields)["HVM_boot_policy"] == "BIOS order"
    pv = virtualization_mode(cache, VM.lookup(cache, "pv"))
    assert pv.mode == "pv" and any("pygrub" in who for _, who in pv.roles)


def test_every_kind_is_explained_in_two_sentences(qapp: QCoreApplication) -> None:
    for kind in EXPLANATIONS:
        text = explain(kind)
        assert text.count(". ") == 1 and text.endswith("."), kind
    assert explain("nonsense") == ""
