"""TemplateInfo: what a template (built-in or custom) or a snapshot sets for a new VM and what it allows.

Built-in templates carry their disks as a provisioning spec (other_config:disks, `<provision><disk .../>`) and the
installation methods they support (other_config:install-methods, e.g. "cdrom,nfs,http,ftp"); custom templates
and snapshots have real disks (VBDs) that a clone copies. Limits come from the template's `recommendations`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.etree import ElementTree

from defusedxml import ElementTree as SafeTree
from defusedxml.common import DefusedXmlException

from ...cache import ObjectCache
from ...commands.placement import needs_hvm
from ...error_sentences import format_bytes
from ...objects import VM, as_int, is_null

GiB = 1024**3
MiB = 1024**2
WINDOWS_MIN_DISK = 24 * GiB  # XenCenter's floor for a Windows system disk
DEFAULT_MAX_VCPUS = 32
DEFAULT_MAX_VIFS = 7
DEFAULT_MAX_MEMORY = 1536 * GiB


@dataclass(frozen=True)
class TemplateDisk:
    device: str  # userdevice
    size: int
    sr_uuid: str  # "" = the pool's default SR
    bootable: bool
    vdi: str = ""  # the existing VDI a clone copies (custom templates, snapshots); "" for a provisioned disk


def parse_provision(spec: str) -> list[TemplateDisk]:
    """The disks of an other_config:disks provisioning spec; [] when it is missing or malformed."""
    if not spec.strip():
        return []
    try:
        root = SafeTree.fromstring(spec)  # the server's text: no entity tricks
    except (ElementTree.ParseError, DefusedXmlException):
        return []
    disks: list[TemplateDisk] = []
    for node in root.iter("disk"):
        size = as_int(node.get("size"), -1)
        if size < 0:
            continue
        disks.append(TemplateDisk(node.get("device", str(len(disks))), size, node.get("sr", ""),
                                  node.get("bootable", "false") == "true"))
    return disks


def provision_spec(disks: list[tuple[str, int, str, bool]]) -> str:
    """The provisioning XML for (device, size, SR uuid, bootable) disks."""
    root = ElementTree.Element("provision")
    for device, size, sr_uuid, bootable in disks:
        ElementTree.SubElement(root, "disk", {"device": device, "size": str(size), "sr": sr_uuid,
                                              "bootable": "true" if bootable else "false", "type": "system"})
    return ElementTree.tostring(root, encoding="unicode")


def _restriction(recommendations: str, key: str, default: int) -> int:
    match = re.search(rf'(?:field|property)="{re.escape(key)}"\s+max="(\d+)"', recommendations)
    return int(match.group(1)) if match else default


@dataclass(frozen=True)
class TemplateInfo:
    vm: VM

    @classmethod
    def lookup(cls, cache: ObjectCache, ref: str) -> TemplateInfo | None:
        vm = VM.lookup(cache, ref)
        return None if vm is None or not (vm.is_template or vm.is_snapshot) else cls(vm)

    @property
    def ref(self) -> str:
        return self.vm.ref

    @property
    def name(self) -> str:
        return self.vm.name

    @property
    def is_snapshot(self) -> bool:
        return self.vm.is_snapshot

    @property
    def is_builtin(self) -> bool:
        return self.vm.is_default_template

    @property
    def hvm(self) -> bool:
        return needs_hvm(self.vm)

    @property
    def is_windows(self) -> bool:
        text = f"{self.vm.name} {self.vm.other_config.get('os-name', '')}".lower()
        return self.hvm and ("windows" in text or self.vm.record.get("platform", {}).get("viridian") == "true")

    @property
    def install_methods(self) -> frozenset[str]:
        raw = self.vm.other_config.get("install-methods", "")
        return frozenset(m.strip() for m in raw.split(",") if m.strip())

    @property
    def installs(self) -> bool:
        """A template the guest is installed from (a provisioning spec), not a ready system to clone."""
        return bool(self.provisioned_disks) or not self.existing_disks

    @property
    def provisioned_disks(self) -> list[TemplateDisk]:
        return parse_provision(self.vm.other_config.get("disks", ""))

    @property
    def existing_disks(self) -> list[TemplateDisk]:
        cache = self.vm.cache
        disks = []
        for vbd_ref in self.vm.vbds:
            vbd = cache.get("VBD", vbd_ref)
            if vbd is None or vbd.get("type") != "Disk" or is_null(vbd.get("VDI")):
                continue
            vdi = cache.get("VDI", str(vbd["VDI"]))
            if vdi is None:
                continue
            sr = cache.get("SR", str(vdi.get("SR", "")))
            disks.append(TemplateDisk(str(vbd.get("userdevice", "")), as_int(vdi.get("virtual_size")),
                                      str(sr.get("uuid", "")) if sr else "", bool(vbd.get("bootable")),
                                      str(vbd["VDI"])))
        return disks

    @property
    def networks(self) -> list[str]:
        cache = self.vm.cache
        refs = [str(ref) for ref in self.vm.record.get("VIFs") or ()]
        vifs = [cache.get("VIF", ref) for ref in refs]
        return [str(vif["network"]) for vif in sorted((v for v in vifs if v), key=lambda v: str(v.get("device")))]

    @property
    def max_vcpus(self) -> int:
        return _restriction(str(self.vm.record.get("recommendations", "")), "vcpus-max", DEFAULT_MAX_VCPUS)

    @property
    def max_memory(self) -> int:
        return _restriction(str(self.vm.record.get("recommendations", "")), "memory-static-max",
                            DEFAULT_MAX_MEMORY)

    @property
    def max_vifs(self) -> int:
        return _restriction(str(self.vm.record.get("recommendations", "")), "number-of-vifs", DEFAULT_MAX_VIFS)

    @property
    def memory_static_min(self) -> int:
        return as_int(self.vm.record.get("memory_static_min"))

    @property
    def vcpus(self) -> int:
        return max(1, as_int(self.vm.record.get("VCPUs_at_startup"), 1))

    @property
    def cores_per_socket(self) -> int:
        return max(1, as_int(self.vm.record.get("platform", {}).get("cores-per-socket"), 1))

    def sets(self) -> list[tuple[str, str]]:
        """What the template sets, as (label key, value) for the template page's description."""
        disks = self.provisioned_disks or self.existing_disks
        return [("vcpus", str(self.vcpus)), ("memory", format_bytes(self.vm.memory_static_max)),
                ("disks", ", ".join(format_bytes(d.size) for d in disks)),
                ("boot", "HVM" if self.hvm else "PV")]


def templates(cache: ObjectCache) -> list[TemplateInfo]:
    """Every template the wizard offers (built-in first, then custom), by name; snapshots are not listed."""
    found = [TemplateInfo(vm) for vm in (VM(ref, rec, cache) for ref, rec in cache.items("VM")) if vm.is_template]
    return sorted(found, key=lambda t: (not t.is_builtin, t.name.lower()))
