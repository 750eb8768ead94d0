"""A tiny fake pool for Connection and command tests: records, an event queue and scripted event.from failures."""

from __future__ import annotations

import asyncio
from typing import Any

from xencenter.core.connection import Connection, ConnectionState
from xencenter.core.xenapi.errors import XenAPIFailure

from core_fakes import FakeXapi

POOL = "OpaqueRef:pool"
HOST = "OpaqueRef:host1"
HOST2 = "OpaqueRef:host2"
METRICS = "OpaqueRef:hm1"


def vm(name: str, power: str = "Halted", allowed: tuple[str, ...] = ("start",), **extra: Any) -> dict[str, Any]:
    record = {"name_label": name, "power_state": power, "allowed_operations": list(allowed),
              "current_operations": {}, "is_a_template": False, "is_a_snapshot": False,
              "is_control_domain": False, "resident_on": "OpaqueRef:NULL", "other_config": {},
              "memory_static_max": 1073741824}
    record.update(extra)
    return record


class FakePool:
    def __init__(self) -> None:
        self.records: dict[str, tuple[str, dict[str, Any]]] = {
            POOL: ("pool", {"name_label": "Fake pool", "master": HOST}),
            HOST: ("host", {"name_label": "h1", "API_version_major": 2, "API_version_minor": 21, "enabled": True,
                            "other_config": {}, "metrics": METRICS, "allowed_operations": ["reboot", "shutdown",
                                                                                         "evacuate"],
                            "resident_VMs": [], "power_on_mode": ""}),
            METRICS: ("host_metrics", {"live": True, "memory_total": 34359738368, "memory_free": 30000000000}),
        }
        self.queue: asyncio.Queue[Any] = asyncio.Queue()
        self.generation = 0
        self.fake = FakeXapi(methods={
            "pool.get_all_records": lambda s: {r: rec for r, (c, rec) in self.records.items() if c == "pool"},
            "host.get_record": lambda s, ref: self.records[ref][1],
            "event.from": self.event_from,
            "task.destroy": lambda s, ref: "",
        })
        self.loads = 0

    def add(self, cls: str, ref: str, record: dict[str, Any]) -> None:
        self.records[ref] = (cls, record)

    def push(self, *events: dict[str, Any]) -> None:
        self.queue.put_nowait(list(events))

    def fail_next(self, code: str, *params: str) -> None:
        self.queue.put_nowait(XenAPIFailure(code, list(params)))

    async def event_from(self, session: str, classes: list[str], token: str, timeout: float) -> dict[str, Any]:
        if session not in self.fake.sessions:
            raise XenAPIFailure("SESSION_INVALID", [session])
        if token == "":
            self.loads += 1
            events = [{"class": cls.lower(), "operation": "add", "ref": ref, "snapshot": rec, "id": "0",
                       "timestamp": "0.0"} for ref, (cls, rec) in self.records.items()]
            return {"events": events, "token": str(self.generation), "valid_ref_counts": {}}
        item = await self.queue.get()
        if isinstance(item, XenAPIFailure):
            raise item
        self.generation += 1
        return {"events": item, "token": str(self.generation), "valid_ref_counts": {}}


def mod(cls: str, ref: str, record: dict[str, Any], op: str = "mod") -> dict[str, Any]:
    return {"class": cls.lower(), "operation": op, "ref": ref, "snapshot": record, "id": "1", "timestamp": "0.0"}


def loaded(records: dict[str, tuple[str, dict[str, Any]]], *, connected: bool = True) -> Connection:
    """A connection whose cache holds `records` (no server behind it), connected unless told otherwise."""
    conn = Connection("http://fake.test", "root")
    conn.cache.replace_all([{"class": cls.lower(), "operation": "add", "ref": ref, "snapshot": rec}
                            for ref, (cls, rec) in records.items()])
    if connected:
        conn._set_state(ConnectionState.CONNECTED)
    return conn
