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
from ..store.snapshot import Snapshot
from . import codec, schema
from .escapes import protect, xml_safe
from .report import DbFileError

# The schema this datamodel corresponds to (the db_schema our hosts report).
SCHEMA_VERSION: Final = (5, 780)
_XML_ESCAPES: Final = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})


def _attribute(text: str) -> str:
    return xml_safe(protect(text))[0].translate(_XML_ESCAPES)


def render(snapshot: Snapshot) -> Iterator[str]:
    """The document in pieces, in datamodel order of classes and store order of rows, as of the snapshot."""
    yield '<?xml version="1.0" encoding="UTF-8"?>\n<database><manifest>'
    for key, value in (("schema_major_vsn", SCHEMA_VERSION[0]), ("schema_minor_vsn", SCHEMA_VERSION[1]),
                       ("generation_count", snapshot.generation)):
        yield f'<pair key="{key}" value="{value}"/>'
    yield "</manifest>"
    for cls in CLASSES:
        rows = list(snapshot.rows(cls)) if cls not in schema.NOT_PERSISTED else []
        if not rows:
            yield f'<table name="{cls}"/>'
            continue
        yield f'<table name="{cls}">'
        fields = [(schema.column_for_field(cls, name), name, f.type) for name, f in CLASSES[cls].fields.items()]
        for ref, record in rows:
            attributes = " ".join(f'{column}="{_attribute(codec.encode(record[name], xtype))}"'
                                  for column, name, xtype in fields if name in record)
            # `_ref` too, as xapi 5.x wrote: XenCenter's database reader takes the ref from it.
            yield f'<row ref="{_attribute(ref)}" _ref="{_attribute(ref)}" {attributes}/>'
        yield "</table>"
    yield "</database>\n"


class AtomicFile:
    """A file that replaces `path` whole or not at all, even when the process is killed at any moment.

    Written to a temporary file in the same directory (same file system), flushed to disk, renamed over the
    target and the directory flushed too, so after a crash the target holds the previous content or the new one,
    never a mix; mode 0600 since the database holds secrets, as xapi's own. Leaving the `with` block without
    `commit()` removes the temporary file.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.name = os.fspath(path)
        self.directory = os.path.dirname(os.path.abspath(self.name))
        try:
            fd, self.temp = tempfile.mkstemp(prefix=f".{os.path.basename(self.name)}.", suffix=TEMP_SUFFIX,
                                             dir=self.directory)
        except OSError as exc:
            raise DbFileError(f"cannot write {self.name}: {exc.strerror or exc}") from None
        self._stream = os.fdopen(fd, "wb")
        self._done = False

    def write(self, data: bytes) -> None:
        try:
            self._stream.write(data)
        except OSError as exc:
            raise DbFileError(f"cannot write {self.name}: {exc.strerror or exc}") from None

    def commit(self) -> None:
        """Flush, fsync, rename over the target, fsync the directory (blocking: run it off the loop)."""
        try:
            self._stream.flush()
            os.fsync(self._stream.fileno())
            self._stream.close()
            os.replace(self.temp, self.name)
        except OSError as exc:
            raise DbFileError(f"cannot write {self.name}: {exc.strerror or exc}") from None
        self._done = True
        _sync_directory(self.directory)

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(self, *exc: object) -> None:
        if not self._done:  # whatever stopped us, leave no temporary file behind
            self._stream.close()
            with contextlib.suppress(OSError):
                os.unlink(self.temp)


TEMP_SUFFIX = ".tmp"


def write_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace `path` with `data` (see AtomicFile)."""
    with AtomicFile(path) as out:
        out.write(data)
        out.commit()


def leftover_temporaries(path: str | os.PathLike[str]) -> list[str]:
    """Temporary files of saves to `path` that a killed process left behind."""
    name = os.fspath(path)
    directory = os.path.dirname(os.path.abspath(name))
    prefix = f".{os.path.basename(name)}."
    try:
        return sorted(os.path.join(directory, entry) for entry in os.listdir(directory)
                      if entry.startswith(prefix) and entry.endswith(TEMP_SUFFIX))
    except OSError:
        return []


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
