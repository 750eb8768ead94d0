"""NewVmChoices: everything the New VM wizard's pages choose, kept across Back and Next.

`defaults(cache, template)` fills it from a template as XenCenter would (Quick Create creates exactly that);
choosing another template on the first page calls `apply_template`, which resets what depends on it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...cache import ObjectCache
from ...objects import SR, VM, Network, the_pool
from ..names import free_name
from .template import TemplateInfo

MEDIA_ISO = "iso"
MEDIA_PHYSICAL = "physical"
MEDIA_URL = "url"
MEDIA_PXE = "pxe"
MEDIA_NONE = "none"  # the template's own disks boot (custom templates, snapshots)


@dataclass
class DiskChoice:
    device: str  # userdevice
    size: int
    sr: str  # SR ref
    bootable: bool = False
    vdi: str = ""  # the template's VDI this disk clones ("" for a disk provisioned new)
    min_size: int = 0  # a cloned disk can grow, never shrink


@dataclass
class VifChoice:
    network: str
    mac: str = ""  # "" = the server generates one


@dataclass
class NewVmChoices:
    cache: ObjectCache
    template: str = ""
    name: str = ""
    description: str = ""
    media: str = MEDIA_NONE
    iso: str = ""  # VDI ref on an ISO library SR
    drive: str = ""  # VDI ref of a server's physical CD/DVD drive
    url: str = ""
    home: str = ""  # host ref; "" lets the pool choose
    vcpus: int = 1
    cores_per_socket: int = 1
    memory_min: int = 0  # dynamic min
    memory_max: int = 0  # dynamic max = static max
    disks: list[DiskChoice] = field(default_factory=list)
    vifs: list[VifChoice] = field(default_factory=list)
    start: bool = True

    @property
    def info(self) -> TemplateInfo | None:
        return TemplateInfo.lookup(self.cache, self.template)


def unique_name(cache: ObjectCache, base: str) -> str:
    """`base`, or `base (2)`, `base (3)`... whichever no VM uses yet."""
    return free_name(cache, "VM", base, lambda number: f"{base} ({number})")


def default_sr(cache: ObjectCache) -> str:
    """The pool's default SR, else the first shared disk SR, else any disk SR ("" when there is none)."""
    pool = the_pool(cache)
    ref = str(pool.field("default_SR", "")) if pool is not None else ""
    if SR.lookup(cache, ref) is not None:
        return ref
    srs = [SR(r, rec, cache) for r, rec in cache.items("SR") if rec.get("content_type") not in ("iso",)]
    srs.sort(key=lambda sr: (not sr.shared, sr.name))
    return srs[0].ref if srs else ""


def default_networks(cache: ObjectCache) -> list[str]:
    """Where a new VM's first NIC goes when the template has none: the management network."""
    for _ref, pif in cache.items("PIF"):
        if pif.get("management") and Network.lookup(cache, str(pif.get("network", ""))) is not None:
            return [str(pif["network"])]
    networks = sorted(cache.items("network"), key=lambda item: str(item[1].get("name_label", "")))
    return [networks[0][0]] if networks else []


def apply_template(choices: NewVmChoices, template: str) -> None:
    """Choose `template`: name, media, CPUs, memory, disks and NICs become its defaults."""
    cache = choices.cache
    choices.template = template
    info = choices.info
    if info is None:
        return
    vm: VM = info.vm
    choices.name = unique_name(cache, info.name)
    choices.description = ""
    choices.media = MEDIA_NONE if not info.installs else (MEDIA_ISO if "cdrom" in info.install_methods else
                                                           MEDIA_PXE if info.hvm else MEDIA_URL)
    choices.iso = choices.drive = choices.url = ""
    choices.vcpus = info.vcpus
    choices.cores_per_socket = info.cores_per_socket if info.vcpus % info.cores_per_socket == 0 else 1
    choices.memory_max = vm.memory_static_max
    choices.memory_min = min(vm.memory_dynamic_min or vm.memory_static_max, vm.memory_static_max)
    fallback = default_sr(cache)
    sr_of_uuid = {str(rec.get("uuid")): ref for ref, rec in cache.items("SR")}
    choices.disks = [DiskChoice(d.device, d.size, sr_of_uuid.get(d.sr_uuid, fallback), d.bootable, d.vdi,
                                d.size if d.vdi else 0)
                     for d in (info.existing_disks + info.provisioned_disks)]
    choices.vifs = [VifChoice(network) for network in (info.networks or default_networks(cache))]


def defaults(cache: ObjectCache, template: str) -> NewVmChoices:
    choices = NewVmChoices(cache)
    apply_template(choices, template)
    return choices
