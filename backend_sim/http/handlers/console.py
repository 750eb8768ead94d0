"""VM consoles as xapi serves them: `CONNECT /console` (then raw RFB), `GET /console` upgraded to a
WebSocket (binary RFB frames, as noVNC speaks it), and `GET /vncsnapshot` (a PNG of the screen).

A console is named by `ref` (a VM or console ref) or `uuid` (a console or VM uuid). A request
without a session, for a halted VM or for an unknown ref is refused before any RFB byte.
"""

from __future__ import annotations

from ...console.framebuffer import Framebuffer
from ...console_service.service import ConsoleRefused
from ...rfb.channel import StreamChannel, WebSocketChannel
from ...rfb.session import RfbSession
from ..channels import Tunnel, WebSocketUpgrade
from ..registry import HANDLERS, HttpError, Request, Response

PERMISSION = "http/connect_console"


def _screen(request: Request) -> Framebuffer:
    try:
        return request.xapi.consoles.screen(request.query)
    except ConsoleRefused as refused:
        raise HttpError(refused.status, str(refused)) from None


@HANDLERS.connect("/console", permission=PERMISSION)
async def console_tunnel(request: Request, tunnel: Tunnel) -> None:
    screen = _screen(request)
    reader, writer = await tunnel.accept()
    await RfbSession(screen, StreamChannel(reader, writer)).run()


@HANDLERS.websocket("/console", permission=PERMISSION)
async def console_websocket(request: Request, upgrade: WebSocketUpgrade) -> None:
    screen = _screen(request)
    offered = [p.strip() for p in request.headers.get("sec-websocket-protocol", "").split(",") if p.strip()]
    socket = await upgrade.accept("binary" if "binary" in offered else None)
    await RfbSession(screen, WebSocketChannel(socket)).run()


@HANDLERS.http("/vncsnapshot", "GET", permission="http/get_vncsnapshot")
async def vnc_snapshot(request: Request) -> Response:
    try:
        png = request.xapi.consoles.snapshot(request.query)
    except ConsoleRefused as refused:
        raise HttpError(refused.status, str(refused)) from None
    return Response(200, png, "image/png")
