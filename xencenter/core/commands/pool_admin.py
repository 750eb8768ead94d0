"""Pool membership verbs on a server: New Pool and Add Server to Pool (their wizards), Remove Server from Pool
(pool.eject: the server comes back as a pool of its own, its local storage emptied, as xapi does) and Make Pool
Master (pool.designate_new_master). Each says why it cannot run: the role first, then xapi's own conditions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..i18n import LazyText
from ..objects import Host
from ..operations import OperationRunner
from ..pool_join import joiner_reason
from .base import Command, CommandContext, Selection, Verb, WizardRequest, not_connected


@dataclass(frozen=True, kw_only=True)
class PoolVerb(Verb):
    method: str


def _pool(item_cache: Any) -> dict[str, Any]:
    return next((dict(pool) for _ref, pool in item_cache.items("pool")), {})


class PoolMemberCommand(Command):
    verb: PoolVerb

    def can_execute(self, selection: Selection, argument: Any = None) -> str | None:
        item, reason = self.allowed_item(selection, one=QCoreApplication.translate("Commands", "Select one server."))
        if item is None:
            return reason
        if item.cls != "host":
            return QCoreApplication.translate("Commands", "Select a server.")
        cache = item.connection.cache
        host = Host.lookup(cache, item.ref)
        if host is None:
            return QCoreApplication.translate("Commands", "The server no longer exists.")
        pool = _pool(cache)
        if pool.get("ha_enabled"):
            return QCoreApplication.translate("Commands", "Turn off high availability first.")
        if sum(1 for _ in cache.items("host")) < 2:
            return QCoreApplication.translate("Commands", "The server is alone in its pool.")
        return self.member_reason(cache, host, pool)

    def member_reason(self, cache: Any, host: Host, pool: dict[str, Any]) -> str | None:
        raise NotImplementedError

    def confirmation_text(self, selection: Selection) -> str:
        names = [h.name for h in (Host.lookup(i.connection.cache, i.ref) for i in selection) if h is not None]
        return self.verb.confirmation.text().format(", ".join(names)) if self.verb.confirmation else ""

    async def run(self, context: CommandContext) -> None:
        item = context.selection[0]
        host = Host.lookup(item.connection.cache, item.ref)
        name = host.name if host is not None else item.ref

        async def job(runner: OperationRunner) -> Any:
            return await runner.run_task(self.verb.method, item.ref)

        title = (self.verb.title or self.verb.text).text().format(name)
        context.started.append(context.operations.start(title, item.connection, [item.ref], job))


class RemoveServerCommand(PoolMemberCommand):
    def member_reason(self, cache: Any, host: Host, pool: dict[str, Any]) -> str | None:
        if pool.get("master") == host.ref:
            return QCoreApplication.translate("Commands", "The pool master cannot leave the pool: make another "
                                                          "server the master first.")
        guests = sorted(str(vm.get("name_label", ref)) for ref, vm in cache.items("VM")
                        if vm.get("resident_on") == host.ref and not vm.get("is_control_domain"))
        if guests:
            text = QCoreApplication.translate("Commands", "Move or shut down the VMs running on it first ({0}).")
            return text.format(", ".join(guests))
        return None


class MakeMasterCommand(PoolMemberCommand):
    def member_reason(self, cache: Any, host: Host, pool: dict[str, Any]) -> str | None:
        if pool.get("master") == host.ref:
            return QCoreApplication.translate("Commands", "The server is the pool master already.")
        metrics = cache.get("host_metrics", str(host.record.get("metrics", "")))
        if metrics is not None and not metrics.get("live", True):
            return QCoreApplication.translate("Commands", "The server is not reachable.")
        return None


REMOVE = PoolVerb(id="host.eject", text=LazyText("Commands", "Remove Server from Pool"), icon="server-remove",
                  method="pool.eject", title=LazyText("Commands", "Removing '{0}' from the pool"),
                  confirmation=LazyText("Commands", "Remove {0} from the pool? It becomes a pool of its own, and the "
                                                    "virtual disks on its local storage are deleted."),
                  permissions=("pool.eject",))
MAKE_MASTER = PoolVerb(id="host.make_master", text=LazyText("Commands", "Make Pool Master"), icon="pool",
                       method="pool.designate_new_master", title=LazyText("Commands", "Making '{0}' the pool master"),
                       confirmation=LazyText("Commands", "Make {0} the pool master? Consoles reconnect to it."),
                       permissions=("pool.designate_new_master",))


class AddToPoolCommand(Command):
    """Add Server to Pool...: a server that is a pool of its own joins another connected pool (the wizard; a
    server dropped on a pool in the tree presets it: `argument` is that pool's connection URL)."""

    def can_execute(self, selection: Selection, argument: Any = None) -> str | None:
        item, reason = self.allowed_item(selection, one=QCoreApplication.translate("Commands", "Select one server."))
        if item is None:
            return reason
        if item.cls not in ("host", "pool"):
            return QCoreApplication.translate("Commands", "Select a server.")
        return joiner_reason(item.connection)

    async def run(self, context: CommandContext) -> None:
        item = context.selection[0]
        connections = tuple(c for c in (context.manager.connections() if context.manager else ()) if c.is_connected)
        await context.ui.open_wizard(WizardRequest("add_to_pool", item.connection, item, context.operations,
                                                   connections, str(context.argument or ""), context.manager))


class NewPoolCommand(Command):
    """New Pool...: name a pool, choose its master and the servers that join it (the wizard)."""

    def can_execute(self, selection: Selection, argument: Any = None) -> str | None:
        if not selection:
            return QCoreApplication.translate("Commands", "Select the server to become the pool master.")
        item = selection[0]
        if not item.connection.is_connected:
            return not_connected(item.connection)
        return self.role_reason(item)

    async def run(self, context: CommandContext) -> None:
        item = context.selection[0]
        connections = tuple(c for c in (context.manager.connections() if context.manager else [item.connection])
                            if c.is_connected)
        await context.ui.open_wizard(WizardRequest("new_pool", item.connection, item, context.operations,
                                                   connections, manager=context.manager))


ADD_TO_POOL = Verb(id="host.add_to_pool", text=LazyText("Commands", "Add Server to Pool..."), icon="pool",
                   permissions=("pool.join",))
NEW_POOL = Verb(id="pool.new", text=LazyText("Commands", "New Pool..."), icon="pool",
                permissions=("pool.join", "pool.set_name_label"))


def pool_admin_commands() -> list[Command]:
    return [RemoveServerCommand(REMOVE), MakeMasterCommand(MAKE_MASTER), AddToPoolCommand(ADD_TO_POOL),
            NewPoolCommand(NEW_POOL)]
