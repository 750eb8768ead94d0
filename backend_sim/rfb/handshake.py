"""The RFB opening: version, security None, ClientInit and ServerInit."""

from __future__ import annotations

import re
import struct

from .channel import Channel
from .pixels import SERVER_FORMAT

SERVER_VERSION = b"RFB 003.008\n"
VERSION = re.compile(rb"RFB (\d{3})\.(\d{3})\n")
SECURITY_NONE = 1


class HandshakeRefused(Exception):
    pass


def client_minor(reply: bytes) -> int:
    """The protocol minor version we speak with this client: 3, 7 or 8 (as the RFC says to fall back)."""
    match = VERSION.fullmatch(reply)
    if match is None:
        raise HandshakeRefused("not an RFB version")
    major, minor = int(match.group(1)), int(match.group(2))
    if major < 3:
        raise HandshakeRefused(f"RFB {major}.{minor} is not supported")
    if major > 3 or minor >= 8:
        return 8
    return 7 if minor == 7 else 3


async def handshake(channel: Channel, width: int, height: int, name: str) -> int:
    """Everything up to the first normal message; returns the minor version agreed."""
    channel.write(SERVER_VERSION)
    await channel.drain()
    minor = client_minor(await channel.read(12))
    if minor == 3:
        channel.write(struct.pack(">I", SECURITY_NONE))  # 3.3: the server decides
    else:
        channel.write(bytes((1, SECURITY_NONE)))
        await channel.drain()
        chosen = (await channel.read(1))[0]
        if chosen != SECURITY_NONE:
            if minor == 8:
                reason = b"only security type None (1) is offered"
                channel.write(struct.pack(">II", 1, len(reason)) + reason)
                await channel.drain()
            raise HandshakeRefused(f"client chose security type {chosen}")
        if minor == 8:
            channel.write(struct.pack(">I", 0))  # SecurityResult OK, sent for None only from 3.8 on
    await channel.drain()
    await channel.read(1)  # ClientInit: the shared flag; every viewer of a console shares it anyway
    encoded = name.encode("utf-8")
    channel.write(struct.pack(">HH", width, height) + SERVER_FORMAT.pack() + struct.pack(">I", len(encoded))
                  + encoded)
    await channel.drain()
    return minor
