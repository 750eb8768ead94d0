"""The console thumbnail kept with a snapshot: the running VM's screen (xapi's `GET /vncsnapshot`) just before the
snapshot is taken, scaled down with Pillow in a worker thread and stored base64 in the snapshot's other_config
(core/snapshots.py reads it back). A thumbnail is a nicety: when there is no screen to take (a halted VM, a server
without the handler, a refusal) the snapshot is taken without one and nothing fails."""

from __future__ import annotations

import asyncio
import io
import logging

from .connection import Connection
from .snapshots import THUMBNAIL_KEY, THUMBNAIL_WIDTH, encode_thumbnail
from .xenapi.errors import XenAPIError

log = logging.getLogger(__name__)

FETCH_TIMEOUT = 10.0
MAX_SCREEN_BYTES = 16 * 1024 * 1024  # a PNG screen larger than this is not a screen


def scaled_png(data: bytes, width: int = THUMBNAIL_WIDTH) -> bytes:
    """`data` (a PNG) scaled to at most `width` pixels wide, as a PNG. ValueError when it is not an image."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            shown = image.convert("RGB")
    except (UnidentifiedImageError, OSError) as exc:
        raise ValueError(f"not an image: {exc}") from None
    shown.thumbnail((width, width * 2))
    out = io.BytesIO()
    shown.save(out, "PNG", optimize=True)
    return out.getvalue()


async def capture(connection: Connection, vm: str) -> bytes | None:
    """A thumbnail of the VM's screen now, or None (not running, or the server gives none)."""
    record = connection.cache.get("VM", vm)
    client = connection.client
    if record is None or record.get("power_state") != "Running" or client is None:
        return None
    try:
        response = await client.get("/vncsnapshot", {"uuid": str(record.get("uuid", ""))}, timeout=FETCH_TIMEOUT)
    except (XenAPIError, OSError) as exc:
        log.info("no console thumbnail for %s: %s", vm, exc)
        return None
    if response.status_code != 200 or len(response.content) > MAX_SCREEN_BYTES:
        log.info("no console thumbnail for %s: HTTP %s", vm, response.status_code)
        return None
    try:
        return await asyncio.to_thread(scaled_png, response.content)
    except ValueError as exc:
        log.info("no console thumbnail for %s: %s", vm, exc)
        return None


async def attach(connection: Connection, snapshot: str, png: bytes) -> None:
    """Keep `png` with the snapshot (skipped when too large, or when the role may not write other_config)."""
    encoded = encode_thumbnail(png)
    client = connection.client
    if encoded is None or client is None:
        return
    try:
        await client.call("VM.add_to_other_config", snapshot, THUMBNAIL_KEY, encoded)
    except XenAPIError as exc:
        log.info("the thumbnail of %s was not kept: %s", snapshot, exc)
