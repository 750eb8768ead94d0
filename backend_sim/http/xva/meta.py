"""XVA metadata (ova.xml): the exported VM's records and those it points to, as xapi writes them.

ova.xml is one XML-RPC <value>: a struct with `version` (the exporting host's build) and `objects`, an
array of {class, id, snapshot} where `snapshot` is the record and every ref between exported objects
is replaced by its export id "Ref:N". Disk blocks in the tar are named after the VDI's id.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from ...api.coerce import coerce
from ...datamodel import CLASSES
from ...errors import ApiError
from ...store.store import Store
from ...wire import xmlrpc
from ...wire.values import NULL_REF

EXPORT_VSN = "2"


class ExportPlan:
    """The objects one VM export carries: the VM, its VBDs, disk VDIs, VIFs, their networks and SRs."""

    def __init__(self, store: Store, vm_ref: str) -> None:
        self.store = store
        self.ids: dict[str, str] = {}
        self.objects: list[tuple[str, str]] = []  # (class, ref) in export order
        self._add("VM", vm_ref)
        vm = store.get("VM", vm_ref)
        for vbd_ref in vm["VBDs"]:
            self._add("VBD", vbd_ref)
            vdi = store.get("VBD", vbd_ref)["VDI"]
            if vdi != NULL_REF and store.find("VDI", vdi) is not None and store.get("VBD", vbd_ref)["type"] == "Disk":
                self._add("VDI", vdi)
                self._add("SR", store.get("VDI", vdi)["SR"])
        for vif_ref in vm["VIFs"]:
            self._add("VIF", vif_ref)
            self._add("network", store.get("VIF", vif_ref)["network"])

    def _add(self, cls: str, ref: str) -> None:
        if ref not in self.ids and self.store.find(cls, ref) is not None:
            self.ids[ref] = f"Ref:{len(self.ids)}"
            self.objects.append((cls, ref))

    def vdis(self) -> list[tuple[str, str]]:
        """(export id, VDI ref) of the disks whose blocks follow ova.xml."""
        return [(self.ids[ref], ref) for cls, ref in self.objects if cls == "VDI"]

    def ova_xml(self, version: dict[str, str]) -> bytes:
        objects = [{"class": cls, "id": self.ids[ref], "snapshot": self._record(cls, ref)} for cls, ref in self.objects]
        return xmlrpc.dump_value({"version": version, "objects": objects}).encode()

    def _record(self, cls: str, ref: str) -> dict[str, Any]:
        return {name: self._swap(value) for name, value in self.store.get(cls, ref).items()}

    def _swap(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.ids.get(value, value)
        if isinstance(value, dict):
            return {key: self._swap(item) for key, item in value.items()}
        if isinstance(value, (list, tuple, set, frozenset)):
            return [self._swap(item) for item in value]
        return value


class BadMetadata(ValueError):
    """ova.xml cannot be read as an XVA's metadata."""


def parse_ova_xml(data: bytes) -> list[dict[str, Any]]:
    """The objects of an ova.xml: [{"class", "id", "snapshot"}], records as plain strings/lists/dicts."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise BadMetadata(f"ova.xml is not well-formed XML: {exc}") from None
    top = _value(root)
    if not isinstance(top, dict) or not isinstance(top.get("objects"), list):
        raise BadMetadata("ova.xml has no 'objects' array")
    objects = []
    for item in top["objects"]:
        if not (isinstance(item, dict) and isinstance(item.get("class"), str) and isinstance(item.get("id"), str)
                and isinstance(item.get("snapshot"), dict)):
            raise BadMetadata("an ova.xml object lacks its class, id or snapshot")
        objects.append(item)
    return objects


def _value(node: ET.Element) -> Any:
    if node.tag != "value":
        raise BadMetadata(f"expected <value>, found <{node.tag}>")
    children = list(node)
    if not children:
        return node.text or ""
    inner = children[0]
    if inner.tag == "struct":
        out = {}
        for member in inner:
            name, value = member.find("name"), member.find("value")
            if name is None or value is None:
                raise BadMetadata("a struct member lacks its name or value")
            out[name.text or ""] = _value(value)
        return out
    if inner.tag == "array":
        data = inner.find("data")
        return [] if data is None else [_value(child) for child in data]
    if inner.tag == "boolean":
        return (inner.text or "").strip() == "1"
    if inner.tag in ("i4", "int"):
        return int((inner.text or "0").strip())
    if inner.tag == "double":
        return float((inner.text or "0").strip())
    return inner.text or ""


def typed_fields(cls: str, record: dict[str, Any], skip: frozenset[str]) -> dict[str, Any]:
    """The record's known fields converted to the datamodel's types; unreadable ones keep their defaults."""
    fields: dict[str, Any] = {}
    for name, definition in CLASSES[cls].fields.items():
        if name in skip or name not in record:
            continue
        try:
            fields[name] = coerce(record[name], definition.type, name)
        except ApiError:
            continue
    return fields
