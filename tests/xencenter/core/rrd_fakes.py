"""A fake RRD server behind httpx.MockTransport: `/rrd_updates` (XML or JSON), `/host_rrds` and `/vm_rrds`, written
from xapi's formats (rows newest first, NaN for unknown), with a session check like xapi's handlers."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qs

import httpx

Series = Callable[[float], float]


def _text(value: float) -> str:
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    return f"{value:.15g}" if value != int(value) else f"{value:.1f}"


@dataclass
class FakeRrd:
    """Objects (kind, uuid) with data sources (name -> value at time t); the server's clock is `now`."""

    now: float = 1764748800.0
    sources: dict[tuple[str, str], dict[str, Series]] = field(default_factory=dict)
    session: str = "OpaqueRef:session"
    requests: list[tuple[str, dict[str, list[str]]]] = field(default_factory=list)
    history: bool = True  # serve /host_rrds and /vm_rrds

    def add(self, kind: str, uuid: str, **series: Series) -> None:
        self.sources.setdefault((kind, uuid), {}).update(series)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def paths(self) -> list[str]:
        return [path for path, _ in self.requests]

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/jsonrpc":
            return self._rpc(json.loads(request.content))
        query = parse_qs(request.url.query.decode())
        self.requests.append((request.url.path, query))
        if query.get("session_id") != [self.session]:
            return httpx.Response(403, text="forbidden")
        # As xapi >= 23.17: JSON for `json` in the query or an Accept that prefers it (*/* counts).
        accept = request.headers.get("accept", "*/*").split(",")[0].strip()
        if accept in ("*/*", "application/json"):
            query.setdefault("json", ["true"])
        if request.url.path == "/rrd_updates":
            return self._updates(query)
        if request.url.path in ("/host_rrds", "/vm_rrds") and self.history:
            return self._dump("host" if request.url.path == "/host_rrds" else "vm", query.get("uuid", [""])[0],
                              "json" in query)
        return httpx.Response(404, text="not found")

    def _rpc(self, call: dict[str, object]) -> httpx.Response:
        """Just enough JSON-RPC for a client to log in again: login gives the server's session; other calls check it."""
        params = call.get("params") or []
        assert isinstance(params, list)
        if call.get("method") == "session.login_with_password":
            if params[1:2] != ["secret"]:
                return self._reply(call, error=["SESSION_AUTHENTICATION_FAILED", str(params[0]), "wrong password"])
            return self._reply(call, result=self.session)
        if params[:1] != [self.session]:
            return self._reply(call, error=["SESSION_INVALID", str(params[0] if params else "")])
        return self._reply(call, result=[])

    @staticmethod
    def _reply(call: dict[str, object], result: object = None, error: list[str] | None = None) -> httpx.Response:
        body: dict[str, object] = {"jsonrpc": "2.0", "id": call.get("id")}
        if error is not None:
            body["error"] = {"code": 1, "message": error[0], "data": error[1:]}
        else:
            body["result"] = result
        return httpx.Response(200, json=body)

    def _columns(self, host: bool, vm_uuids: list[str]) -> list[tuple[str, str, str, Series]]:
        columns = []
        for (kind, uuid), series in self.sources.items():
            if (kind == "host" and host) or (kind == "vm" and (not vm_uuids or uuid in vm_uuids)):
                columns += [(kind, uuid, name, fn) for name, fn in series.items()]
        return columns

    def _updates(self, query: dict[str, list[str]]) -> httpx.Response:
        try:
            start = int(query["start"][0])
            step = int(query.get("interval", ["5"])[0])
        except (KeyError, ValueError):
            return httpx.Response(400, text="bad start or interval")
        step = next((s for s in (5, 60, 3600, 86400) if s >= step), 86400)
        end = int(self.now) - int(self.now) % step
        if start < 0:
            start = end + start
        times = list(range(end, max(start, end - 120 * step), -step))  # newest first
        columns = self._columns(query.get("host") == ["true"], query.get("vm_uuid", []))
        legend = [f"{query.get('cf', ['AVERAGE'])[0]}:{k}:{u}:{n}" for k, u, n, _ in columns]
        rows = [(t, [fn(t) for *_, fn in columns]) for t in times]
        first = times[-1] if times else end
        if "json" in query:
            body = json.dumps({"meta": {"start": first, "step": step, "end": end, "rows": len(rows),
                                        "columns": len(legend), "legend": legend},
                               "data": [{"t": t, "values": [_text(v) for v in vs]} for t, vs in rows]})
            return httpx.Response(200, text=body, headers={"content-type": "application/json"})
        xml = ["<xport><meta>", f"<start>{first}</start><step>{step}</step><end>{end}</end>",
               f"<rows>{len(rows)}</rows><columns>{len(legend)}</columns><legend>",
               *(f"<entry>{e}</entry>" for e in legend), "</legend></meta><data>"]
        for t, values in rows:
            xml.append(f"<row><t>{t}</t>" + "".join(f"<v>{_text(v)}</v>" for v in values) + "</row>")
        xml.append("</data></xport>")
        return httpx.Response(200, text="".join(xml), headers={"content-type": "text/xml"})

    def _dump(self, kind: str, uuid: str, as_json: bool) -> httpx.Response:
        series = self.sources.get((kind, uuid))
        if series is None:
            return httpx.Response(404, text="no such object")
        last = int(self.now)
        archives = ((1, 120), (12, 120), (720, 168), (17280, 366))
        if as_json:
            rras = []
            for pdp, rows in archives:
                newest = last - last % (5 * pdp)
                times = [newest - i * 5 * pdp for i in range(rows - 1, -1, -1)]
                rras.append({"cf": "AVERAGE", "pdp_per_row": str(pdp), "params": {"xff": "0.5"},
                             "database": [[_text(fn(t)) for fn in series.values()] for t in times]})
            body = {"version": "0003", "step": "5", "lastupdate": str(last),
                    "ds": [{"name": name, "type": "GAUGE"} for name in series], "rra": rras}
            return httpx.Response(200, text=json.dumps(body), headers={"content-type": "application/json"})
        parts = [f"<rrd><version>0003</version><step>5</step><lastupdate>{last}</lastupdate>"]
        parts += [f"<ds><name>{name}</name><type>GAUGE</type></ds>" for name in series]
        for pdp, rows in archives:
            step = 5 * pdp
            newest = last - last % step
            parts.append(f"<rra><cf>AVERAGE</cf><pdp_per_row>{pdp}</pdp_per_row><database>")
            for i in range(rows - 1, -1, -1):  # oldest first
                t = newest - i * step
                parts.append("<row>" + "".join(f"<v>{_text(fn(t))}</v>" for fn in series.values()) + "</row>")
            parts.append("</database></rra>")
        parts.append("</rrd>")
        return httpx.Response(200, text="".join(parts), headers={"content-type": "text/xml"})
