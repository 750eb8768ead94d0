"""From a wire method name and raw params to a result: lookup, arity, session, types, Async.

The method table is built once from the datamodel: every message of every class, its
`Class_message` alias, and the generic implementations of the generated messages (getters,
setters, map and set helpers, get_all_records, ...). Hand-written implementations override them.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass, replace
from typing import Any

from .. import errors
from ..datamodel import CLASSES
from ..datamodel.model import ClassDef, MessageDef, ParamDef
from ..datamodel.types import Prim, RefT
from ..errors import ApiError
from ..model import rbac
from ..store.store import Store
from ..wire.values import NULL_REF
from . import dr_sessions
from .call import Call
from .coerce import coerce
from .context import ApiContext
from .generic import generic_handler
from .registry import HANDLERS, Handler

LIST_METHODS = "system.listMethods"
NO_SESSION = frozenset({"session.login_with_password", "session.slave_local_login_with_password",
                        "session.slave_local_login", "session.create_from_db_file"})
# Classes whose messages have no Async form (xapi flags them session-only or internal).
NO_ASYNC_CLASSES = frozenset({"session", "task", "event", "message", "auth", "user", "secret"})


@dataclass(frozen=True)
class Method:
    wire_name: str
    cls: ClassDef
    message: MessageDef
    handler: Handler | None
    min_arity: int
    needs_session: bool
    can_be_async: bool
    is_async_impl: bool

    @property
    def max_arity(self) -> int:
        return len(self.message.params)


def _min_arity(handler: Handler | None, message: MessageDef) -> int:
    total = len(message.params)
    if handler is None:
        return total
    signature = inspect.signature(handler)
    optional = sum(1 for p in signature.parameters.values() if p.default is not inspect.Parameter.empty)
    return max(0, total - optional)


def build_methods() -> dict[str, Method]:
    table: dict[str, Method] = {}
    for cls in CLASSES.values():
        for message in cls.messages.values():
            name = f"{cls.name}.{message.name}"
            handler = HANDLERS.get(name) or generic_handler(cls, message)
            is_generated_accessor = message.implicit and message.name not in ("create", "destroy")
            method = Method(
                wire_name=name,
                cls=cls,
                message=message,
                handler=handler,
                min_arity=_min_arity(HANDLERS.get(name), message),
                needs_session=name not in NO_SESSION,
                can_be_async=not is_generated_accessor and cls.name not in NO_ASYNC_CLASSES,
                is_async_impl=handler is not None and inspect.iscoroutinefunction(handler),
            )
            table[name] = method
            table.setdefault(f"{cls.name}_{message.name}", method)
        if "get_all_records" in cls.messages and "get_all_records_where" not in cls.messages:
            # xapi serves this for every class although the datamodel does not list it.
            where = _where_message(cls)
            table[f"{cls.name}.get_all_records_where"] = Method(
                f"{cls.name}.get_all_records_where", cls, where, generic_handler(cls, where), 2, True, False,
                False)
    unknown = set(HANDLERS) - {m.wire_name for m in table.values()}
    if unknown:
        raise RuntimeError(f"implementations for messages not in the datamodel: {sorted(unknown)}")
    return table


def _where_message(cls: ClassDef) -> MessageDef:
    template = cls.messages["get_all_records"]
    return replace(template, name="get_all_records_where",
                   params=(*template.params, ParamDef("expr", Prim("string"), "string")))


class Dispatcher:
    def __init__(self, ctx: ApiContext) -> None:
        self.ctx = ctx
        self.methods = build_methods()

    def list_methods(self) -> list[str]:
        return [*sorted(
            m.wire_name for name, m in self.methods.items()
            if name == m.wire_name and m.message.state != "Removed_s" and m.message.name != "get_all_records_where"
        ), LIST_METHODS]

    async def dispatch(self, wire_name: str, params: list[Any], client: str = "") -> Any:
        is_async = wire_name.startswith("Async.")
        method = self.methods.get(wire_name[6:] if is_async else wire_name)
        if method is None or (is_async and not method.can_be_async):
            raise ApiError(errors.MESSAGE_METHOD_UNKNOWN, wire_name)
        if not method.min_arity <= len(params) <= method.max_arity:
            # xapi counts the parameters after the session reference; with optional trailing
            # parameters the nearest accepted count is the expected one.
            skip = 1 if method.needs_session else 0
            expected = method.min_arity if len(params) < method.min_arity else method.max_arity
            raise ApiError(errors.MESSAGE_PARAMETER_COUNT_MISMATCH, wire_name, expected - skip,
                           max(0, len(params) - skip))
        session = ""
        if method.needs_session:
            session = self.ctx.sessions.check(params[0] if params else "")
        if method.message.state == "Removed_s":
            raise ApiError(errors.MESSAGE_REMOVED)
        values = [
            coerce(value, param.type, param.name)
            for value, param in zip(params, method.message.params, strict=False)
        ]
        if method.needs_session:
            values = values[1:]
            self._check_permission(session, method, values)
        if method.handler is None:
            raise ApiError(errors.NOT_IMPLEMENTED, method.wire_name)
        # A session from VDI.open_database reads the foreign database it is bound to (dr_sessions).
        ctx = dr_sessions.context_for(self.ctx, session, method.wire_name) if session else self.ctx
        call = Call(ctx, session, method.wire_name, client)
        if is_async:
            self._check_refs(ctx.store, method, values)
            return self._start_task(call, method, values)
        try:
            result = method.handler(call, *values)
            if method.is_async_impl:
                result = await result
            return result
        finally:
            call.finish()

    def _check_permission(self, session: str, method: Method, values: list[Any]) -> None:
        """RBAC: a directory user's session may call only what its roles allow (root may call everything)."""
        roles = self.ctx.sessions.roles(session)
        if roles is None:
            return
        permission, needed = rbac.permission_for(method.wire_name, values)
        if not rbac.allows(roles, needed):
            raise ApiError(errors.RBAC_PERMISSION_DENIED, permission, rbac.DENIED_REASON)

    def _check_refs(self, store: Store, method: Method, values: list[Any]) -> None:
        """Bad object references fail the Async call itself, before any task exists."""
        params = method.message.params[1:] if method.needs_session else method.message.params
        for param, value in zip(params, values, strict=False):
            if isinstance(param.type, RefT) and value != NULL_REF and param.type.cls in store.tables \
                    and store.find(param.type.cls, value) is None:
                raise ApiError(errors.HANDLE_INVALID, param.type.cls, value)

    def _start_task(self, call: Call, method: Method, values: list[Any]) -> str:
        task = self.ctx.tasks.create("Async." + method.wire_name, "", call.session)
        call.task = task
        handler = method.handler
        assert handler is not None

        async def work() -> Any:
            result = handler(call, *values)
            if method.is_async_impl:
                result = await result
            return result

        self.ctx.tasks.spawn(task, work, call.end_ops)
        return task
