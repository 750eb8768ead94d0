"""A trivial ASGI app served by the simulator's own server stack: the baseline for `rpc_throughput.py`.

It answers every POST with one fixed small JSON body and does nothing else. To be sure the
baseline is "the same server stack", it does not copy the simulator's uvicorn settings: it runs
`backend_sim.server.serve()` itself, the very function `python -m backend_sim` runs (same socket
set-up and listen backlog, same `uvicorn.Config` — httptools, `loop="none"` under `asyncio.run`,
log level, keep-alive timeout), with the ASGI app `serve()` builds swapped for `TrivialApp`.
A change to the simulator's server settings therefore reaches this baseline too.

Run: `python bench/trivial_server.py --port 0`; it prints the simulator's ready line
(`xapi-sim ready url=... pool=trivial`) once it accepts connections.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any

REPO = Path(__file__).resolve().parent.parent

# What the trivial endpoint answers: about the size of a small JSON-RPC reply.
BODY = b'{"jsonrpc":"2.0","result":"ok","id":1}'
POOL_NAME = "trivial"

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


class TrivialApp:
    """Reads the request body (as the simulator does) and answers POST with `BODY`."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        while True:
            message = await receive()
            if message["type"] == "http.disconnect" or not message.get("more_body", False):
                break
        status, body = (200, BODY) if scope["method"] == "POST" else (405, b"")
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Serve a trivial ASGI app on the xapi-sim server stack.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    args = parser.parse_args(argv)

    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from backend_sim import server

    if not callable(getattr(server, "XapiApp", None)) or not callable(getattr(server, "serve", None)):
        print("trivial_server: backend_sim.server no longer builds its app through XapiApp/serve; "
              "update bench/trivial_server.py", file=sys.stderr)
        return 2
    app = TrivialApp()

    def build_app(_xapi: object) -> TrivialApp:
        return app

    # serve() looks XapiApp up in its module at call time: swap in the trivial app, keep the rest.
    vars(server)["XapiApp"] = build_app
    # serve() starts each pool, tells it its address and URL, and prints its ready line.
    async def start() -> None:
        return None

    stub: Any = SimpleNamespace(config=SimpleNamespace(user="-", password="-"), pool_name=lambda: POOL_NAME,
                                start=start, adopt_address=lambda _address: None, url="", peers={})
    try:
        asyncio.run(server.serve([server.Endpoint(stub, args.host, args.port)]))
    except OSError as exc:
        print(f"trivial_server: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
