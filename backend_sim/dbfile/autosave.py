"""Saving a served pool while it runs: `--save-every SECONDS` writes it in xapi's format without stalling clients.

The document is rendered from a store snapshot (store/snapshot.py: the rows as they were when the save began)
in slices of a few milliseconds on the server's loop, streamed into the temporary file, then flushed, renamed
and the directory flushed off the loop (writer.AtomicFile). So a `kill -9` at any moment leaves the file with
the previous complete state or the new one, and every object committed before the save began is in it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os

from ..store.store import Store
from ..wire.slices import LoopSlices
from . import writer
from .report import DbFileError

log = logging.getLogger("backend_sim.dbfile")

CHUNK = 256 * 1024  # bytes gathered before a write to the temporary file


async def save_in_slices(store: Store, path: str | os.PathLike[str]) -> int:
    """Write the store to `path` atomically without holding the loop; the generation saved."""
    slices = LoopSlices()
    with store.snapshot() as snapshot, writer.AtomicFile(path) as out:
        pieces: list[str] = []
        size = 0
        for piece in writer.render(snapshot):
            pieces.append(piece)
            size += len(piece)
            if size >= CHUNK or slices.due():
                out.write("".join(pieces).encode("utf-8"))
                pieces.clear()
                size = 0
                if slices.due():
                    await slices.pause()
        out.write("".join(pieces).encode("utf-8"))
        # The rename must not be abandoned halfway by a cancel: wait for the thread whatever happens.
        commit = asyncio.ensure_future(asyncio.to_thread(out.commit))
        try:
            await asyncio.shield(commit)
        except asyncio.CancelledError:
            with contextlib.suppress(Exception):
                await commit
            raise
        return snapshot.generation


def remove_leftovers(path: str | os.PathLike[str]) -> None:
    """Temporary files of saves a killed simulator left behind are garbage: the target is whole."""
    for leftover in writer.leftover_temporaries(path):
        with contextlib.suppress(OSError):
            os.unlink(leftover)


async def save_every(store: Store, path: str | os.PathLike[str], seconds: float) -> None:
    """Save every `seconds` while the store changed since the last save; a failed save is reported and retried."""
    remove_leftovers(path)
    saved = -1
    while True:
        await asyncio.sleep(seconds)
        if store.generation == saved:
            continue
        try:
            saved = await save_in_slices(store, path)
        except DbFileError as exc:
            log.error("periodic save failed: %s", exc)
