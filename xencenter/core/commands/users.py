"""The Users tab's verbs on a pool: join and leave a domain, add and remove subjects, change roles, log out.

Each is a pool verb (ObjectCommand, so RBAC and the usual checks come first) whose work runs as one Operation.
Subject verbs take the chosen subjects' refs as their argument (a tuple, from the tab's list); the dialogs come
from the UI through `UsersUi`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol, cast

from PySide6.QtCore import QCoreApplication

from ..i18n import LazyText
from ..objects import Pool
from ..operations import OperationRunner
from ..rbac import ROLES, role_text
from ..users import AUTH_TYPE, Subject, directory_of, split_names, subjects
from ..xenapi.errors import XenAPIError
from .base import Command, CommandContext, SelectedItem, Verb
from .subject import POOLS, ObjectCommand


class UsersError(XenAPIError):
    """Work that cannot be done; its text is the sentence the Events pane shows."""


@dataclass(frozen=True)
class DomainLogin:
    """What Join Domain asks: the domain and an account that may add machines to it."""

    domain: str
    user: str
    password: str


class UsersUi(Protocol):
    """The dialogs these verbs need (DialogCommandUi provides them)."""

    async def ask_join_domain(self, pool: str) -> DomainLogin | None: ...

    async def ask_subject_names(self, domain: str) -> str | None:
        """The names of users or groups to add, as typed (commas, semicolons or lines between them)."""
        ...

    async def ask_role(self, names: Sequence[str], current: str) -> str | None:
        """One of the six roles for the subjects `names` (`current`: the role they share, or "")."""
        ...


def _ui(context: CommandContext) -> UsersUi:
    return cast(UsersUi, context.ui)


def chosen(item: SelectedItem, argument: Any) -> list[Subject]:
    """The subjects of `argument` (subject refs) that still exist on the item's connection."""
    refs = argument if isinstance(argument, (tuple, list)) else ()
    found = (Subject.lookup(item.connection.cache, str(ref)) for ref in refs)
    return [subject for subject in found if subject is not None]


def quoted(subjects: Sequence[Subject]) -> str:
    return ", ".join(f"'{subject.name}'" for subject in subjects)


class UsersCommand(ObjectCommand):
    subject = POOLS

    def object_reason(self, pool: Pool, item: SelectedItem, argument: Any) -> str | None:
        directory = directory_of(item.connection.cache, pool)
        if not directory.joined:
            return QCoreApplication.translate("Commands", "The pool has not joined a domain.")
        return self.users_reason(item, argument)

    def users_reason(self, item: SelectedItem, argument: Any) -> str | None:
        return None

    def first(self, context: CommandContext) -> SelectedItem | None:
        """The pool the verb works on: the first selected one it can."""
        return next((i for i in context.selection if self.reason(i, context.argument) is None), None)

    @staticmethod
    def domain(item: SelectedItem) -> str:
        return directory_of(item.connection.cache, Pool.lookup(item.connection.cache, item.ref)).domain

    @staticmethod
    def start_job(context: CommandContext, item: SelectedItem, title: str, refs: list[str], work: Any) -> None:
        context.started.append(context.operations.start(title, item.connection, [item.ref, *refs], work))


class JoinDomain(UsersCommand):
    def object_reason(self, pool: Pool, item: SelectedItem, argument: Any) -> str | None:
        directory = directory_of(item.connection.cache, pool)
        if directory.joined:
            return QCoreApplication.translate("Commands", "The pool has already joined the domain {0}.").format(
                directory.domain)
        return None

    async def run(self, context: CommandContext) -> None:
        item = self.first(context)
        if item is None:
            return
        login = await _ui(context).ask_join_domain(self.name_of(item))
        if login is None or not login.domain.strip():
            return
        domain = login.domain.strip()
        config = {"domain": domain, "user": login.user, "pass": login.password}

        async def work(runner: OperationRunner) -> None:
            await runner.call("pool.enable_external_auth", item.ref, config, domain, AUTH_TYPE)

        title = QCoreApplication.translate("Commands", "Joining '{0}' to the domain {1}").format(
            self.name_of(item), domain)
        self.start_job(context, item, title, [], work)


class LeaveDomain(UsersCommand):
    def confirmation_text(self, selection: Sequence[SelectedItem]) -> str:
        return self.confirmation.text().format(self.domain(selection[0])) if self.confirmation is not None else ""

    async def job(self, runner: OperationRunner, ref: str, argument: Any) -> Any:
        return await runner.call("pool.disable_external_auth", ref, {})


class AddSubjects(UsersCommand):
    """Resolve each typed name in the directory, then make it a subject with what the directory says of it."""

    async def run(self, context: CommandContext) -> None:
        item = self.first(context)
        if item is None:
            return
        names = split_names(await _ui(context).ask_subject_names(self.domain(item)) or "")
        if not names:
            return

        async def work(runner: OperationRunner) -> None:
            known = {subject.sid for subject in subjects(runner.connection.cache)}
            already = []
            for step, name in enumerate(names):
                sid = str(await runner.call("auth.get_subject_identifier", name))
                if sid in known:
                    already.append(name)
                    continue
                info = await runner.call("auth.get_subject_information_from_identifier", sid)
                await runner.call("subject.create", {"subject_identifier": sid, "other_config": dict(info or {}),
                                                     "roles": []})
                known.add(sid)
                runner.set_progress((step + 1) / len(names))
            if already:
                runner.set_description(QCoreApplication.translate(
                    "Commands", "Already users of the pool: {0}.").format(", ".join(already)))

        title = QCoreApplication.translate("Commands", "Adding {0} to the users of '{1}'").format(
            ", ".join(f"'{name}'" for name in names), self.name_of(item))
        self.start_job(context, item, title, [], work)


