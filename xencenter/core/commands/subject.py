"""ObjectCommand: a verb on selected objects of one class (VMs, servers, pools, SRs, networks).

The class checks what every such verb checks first, in one place: the right kind of object, a connected server,
an object that still exists. Subclasses answer `object_reason` for what is particular to the verb and `job` for
the work, which runs as one Operation per selected object. A multi-selection is enabled when any object can.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from ..i18n import LazyText
from ..objects import SR, VM, Host, Network, Pool, XenObject
from ..operations import OperationRunner
from .base import Command, CommandContext, SelectedItem, Selection, not_connected, nothing_selected


@dataclass(frozen=True, kw_only=True)
class Subject:
    """The object class a verb acts on, and how its two common refusals read."""

    view: type[XenObject]
    select: LazyText  # the selection holds another kind of object
    gone: LazyText  # the object was deleted meanwhile


VMS = Subject(view=VM, select=LazyText("Commands", "Select one or more virtual machines."),
              gone=LazyText("Commands", "The VM no longer exists."))
HOSTS = Subject(view=Host, select=LazyText("Commands", "Select one or more servers."),
                gone=LazyText("Commands", "The server no longer exists."))
POOLS = Subject(view=Pool, select=LazyText("Commands", "Select a pool."),
                gone=LazyText("Commands", "The pool no longer exists."))
SRS = Subject(view=SR, select=LazyText("Commands", "Select one or more storage repositories."),
              gone=LazyText("Commands", "The storage repository no longer exists."))
NETWORKS = Subject(view=Network, select=LazyText("Commands", "Select one or more networks."),
                   gone=LazyText("Commands", "The network no longer exists."))


class ObjectCommand(Command):
    subject: ClassVar[Subject]

    def can_execute(self, selection: Selection, argument: Any = None) -> str | None:
        if not selection:
            return nothing_selected()
        reasons = [self.reason(item, argument) for item in selection]
        if any(reason is None for reason in reasons):
            return None
        return next(reason for reason in reasons if reason is not None)

    def reason(self, item: SelectedItem, argument: Any = None) -> str | None:
        if item.cls != self.subject.view.CLASS:
            return self.subject.select.text()
        if not item.connection.is_connected:
            return not_connected(item.connection)
        denied = self.role_reason(item)  # RBAC before anything about the object: a role outranks a state
        if denied is not None:
            return denied
        obj = self.subject.view.lookup(item.connection.cache, item.ref)
        if obj is None:
            return self.subject.gone.text()
        return self.object_reason(obj, item, argument)

    def object_reason(self, obj: Any, item: SelectedItem, argument: Any) -> str | None:
        """Why this verb cannot run on `obj` (which exists, on a connected server), or None."""
        raise NotImplementedError

    def name_of(self, item: SelectedItem) -> str:
        obj = self.subject.view.lookup(item.connection.cache, item.ref)
        return obj.name if obj is not None else item.ref

    def title(self, item: SelectedItem) -> str:
        """The Operation's title: the verb's title ({0} = the object's name), else its text."""
        return (self.verb.title or self.verb.text).text().format(self.name_of(item))

    def confirmation_text(self, selection: Selection) -> str:
        if self.confirmation is None:
            return ""
        found = (self.subject.view.lookup(i.connection.cache, i.ref) for i in selection)
        return self.confirmation.text().format(", ".join(f"'{obj.name}'" for obj in found if obj is not None))

    async def run(self, context: CommandContext) -> None:
        for item in context.selection:
            if self.reason(item, context.argument) is None:
                self.start(context, item)

    def start(self, context: CommandContext, item: SelectedItem) -> None:
        """One Operation titled after the object, running `job` on it."""
        title = self.title(item)
        ref, argument = item.ref, context.argument

        async def job(runner: OperationRunner) -> Any:
            return await self.job(runner, ref, argument)

        context.started.append(context.operations.start(title, item.connection, [ref], job))

    async def job(self, runner: OperationRunner, ref: str, argument: Any) -> Any:
        raise NotImplementedError
