"""GET /export_raw_vdi and PUT /import_raw_vdi: a VDI's whole contents as raw bytes, as xapi serves them.

`vdi=` is a ref or uuid; `format=raw` (the default) only: vhd and qcow2 are refused with a clear
error. Export streams the virtual size (zeros where nothing was written, made on the fly); import
writes the body from offset 0 and refuses a body larger than the disk.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

from ... import errors
from ...errors import ApiError
from ...model.storage import vdis
from ...model.storage.blocks import BLOCK
from ..registry import HANDLERS, Request, Response
from .xva_support import Progress, refused, resolve, task_of


def _vdi_and_format(request: Request, task: str) -> str:
    try:
        vdi = resolve(request.xapi.store, "VDI", request, "vdi")
        fmt = request.query.get("format", "raw")
        if fmt != "raw":
            raise ApiError(errors.INVALID_VALUE, "format", f"{fmt} (the simulator moves raw disk contents only)")
    except ApiError as exc:
        raise refused(request, task, exc) from None
    return vdi


@HANDLERS.http("/export_raw_vdi", "GET", permission="http/get_export_raw_vdi")
async def export_raw_vdi(request: Request) -> Response:
    task = task_of(request)
    vdi = _vdi_and_format(request, task)
    record = request.xapi.store.get("VDI", vdi)
    size, uuid = int(record["virtual_size"]), record["uuid"]
    progress = Progress(request, task, (size + BLOCK - 1) // BLOCK)

    async def contents() -> AsyncIterator[bytes]:
        for index in range((size + BLOCK - 1) // BLOCK):
            if progress.cancelled():
                return
            block = request.xapi.disks.read(uuid, index)
            yield block[:size - index * BLOCK]
            progress.step()
            await asyncio.sleep(0)
        progress.done("")

    return Response(body=contents(), content_type="application/octet-stream")


@HANDLERS.http("/import_raw_vdi", "PUT", permission="http/put_import_raw_vdi")
async def import_raw_vdi(request: Request) -> Response:
    task = task_of(request)
    vdi = _vdi_and_format(request, task)
    store, disks = request.xapi.store, request.xapi.disks
    record = store.get("VDI", vdi)
    size, uuid = int(record["virtual_size"]), record["uuid"]
    progress = Progress(request, task, int(request.headers.get("content-length", "0") or 0))
    buffer = bytearray()
    index = 0
    written = 0
    async for chunk in request.body():
        if progress.cancelled():
            raise refused(request, "", ApiError(errors.TASK_CANCELLED, task))
        buffer.extend(chunk)
        progress.step(len(chunk))
        if index * BLOCK + len(buffer) > size:
            raise refused(request, task, ApiError(errors.INVALID_VALUE, "body",
                                                  f"more than the disk's virtual size of {size} bytes"))
        while len(buffer) >= BLOCK:
            disks.put(uuid, index, bytes(buffer[:BLOCK]))
            del buffer[:BLOCK]
            index += 1
            written += BLOCK
            await asyncio.sleep(0)
    if buffer:
        tail = bytearray(disks.read(uuid, index))
        tail[:len(buffer)] = buffer
        disks.put(uuid, index, bytes(tail))
        written += len(buffer)
    vdis.guest_writes(store, vdi, written)
    progress.done("")
    return Response(body=b"")
