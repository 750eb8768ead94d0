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
from .store.store import Store
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


class Launcher:
    """Pools that come or move while serving: an ejected host's new pool (pool.eject), a pool whose master
    HA replaced (the pool moves to a new port; its old apps answer HOST_IS_SLAVE through a stand-in xapi).
    Each gets a ready line like the pools served from the start."""

    def __init__(self, bind_host: str, address: str, peers: dict[str, Xapi], apps: list[XapiApp],
                 certfile: str | None = None) -> None:
        self.bind_host, self.address, self.certfile = bind_host, address, certfile
        self.peers, self.apps = peers, apps
        self.running: list[tuple[Server, asyncio.Task[None]]] = []
        self.started: list[Xapi] = []

    def _listen(self, xapi: Xapi) -> str:
        sock = bind(self.bind_host, 0)
        url = url_of(sock, "https" if self.certfile else "http")
        xapi.url, xapi.peers, xapi.launcher = url, self.peers, self
        self.peers[url] = xapi
        app = XapiApp(xapi)
        self.apps.append(app)
        server = Server(uvicorn_config(app, self.certfile))
        self.running.append((server, asyncio.get_running_loop().create_task(server.serve(sockets=[sock]))))
        print(ready_line(xapi, url), flush=True)
        return url

    async def serve(self, store: Store, beside: Xapi) -> str:
        xapi = Xapi(store, beside.clock, beside.config)
        await xapi.start()
        self.started.append(xapi)
        xapi.adopt_address(self.address)
        return self._listen(xapi)

    def relocate(self, xapi: Xapi) -> None:
        old = xapi.url
        stand_in = Xapi(Store(), xapi.clock, xapi.config)
        moved_to = [app for app in self.apps if app.xapi is xapi]
        url = self._listen(xapi)
        stand_in.url, stand_in.peers = old, self.peers
        stand_in.slave_of = url.removeprefix("http://").removeprefix("https://")
        self.peers[old] = stand_in
        for app in moved_to:
            app.xapi = stand_in

    def stop(self) -> None:
        for server, _ in self.running:
            server.should_exit = True

    async def wait(self) -> None:
        await asyncio.gather(*(task for _, task in self.running), return_exceptions=True)
        for xapi in self.started:
            await xapi.consoles.stop()


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
    apps = [XapiApp(endpoint.xapi) for endpoint in endpoints]
    servers = [Server(uvicorn_config(app, certfile)) for app in apps]
    first = endpoints[0].host
    launcher = Launcher(first, "127.0.0.1" if first in ("0.0.0.0", "::", "") else first, peers, apps, certfile)
    for endpoint in endpoints:
        endpoint.xapi.launcher = launcher
    loop = asyncio.get_running_loop()

    def stop() -> None:
        launcher.stop()
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
    stop()
    await asyncio.gather(*pending, return_exceptions=True)
    await launcher.wait()
    for endpoint in endpoints:
        await endpoint.xapi.consoles.stop()
    for task in done:
        if task.exception() is not None:
            print(f"xapi-sim: server failed: {task.exception()}", file=sys.stderr)
