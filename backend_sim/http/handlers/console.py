"""VM consoles as xapi serves them: `CONNECT /console` (then raw RFB), `GET /console` upgraded to a
WebSocket (binary RFB frames, as noVNC speaks it), and `GET /vncsnapshot` (a PNG of the screen).

A console is named by `ref` (a VM or console ref) or `uuid` (a console or VM uuid). A request
without a session, for a halted VM or for an unknown ref is refused before any RFB byte; dom0's
console needs pool-admin (xapi's `.../host_console` permissions).
"""

from __future__ import annotations

from ...console.framebuffer import Framebuffer
from ...console_service.service import ConsoleRefused
from ...rfb.channel import StreamChannel, WebSocketChannel
from ...rfb.session import RfbSession
from ..channels import Tunnel, WebSocketUpgrade
from ..registry import HANDLERS, HttpError, Request, Response

CONSOLE, CONSOLE_WS, SNAPSHOT = "http/connect_console", "http/connect_console_ws", "http/get_vncsnapshot"
HOST_CONSOLE = {CONSOLE: "http/connect_console/host_console", CONSOLE_WS: "http/connect_console/host_console",
                SNAPSHOT: "http/get_vncsnapshot/host_console"}


def _screen(request: Request, permission: str) -> Framebuffer:
    """The screen of the console the request names, once the session may see it."""
    consoles = request.xapi.consoles
    try:
        vm = consoles.vm_of(request.query)
        if consoles.is_host_console(vm):
            HANDLERS.authorize(request.xapi, request.session, HOST_CONSOLE[permission])
        return consoles.screen(vm)
    except ConsoleRefused as refused:
        raise HttpError(refused.status, str(refused)) from None


@HANDLERS.connect("/console", permission=CONSOLE)
async def console_tunnel(request: Request, tunnel: Tunnel) -> None:
    screen = _screen(request, CONSOLE)
    reader, writer = await tunnel.accept()
    await RfbSession(screen, StreamChannel(reader, writer)).run()


@HANDLERS.websocket("/console", permission=CONSOLE_WS)
async def console_websocket(request: Request, upgrade: WebSocketUpgrade) -> None:
    screen = _screen(request, CONSOLE_WS)
    offered = [p.strip() for p in request.headers.get("sec-websocket-protocol", "").split(",") if p.strip()]
    socket = await upgrade.accept("binary" if "binary" in offered else None)
    await RfbSession(screen, WebSocketChannel(socket)).run()


@HANDLERS.http("/vncsnapshot", "GET", permission=SNAPSHOT)
async def vnc_snapshot(request: Request) -> Response:
    screen = _screen(request, SNAPSHOT)
    return Response(200, request.xapi.consoles.png(screen), "image/png")
