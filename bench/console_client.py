"""The console's RFB client core: full-screen 1024x768 updates decoded per second, GUI-thread stalls while a
console paints them, and memory with four consoles open.

Servers are the tests' RFB server (tests/xencenter/core/rfb_server.py) on loopback, each in a child process
(so the figures are the client's), reached through the same CONNECT tunnel the console uses against xapi.
Phases:

* (a) core only: `RfbClient` decodes an endless stream of full-screen updates for `--duration` seconds, ZRLE of
  a text console (what PV guests and dom0 show), ZRLE of a busy graphical screen, and Raw;
* (b) the same ZRLE text stream shown in an `RfbView` (Qt offscreen): updates/s, and the longest gap between
  the ticks of a 5 ms QTimer on the GUI thread (how long the GUI was held);
* (c) key echo: milliseconds from a key sent to the update that draws it, on a guest's console in the simulator
  (`python -m backend_sim --scenario demo --speed 20`, web01 logged in), through the CONNECT tunnel;
* (d) VmRSS before and with four consoles open (each 1024x768 streaming Raw updates, one RfbView each).

Output: one `name: value unit` line per figure. Run from anywhere: `python bench/console_client.py
[--duration 5]`.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "xencenter" / "core"), str(ROOT / "bench")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import numpy as np  # noqa: E402
import qasync  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from simproc import BenchError, Server, start_server  # noqa: E402

from xencenter.core.rfb import keymap  # noqa: E402
from xencenter.core.rfb.client import RfbClient  # noqa: E402
from xencenter.core.rfb.errors import ConsoleError  # noqa: E402
from xencenter.core.rfb.framebuffer import Rect  # noqa: E402
from xencenter.core.rfb.session import ConsoleSession  # noqa: E402
from xencenter.core.rfb.tunnel import Target, open_console, open_tunnel  # noqa: E402
from xencenter.core.xenapi.client import XenAPIClient  # noqa: E402
from xencenter.core.xenapi.errors import XenAPIError  # noqa: E402
from xencenter.ui.widgets.rfb_view import RfbView  # noqa: E402

from rfb_server import RfbTestServer, ZrleEncoder, raw_rect  # noqa: E402

W, H = 1024, 768
SESSION = "OpaqueRef:bench"


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def text_screen(seed: int) -> np.ndarray:
    """An 80x48 text console of 8x16 glyphs: light grey strokes on black, a different page per seed."""
    rng = np.random.default_rng(seed)
    glyphs = rng.integers(0, 2, size=(96, 16, 8), dtype=np.uint8) * (rng.random((96, 16, 8)) < 0.35)
    page = rng.integers(0, 96, size=(48, 128))
    page[:, 80:] = 0  # blank right margin
    page[rng.random(48) < 0.3, :] = 0  # empty lines
    cells = glyphs[page]  # (48, 128, 16, 8)
    bits = cells.transpose(0, 2, 1, 3).reshape(48 * 16, 128 * 8)
    return np.where(bits > 0, 0xAAAAAA, 0x000000).astype(np.uint32)


def busy_screen(seed: int) -> np.ndarray:
    """A graphical desktop: gradients with noise (ZRLE falls back to raw tiles)."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:H, 0:W]
    base = ((x * 255 // W) << 16 | (y * 255 // H) << 8 | ((x + y + seed * 40) & 0xFF)).astype(np.uint32)
    return base ^ rng.integers(0, 8, size=(H, W), dtype=np.uint32)


def update(*rects: bytes) -> bytes:
    return bytes([0, 0]) + len(rects).to_bytes(2, "big") + b"".join(rects)


def zrle_frames(screens: list[np.ndarray]) -> list[bytes]:
    """The first frame carries the zlib header and is sent once; the others are replayed in a cycle (each ends
    with a full flush, so none refers to data of the one before)."""
    encoder = ZrleEncoder(full_flush=True)
    return [update(encoder.rect(0, 0, screen)) for screen in [screens[-1], *screens]]


class Counter:
    def __init__(self) -> None:
        self.damaged = 0

    def on_resize(self, width: int, height: int) -> None:
        pass

    def on_damage(self, rects: list[Rect]) -> None:
        self.damaged += len(rects)

    def on_cut_text(self, text: str) -> None:
        pass


async def serve(frames: list[bytes]) -> RfbTestServer:
    server = await RfbTestServer(width=W, height=H, session=SESSION, extended_keys=False).start()
    server.frames = itertools.chain(frames[:1], itertools.cycle(frames[1:])) if len(frames) > 1 else \
        itertools.cycle(frames)
    return server


def frames_of(kind: str) -> list[bytes]:
    if kind == "zrle_text":
        return zrle_frames([text_screen(seed) for seed in range(4)])
    if kind == "zrle_busy":
        return zrle_frames([busy_screen(seed) for seed in range(2)])
    return [update(raw_rect(0, 0, busy_screen(seed))) for seed in range(2)]


async def serve_forever(kind: str) -> None:
    """The child process: serve `kind` frames and print the location, until stdin closes."""
    frames = frames_of(kind)
    server = await serve(frames)
    print(server.location, sum(map(len, frames)) // len(frames), flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
    await server.stop()


class Child:
    """A frame server in a process of its own, so the figures are the client's, not a shared core's."""

    def __init__(self, kind: str) -> None:
        self.process = subprocess.Popen([sys.executable, __file__, "--serve", kind], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        line = self.process.stdout.readline().split()
        if len(line) != 2:
            self.stop()
            raise SystemExit(f"the {kind} frame server did not start")
        self.location, self.frame_bytes = line[0], int(line[1])

    def stop(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()


async def core_rate(child: Child, duration: float) -> tuple[float, float]:
    """Updates/s and MB/s of update data decoded by RfbClient alone."""
    reader, writer = await open_tunnel(Target.parse(child.location), SESSION)
    client = RfbClient(reader, writer, Counter())
    await client.start()
    runner = asyncio.get_running_loop().create_task(client.run())
    await asyncio.sleep(0.5)  # warm up
    start, first = time.perf_counter(), client.updates
    await asyncio.sleep(duration)
    done = client.updates - first
    elapsed = time.perf_counter() - start
    runner.cancel()
    await client.close()
    return done / elapsed, done * child.frame_bytes / elapsed / 1e6


async def shown(location: str) -> tuple[RfbView, RfbClient, asyncio.Task[None]]:
    """A console shown in an RfbView, as the Console tab wires it (a ConsoleSession the view listens to)."""
    session = ConsoleSession()
    view = RfbView(session)
    view.resize(W, H)
    view.show()
    reader, writer = await open_tunnel(Target.parse(location), SESSION)
    client = session.client = RfbClient(reader, writer, session)
    session.framebuffer = client.framebuffer
    await client.start()
    return view, client, asyncio.get_running_loop().create_task(client.run())


async def view_rate(child: Child, duration: float) -> tuple[float, float, float, int]:
    """Updates/s shown in an RfbView, the longest and 99th-percentile GUI-thread gaps (ms), the paint events."""
    view, client, runner = await shown(child.location)
    await asyncio.sleep(0.5)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    start, first, paints = time.perf_counter(), client.updates, view.repaints
    await asyncio.sleep(duration)
    timer.stop()
    done, elapsed = client.updates - first, time.perf_counter() - start
    runner.cancel()
    await client.close()
    gaps = sorted(b - a for a, b in itertools.pairwise(ticks)) or [0.0]
    view.close()
    return done / elapsed, gaps[-1] * 1000, gaps[int(len(gaps) * 0.99)] * 1000, view.repaints - paints


async def four_consoles() -> tuple[float, float]:
    """VmRSS before and with four consoles open, each streaming full-screen Raw updates from a child process."""
    before = rss_mib()
    children = [Child("raw") for _ in range(4)]
    keep: list[tuple[RfbView, RfbClient, asyncio.Task[None]]] = []
    try:
        for child in children:
            view, client, runner = await shown(child.location)
            while client.updates < 1:
                await asyncio.sleep(0.01)
            keep.append((view, client, runner))
        await asyncio.sleep(1.0)  # the views paint meanwhile (the Qt loop runs while we wait)
        after = rss_mib()
    finally:
        for view, client, runner in keep:
            runner.cancel()
            await client.close()
            view.close()
        for child in children:
            child.stop()
    return before, after


class EchoWatch(Counter):
    """Damage as an event: a key's echo is the first update after it."""

    def __init__(self) -> None:
        super().__init__()
        self.event = asyncio.Event()

    def on_damage(self, rects: list[Rect]) -> None:
        super().on_damage(rects)
        self.event.set()


async def key_echo(samples: int) -> str:
    """Milliseconds from a key sent to the update that draws it, on web01's console in the simulator (logged
    in first), through the CONNECT tunnel: median and worst. A line saying why when it cannot run."""
    servers: list[Server] = []
    try:
        sim = start_server("sim", [sys.executable, "-m", "backend_sim", "--scenario", "demo", "--port", "0",
                                   "--speed", "20"], servers, timeout=60)
        api = XenAPIClient(sim.url)
        await api.login(sim.user, sim.password)
        [vm] = await api.call("VM.get_by_name_label", "web01")
        records = [await api.call("console.get_record", ref) for ref in await api.call("VM.get_consoles", vm)]
        location = next(r["location"] for r in records if r["protocol"] == "rfb")
        await asyncio.sleep(3)  # 60 simulated seconds: past the boot, at the login prompt
        reader, writer = await open_console(location, str(api.session_ref), api_url=sim.url)
        watch = EchoWatch()
        client = RfbClient(reader, writer, watch)
        await client.start()
        runner = asyncio.get_running_loop().create_task(client.run())

        async def press(keysym: int, echoed: bool = True) -> float:
            await asyncio.sleep(0.05)
            watch.event.clear()
            sent = time.perf_counter()
            client.key(keysym, True, keymap.xt_for_keysym(keysym))
            client.key(keysym, False, keymap.xt_for_keysym(keysym))
            if echoed:
                await asyncio.wait_for(watch.event.wait(), 5)
            return (time.perf_counter() - sent) * 1000

        for char in "root\n":
            await press(keymap.keysym_for_char(char))
        for char in "password\n":  # not echoed
            await press(keymap.keysym_for_char(char), echoed=False)
        await asyncio.sleep(1.0)
        times = sorted([await press(ord("x")) for _ in range(samples)])
        for _ in range(samples):
            await press(keymap.BACKSPACE)
        runner.cancel()
        await client.close()
        await api.logout()
        await api.aclose()
        return f"{times[len(times) // 2]:.1f} ms median, {times[-1]:.1f} ms worst of {samples}"
    except (BenchError, ConsoleError, TimeoutError, OSError, StopIteration, XenAPIError) as exc:
        return f"not measured ({type(exc).__name__}: {exc})"
    finally:
        for server in servers:
            server.stop()


async def main(duration: float) -> None:
    print(f"encoding frames ({W}x{H}) in the frame servers...", flush=True)
    children = {kind: Child(kind) for kind in ("zrle_text", "zrle_busy", "raw")}
    try:
        for kind, child in children.items():
            rate, mbps = await core_rate(child, duration)
            print(f"core_updates_per_s_{kind}: {rate:.1f} /s ({child.frame_bytes} B per update, "
                  f"{mbps:.1f} MB/s)", flush=True)
        children["view"] = Child("zrle_text")  # a fresh zlib stream for the new connection
        rate, stall, p99, paints = await view_rate(children["view"], duration)
        print(f"view_updates_per_s_zrle_text: {rate:.1f} /s ({paints} paint events)")
        print(f"view_gui_gap_ms: {stall:.1f} ms max, {p99:.1f} ms p99 (5 ms timer)")
    finally:
        for child in children.values():
            child.stop()
    print(f"key_echo_ms: {await key_echo(30)}", flush=True)
    before, after = await four_consoles()
    print(f"rss_before_consoles: {before:.0f} MiB")
    print(f"rss_four_consoles: {after:.0f} MiB (+{after - before:.0f} MiB)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=5.0)
    parser.add_argument("--serve", choices=("zrle_text", "zrle_busy", "raw"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        asyncio.run(serve_forever(args.serve))
        sys.exit(0)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)  # closing a view must not end the run
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(main(args.duration))
