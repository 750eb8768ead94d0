"""Screenshots of the General and Memory tabs (PNG under tmp_path; copied to $TABS_SHOTS_DIR when set)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from PySide6.QtGui import QImage
from tabs_support import Env, env_fixture  # noqa: F401


def shoot(qtbot: Any, env: Env, name: str) -> QImage:
    qtbot.wait(20)  # let the layouts settle, as the event loop would
    path = Path(qtbot.screenshot(env.host, suffix=name))
    target = os.environ.get("TABS_SHOTS_DIR")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(target) / f"{name}.png")
    return QImage(str(path))


def test_general_and_memory_screenshots(env: Env, qtbot: Any) -> None:
    env.select("OpaqueRef:web")
    general = shoot(qtbot, env, "general-vm")
    env.select("OpaqueRef:h1")
    env.host.show_tab("memory")
    memory = shoot(qtbot, env, "memory-host")
    env.select("OpaqueRef:pool")
    pool = shoot(qtbot, env, "memory-pool")
    env.select("OpaqueRef:web")
    vm = shoot(qtbot, env, "memory-vm")
    for image in (general, memory, pool, vm):
        assert not image.isNull() and image.width() >= 900
    assert general != memory
