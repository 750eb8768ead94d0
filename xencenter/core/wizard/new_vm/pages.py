"""The New VM wizard's pages in order; the first three: template, name and description, installation media."""

from __future__ import annotations

from urllib.parse import urlparse

from ...cache import ObjectCache
from ...i18n import LazyText, translate
from ...objects import VDI
from ..eligibility import ChoiceEligibility
from ..page import PageLogic, Problem
from .choices import MEDIA_ISO, MEDIA_NONE, MEDIA_PHYSICAL, MEDIA_PXE, MEDIA_URL, NewVmChoices
from .pages_devices import NetworkPage, StoragePage, SummaryPage
from .pages_host import CpuMemoryPage, HomeServerPage

NAME_LIMIT = 255
URL_SCHEMES = {"http": "http", "https": "http", "ftp": "ftp", "nfs": "nfs"}  # scheme -> install method


class TemplatePage(PageLogic[NewVmChoices]):
    key = "template"
    title = LazyText("NewVm", "Template")

    def problems(self, state: NewVmChoices) -> list[Problem]:
        if not state.template:
            return [Problem("template", translate("NewVm", "Choose a template."))]
        if state.info is None:
            return [Problem("template", translate("NewVm", "The template no longer exists."))]
        return []

    def summary(self, state: NewVmChoices) -> list[tuple[str, str]]:
        info = state.info
        return [(translate("NewVm", "Template"), info.name if info else "")]


class NamePage(PageLogic[NewVmChoices]):
    key = "name"
    title = LazyText("NewVm", "Name")

    def problems(self, state: NewVmChoices) -> list[Problem]:
        name = state.name.strip()
        if not name:
            return [Problem("name", translate("NewVm", "Type a name for the new VM."))]
        if len(name) > NAME_LIMIT:
            return [
                Problem("name", translate("NewVm", "The name is too long (at most {0} characters).").format(NAME_LIMIT))
            ]
        if name_used(state.cache, name):
            return [
                Problem(
                    "name", translate("NewVm", "A VM named '{0}' already exists; choose another name.").format(name)
                )
            ]
        return []

    def summary(self, state: NewVmChoices) -> list[tuple[str, str]]:
        lines = [(translate("NewVm", "Name"), state.name.strip())]
        if state.description.strip():
            lines.append((translate("NewVm", "Description"), state.description.strip()))
        return lines


def name_used(cache: ObjectCache, name: str) -> bool:
    """A VM (not a snapshot) already has the name: the wizard refuses it, as XenCenter does."""
    return any(rec.get("name_label") == name and not rec.get("is_a_snapshot") for _, rec in cache.items("VM"))


def allowed_media(state: NewVmChoices) -> dict[str, str | None]:
    """Each installation medium -> None when the template allows it, else why not."""
    info = state.info
    if info is None or not info.installs:
        return {MEDIA_NONE: None}
    methods = info.install_methods
    not_allowed = translate("NewVm", "The template does not allow this installation method.")
    return {
        MEDIA_ISO: None if "cdrom" in methods else not_allowed,
        MEDIA_PHYSICAL: (
            not_allowed
            if "cdrom" not in methods
            else None
            if physical_drives(state.cache)
            else translate("NewVm", "No server of this pool has a CD or DVD drive.")
        ),
        MEDIA_URL: None if methods & {"http", "ftp", "nfs"} else not_allowed,
        MEDIA_PXE: None if info.hvm else translate("NewVm", "Only HVM templates can boot from the network (PXE)."),
    }


def iso_images(cache: ObjectCache) -> list[VDI]:
    """The ISO images of every ISO library, by name (not the drives of the servers)."""
    libraries = {
        ref for ref, rec in cache.items("SR") if rec.get("content_type") == "iso" and rec.get("type") != "udev"
    }
    found = [VDI(ref, rec, cache) for ref, rec in cache.items("VDI") if rec.get("SR") in libraries]
    return sorted(found, key=lambda vdi: vdi.name.lower())


def physical_drives(cache: ObjectCache) -> list[VDI]:
    drives = {ref for ref, rec in cache.items("SR") if rec.get("type") == "udev" and rec.get("content_type") == "iso"}
    return sorted(
        (VDI(ref, rec, cache) for ref, rec in cache.items("VDI") if rec.get("SR") in drives), key=lambda vdi: vdi.name
    )


class MediaPage(PageLogic[NewVmChoices]):
    key = "media"
    title = LazyText("NewVm", "Installation Media")

    def applies(self, state: NewVmChoices) -> bool:
        info = state.info
        return info is None or info.installs

    def problems(self, state: NewVmChoices) -> list[Problem]:
        allowed = allowed_media(state)
        if state.media not in allowed or allowed[state.media] is not None:
            return [
                Problem("media", allowed.get(state.media) or translate("NewVm", "Choose how to install the new VM."))
            ]
        if state.media == MEDIA_ISO and VDI.lookup(state.cache, state.iso) is None:
            return [Problem("iso", translate("NewVm", "Choose an ISO image."))]
        if state.media == MEDIA_PHYSICAL and VDI.lookup(state.cache, state.drive) is None:
            return [Problem("drive", translate("NewVm", "Choose a CD or DVD drive."))]
        if state.media == MEDIA_URL:
            return [Problem("url", text) for text in [url_problem(state)] if text]
        return []

    def summary(self, state: NewVmChoices) -> list[tuple[str, str]]:
        label = translate("NewVm", "Installation media")
        if state.media == MEDIA_ISO:
            vdi = VDI.lookup(state.cache, state.iso)
            return [(label, vdi.name if vdi else "")]
        if state.media == MEDIA_PHYSICAL:
            vdi = VDI.lookup(state.cache, state.drive)
            return [(label, translate("NewVm", "CD/DVD drive {0}").format(vdi.name if vdi else ""))]
        if state.media == MEDIA_URL:
            return [(label, state.url.strip())]
        if state.media == MEDIA_PXE:
            return [(label, translate("NewVm", "Boot from the network (PXE)"))]
        return []


def url_problem(state: NewVmChoices) -> str:
    url = state.url.strip()
    if not url:
        return translate("NewVm", "Type the address of the installation repository.")
    parsed = urlparse(url)
    method = URL_SCHEMES.get(parsed.scheme.lower())
    if method is None or not parsed.netloc:
        return translate("NewVm", "Type a full address such as http://deb.debian.org/debian/ (http, ftp or nfs).")
    info = state.info
    if info is not None and method not in info.install_methods:
        return translate("NewVm", "The template cannot install from {0} addresses.").format(parsed.scheme.lower())
    return ""


def new_vm_pages(home_checks: ChoiceEligibility | None = None) -> list[PageLogic[NewVmChoices]]:
    return [
        TemplatePage(),
        NamePage(),
        MediaPage(),
        HomeServerPage(home_checks),
        CpuMemoryPage(),
        StoragePage(),
        NetworkPage(),
        SummaryPage(),
    ]


__all__ = [
    "MediaPage",
    "NamePage",
    "TemplatePage",
    "allowed_media",
    "iso_images",
    "name_used",
    "new_vm_pages",
    "physical_drives",
]
