"""Reading a xapi database dump (db_xml.ml's format) into per-class records of our datamodel.

The file is untrusted: it is parsed with defusedxml (no DTDs, hence no entity expansion or external
references) after a size check, and nothing in it can make loading fail except a document that is not
XML or not a xapi database. Everything else (unknown tables and columns, unreadable values, truncated
S-expressions) is skipped or repaired and counted in the report.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as StdET
from dataclasses import dataclass, field
from typing import Any, Final

import defusedxml
import defusedxml.ElementTree as SafeET

from ..datamodel import CLASSES, FieldDef, field_default
from ..wire.values import NULL_REF
from . import codec, schema
from .escapes import unprotect
from .report import DbFileError, LoadReport

MAX_BYTES: Final = 512 * 1024 * 1024  # real dumps of large pools are tens of MB

Staged = dict[str, dict[str, dict[str, Any]]]  # class -> ref -> record


@dataclass
class Dump:
    """The raw content of a dump: the manifest and, per table, the attributes of each row."""

    manifest: dict[str, str]
    tables: list[tuple[str, list[dict[str, str]]]]


@dataclass
class Loaded:
    """Converted records, plus the raw values of dropped columns (some still inform runtime fixes)."""

    records: Staged
    dropped_columns: dict[str, dict[str, str]] = field(default_factory=dict)  # ref -> column -> raw


def read_dump(path: str | os.PathLike[str]) -> Dump:
    """Parse the file; DbFileError if it cannot be read, is not XML or is not a xapi database."""
    name = os.fspath(path)
    try:
        with open(name, "rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except OSError as exc:
        raise DbFileError(f"cannot read {name}: {exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:
        raise DbFileError(f"{name} is larger than {MAX_BYTES // (1024 * 1024)} MiB; not loading it")
    return parse_dump(data, name)


def parse_dump(data: bytes, name: str = "<data>") -> Dump:
    try:
        root = SafeET.fromstring(data, forbid_dtd=True)
    except defusedxml.DefusedXmlException as exc:
        # DTDs, entity declarations and external references: xapi never writes them.
        raise DbFileError(f"{name}: refused unsafe XML ({type(exc).__name__})") from None
    except StdET.ParseError as exc:
        raise DbFileError(f"{name} is not well-formed XML: {exc}") from None
    except (ValueError, LookupError) as exc:  # e.g. an unknown encoding in the XML declaration
        raise DbFileError(f"{name} is not readable XML: {exc}") from None
    if root.tag != "database":
        raise DbFileError(f"{name} is not a xapi database: the root element is <{root.tag}>, not <database>")
    manifest: dict[str, str] = {}
    tables: list[tuple[str, list[dict[str, str]]]] = []
    for child in root:
        if child.tag == "manifest":
            for pair in child.iter("pair"):
                key = pair.get("key")
                if key is not None:
                    manifest[key] = pair.get("value", "")
        elif child.tag == "table":
            tables.append((child.get("name", ""), [dict(row.attrib) for row in child if row.tag == "row"]))
    if not tables:
        raise DbFileError(f"{name} is not a xapi database: it has no <table> elements")
    return Dump(manifest, tables)


def schema_version(manifest: dict[str, str]) -> tuple[int, int] | None:
    try:
        return int(manifest["schema_major_vsn"]), int(manifest["schema_minor_vsn"])
    except (KeyError, ValueError):
        return None


def convert(dump: Dump, report: LoadReport) -> Loaded:
    """Records of our datamodel for every row of a table we know and keep."""
    report.manifest = dict(dump.manifest)
    report.schema = schema_version(dump.manifest)
    loaded = Loaded({})
    seen: set[str] = set()
    present_fields: dict[str, set[str]] = {}
    for table, rows in dump.tables:
        cls = schema.class_for_table(table)
        if cls is None:
            if rows:
                report.unknown_tables[table] += len(rows)
            continue
        if cls in schema.NOT_PERSISTED:
            if rows:
                report.dropped_rows[cls] += len(rows)
            continue
        records = loaded.records.setdefault(cls, {})
        present = present_fields.setdefault(cls, set())
        for attrs in rows:
            ref = attrs.get("ref") or attrs.get("_ref")  # xapi takes `ref`; 5.x also wrote `_ref`
            if not ref or not ref.startswith("OpaqueRef:") or ref == NULL_REF or ref in seen:
                report.bad_rows += 1
                continue
            seen.add(ref)
            records[ref] = _record(cls, ref, attrs, report, loaded, present)
        report.rows[cls] = len(records)
    for cls, present in present_fields.items():
        missing = set(CLASSES[cls].fields) - present
        if loaded.records[cls] and missing:
            report.defaulted_fields[cls] = missing  # columns the xapi that wrote the dump did not have
    return loaded


def _record(
    cls: str, ref: str, attrs: dict[str, str], report: LoadReport, loaded: Loaded, present: set[str]
) -> dict[str, Any]:
    fields = CLASSES[cls].fields
    values: dict[str, Any] = {}
    for column, raw in attrs.items():
        if column in schema.ROW_META:
            continue
        definition = schema.field_for_column(cls, column)
        if definition is None:
            report.unknown_columns[(cls, column)] += 1
            loaded.dropped_columns.setdefault(ref, {})[column] = raw
            continue
        values[definition.name] = _value(cls, definition, unprotect(raw), report)
    present.update(values)
    return {name: values[name] if name in values else field_default(f) for name, f in fields.items()}


def _value(cls: str, definition: FieldDef, text: str, report: LoadReport) -> Any:
    try:
        value, repaired = codec.decode(text, definition.type)
    except (ValueError, OverflowError):
        report.bad_values[(cls, definition.name)] += 1
        return field_default(definition)
    if repaired:
        report.repaired_values[(cls, definition.name)] += 1
    return value

