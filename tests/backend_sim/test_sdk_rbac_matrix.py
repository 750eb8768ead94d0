"""The RBAC matrix: every mutating XenAPI message (one whose roles in xapi's datamodel leave out read-only) called
over XML-RPC by each of the demo's six directory users, one per role. A role outside the message's list gets
RBAC_PERMISSION_DENIED; a role inside it gets past the check (any other answer: mostly HANDLE_INVALID, since the
arguments are placeholders of the right types). The roles come from ../shared/xenapi/xenapi.json, xapi's own
datamodel, not from the simulator's copy."""

from __future__ import annotations

import json
import xmlrpc.client
from pathlib import Path
from typing import Any

import pytest

from sdk_support import sim_fixture

server_fixture = sim_fixture("--scenario", "demo", "--auth-failure-delay", "0")

ROLES = ("pool-admin", "pool-operator", "vm-power-admin", "vm-admin", "vm-operator", "read-only")
NOT_RBAC = ("session", "event", "auth")  # logging in and out, and reading events: every session may
# What a role that may call them would really do to the shared simulator (its process, its management network).
NOT_CALLED_WHEN_ALLOWED = frozenset({"host.shutdown_agent", "host.restart_agent", "host.management_disable",
                                     "host.local_management_reconfigure", "pool.emergency_transition_to_master",
                                     "pool.emergency_reset_master", "host.emergency_ha_disable",
                                     "host.emergency_disable_tls_verification",
                                     "host.emergency_reset_server_certificate",
                                     "host.emergency_reenable_tls_verification",
                                     "host.emergency_clear_mandatory_guidance"})


def datamodel(shared: Path) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads((shared / "xenapi" / "xenapi.json").read_text())
    return data


def placeholder(kind: str, enums: dict[str, list[str]], records: dict[str, list[tuple[str, str]]]) -> Any:
    """A value of the parameter's type that names nothing (refs are NULL); a constructor's record has every
    field it takes."""
    if kind.endswith(" record"):
        return {name: placeholder(field, enums, records) for name, field in records[kind.removesuffix(" record")]}
    if kind.endswith(" ref"):
        return "OpaqueRef:NULL"
    if kind.endswith(" map"):
        return {}
    if kind.endswith(" set"):
        return []
    if kind.startswith("enum "):
        return enums[kind.removeprefix("enum ")][0]
    return {"int": "0", "float": 0.0, "bool": False, "datetime": "19700101T00:00:00Z"}.get(kind, "")


def mutating_messages(classes: list[dict[str, Any]]) -> list[tuple[str, list[Any], frozenset[str]]]:
    enums = {enum["name"]: [value["name"] for value in enum["values"]] for cls in classes for enum in cls["enums"]}
    takes = ("RW", "RO/constructor")  # the fields a constructor's record carries
    records = {cls["name"]: [(f["name"], f["type"]) for f in cls["fields"] if f["qualifier"] in takes]
               for cls in classes}
    found = []
    for cls in classes:
        if cls["name"] in NOT_RBAC:
            continue
        for message in cls["messages"]:
            roles = frozenset(message["roles"])
            if message["lifecycle"]["state"] == "Removed_s" or "read-only" in roles:
                continue
            params = message["params"]
            if not params or params[0]["type"] != "session ref":
                continue
            args = [placeholder(param["type"], enums, records) for param in params[1:]]
            found.append((f"{cls['name']}.{message['name']}", args, roles))
    return found


def answer(proxy: Any, session: str, method: str, args: list[Any]) -> list[str]:
    reply = getattr(proxy, method)(session, *args)
    return [] if reply.get("Status") == "Success" else list(reply.get("ErrorDescription", []))


@pytest.mark.timeout(600)
def test_every_mutating_method_for_every_role_is_allowed_exactly_when_xapi_allows(server: Any,
                                                                                    shared_dir: Path) -> None:
    messages = mutating_messages(datamodel(shared_dir))
    assert len(messages) > 500, "the datamodel's mutating messages"
    wrong: list[str] = []
    for role in ROLES:
        proxy = xmlrpc.client.ServerProxy(server.url, allow_none=True)
        login = proxy.session.login_with_password(role, server.password, "2.21", "rbac-matrix")
        assert login["Status"] == "Success", login
        session = login["Value"]
        for method, args, roles in messages:
            allowed = role in roles or role == "pool-admin"  # xapi's pool-admin holds every permission
            if allowed and method in NOT_CALLED_WHEN_ALLOWED:
                continue
            denied = answer(proxy, session, method, args)[:1] == ["RBAC_PERMISSION_DENIED"]
            if denied == allowed:
                wrong.append(f"{role} {method}: {'denied' if denied else 'allowed'}")
        proxy.session.logout(session)
        proxy("close")()
    assert not wrong, f"{len(wrong)} answers differ from xapi's roles: {wrong[:40]}"
