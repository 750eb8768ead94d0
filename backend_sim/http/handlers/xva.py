"""GET /export and PUT /import: a VM as an XVA (xapi's tar of ova.xml and 1 MiB disk blocks with checksums).

Export writes ova.xml, then for each disk the blocks that hold data as `Ref:N/00000042` with a
`.checksum` (SHA-1 hex) beside each; all-zero blocks are skipped except the disk's last, which gives
its size. `use_compression=true|gzip` gzips the stream; zstd is refused (no zstd library here).
Import reads the same (gzip detected), verifies every `.checksum` (`.xxhash` files, written by newer
hosts, are accepted unverified: no xxHash library here), creates the VM in `sr_id` or the pool's
default SR and puts `[vm_ref]` in the task's result. A `task_id` gets progress and is honoured on
cancel; a refused import leaves no row behind.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import zlib
from collections.abc import AsyncIterator

from ... import errors
from ...errors import ApiError
from ...model.storage import vdis
from ...model.storage.blocks import BLOCK
from ..registry import HANDLERS, Request, Response
from ..xva.meta import EXPORT_VSN, BadMetadata, ExportPlan, parse_ova_xml
from ..xva.tar_stream import END, BadTar, member, members
from ..xva.vm_rows import ImportedVm, create_vm, target_sr
from .xva_support import Progress, refused, resolve, task_of

BLOCK_NAME = re.compile(r"^(Ref:[^/]+)/(\d{8})(\.checksum|\.xxhash)?$")
OVA_LIMIT = 64 << 20


@HANDLERS.http("/export", "GET", permission="http/get_export")
async def export(request: Request) -> Response:
    store = request.xapi.store
    task = task_of(request)
    try:
        vm = resolve(store, "VM", request)
        state = store.get("VM", vm)["power_state"]
        if state not in ("Halted", "Suspended"):
            raise ApiError(errors.VM_BAD_POWER_STATE, vm, "halted", state.lower())
    except ApiError as exc:
        raise refused(request, task, exc) from None
    compression = request.query.get("use_compression", "false").lower()
    if compression == "zstd":
        raise refused(request, task, ApiError(errors.INVALID_VALUE, "use_compression",
                                              "zstd (the simulator writes plain or gzip XVA only)"))
    if compression not in ("", "false", "true", "gzip"):
        raise refused(request, task, ApiError(errors.INVALID_VALUE, "use_compression", compression))
    plan = ExportPlan(store, vm)
    disks = [(ident, store.get("VDI", ref)) for ident, ref in plan.vdis()]
    version = {"hostname": "sim", "date": str(request.xapi.clock.now_datetime()), "product_version": "8.3.0",
               "product_brand": "XCP-ng", "build_number": "sim", "xapi_major": "25", "xapi_minor": "0",
               "export_vsn": EXPORT_VSN}
    ova = plan.ova_xml(version)
    progress = Progress(request, task, sum(len(_block_list(request, vdi)) for _, vdi in disks))
    gzip = zlib.compressobj(1, wbits=31) if compression in ("true", "gzip") else None

    def out(data: bytes) -> bytes:
        return gzip.compress(data) if gzip else data

    async def tar() -> AsyncIterator[bytes]:
        yield out(member("ova.xml", ova))
        for ident, vdi in disks:
            for index in _block_list(request, vdi):
                if progress.cancelled():
                    return
                block = request.xapi.disks.read(vdi["uuid"], index)
                name = f"{ident}/{index:08d}"
                yield out(member(name, block) + member(f"{name}.checksum", hashlib.sha1(block).hexdigest().encode()))
                progress.step()
                await asyncio.sleep(0)
        yield out(END)
        if gzip:
            yield gzip.flush()
        progress.done([])

    return Response(body=tar(), content_type="application/octet-stream")


def _block_list(request: Request, vdi: dict[str, object]) -> list[int]:
    size = int(str(vdi["virtual_size"]))
    indexes = request.xapi.disks.indexes(str(vdi["uuid"]))
    last = max(0, (size - 1) // BLOCK)
    return indexes if size == 0 or last in indexes else [*indexes, last]


@HANDLERS.http("/import", "PUT", permission="http/put_import")
async def import_xva(request: Request) -> Response:
    xapi = request.xapi
    task = task_of(request)
    try:
        sr = target_sr(xapi.store, request.query.get("sr_id", ""))
    except ApiError as exc:
        raise refused(request, task, exc) from None
    progress = Progress(request, task, int(request.headers.get("content-length", "0") or 0))
    imported: ImportedVm | None = None
    try:
        imported = await _read(request, sr, progress)
    except (BadTar, BadMetadata) as exc:
        raise refused(request, task, ApiError("IMPORT_ERROR", str(exc))) from None
    except ApiError as exc:
        raise refused(request, task, exc) from None
    progress.done([imported.vm])
    return Response(body=imported.vm.encode())


async def _counted(request: Request, progress: Progress) -> AsyncIterator[bytes]:
    async for chunk in request.body():
        progress.step(len(chunk))
        yield chunk


async def _read(request: Request, sr: str, progress: Progress) -> ImportedVm:
    xapi = request.xapi
    imported: ImportedVm | None = None
    pending: tuple[str, bytes] | None = None
    written: dict[str, int] = {}
    try:
        async for name, data in members(_counted(request, progress), OVA_LIMIT):
            if progress.cancelled():
                raise ApiError(errors.TASK_CANCELLED, progress.task)
            if imported is None:
                if name != "ova.xml":
                    raise BadMetadata(f"the XVA starts with {name!r}, not ova.xml")
                imported = create_vm(xapi.store, parse_ova_xml(data), sr, xapi.clock.now_datetime())
                continue
            pending = _take_block(imported, name, data, pending, written, request)
            await asyncio.sleep(0)
        if imported is None:
            raise BadMetadata("the XVA holds no ova.xml")
        if pending is not None:
            raise BadMetadata(f"block {pending[0]} has no checksum file")
        for ident, nbytes in written.items():
            vdis.guest_writes(xapi.store, imported.disks[ident][0], nbytes)
        return imported
    except BaseException:
        if imported is not None:
            for _ref, uuid, _size in imported.disks.values():
                xapi.disks.drop(uuid)
            imported.undo()
        raise


def _take_block(imported: ImportedVm, name: str, data: bytes, pending: tuple[str, bytes] | None,
                written: dict[str, int], request: Request) -> tuple[str, bytes] | None:
    match = BLOCK_NAME.match(name)
    if match is None:
        return pending  # other members (xapi writes none) are ignored, as xapi does
    ident, index, suffix = match.group(1), int(match.group(2)), match.group(3)
    if ident not in imported.disks:
        raise BadMetadata(f"block {name!r} belongs to no disk of ova.xml")
    if suffix is None:
        if pending is not None:
            raise BadMetadata(f"block {pending[0]} has no checksum file")
        _ref, _uuid, size = imported.disks[ident]
        if index * BLOCK >= max(size, 1) or len(data) > BLOCK:
            raise BadMetadata(f"block {name!r} lies beyond the disk's virtual size of {size} bytes")
        return name, data
    if pending is None or pending[0] != name[:-len(suffix)]:
        raise BadMetadata(f"checksum file {name!r} follows no block")
    if suffix == ".checksum":
        expected = data.decode("ascii", "replace").strip().lower()
        actual = hashlib.sha1(pending[1]).hexdigest()
        if expected != actual:
            raise BadMetadata(f"checksum mismatch in block {pending[0]}: the file says {expected}, "
                              f"the data has {actual}")
    _ref, uuid, _size = imported.disks[ident]
    request.xapi.disks.put(uuid, index, pending[1])
    written[ident] = written.get(ident, 0) + BLOCK
    return None

