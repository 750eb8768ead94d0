"""Sessions: login, validity, per-session event registrations and xapi's session limits."""

from __future__ import annotations

import asyncio
import secrets
from collections import OrderedDict
from dataclasses import dataclass, field

from . import errors
from .clock import SimClock
from .errors import ApiError
from .model.hosts import master_ref
from .model.rbac import permissions_of
from .store.store import Store
from .wire.values import NULL_REF

MAX_PER_ORIGINATOR = 500


@dataclass
class SessionState:
    """What xapi keeps beside the session row: legacy event registrations and their cursor."""

    originator: str
    roles: frozenset[str] | None = None  # None: the local superuser, who may do everything
    sids: frozenset[str] = frozenset()  # the user's SID and its groups' (what subjects name)
    registered: set[str] = field(default_factory=set)
    next_cursor: int | None = None


class FailedLogins:
    """xapi's deliberate delay after a failed login, kept per originator (client address and originator string).

    A failed login is answered after the delay; while it waits, later logins of the same originator wait their
    turn before their password is even checked, so one client cannot try passwords faster than one per delay by
    sending them in parallel. Other originators, and every other call, go on meanwhile: the wait is a timer on
    the loop, never a held loop or a lock shared by all clients.
    """

    def __init__(self) -> None:
        self._gates: dict[tuple[str, str], asyncio.Lock] = {}

    async def wait_turn(self, origin: tuple[str, str]) -> None:
        """Before checking a password: wait for this originator's failed logins still being delayed."""
        gate = self._gates.get(origin)
        if gate is not None and gate.locked():
            async with gate:
                pass

    async def refuse(self, origin: tuple[str, str], delay: float) -> None:
        """Delay a failed login; this originator's next logins queue behind it."""
        gate = self._gates.setdefault(origin, asyncio.Lock())
        try:
            async with gate:
                await asyncio.sleep(delay)
        finally:
            if not gate.locked() and self._gates.get(origin) is gate:
                del self._gates[origin]  # nothing pending: forget the originator

    def pending(self) -> int:
        return sum(1 for gate in self._gates.values() if gate.locked())


class SessionManager:
    def __init__(self, store: Store, clock: SimClock) -> None:
        self.store = store
        self.clock = clock
        self.states: dict[str, SessionState] = {}
        self._by_originator: dict[str, OrderedDict[str, None]] = {}
        self.failed_logins = FailedLogins()

    def login(self, user: str, originator: str, *, subject: str = NULL_REF, sid: str = "",
              groups: frozenset[str] = frozenset(), roles: frozenset[str] | None = None) -> str:
        """A new session: the local superuser's (roles None) or a directory user's, with the roles its subjects
        give it."""
        store = self.store
        # Session refs come from a random source, not the seeded one, as in xapi.
        ref = "OpaqueRef:" + _random_uuid()
        now = self.clock.now_datetime()
        store.create(
            "session",
            {
                "this_host": master_ref(store),
                "this_user": NULL_REF,
                "last_active": now,
                "validation_time": now,
                "pool": False,
                "is_local_superuser": roles is None,
                "subject": subject,
                "auth_user_sid": sid,
                "auth_user_name": user,
                "originator": originator,
                "rbac_permissions": [] if roles is None else permissions_of(roles),
            },
            ref=ref,
        )
        self.states[ref] = SessionState(originator, roles, frozenset({sid} | groups) if sid else frozenset())
        bucket = self._by_originator.setdefault(originator, OrderedDict())
        bucket[ref] = None
        while len(bucket) > MAX_PER_ORIGINATOR:
            oldest, _ = bucket.popitem(last=False)
            self.logout(oldest)
        return ref

    def check(self, ref: object) -> str:
        if not isinstance(ref, str) or ref not in self.states:
            raise ApiError(errors.SESSION_INVALID, ref if isinstance(ref, str) else "")
        return ref

    def logout(self, ref: str) -> None:
        state = self.states.pop(ref, None)
        if state is None:
            return
        self._by_originator.get(state.originator, OrderedDict()).pop(ref, None)
        if self.store.find("session", ref) is not None:
            self.store.destroy("session", ref)
        self.store.wake()  # blocked event.from calls of this session now fail

    def roles(self, ref: str) -> frozenset[str] | None:
        state = self.states.get(ref)
        return state.roles if state is not None else frozenset()

    def of_subjects(self, sids: set[str]) -> list[str]:
        """The sessions authorised through any of these SIDs (a user's own, or one of its groups')."""
        return [ref for ref, state in self.states.items() if state.sids & sids]

    def add_task(self, session: str, task: str) -> None:
        record = self.store.find("session", session)
        if record is not None:
            record["tasks"] = [*record["tasks"], task]

    def is_valid(self, ref: str) -> bool:
        return ref in self.states


def _random_uuid() -> str:
    raw = secrets.token_hex(16)
    return f"{raw[:8]}-{raw[8:12]}-4{raw[13:16]}-{'89ab'[int(raw[16], 16) % 4]}{raw[17:20]}-{raw[20:]}"
