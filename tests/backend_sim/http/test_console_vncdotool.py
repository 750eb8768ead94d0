"""A real VNC viewer (vncdotool) on a running VM's plain VNC port: the login prompt, a login, `free -m`."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PIL import Image

from conftest import SimServer
from rfb_support import call, login, pixels_of, shows_text, step_clock, vm_named
from sdk_support import sim_fixture  # (on the path through rfb_support)

server_fixture = sim_fixture("--scenario", "demo", "--manual-clock")


def vnc_port(server: SimServer, session: str, vm: str) -> int:
    for console in call(server, "VM.get_consoles", session, vm):
        record = call(server, "console.get_record", session, console)
        if record["protocol"] == "rfb":
            return int(record["other_config"]["vnc-port"])
    raise AssertionError("no rfb console")


@pytest.mark.slow
def test_vncdotool_logs_in_and_sees_free_m(server: SimServer, tmp_path: Path) -> None:
    from vncdotool import api  # its Twisted reactor runs in a thread for the rest of the process

    session = login(server)
    step_clock(server, session, 30)
    port = vnc_port(server, session, vm_named(server, session, "web01"))
    client = api.connect(f"127.0.0.1::{port}", timeout=20)
    try:
        before, after = tmp_path / "before.png", tmp_path / "after.png"
        client.captureScreen(str(before))
        first = pixels_of(Image.open(before))
        assert shows_text(first, "web01 login:")
        for line in ("root", "secret", "free -m"):
            for char in line:  # keyPress names a key: a character, or "space" for the blank
                client.keyPress("space" if char == " " else char)
            client.keyPress("enter")
        time.sleep(0.5)
        client.captureScreen(str(after))
        second = pixels_of(Image.open(after))
        assert first.shape == second.shape and (first != second).any()
        assert shows_text(second, "free -m") and shows_text(second, "Mem:") and shows_text(second, "total")
    finally:
        client.disconnect()
        api.shutdown()
