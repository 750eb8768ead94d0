"""Who may do what: xapi's six roles over the datamodel's per-message role lists, and HTTP handlers' permissions.

A permission is the lower-case wire name of a message ("vm.start"). Writing certain other_config keys needs less
than the setter itself, as in xapi ("folder" and "XenCenter.CustomFields.*" are open to VM operators, so that
XenCenter's folders and custom fields work for them): such a call's permission is "<setter>/key:<key>".
HTTP handlers have permissions of their own ("http/connect_console"), with the roles xapi gives them.
"""

from __future__ import annotations

from functools import cache

from ..datamodel import CLASSES

# The user-visible roles, most powerful first; each holds every permission of the ones after it that it needs.
ROLE_NAMES = ("pool-admin", "pool-operator", "vm-power-admin", "vm-admin", "vm-operator", "read-only")

DENIED_REASON = "No permission in any of the roles of this session to perform this action"


def _and_above(role: str) -> frozenset[str]:
    return frozenset(ROLE_NAMES[:ROLE_NAMES.index(role) + 1])


# xapi's HTTP actions and the weakest role that may use each (the console of dom0 is pool-admin only).
HTTP_ROLES: dict[str, frozenset[str]] = {
    "http/connect_console": _and_above("vm-operator"),
    "http/connect_console_ws": _and_above("vm-operator"),
    "http/connect_console/host_console": _and_above("pool-admin"),
    "http/get_vncsnapshot": _and_above("vm-operator"),
    "http/get_vncsnapshot/host_console": _and_above("pool-admin"),
    "http/get_rrd_updates": _and_above("read-only"),
    "http/get_host_rrd": _and_above("read-only"),
    "http/get_vm_rrd": _and_above("read-only"),
    "http/get_sr_rrd": _and_above("read-only"),
    "http/get_export": _and_above("vm-admin"),
    "http/get_export_metadata": _and_above("vm-admin"),
    "http/put_import": _and_above("vm-admin"),
    "http/put_import_metadata": _and_above("vm-admin"),
    "http/put_import_raw_vdi": _and_above("vm-admin"),
    "http/get_export_raw_vdi": _and_above("vm-admin"),
}

# other_config keys whose writing needs only these roles (xapi's map_keys_roles); a trailing "*" is a prefix.
KEY_ROLES: tuple[tuple[str, frozenset[str]], ...] = (
    ("folder", _and_above("vm-operator")),
    ("XenCenter.CustomFields.*", _and_above("vm-operator")),
)
KEYED_SETTERS = ("add_to_other_config", "remove_from_other_config")


@cache
def message_roles() -> dict[str, frozenset[str]]:
    """Permission name -> the roles that hold it, for every message of the datamodel."""
    table: dict[str, frozenset[str]] = {}
    for cls in CLASSES.values():
        for message in cls.messages.values():
            table[f"{cls.name}.{message.name}".lower()] = frozenset(message.roles)
    return table


def _key_roles(key: str) -> frozenset[str] | None:
    for pattern, roles in KEY_ROLES:
        if key == pattern or (pattern.endswith("*") and key.startswith(pattern[:-1])):
            return roles
    return None


def permission_for(wire_name: str, args: list[object]) -> tuple[str, frozenset[str]]:
    """The permission a call needs (without the Async. prefix) and the roles that hold it.

    `args` are the call's arguments after the session; a keyed other_config setter looks at its key.
    """
    permission = wire_name.lower()
    table = message_roles()
    # get_all_records_where is served for every class beside get_all_records, with its roles.
    roles = table.get(permission) or table.get(permission.removesuffix("_where")) or _and_above("pool-admin")
    if permission.rsplit(".", 1)[-1] in KEYED_SETTERS and len(args) >= 2 and isinstance(args[1], str):
        keyed = _key_roles(args[1])
        if keyed is not None:
            return f"{permission}/key:{args[1]}", roles | keyed
    return permission, roles


def http_roles(permission: str) -> frozenset[str]:
    return HTTP_ROLES.get(permission, _and_above("pool-admin"))


@cache
def keyed_roles() -> dict[str, frozenset[str]]:
    """The keyed setters' permissions ("vm.add_to_other_config/key:folder", lower-case as xapi lists them) and
    the roles that hold them: the setter's own and the key's."""
    table: dict[str, frozenset[str]] = {}
    for name, allowed in message_roles().items():
        if name.rsplit(".", 1)[-1] in KEYED_SETTERS:
            for pattern, roles in KEY_ROLES:
                table[f"{name}/key:{pattern.lower()}"] = allowed | roles
    return table


def permissions_of(roles: frozenset[str]) -> list[str]:
    """Every permission the roles hold, sorted (a session's rbac_permissions)."""
    held = [name for name, allowed in message_roles().items() if allowed & roles]
    held += [name for name, allowed in keyed_roles().items() if allowed & roles]
    held += [name for name, allowed in HTTP_ROLES.items() if allowed & roles]
    return sorted(held)


def allows(roles: frozenset[str] | None, needed: frozenset[str]) -> bool:
    """None is the local superuser (root), who may do everything."""
    return roles is None or bool(roles & needed)
