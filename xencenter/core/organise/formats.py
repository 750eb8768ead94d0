"""How XenCenter stores its organisation data on the server (checked against real pools' xapi dumps).

* Folders: `other_config["folder"]` of an object is its folder path ("/IT Dept", "/1/2/3"); the pool's
  `other_config["EMPTY_FOLDERS"]` keeps folders with nothing in them, ";"-separated (";/foo;/foo/bar").
* Tags: the API's own `tags` field (a set of strings).
* Custom fields: the definitions are XML in the pool's `gui_config["XenCenter.CustomFields"]`
  (`<CustomFieldDefinitions><CustomFieldDefinition name="Colour" type="String" defaultValue="" /></...>`), the
  values are in each object's `other_config["XenCenter.CustomFields.<name>"]`; dates are written in UTC as
  "yyyy-MM-dd HH:mm:ssZ", and read leniently (older XenCenters wrote the local format, "12/3/2008 7:32:12 PM").
* Saved searches: the pool's `gui_config["XenSearch.Search-<uuid>"]` holds the search as XML (saved_search.py).
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

FOLDER_KEY = "folder"
EMPTY_FOLDERS_KEY = "EMPTY_FOLDERS"
CUSTOM_FIELDS_KEY = "XenCenter.CustomFields"
CUSTOM_FIELD_PREFIX = CUSTOM_FIELDS_KEY + "."
SEARCH_PREFIX = "XenSearch.Search-"

STRING = "String"
DATE = "Date"
FIELD_TYPES = (STRING, DATE)

# The classes whose objects XenCenter lets the user organise (they all have `tags` and `other_config`).
ORGANISED_CLASSES = ("pool", "host", "VM", "SR", "network", "VDI")

DATE_WRITE_FORMAT = "%Y-%m-%d %H:%M:%SZ"  # .NET's "u" format, in UTC
DATE_READ_FORMATS = (DATE_WRITE_FORMAT, "%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%d %H:%M:%S", "%m/%d/%Y %I:%M:%S %p",
                     "%m/%d/%Y %H:%M:%S", "%Y-%m-%d", "%m/%d/%Y", "%Y%m%dT%H:%M:%SZ")


class FormatError(ValueError):
    """Stored data that is not in XenCenter's format (the message says what and where)."""


def parse_xml(text: str, what: str) -> ET.Element:
    """Parse stored XML with the hardened parser; FormatError (naming `what`) when it is not well-formed."""
    try:
        root = SafeET.fromstring(text)
    except (ET.ParseError, DefusedXmlException) as exc:
        raise FormatError(f"{what}: {exc}") from None
    return root


def mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


# -- folders ------------------------------------------------------------------------------------------------------

def normalise_path(text: str) -> str:
    """A folder path as XenCenter writes it: "/a/b", no empty parts, no blanks around separators; "" for none."""
    parts = [part.strip().replace("\t", " ") for part in str(text).split("/")]
    parts = [part for part in parts if part]
    return "/" + "/".join(parts) if parts else ""


def folder_of(record: Mapping[str, Any]) -> str:
    """The object's folder path ("" when it is in none)."""
    return normalise_path(str(mapping(record.get("other_config")).get(FOLDER_KEY, "")))


def ancestors(path: str) -> list[str]:
    """"/a/b/c" -> ["/a", "/a/b", "/a/b/c"]."""
    parts = [part for part in path.split("/") if part]
    return ["/" + "/".join(parts[:i]) for i in range(1, len(parts) + 1)]


def parent_of(path: str) -> str:
    parts = [part for part in path.split("/") if part]
    return "/" + "/".join(parts[:-1]) if len(parts) > 1 else ""


def leaf_of(path: str) -> str:
    return path.rstrip("/").rsplit("/", 1)[-1]


def empty_folders(pool: Mapping[str, Any] | None) -> list[str]:
    """The pool's EMPTY_FOLDERS paths, sorted (entries that are not paths are ignored, as XenCenter does)."""
    if pool is None:
        return []
    value = str(mapping(pool.get("other_config")).get(EMPTY_FOLDERS_KEY, ""))
    return sorted({normalise_path(part) for part in value.split(";") if part.strip().startswith("/")} - {""})


def empty_folders_value(paths: Iterable[str]) -> str:
    """The EMPTY_FOLDERS value for `paths` (";"-joined, as XenCenter writes it)."""
    return ";".join(sorted(set(paths)))


# -- tags ---------------------------------------------------------------------------------------------------------

def tags_of(record: Mapping[str, Any]) -> list[str]:
    tags = record.get("tags")
    return [str(tag) for tag in tags] if isinstance(tags, list | tuple) else []


def clean_tag(text: str) -> str:
    return " ".join(str(text).split())


# -- custom fields ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class FieldDef:
    name: str
    type: str = STRING

    @property
    def key(self) -> str:
        return CUSTOM_FIELD_PREFIX + self.name


def field_definitions(pool: Mapping[str, Any] | None) -> list[FieldDef]:
    """The custom field definitions in the pool's gui_config; a broken document reads as none."""
    if pool is None:
        return []
    text = str(mapping(pool.get("gui_config")).get(CUSTOM_FIELDS_KEY, "") or "")
    if not text.strip():
        return []
    try:
        return parse_definitions(text)
    except FormatError:
        return []


def parse_definitions(text: str) -> list[FieldDef]:
    root = parse_xml(text, CUSTOM_FIELDS_KEY)
    found: list[FieldDef] = []
    for node in root.iter("CustomFieldDefinition"):
        name = node.get("name") or ""
        kind = node.get("type") or STRING
        if name and kind in FIELD_TYPES and all(d.name != name for d in found):
            found.append(FieldDef(name, kind))
    return found


def definitions_xml(definitions: Iterable[FieldDef]) -> str:
    """The gui_config value for `definitions`, as XenCenter writes it (defaultValue is always "")."""
    root = ET.Element("CustomFieldDefinitions")
    for definition in definitions:
        ET.SubElement(root, "CustomFieldDefinition", {"name": definition.name, "type": definition.type,
                                                      "defaultValue": ""})
    return ET.tostring(root, encoding="unicode", short_empty_elements=True)


def field_value(record: Mapping[str, Any], definition: FieldDef) -> str:
    """The raw stored value ("" when unset)."""
    return str(mapping(record.get("other_config")).get(definition.key, "") or "")


def parse_date(text: str) -> dt.datetime | None:
    """A stored date value as an aware datetime (naive values are taken as UTC); None when unreadable."""
    text = text.strip()
    for fmt in DATE_READ_FORMATS:
        try:
            value = dt.datetime.strptime(text, fmt)
        except ValueError:
            continue
        return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def date_text(value: dt.datetime) -> str:
    """How XenCenter writes a date value: UTC, "yyyy-MM-dd HH:mm:ssZ"."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).strftime(DATE_WRITE_FORMAT)


def display_value(raw: str, definition: FieldDef) -> str:
    """A value as the user reads it: dates in the local time zone; "" for unset or unreadable dates."""
    if definition.type != DATE:
        return raw
    parsed = parse_date(raw) if raw else None
    return parsed.astimezone().strftime("%Y-%m-%d %H:%M") if parsed is not None else ""
