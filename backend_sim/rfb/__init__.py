"""An RFB (VNC) server over asyncio: protocol 3.8 (3.3 and 3.7 clients too), security None.

It knows nothing of VMs: it shows a `Display` (display.py) to one client per `RfbSession`
(session.py) over a byte `Channel` (channel.py): asyncio streams for a plain port or a CONNECT
tunnel, WebSocket messages for noVNC-style clients.
"""
