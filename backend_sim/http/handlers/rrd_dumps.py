"""GET /host_rrd and /vm_rrd (and their legacy names /host_rrds, /vm_rrds): one whole RRD, as xapi dumps it.

`/vm_rrd?uuid=<vm>` (required); `/host_rrd` is the RRD of the host asked, which for a simulated
pool (all hosts at one address) is the master, or the host named by `uuid=`. `json` (or an Accept
header preferring JSON) gives the JSON form. A VM that has not run in this simulation has no RRD (404).
"""

from __future__ import annotations

from ...perf import dump
from ...perf.monitor import HOST, VM, UnknownObject
from ...perf.rrd import Rrd
from ..chunked import JSON, XML, stream, wants_json
from ..registry import HANDLERS, HttpError, Request, Response


def _answer(request: Request, rrd: Rrd) -> Response:
    if wants_json(request):
        return Response(body=stream(dump.json_chunks(rrd)), content_type=JSON)
    return Response(body=stream(dump.xml_chunks(rrd)), content_type=XML)


@HANDLERS.http("/vm_rrd", "GET", permission="http/get_vm_rrd")
@HANDLERS.http("/vm_rrds", "GET", permission="http/get_vm_rrd")
async def vm_rrd(request: Request) -> Response:
    uuid = request.param("uuid")
    try:
        rrd = request.xapi.perf.rrd(VM, uuid)
    except UnknownObject:
        raise HttpError(404, f"no RRD for a VM with uuid {uuid!r} (it does not exist or has not run)") from None
    return _answer(request, rrd)


@HANDLERS.http("/host_rrd", "GET", permission="http/get_host_rrd")
@HANDLERS.http("/host_rrds", "GET", permission="http/get_host_rrd")
async def host_rrd(request: Request) -> Response:
    store = request.xapi.store
    uuid = request.query.get("uuid")
    if uuid is None:
        master = request.xapi.master_ref()
        uuid = store.get("host", master)["uuid"] if master in store.table("host") else ""
    try:
        rrd = request.xapi.perf.rrd(HOST, uuid)
    except UnknownObject:
        raise HttpError(404, f"no host with uuid {uuid!r}") from None
    return _answer(request, rrd)
