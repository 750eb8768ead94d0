"""The RBAC role objects: six user-visible roles over one permission role per message.

Permission names are lower-case wire names ("vm.start"); a role's subroles are the permissions of
every message whose datamodel roles include it. The pool-admin ref is xapi's fixed one.
"""

from __future__ import annotations

from ..datamodel import CLASSES
from ..store.store import Store

POOL_ADMIN_REF = "OpaqueRef:0165f154-ba3e-034e-6b27-5d271af109ba"
ROLES = (
    ("pool-admin", "The Pool Administrator role has full access to all features and settings"),
    ("pool-operator", "The Pool Operator role manages host- and pool-wide resources"),
    ("vm-power-admin", "The VM Power Administrator role has full access to VM and template management"),
    ("vm-admin", "The VM Administrator role can manage VMs and templates"),
    ("vm-operator", "The VM Operator role can use VMs and interact with VM consoles"),
    ("read-only", "The Read-Only role can log in with basic read-only access"),
)


def add_roles(store: Store) -> dict[str, str]:
    """Create the role rows; returns role name -> ref for the six user-visible roles."""
    members: dict[str, list[str]] = {name: [] for name, _ in ROLES}
    for cls in CLASSES.values():
        for message in cls.messages.values():
            if message.state == "Removed_s":
                continue
            permission = f"{cls.name}.{message.name}".lower()
            ref = store.create("role", {"name_label": permission, "name_description": "", "subroles": []})
            for role in message.roles:
                if role in members:
                    members[role].append(ref)
    refs = {}
    for name, description in ROLES:
        fixed = POOL_ADMIN_REF if name == "pool-admin" else None
        fields: dict[str, object] = {"name_label": name, "name_description": description, "subroles": members[name]}
        if fixed is not None:
            fields["uuid"] = fixed.removeprefix("OpaqueRef:")
        refs[name] = store.create("role", fields, ref=fixed)
    return refs
