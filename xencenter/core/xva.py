"""Export a VM to an XVA file and import one, over xapi's HTTP handlers (`GET /export`, `PUT /import`), as the jobs
of Operations: a task made first (`task.create`) carries the progress and the cancel; the bytes stream in chunks so
memory stays flat whatever the disks' size.

An export writes to `<file>.part` beside the target and renames it only when complete (and verified, if asked):
a failure or a cancel leaves no partial file behind and the previous file, if any, untouched. An import reads the
file in chunks; what the server refuses (IMPORT_ERROR) arrives as its structured error.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import tarfile
from collections.abc import AsyncIterator, Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from .connection import Connection
from .usererror import UserError
from .xenapi.errors import NotLoggedIn, ProtocolError, XenAPIFailure

CHUNK = 1 << 20
XVA_SUFFIXES = (".xva", ".xva.gz")
OVF_SUFFIXES = (".ovf", ".ova")


class TransferError(UserError):
    """A transfer that cannot go on, said in a sentence for the user."""


def part_path(target: Path) -> Path:
    return target.with_name(target.name + ".part")


def writable_reason(target: Path) -> str:
    """Why `target` cannot be written ("" when it can)."""
    folder = target.parent
    if not target.name:
        return QCoreApplication.translate("Xva", "Choose a file name.")
    if not folder.is_dir():
        return QCoreApplication.translate("Xva", "The folder {0} does not exist.").format(folder)
    if not os.access(folder, os.W_OK):
        return QCoreApplication.translate("Xva", "You cannot write in the folder {0}.").format(folder)
    if target.is_dir():
        return QCoreApplication.translate("Xva", "{0} is a folder.").format(target)
    return ""


def readable_reason(source: Path) -> str:
    """Why `source` cannot be imported as an XVA or OVF package ("" when it can be tried)."""
    name = source.name.lower()
    if not source.is_file():
        return QCoreApplication.translate("Xva", "There is no file {0}.").format(source)
    if not os.access(source, os.R_OK):
        return QCoreApplication.translate("Xva", "You cannot read {0}.").format(source)
    if not name.endswith((*XVA_SUFFIXES, *OVF_SUFFIXES)):
        return QCoreApplication.translate("Xva", "Choose an XVA file (.xva or .xva.gz) or an OVF package (.ovf or "
                                                 ".ova).")
    return ""


async def _new_task(connection: Connection, label: str) -> str:
    client = connection.client
    if client is None:
        raise NotLoggedIn("not connected")
    return str(await client.call("task.create", label, ""))


async def _drop_task(connection: Connection, task: str) -> None:
    client = connection.client
    if client is not None:
        try:
            await client.call("task.destroy", task)
        except (XenAPIFailure, ProtocolError, NotLoggedIn):
            pass  # gone already, or the connection is: the server forgets it anyway


def _refusal(status: int, body: bytes) -> TransferError:
    text = body.decode("utf-8", "replace").strip()[:400]
    return TransferError(QCoreApplication.translate("Xva", "The server refused the transfer (HTTP {0}): {1}").format(
        status, text or "-"))


async def export_vm(connection: Connection, vm: str, target: Path, *, compress: bool,
                    progress: Callable[[int], None]) -> int:
    """Stream the VM into `target` (through `<target>.part`); the number of bytes written."""
    client = connection.client
    if client is None:
        raise NotLoggedIn("not connected")
    record = connection.cache.get("VM", vm) or {}
    task = await _new_task(connection, f"Export of {record.get('name_label', vm)}")
    partial = part_path(target)
    written = 0
    params = {"uuid": str(record.get("uuid", "")), "task_id": task}
    if compress:
        params["use_compression"] = "true"
    try:
        async with client.stream("GET", "/export", params, timeout=120.0) as response:
            if response.status_code != 200:
                raise _refusal(response.status_code, await response.aread())
            with partial.open("wb") as out:
                async for chunk in response.aiter_bytes(CHUNK):  # Cancel cancels this job: the stream closes
                    await asyncio.to_thread(out.write, chunk)
                    written += len(chunk)
                    progress(written)
        partial.replace(target)
        return written
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        await _drop_task(connection, task)


def verify_xva(path: Path) -> None:
    """Check every block of an XVA against its SHA-1 `.checksum` (TransferError on the first mismatch)."""
    try:
        with tarfile.open(path, "r:*") as archive:
            blocks: dict[str, str] = {}
            sums: dict[str, str] = {}
            for member in archive:
                if not member.isfile() or member.name == "ova.xml":
                    continue
                data = archive.extractfile(member)
                if data is None:
                    continue
                if member.name.endswith(".checksum"):
                    sums[member.name.removesuffix(".checksum")] = data.read().decode("ascii", "replace").strip()
                elif not member.name.endswith(".xxhash"):
                    blocks[member.name] = hashlib.sha1(data.read(), usedforsecurity=False).hexdigest()
    except (tarfile.TarError, OSError, EOFError) as exc:
        raise TransferError(QCoreApplication.translate("Xva", "The exported file cannot be read back: {0}").format(
            exc)) from None
    for name, digest in blocks.items():
        if sums.get(name) not in (None, digest):
            raise TransferError(QCoreApplication.translate("Xva", "The exported file is damaged: block {0} does not "
                                                                  "match its checksum.").format(name))


async def import_xva(connection: Connection, source: Path, sr: str, *, progress: Callable[[int], None]) -> str:
    """Stream `source` to the server; the new VM's reference."""
    client = connection.client
    if client is None:
        raise NotLoggedIn("not connected")
    task = await _new_task(connection, f"Import of {source.name}")

    async def chunks() -> AsyncIterator[bytes]:
        sent = 0
        with source.open("rb") as data:
            while True:
                chunk = await asyncio.to_thread(data.read, CHUNK)
                if not chunk:
                    return
                sent += len(chunk)
                progress(sent)
                yield chunk

    params = {"task_id": task, **({"sr_id": sr} if sr else {})}
    try:
        async with client.stream("PUT", "/import", params, content=chunks(), timeout=120.0) as response:
            body = await response.aread()
            if response.status_code != 200:
                result = await _task_error(connection, task)
                raise result if result is not None else _refusal(response.status_code, body)
        vm = body.decode("ascii", "replace").strip()
        if not vm.startswith("OpaqueRef:"):
            raise TransferError(QCoreApplication.translate("Xva", "The server did not say which VM it made."))
        return vm
    finally:
        await _drop_task(connection, task)


async def _task_error(connection: Connection, task: str) -> XenAPIFailure | None:
    """The task's structured error (IMPORT_ERROR [...]), which says more than the HTTP status."""
    client = connection.client
    if client is None:
        return None
    try:
        info = await client.call("task.get_error_info", task)
    except (XenAPIFailure, ProtocolError):
        return None
    if isinstance(info, list) and info:
        return XenAPIFailure(str(info[0]), [str(part) for part in info[1:]])
    return None
