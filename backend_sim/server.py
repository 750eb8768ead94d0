"""Serve one or more simulated pools over HTTP, each on its own port, in one process."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import ipaddress
import signal
import socket
import sys
from collections.abc import Callable, Coroutine, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import uvicorn

from .http import handlers  # noqa: F401  (registers the HTTP handlers)
from .http.app import XapiApp
from .http.connect import ConnectHttpProtocol
from .xapi import Xapi


@dataclass
class Endpoint:
    xapi: Xapi
    host: str
    port: int


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on such sockets, and without it every
    # reply (headers and body written separately) waits ~40 ms for the delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(512)
    sock.setblocking(False)
    return sock


def url_of(sock: socket.socket, scheme: str = "http") -> str:
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"{scheme}://{shown}:{port}"


def ready_line(xapi: Xapi, url: str) -> str:
    """The line clients and tests wait for; one per pool, the main pool first."""
    config = xapi.config
    return f"xapi-sim ready url={url} user={config.user} password={config.password} pool={xapi.pool_name()}"


def uvicorn_config(app: Any, certfile: str | None = None) -> uvicorn.Config:
    """How every pool is served: httptools with the CONNECT hand-off, WebSockets through `websockets`; https when
    given a PEM file holding the private key and the certificate (xapi's xapi-ssl.pem)."""
    return uvicorn.Config(app, log_level="warning", lifespan="off", access_log=False, timeout_keep_alive=75,
                          http=ConnectHttpProtocol, ws="websockets-sansio",
                          # Blocked event.from calls, clock-bound tasks and open tunnels must not hold a stop.
                          timeout_graceful_shutdown=2, loop="none", ssl_certfile=certfile)


class Server(uvicorn.Server):
    """uvicorn re-raises a captured SIGTERM after shutdown, which would kill us before --save
    runs; signals are handled once for all pools in serve() instead."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        # Open console tunnels would hold the graceful stop until its timeout: their viewers go first.
        app = self.config.app
        if isinstance(app, XapiApp):
            app.xapi.consoles.disconnect_viewers()
        await super().shutdown(sockets)


Companion = Callable[[], Coroutine[Any, Any, None]]


async def serve(endpoints: Sequence[Endpoint], *, certfile: str | None = None,
                companions: Sequence[Companion] = ()) -> None:
    """Serve every pool until a signal stops them; `companions` (a periodic save) run beside the servers from
    the ready lines on and are cancelled when they stop."""
    scheme = "https" if certfile else "http"
    for endpoint in endpoints:
        await endpoint.xapi.start()
    # The pools' rows live as long as the process: in the collector's permanent generation, full collections
    # (which a big reply's allocations trigger) no longer walk them all, which took 100-300 ms on a large pool.
    gc.collect()
    gc.freeze()
    sockets = [bind(e.host, e.port) for e in endpoints]
    # Pools in one process know each other by URL: cross-pool migration finds its destination here.
    peers = {url_of(sock, scheme): endpoint.xapi for endpoint, sock in zip(endpoints, sockets, strict=True)}
    for url, xapi in peers.items():
        xapi.url = url
        xapi.peers = peers
    for endpoint in endpoints:
        wildcard = endpoint.host in ("0.0.0.0", "::", "")
        endpoint.xapi.adopt_address("127.0.0.1" if wildcard else endpoint.host)
    servers = [Server(uvicorn_config(XapiApp(endpoint.xapi), certfile)) for endpoint in endpoints]
    loop = asyncio.get_running_loop()

    def stop() -> None:
        for server in servers:
            server.should_exit = True

    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # not on Windows event loops
            loop.add_signal_handler(signum, stop)
    tasks = [asyncio.create_task(server.serve(sockets=[sock])) for server, sock in zip(servers, sockets,
                                                                                       strict=True)]
    while not all(server.started for server in servers):
        if any(task.done() for task in tasks):
            break
        await asyncio.sleep(0.01)
    else:
        for endpoint, sock in zip(endpoints, sockets, strict=True):
            print(ready_line(endpoint.xapi, url_of(sock, scheme)), flush=True)
    beside = [asyncio.create_task(companion()) for companion in companions]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for task in beside:
        task.cancel()
    await asyncio.gather(*beside, return_exceptions=True)
    # One server stopping (a signal reaches them all) stops the others too.
    for server in servers:
        server.should_exit = True
    await asyncio.gather(*pending, return_exceptions=True)
    for endpoint in endpoints:
        await endpoint.xapi.consoles.stop()
    for task in done:
        if task.exception() is not None:
            print(f"xapi-sim: server failed: {task.exception()}", file=sys.stderr)
