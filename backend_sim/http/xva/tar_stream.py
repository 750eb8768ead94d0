"""Tar as a stream: members written one by one (ustar), and read back from chunks as they arrive.

XVA files are plain tars; gzip is detected from the first bytes and undone on the fly. zstd is
not supported by the simulator (no zstd library is a dependency): it is refused with a clear error.
"""

from __future__ import annotations

import tarfile
import zlib
from collections.abc import AsyncIterator

RECORD = 512
GZIP_MAGIC = b"\x1f\x8b"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


class BadTar(ValueError):
    """The body is not a readable tar (or a compression the simulator does not read)."""


def member(name: str, data: bytes, mtime: int = 0) -> bytes:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = mtime
    info.mode = 0o644
    pad = (-len(data)) % RECORD
    return info.tobuf(format=tarfile.USTAR_FORMAT) + data + bytes(pad)


END = bytes(2 * RECORD)


async def members(chunks: AsyncIterator[bytes], limit: int) -> AsyncIterator[tuple[str, bytes]]:
    """(name, data) of each member of the tar in `chunks` (gzip undone); a member over `limit` bytes is BadTar."""
    buffer = bytearray()
    decompressor: zlib._Decompress | None = None
    started = False
    ended = False

    async def more() -> bool:
        nonlocal decompressor, started
        async for chunk in chunks:  # one chunk a call: `chunks` is resumed where it stopped
            if not started:
                started = True
                if chunk[:4] == ZSTD_MAGIC:
                    raise BadTar("zstd-compressed XVA: the simulator reads plain or gzip-compressed XVA only")
                if chunk[:2] == GZIP_MAGIC:
                    decompressor = zlib.decompressobj(wbits=31)
            try:
                buffer.extend(decompressor.decompress(chunk) if decompressor else chunk)
            except zlib.error as exc:
                raise BadTar(f"the gzip stream is corrupt: {exc}") from None
            return True
        return False

    while not ended:
        while len(buffer) < RECORD:
            if not await more():
                if buffer.strip(b"\0"):
                    raise BadTar("the tar ends in the middle of a header")
                raise BadTar("the tar ends without its end-of-archive marker")
        header = bytes(buffer[:RECORD])
        if header.count(0) == RECORD:
            ended = True
            break
        try:
            info = tarfile.TarInfo.frombuf(header, "utf-8", "surrogateescape")
        except tarfile.TarError as exc:
            raise BadTar(f"a tar header is not valid: {exc}") from None
        if info.size > limit:
            raise BadTar(f"tar member {info.name!r} is {info.size} bytes, more than the {limit} allowed")
        total = RECORD + info.size + (-info.size) % RECORD
        while len(buffer) < total:
            if not await more():
                raise BadTar(f"the tar ends inside member {info.name!r}")
        data = bytes(buffer[RECORD:RECORD + info.size])
        del buffer[:total]
        yield info.name, data

