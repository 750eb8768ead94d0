"""The pool wizards' logic: New Pool (a name, a master and the servers that join it) and Add Server to Pool (a
standalone server joins a pool the console is connected to).

Both offer the servers and pools the console is connected to; each choice that xapi's pool.join would refuse
shows the reason beside it before Finish (core/pool_join.py), and a server whose CPU gets masked to the pool's
level says so in the summary. Finish runs ONE Operation on the pool's connection: naming the pool (New Pool),
then one pool.join per server. A join cannot be undone without wiping the server's local storage (pool.eject),
so servers that joined before a later failure stay in the pool, and the Operation's note says which.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..connection import Connection
from ..i18n import LazyText, translate
from ..objects import the_pool
from ..operation import Operation
from ..operations import OperationList
from ..pool_join import join, join_reason, joiner_reason, masking_note, standalone_host
from .page import PageLogic, Problem
from .plan import PlanRun, Step, start_plan

if TYPE_CHECKING:
    from ..manager import ConnectionManager


def server_name(connection: Connection) -> str:
    host = standalone_host(connection)
    return host.name if host is not None else connection.display_name


def member_key(connection: Connection) -> str:
    """The field key of a server in the members list (its problems show beside it)."""
    return f"member:{connection.url}"


@dataclass
class NewPoolChoices:
    servers: list[Connection]  # the connected pools of one server, in the order shown
    name: str = ""
    description: str = ""
    master: Connection | None = None
    members: list[Connection] = field(default_factory=list)
    manager: ConnectionManager | None = None


@dataclass
class AddToPoolChoices:
    joiner: Connection
    pools: list[Connection]  # the other connected pools
    target: Connection | None = None
    manager: ConnectionManager | None = None


def standalone_servers(connections: list[Connection]) -> list[Connection]:
    return [c for c in connections if c.is_connected and standalone_host(c) is not None]


# -- New Pool ----------------------------------------------------------------------------------------------------

class PoolNamePage(PageLogic[NewPoolChoices]):
    key = "name"
    title = LazyText("PoolWizard", "Name and description")

    def problems(self, state: NewPoolChoices) -> list[Problem]:
        if not state.name.strip():
            return [Problem("name", translate("PoolWizard", "Type a name for the new pool."))]
        return []

    def summary(self, state: NewPoolChoices) -> list[tuple[str, str]]:
        return [(translate("PoolWizard", "Name"), state.name.strip()),
                (translate("PoolWizard", "Description"), state.description.strip() or translate("PoolWizard",
                                                                                              "(none)"))]


class PoolServersPage(PageLogic[NewPoolChoices]):
    key = "servers"
    title = LazyText("PoolWizard", "Master and members")

    def problems(self, state: NewPoolChoices) -> list[Problem]:
        master = state.master
        if master is None:
            return [Problem("master", translate("PoolWizard", "Choose the server that becomes the pool master."))]
        if not master.is_connected or standalone_host(master) is None:
            return [Problem("master", translate("PoolWizard", "The master must be a server of its own, connected."))]
        found = []
        for member in state.members:
            reason = join_reason(member, master) if member is not master else None
            if reason is not None:
                found.append(Problem(member_key(member), reason))
        return found

    def summary(self, state: NewPoolChoices) -> list[tuple[str, str]]:
        if state.master is None:
            return []
        members = [m for m in state.members if m is not state.master]
        lines = [(translate("PoolWizard", "Master"), server_name(state.master)),
                 (translate("PoolWizard", "Members"), ", ".join(server_name(m) for m in members)
                  or translate("PoolWizard", "(the master alone)"))]
        notes = [note for note in (masking_note(m, state.master) for m in members) if note]
        if notes:
            lines.append((translate("PoolWizard", "CPU masking"), " ".join(notes)))
        return lines


class NewPoolSummaryPage(PageLogic[NewPoolChoices]):
    key = "summary"
    title = LazyText("PoolWizard", "Finish")


def new_pool_pages() -> list[PageLogic[NewPoolChoices]]:
    return [PoolNamePage(), PoolServersPage(), NewPoolSummaryPage()]


def _join_step(member: Connection, master: Connection, manager: ConnectionManager | None,
               joined: list[str]) -> Step:
    """One server joins; when it fails, the Operation's note names those that joined before (they stay)."""
    name = server_name(member)

    async def work(plan: PlanRun) -> None:
        low, high = plan.span
        try:
            await join(member, master, manager, lambda f: plan.runner.set_progress(low + (high - low) * f))
        except BaseException:
            if joined:
                plan.runner.operation.note = translate("PoolWizard", "already in the pool: {0}").format(
                    ", ".join(joined))
            raise
        joined.append(name)

    return Step(translate("PoolWizard", "Adding {0} to the pool").format(name), work, 5.0)


def start_new_pool(operations: OperationList, choices: NewPoolChoices) -> Operation:
    master = choices.master
    if master is None:
        raise ValueError("a new pool needs a master")
    name, description = choices.name.strip(), choices.description.strip()
    joined: list[str] = []

    async def naming(plan: PlanRun) -> None:
        pool = the_pool(master.cache)
        if pool is None:
            raise ValueError("the master's pool is not known")
        await plan.call("pool.set_name_label", pool.ref, name)
        await plan.call("pool.set_name_description", pool.ref, description)

    steps = [Step(LazyText("PoolWizard", "Naming the pool"), naming, 0.5)]
    steps += [_join_step(member, master, choices.manager, joined) for member in choices.members
              if member is not master]
    title = translate("PoolWizard", "Creating pool '{0}'").format(name)
    return start_plan(operations, title, master, [], steps)


# -- Add Server to Pool --------------------------------------------------------------------------------------------

class TargetPoolPage(PageLogic[AddToPoolChoices]):
    key = "pool"
    title = LazyText("PoolWizard", "Pool")

    def problems(self, state: AddToPoolChoices) -> list[Problem]:
        if state.target is None:
            return [Problem("pool", translate("PoolWizard", "Choose the pool the server joins."))]
        reason = join_reason(state.joiner, state.target)
        return [Problem("pool", reason)] if reason is not None else []

    def summary(self, state: AddToPoolChoices) -> list[tuple[str, str]]:
        if state.target is None:
            return []
        lines = [(translate("PoolWizard", "Server"), server_name(state.joiner)),
                 (translate("PoolWizard", "Pool"), state.target.display_name)]
        note = masking_note(state.joiner, state.target)
        if note:
            lines.append((translate("PoolWizard", "CPU masking"), note))
        return lines


class AddToPoolSummaryPage(PageLogic[AddToPoolChoices]):
    key = "summary"
    title = LazyText("PoolWizard", "Finish")


def add_to_pool_pages() -> list[PageLogic[AddToPoolChoices]]:
    return [TargetPoolPage(), AddToPoolSummaryPage()]


def start_add_to_pool(operations: OperationList, choices: AddToPoolChoices) -> Operation:
    target = choices.target
    if target is None:
        raise ValueError("no pool chosen")
    host = standalone_host(choices.joiner)
    title = translate("PoolWizard", "Adding '{0}' to pool '{1}'").format(server_name(choices.joiner),
                                                                         target.display_name)
    steps = [_join_step(choices.joiner, target, choices.manager, [])]
    return start_plan(operations, title, target, [host.ref] if host is not None else [], steps)


__all__ = ["AddToPoolChoices", "NewPoolChoices", "add_to_pool_pages", "joiner_reason", "new_pool_pages",
           "standalone_servers", "start_add_to_pool", "start_new_pool"]
