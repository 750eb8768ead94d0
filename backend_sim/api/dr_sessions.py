"""Sessions bound to a foreign database (VDI.open_database): calls made with one read that database.

xapi answers such a session's calls from the database it loaded out of the metadata VDI: the lost pool's
VMs, vApps, disks and networks. Here the dispatcher asks `context_for` which context a call runs in; a
foreign session gets a `ForeignContext` whose store is the foreign database and which refuses writes.
VM.recover and VM_appliance.recover (and their checks) run in it and reach the pool through `home_of`.
"""

from __future__ import annotations

import weakref
from typing import Any, cast

from .. import errors
from ..errors import ApiError
from ..sessions import SessionManager
from ..store.store import Store
from .context import ApiContext

# Messages a session on a foreign database may call besides the readers (get_*): these recover from it.
RECOVERY = frozenset({f"{cls}.{msg}" for cls in ("VM", "VM_appliance")
                      for msg in ("recover", "assert_can_be_recovered", "get_SRs_required_for_recovery")})
_READERS = ("get_", "get_all", "get_record", "get_by_uuid", "get_all_records", "get_all_records_where")


class _Bound:
    def __init__(self, store: Store, vdi_uuid: str) -> None:
        self.store = store
        self.vdi_uuid = vdi_uuid


_BOUND: weakref.WeakKeyDictionary[SessionManager, dict[str, _Bound]] = weakref.WeakKeyDictionary()


class ForeignContext:
    """A pool's context seen through a foreign database: the store is that database, the rest is the pool's."""

    def __init__(self, home: ApiContext, store: Store) -> None:
        self.home = home
        self._store = store

    @property
    def store(self) -> Store:
        return self._store

    def after_operation(self, cls: str, ref: str) -> None:
        """Nothing is derived in a read-only database."""

    def __getattr__(self, name: str) -> Any:
        return getattr(self.home, name)


def bind(ctx: ApiContext, session: str, store: Store, vdi_uuid: str) -> None:
    bound = _BOUND.setdefault(ctx.sessions, {})
    for stale in [s for s in bound if not ctx.sessions.is_valid(s)]:  # ended without logout (expired, evicted)
        del bound[stale]
    bound[session] = _Bound(store, vdi_uuid)


def close_on(ctx: ApiContext, vdi_uuid: str) -> None:
    """End the sessions opened on a metadata VDI (its SR is going away: DR_task.destroy)."""
    bound = _BOUND.get(ctx.sessions, {})
    for session, item in list(bound.items()):
        if item.vdi_uuid == vdi_uuid:
            del bound[session]
            ctx.sessions.logout(session)


def context_for(ctx: ApiContext, session: str, wire_name: str) -> ApiContext:
    """The context a call with `session` runs in: the pool's, or a foreign database's (readers and recovery)."""
    bound = _BOUND.get(ctx.sessions)
    if not bound or session not in bound:
        return ctx
    if not ctx.sessions.is_valid(session):
        del bound[session]
        return ctx
    cls, _, message = wire_name.partition(".")
    if cls == "session":
        return ctx  # logging out, reading the session itself: the pool's own
    if wire_name not in RECOVERY and not message.startswith(_READERS):
        raise ApiError(errors.OPERATION_NOT_ALLOWED, "a session on a foreign database can only read it")
    return cast(ApiContext, ForeignContext(ctx, bound[session].store))


def home_of(ctx: ApiContext) -> ApiContext:
    """The pool a call runs in, whether made with its own session or one on a foreign database."""
    return ctx.home if isinstance(ctx, ForeignContext) else ctx
