"""Guest consoles through the CONNECT tunnel: full-screen 1024x768 updates per second as a simple client
receives them (Raw and ZRLE, a text console and a graphical one), key-to-echo latency, the RPC latency of the
same server while a console streams, and in-process render/encode times of one full frame.

    python bench/console_rfb.py [--seconds 5] [--keys 60]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from simproc import REPO, BenchError, Server, jsonrpc, line, login, new_client, run, start_server

sys.path.insert(0, str(REPO))  # the simple RFB client of the simulator's package

from backend_sim.rfb.client import RfbClient
from backend_sim.rfb.encodings import COPY_RECT, DESKTOP_SIZE, RAW, ZRLE

RETURN = 0xFF0D


async def open_console(server: Server, session: str, vm: str, encodings: list[int]) -> RfbClient:
    host, port = server.url.removeprefix("http://").rsplit(":", 1)
    reader, writer = await asyncio.open_connection(host, int(port))
    writer.write(f"CONNECT /console?ref={vm} HTTP/1.0\r\nCookie: session_id={session}\r\n\r\n".encode())
    head = await reader.readuntil(b"\r\n\r\n")
    if not head.startswith(b"HTTP/1.1 200"):
        raise BenchError(f"CONNECT refused: {head!r}")
    client = RfbClient(reader, writer)
    await client.handshake()
    await client.set_encodings(encodings)
    await client.request(incremental=False)
    await client.read_update()
    while client.pixels.shape != (768, 1024):  # the firmware's text mode first, then the guest's own
        await client.request()
        await client.read_update()
    return client


async def full_frames(client: RfbClient, seconds: float) -> tuple[float, float]:
    """Non-incremental requests back to back: every answer is the whole 1024x768 screen, encoded anew."""
    frames, received = 0, 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        await client.request(incremental=False)
        update = await client.read_update()
        frames += 1
        received += update.area
    elapsed = time.perf_counter() - start
    if received != frames * 1024 * 768:
        raise BenchError("an update was not the full screen")
    return frames / elapsed, elapsed


async def key_echo(client: RfbClient, keys: int) -> list[float]:
    """A key sent with an update request outstanding, to the update that draws its glyph."""
    delays = []
    await client.request()
    for index in range(keys):
        char = "abcdefghij"[index % 10]
        sent = time.perf_counter()
        await client.tap(ord(char))
        await client.read_update()
        delays.append((time.perf_counter() - sent) * 1000)
        await client.request()
    for _ in range(keys):
        await client.tap(0xFF08)  # BackSpace: leave the prompt as it was
    return delays


def rpc_latency(server: Server, session: str, calls: int) -> list[float]:
    client = new_client(server.url, 30)
    try:
        times = []
        for _ in range(calls):
            start = time.perf_counter()
            jsonrpc(client, "pool.get_all", [session])
            times.append((time.perf_counter() - start) * 1000)
        return times
    finally:
        client.close()


async def measure(args: argparse.Namespace, server: Server) -> None:
    http = new_client(server.url, 30)
    session = login(http, server)
    host = jsonrpc(http, "host.get_all", [session])[0]
    jsonrpc(http, "host.call_plugin", [session, host, "sim", "clock_step", {"seconds": "40"}])
    web = jsonrpc(http, "VM.get_by_name_label", [session, "web01"])[0]
    windows = jsonrpc(http, "VM.get_by_name_label", [session, "win2022"])[0]
    http.close()

    text = await open_console(server, session, web, [ZRLE, COPY_RECT, RAW, DESKTOP_SIZE])
    for char in "root\rsecret\r":
        await text.tap(RETURN if char == "\r" else ord(char))
    await asyncio.sleep(0.3)
    await text.request(incremental=False)
    await text.read_update()

    for name, vm, encodings in (("text console, ZRLE", web, [ZRLE, DESKTOP_SIZE]),
                                ("text console, Raw", web, [RAW, DESKTOP_SIZE]),
                                ("graphical console, ZRLE", windows, [ZRLE, DESKTOP_SIZE]),
                                ("graphical console, Raw", windows, [RAW, DESKTOP_SIZE])):
        client = await open_console(server, session, vm, encodings)
        rate, _ = await full_frames(client, args.seconds)
        line(f"full-screen 1024x768 updates through CONNECT ({name})", rate, "/s")
        await client.close()

    delays = await key_echo(text, args.keys)
    line("key to echoed glyph, median", statistics.median(delays), "ms")
    line("key to echoed glyph, 95th percentile", statistics.quantiles(delays, n=20)[-1], "ms")

    idle = await asyncio.to_thread(rpc_latency, server, session, 50)
    streamer = await open_console(server, session, windows, [RAW, DESKTOP_SIZE])
    stream = asyncio.create_task(full_frames(streamer, args.seconds))
    await asyncio.sleep(0.3)
    busy = await asyncio.to_thread(rpc_latency, server, session, 50)
    await stream
    await streamer.close()
    line("RPC latency, idle (median)", statistics.median(idle), "ms")
    line("RPC latency while a console streams full Raw frames (median)", statistics.median(busy), "ms")
    line("RPC latency while a console streams full Raw frames (max)", max(busy), "ms")
    await text.close()


def in_process() -> None:
    """What one full frame costs the server's event loop (render) and its encoder thread (encode)."""
    from backend_sim.console.framebuffer import Framebuffer
    from backend_sim.console.terminal import Terminal
    from backend_sim.console.windows import desktop
    from backend_sim.console.world import VmFacts
    from backend_sim.rfb.encodings import ZrleEncoder, raw
    from backend_sim.rfb.pixels import SERVER_FORMAT

    screen = Framebuffer(1024, 768, "bench")
    terminal = Terminal(screen)
    page = "".join(f"{n:4d} the quick brown fox jumps over the lazy dog {'=' * 70}\n" for n in range(48))
    terminal.write(page)
    runs = 20
    start = time.perf_counter()
    for n in range(runs):
        terminal.write(f"\x1b[H\x1b[{31 + n % 7}m" + page)
    line("render a full 1024x768 text screen (on the loop)", (time.perf_counter() - start) / runs * 1000, "ms")
    facts = VmFacts("r", "u", "win2022", "Running", 3, True, True, "Windows Server 2022", 2, 2 << 30, 4 << 30,
                    0.0, "h", "hu", "Intel Xeon", "4.17.5")
    start = time.perf_counter()
    for n in range(runs):
        screen.paste_image(desktop(facts, 1_700_000_000 + 60 * n))
    line("draw a full 1024x768 graphical screen (on the loop)", (time.perf_counter() - start) / runs * 1000, "ms")
    pixels = screen.pixels.copy()
    encoder = ZrleEncoder(SERVER_FORMAT)
    start = time.perf_counter()
    for _ in range(runs):
        encoder.encode(pixels)
    line("ZRLE-encode a full graphical frame (worker thread)", (time.perf_counter() - start) / runs * 1000, "ms")
    start = time.perf_counter()
    for _ in range(runs):
        raw(pixels, SERVER_FORMAT)
    line("Raw-encode a full frame (worker thread)", (time.perf_counter() - start) / runs * 1000, "ms")


def bench(args: argparse.Namespace, servers: list[Server]) -> int:
    in_process()
    server = start_server("xapi-sim", [sys.executable, "-m", "backend_sim", "--port", "0", "--manual-clock",
                                       "--auth-failure-delay", "0", "--no-vnc-ports"], servers, timeout=30)
    asyncio.run(measure(args, server))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(prog="console_rfb.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="seconds per full-frame measurement")
    parser.add_argument("--keys", type=int, default=60, help="keys typed for the echo latency")
    args = parser.parse_args()
    return run("console_rfb.py", bench, args)


if __name__ == "__main__":
    sys.exit(main())
