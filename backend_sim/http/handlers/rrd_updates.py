"""GET /rrd_updates: the rows of the pool's RRDs since `start`, in rrdtool's xport format (XML or JSON).

Parameters as xapi takes them: `start` (epoch seconds, required; negative counts back from the
last update), `cf` (AVERAGE, MIN or MAX; all when absent), `interval` (seconds per row wanted),
`host=true` (add the hosts' sources), `vm_uuid` (repeatable: only these VMs), `json`. rrdd answers
for the host that is asked; every host of a simulated pool is served at one address, so the
answer covers the whole pool: every running VM, and every host with host=true.
"""

from __future__ import annotations

import asyncio

from ...perf import xport
from ...perf.monitor import HOST, PAUSE, VM
from ...perf.rrd import CFS
from ..chunked import JSON, XML, stream, wants_json
from ..registry import HANDLERS, Request, Response, bad_parameter


def _int(request: Request, name: str, default: int | None = None) -> int:
    text = request.query.get(name)
    if text is None:
        if default is None:
            raise bad_parameter(f"missing query parameter {name!r}")
        return default
    try:
        return int(text)
    except ValueError:
        raise bad_parameter(f"{name} must be a whole number of seconds, not {text!r}") from None


@HANDLERS.http("/rrd_updates", "GET", permission="http/get_rrd_updates")
async def rrd_updates(request: Request) -> Response:
    start = _int(request, "start")
    interval = _int(request, "interval", 0)
    if interval < 0:
        raise bad_parameter("interval must not be negative")
    cf = request.query.get("cf") or None
    if cf is not None and cf.upper() not in CFS:
        raise bad_parameter(f"cf must be one of {', '.join(CFS)}, not {cf!r}")
    monitor = request.xapi.perf
    state = await monitor.fresh_state()
    wanted = set(request.params("vm_uuid"))
    keys = []
    if request.query.get("host", "").lower() == "true":
        keys += [(HOST, host.uuid) for host in state.hosts]
    keys += [(VM, guest.uuid) for guest in state.guests if not wanted or guest.uuid in wanted]
    rrds = [(f"{kind}:{uuid}:", rrd) for kind, uuid, rrd in await monitor.prepare(keys)]
    await asyncio.sleep(PAUSE)  # others first: selecting rows of a large pool's RRDs takes a slice of its own
    export = xport.select(rrds, start, interval, cf.upper() if cf else None)
    await asyncio.sleep(PAUSE)
    if wants_json(request):
        return Response(body=stream(xport.json_chunks(export)), content_type=JSON)
    return Response(body=stream(xport.xml_chunks(export)), content_type=XML)
