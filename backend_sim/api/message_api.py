"""message.*: alerts. xapi keeps them outside its database; here they are a table like the others."""

from __future__ import annotations

from typing import Any

from ..model import messages
from ..wire.values import DateTime
from .call import Call
from .registry import api


@api("message.create")
def create(call: Call, name: str, priority: int, cls: str, obj_uuid: str, body: str) -> str:
    return messages.post(call.store, name, cls, obj_uuid, call.ctx.clock.now_datetime(), body, priority)


@api("message.destroy")
def destroy(call: Call, self: str) -> None:
    call.store.destroy("message", self)


@api("message.destroy_many")
def destroy_many(call: Call, refs: list[str]) -> None:
    for ref in refs:
        call.store.get("message", ref)
    for ref in refs:
        call.store.destroy("message", ref)


def _since(records: dict[str, dict[str, Any]], since: DateTime) -> dict[str, dict[str, Any]]:
    return {ref: record for ref, record in records.items() if record["timestamp"] > since}


@api("message.get")
def get(call: Call, cls: str, obj_uuid: str, since: DateTime) -> dict[str, dict[str, Any]]:
    table = call.store.table("message")
    matching = {r: m for r, m in table.items() if m["cls"] == cls and m["obj_uuid"] == obj_uuid}
    return _since(matching, since)


@api("message.get_since")
def get_since(call: Call, since: DateTime) -> dict[str, dict[str, Any]]:
    return _since(call.store.table("message"), since)
