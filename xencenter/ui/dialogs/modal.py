"""Await a dialog without a nested event loop: `open()` it and wait for `finished` (never exec() in a coroutine)."""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QDialog


async def show_dialog(dialog: QDialog) -> int:
    """Open `dialog` window-modally and return its result code when it closes."""
    future: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def done(result: int) -> None:
        if not future.done():
            future.set_result(result)

    dialog.finished.connect(done)
    dialog.open()
    try:
        return await future
    finally:
        dialog.finished.disconnect(done)
        if future.cancelled():
            dialog.reject()
