"""The contents of simulated virtual disks: sparse, only the 1 MiB blocks that hold a non-zero byte are kept.

A 4 GiB disk with a few written blocks costs a few MiB; every other block reads as zeros. Keyed by
VDI uuid, one `DiskBlocks` per pool (Xapi.disks). What /export, /import and the raw VDI handlers move.
"""

from __future__ import annotations

BLOCK = 1 << 20
ZERO_BLOCK = bytes(BLOCK)


class DiskBlocks:
    def __init__(self) -> None:
        self._disks: dict[str, dict[int, bytes]] = {}

    def indexes(self, vdi_uuid: str) -> list[int]:
        """The indexes of the blocks that hold data, in order."""
        return sorted(self._disks.get(vdi_uuid, {}))

    def read(self, vdi_uuid: str, index: int) -> bytes:
        return self._disks.get(vdi_uuid, {}).get(index, ZERO_BLOCK)

    def put(self, vdi_uuid: str, index: int, block: bytes) -> None:
        """Store one whole block (shorter data is zero-padded); an all-zero block frees its place."""
        if len(block) < BLOCK:
            block = block + bytes(BLOCK - len(block))
        disk = self._disks.setdefault(vdi_uuid, {})
        if block.count(0) == BLOCK:
            disk.pop(index, None)
        else:
            disk[index] = block

    def write(self, vdi_uuid: str, offset: int, data: bytes) -> None:
        """Write `data` at byte `offset`, across block boundaries."""
        view = memoryview(data)
        while view:
            index, start = divmod(offset, BLOCK)
            take = min(BLOCK - start, len(view))
            block = bytearray(self.read(vdi_uuid, index))
            block[start:start + take] = view[:take]
            self.put(vdi_uuid, index, bytes(block))
            offset += take
            view = view[take:]

    def written_bytes(self, vdi_uuid: str) -> int:
        return len(self._disks.get(vdi_uuid, {})) * BLOCK

    def drop(self, vdi_uuid: str) -> None:
        self._disks.pop(vdi_uuid, None)