@dataclass(frozen=True, kw_only=True)
class SubjectsVerb(Verb):
    """A verb on chosen subjects; `question` is asked first ({0} = their names; the registry's `confirmation`
    could only name the pool)."""

    question: LazyText | None = None


class SubjectsCommand(UsersCommand):
    """A verb on subjects chosen in the tab (`argument`: their refs)."""

    verb: SubjectsVerb

    def users_reason(self, item: SelectedItem, argument: Any) -> str | None:
        if not chosen(item, argument):
            return QCoreApplication.translate("Commands", "Select one or more users or groups.")
        return None

    async def run(self, context: CommandContext) -> None:
        item = self.first(context)
        if item is None:
            return
        picked = chosen(item, context.argument)
        if self.verb.question is not None:
            title = QCoreApplication.translate("Commands", "Confirm {0}").format(self.text.text().rstrip("."))
            if not await context.ui.confirm(title, self.verb.question.text().format(quoted(picked))):
                return
        await self.start_on(context, item, picked)

    async def start_on(self, context: CommandContext, item: SelectedItem, picked: list[Subject]) -> None:
        async def work(runner: OperationRunner) -> None:
            for step, subject in enumerate(picked):
                await self.each(runner, subject)
                runner.set_progress((step + 1) / len(picked))

        title = (self.verb.title or self.verb.text).text().format(quoted(picked))
        self.start_job(context, item, title, [s.ref for s in picked], work)

    async def each(self, runner: OperationRunner, subject: Subject) -> None:
        raise NotImplementedError


class RemoveSubjects(SubjectsCommand):
    async def each(self, runner: OperationRunner, subject: Subject) -> None:
        await runner.call("subject.destroy", subject.ref)


class LogoutSubjects(SubjectsCommand):
    async def each(self, runner: OperationRunner, subject: Subject) -> None:
        await runner.call("session.logout_subject_identifier", subject.sid)


class ChangeRole(SubjectsCommand):
    """XenCenter's role dialog: one of the six roles for the chosen subjects, replacing the roles they had."""

    async def start_on(self, context: CommandContext, item: SelectedItem, picked: list[Subject]) -> None:
        access = item.connection.access
        refs = {name: ref for ref, name in (access.role_refs if access is not None else {}).items()}
        held = {tuple(access.roles_of(s.role_refs)) if access is not None else () for s in picked}
        shared = next(iter(held)) if len(held) == 1 else ()
        role = await _ui(context).ask_role([s.name for s in picked], shared[0] if len(shared) == 1 else "")
        if role is None or role not in ROLES:
            return

        async def work(runner: OperationRunner) -> None:
            if role not in refs:
                raise UsersError(QCoreApplication.translate("Commands", "The server has no role {0}.").format(role))
            for step, subject in enumerate(picked):
                roles = [str(r) for r in await runner.call("subject.get_roles", subject.ref)]
                for old in roles:
                    if old != refs[role] and old in refs.values():
                        await runner.call("subject.remove_from_roles", subject.ref, old)
                if refs[role] not in roles:
                    await runner.call("subject.add_to_roles", subject.ref, refs[role])
                runner.set_progress((step + 1) / len(picked))

        title = QCoreApplication.translate("Commands", "Changing the role of {0} to {1}").format(
            quoted(picked), role_text(role))
        self.start_job(context, item, title, [s.ref for s in picked], work)


JOIN = Verb(id="users.join_domain", text=LazyText("Commands", "Join Domain..."), icon="users",
            permissions=("pool.enable_external_auth",))
LEAVE = Verb(id="users.leave_domain", text=LazyText("Commands", "Leave Domain"), icon="users",
             title=LazyText("Commands", "Leaving the domain of '{0}'"), permissions=("pool.disable_external_auth",),
             confirmation=LazyText("Commands", "Leave the domain {0}? Its users can no longer log in to the pool, "
                                               "and their sessions end."))
ADD = Verb(id="users.add", text=LazyText("Commands", "Add..."), icon="users",
           permissions=("auth.get_subject_identifier", "subject.create"))
REMOVE = SubjectsVerb(
    id="users.remove", text=LazyText("Commands", "Remove"), icon="users",
    title=LazyText("Commands", "Removing {0} from the pool's users"), permissions=("subject.destroy",),
    question=LazyText("Commands", "Remove {0} from the pool's users? They can no longer log in, and their sessions "
                                  "end."))
CHANGE_ROLE = SubjectsVerb(id="users.change_role", text=LazyText("Commands", "Change Role..."), icon="users",
                           permissions=("subject.add_to_roles", "subject.remove_from_roles"))
LOGOUT = SubjectsVerb(
    id="users.logout", text=LazyText("Commands", "Log Out"), icon="users",
    title=LazyText("Commands", "Logging out {0}"), permissions=("session.logout_subject_identifier",),
    question=LazyText("Commands", "Log out {0}? Every session they have open on the pool ends."))


def users_commands() -> list[Command]:
    return [JoinDomain(JOIN), LeaveDomain(LEAVE), AddSubjects(ADD), RemoveSubjects(REMOVE),
            ChangeRole(CHANGE_ROLE), LogoutSubjects(LOGOUT)]
