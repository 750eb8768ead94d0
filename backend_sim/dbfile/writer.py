"""Writing the store as a xapi database (db_xml.ml's format), atomically.

One `<table>` per class, empty tables included (xapi's reader expects them all), one `<row>`
per object with the ref first and every field as an attribute: values as strings, sets and maps as
S-expressions, then xapi's `%` escapes. Runtime tables (sessions, tasks, messages, roles...) are written
empty, as xapi does.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from typing import Final

from ..datamodel import CLASSES
from ..store.store import Store
from . import codec, schema
from .escapes import protect, xml_safe
from .report import DbFileError

# The schema this datamodel corresponds to (the db_schema our hosts report).
SCHEMA_VERSION: Final = (5, 780)
_XML_ESCAPES: Final = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})


def _attribute(text: str) -> str:
    return xml_safe(protect(text))[0].translate(_XML_ESCAPES)


def render(store: Store) -> Iterator[str]:
    """The document in pieces, in datamodel order of classes and store order of rows."""
    yield '<?xml version="1.0" encoding="UTF-8"?>\n<database><manifest>'
    for key, value in (("schema_major_vsn", SCHEMA_VERSION[0]), ("schema_minor_vsn", SCHEMA_VERSION[1]),
                       ("generation_count", store.generation)):
        yield f'<pair key="{key}" value="{value}"/>'
    yield "</manifest>"
    for cls in CLASSES:
        rows = store.tables[cls] if cls not in schema.NOT_PERSISTED else {}
        if not rows:
            yield f'<table name="{cls}"/>'
            continue
        yield f'<table name="{cls}">'
        fields = [(schema.column_for_field(cls, name), name, f.type) for name, f in CLASSES[cls].fields.items()]
        for ref, record in rows.items():
            attributes = " ".join(f'{column}="{_attribute(codec.encode(record[name], xtype))}"'
                                  for column, name, xtype in fields if name in record)
            # `_ref` too, as xapi 5.x wrote: XenCenter's database reader takes the ref from it.
            yield f'<row ref="{_attribute(ref)}" _ref="{_attribute(ref)}" {attributes}/>'
        yield "</table>"
    yield "</database>\n"


def write_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace `path` with `data` so that readers see the old file or the new one, never a mix.

    Written to a temporary file in the same directory (same file system), flushed to disk, then renamed
    over the target; mode 0600 since the database holds secrets, as xapi's own.
    """
    name = os.fspath(path)
    directory = os.path.dirname(os.path.abspath(name))
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{os.path.basename(name)}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise DbFileError(f"cannot write {name}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, name)
    except BaseException as exc:  # whatever stopped us, leave no temporary file behind
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, OSError):
            raise DbFileError(f"cannot write {name}: {exc.strerror or exc}") from None
        raise
    _sync_directory(directory)


def _sync_directory(directory: str) -> None:
    """Make the rename itself durable (POSIX); not possible on every platform, hence best effort."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
