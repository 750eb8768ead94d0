"""What this console's session may do: xapi's RBAC as the connection learns it at login.

xapi gives every session `is_local_superuser` (root: may call everything, `rbac_permissions` empty) or a `subject`
whose roles give it `rbac_permissions`: lower-case wire names ("vm.start"), plus keyed setters open to weaker roles
("vm.add_to_other_config/key:folder", a trailing "*" for a prefix). Commands ask `Access.allows` before the user
tries, and say "Your role (VM Operator) may not do this." when it does not.

Roles emit no events, so the six user-visible roles (name and ref) are fetched once per login, as XenCenter does.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication

from .i18n import LazyText
from .objects import is_null
from .xenapi.client import XenAPIClient
from .xenapi.errors import XenAPIFailure

log = logging.getLogger("xencenter.net")

# xapi's user-visible roles, most powerful first, with the names and descriptions XenCenter shows.
ROLES = ("pool-admin", "pool-operator", "vm-power-admin", "vm-admin", "vm-operator", "read-only")
ROLE_TEXTS: dict[str, LazyText] = {
    "pool-admin": LazyText("Roles", "Pool Admin"),
    "pool-operator": LazyText("Roles", "Pool Operator"),
    "vm-power-admin": LazyText("Roles", "VM Power Admin"),
    "vm-admin": LazyText("Roles", "VM Admin"),
    "vm-operator": LazyText("Roles", "VM Operator"),
    "read-only": LazyText("Roles", "Read Only"),
}
ROLE_DESCRIPTIONS: dict[str, LazyText] = {
    "pool-admin": LazyText("Roles", "Everything, including users and roles, external authentication and "
                                    "patching."),
    "pool-operator": LazyText("Roles", "Pool-wide resources: servers, storage, networks, high availability; "
                                       "logs users out."),
    "vm-power-admin": LazyText("Roles", "Creates and manages VMs, and chooses where they run (migration, start "
                                        "on a server)."),
    "vm-admin": LazyText("Roles", "Creates, changes and deletes VMs, their disks and network interfaces."),
    "vm-operator": LazyText("Roles", "Uses existing VMs: start, stop, reboot, suspend, consoles."),
    "read-only": LazyText("Roles", "Sees everything and changes nothing."),
}
KEY_MARK = "/key:"


def role_text(role: str) -> str:
    """The role as XenCenter names it ("VM Operator"); an unknown (newer) role as the server names it."""
    text = ROLE_TEXTS.get(role)
    return text.text() if text is not None else role


def strongest(roles: Iterable[str]) -> str:
    """The most powerful of `roles` ("" for none); unknown roles rank last."""
    ranked = sorted(roles, key=lambda r: ROLES.index(r) if r in ROLES else len(ROLES))
    return ranked[0] if ranked else ""


@dataclass(frozen=True)
class Access:
    """A session's identity and permissions (superuser: root, and servers without RBAC)."""

    superuser: bool
    permissions: frozenset[str] = frozenset()
    roles: tuple[str, ...] = ()  # role names of the session's subject, most powerful first
    user: str = ""  # auth_user_name
    sid: str = ""  # auth_user_sid ("" for root)
    subject: str = ""  # the subject ref the session came through ("" for root)
    role_refs: Mapping[str, str] = field(default_factory=dict)  # ref -> name of the six user-visible roles

    @property
    def role(self) -> str:
        """The session's role ("pool-admin" for root)."""
        return "pool-admin" if self.superuser else strongest(self.roles)

    def role_name(self) -> str:
        return role_text(self.role) if self.role else ""

    def allows(self, permission: str) -> bool:
        """Whether the session holds `permission` (a keyed setter also when the setter itself is held)."""
        if self.superuser:
            return True
        wanted = permission.lower()
        if wanted in self.permissions:
            return True
        base, marked, key = wanted.partition(KEY_MARK)
        if not marked:
            return False
        if base in self.permissions:
            return True
        prefix = base + KEY_MARK
        return any(held.endswith("*") and key.startswith(held[len(prefix):-1])
                   for held in self.permissions if held.startswith(prefix))

    def allows_all(self, permissions: Iterable[str]) -> bool:
        return all(self.allows(p) for p in permissions)

    def refusal(self) -> str:
        """Why a verb this session lacks the permission for cannot run (translated)."""
        name = self.role_name()
        if not name:
            return QCoreApplication.translate("Commands", "Your role may not do this.")
        return QCoreApplication.translate("Commands", "Your role ({0}) may not do this.").format(name)

    def roles_of(self, refs: Iterable[Any]) -> list[str]:
        """Role names for role refs (a subject's `roles`), most powerful first; unknown refs are left out."""
        names = [self.role_refs[str(ref)] for ref in refs if str(ref) in self.role_refs]
        return sorted(names, key=lambda r: ROLES.index(r) if r in ROLES else len(ROLES))


def refusal_for(access: Access | None, permissions: Iterable[str]) -> str | None:
    """Why a session may not do something needing `permissions`, or None (also while its access is unknown: the
    other checks refuse a connection that is not logged in). Commands ask through Command.role_reason; the few
    widgets that write without a command (the CD drive, dismissing alerts) ask here."""
    if access is None or access.allows_all(permissions):
        return None
    return access.refusal()


async def fetch_access(client: XenAPIClient) -> Access:
    """The session's Access: its record, its subject's roles and the refs of the six roles.

    A server that predates RBAC (no such fields or calls) is treated as root: it refuses nothing by role.
    """
    session = client.session_ref
    try:
        record, refs = await asyncio.gather(client.call("session.get_record", session), _role_refs(client))
    except XenAPIFailure as failure:
        log.info("%s: no RBAC information (%s); assuming full access", client.url, failure)
        return Access(superuser=True)
    if not isinstance(record, Mapping) or "rbac_permissions" not in record:
        return Access(superuser=True, role_refs=refs)
    subject = str(record.get("subject") or "")
    user, sid = str(record.get("auth_user_name") or ""), str(record.get("auth_user_sid") or "")
    if bool(record.get("is_local_superuser")):
        return Access(superuser=True, user=user, sid=sid, role_refs=refs)
    roles: list[str] = []
    if not is_null(subject):
        try:
            subject_roles = await client.call("subject.get_roles", subject)
        except XenAPIFailure as failure:  # the subject went away meanwhile: the permissions still hold
            log.info("%s: subject %s: %s", client.url, subject, failure)
        else:
            roles = [refs[str(ref)] for ref in subject_roles or () if str(ref) in refs]
    permissions = frozenset(str(p).lower() for p in record.get("rbac_permissions") or ())
    return Access(superuser=False, permissions=permissions, roles=tuple(sorted(roles, key=ROLES.index)), user=user,
                  sid=sid, subject="" if is_null(subject) else subject, role_refs=refs)


async def _role_refs(client: XenAPIClient) -> dict[str, str]:
    """ref -> name of the six user-visible roles (roles are static: fetched once per login)."""
    found = await asyncio.gather(*(client.call("role.get_by_name_label", name) for name in ROLES))
    return {str(ref): name for name, refs in zip(ROLES, found, strict=True) for ref in refs or ()}
