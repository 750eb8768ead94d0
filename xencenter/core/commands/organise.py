"""Organisation verbs: folders, tags and custom fields, written back exactly as XenCenter writes them.

* Move to Folder / Remove from Folder: `other_config["folder"]` set (remove, then add: XenCenter's SetOtherConfig)
  or removed; the pool's `other_config["EMPTY_FOLDERS"]` loses the target folder and gains a folder the move left
  empty. New Folder adds an empty folder to EMPTY_FOLDERS.
* Edit Tags: `<class>.add_tags` / `<class>.remove_tags` for each tag added or removed.
* Edit Custom Fields: the pool's `gui_config["XenCenter.CustomFields"]` when definitions change, then
  `other_config["XenCenter.CustomFields.<name>"]` per changed value (an empty value removes the key).

Every write runs as an Operation (Events pane); the dialogs come from the UI through `OrganiseUi`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, Protocol, cast

from PySide6.QtCore import QCoreApplication

from ..connection import Connection
from ..i18n import LazyText
from ..operations import OperationRunner
from ..organise import formats
from ..xenapi.errors import XenAPIError
from .base import Command, CommandContext, SelectedItem, Selection, Verb, not_connected, nothing_selected


class OrganiseError(XenAPIError):
    """A write that cannot be done; its text is the sentence the Events pane shows."""


class OrganiseUi(Protocol):
    """The dialogs these verbs need (DialogCommandUi provides them)."""

    async def ask_folder(self, folders: Sequence[str], current: str, new_only: bool) -> str | None:
        """A folder path chosen among `folders` or typed; None to give up."""
        ...

    async def ask_tags(self, names: Sequence[str], known: Sequence[str], current: Sequence[str]) -> list[str] | None:
        """The tags the objects `names` should carry, from `current` (their common tags); None to give up."""
        ...

    async def ask_custom_fields(self, name: str, definitions: Sequence[formats.FieldDef],
                                values: Mapping[str, str]) -> tuple[list[formats.FieldDef], dict[str, str]] | None:
        """The definitions (possibly with new ones) and the stored values by field name; None to give up."""
        ...


def item_reason(item: SelectedItem) -> str | None:
    """Why this selected object cannot be organised, or None."""
    if item.cls not in formats.ORGANISED_CLASSES:
        return QCoreApplication.translate("Commands", "Select pools, servers, VMs, storage, networks or disks.")
    if not item.connection.is_connected:
        return not_connected(item.connection)
    record = item.connection.cache.get(item.cls, item.ref)
    if record is None:
        return QCoreApplication.translate("Commands", "The object no longer exists.")
    if item.cls == "VM" and record.get("is_control_domain"):
        return QCoreApplication.translate("Commands", "This is a server's control domain.")
    return None


def _record(item: SelectedItem) -> Mapping[str, Any]:
    return item.connection.cache.get(item.cls, item.ref) or {}


def _name(item: SelectedItem) -> str:
    return str(_record(item).get("name_label") or item.ref)


def _pool(connection: Connection) -> tuple[str, Mapping[str, Any]] | None:
    return next(iter(connection.cache.items("pool")), None)


def _by_connection(items: Sequence[SelectedItem]) -> dict[Connection, list[SelectedItem]]:
    grouped: dict[Connection, list[SelectedItem]] = {}
    for item in items:
        grouped.setdefault(item.connection, []).append(item)
    return grouped


def known_folders(connections: Sequence[Connection]) -> list[str]:
    """Every folder path of these connections (with their ancestors) and their empty folders, sorted."""
    paths: set[str] = set()
    for connection in connections:
        pool = _pool(connection)
        for path in formats.empty_folders(pool[1] if pool else None):
            paths.update(formats.ancestors(path))
        for cls in formats.ORGANISED_CLASSES:
            for _, record in connection.cache.items(cls):
                paths.update(formats.ancestors(formats.folder_of(record)))
    return sorted(paths, key=str.casefold)


async def set_other_config(runner: OperationRunner, cls: str, ref: str, key: str, value: str) -> None:
    """XenCenter's SetOtherConfig: remove the key, then add it with the new value ("" only removes it)."""
    await runner.call(f"{cls}.remove_from_other_config", ref, key)
    if value:
        await runner.call(f"{cls}.add_to_other_config", ref, key, value)


def _left_empty(connection: Connection, path: str, moving: set[str]) -> bool:
    """Whether `path` holds nothing once the objects `moving` leave it (no other object, no subfolder)."""
    if not path:
        return False
    for cls in formats.ORGANISED_CLASSES:
        for ref, record in connection.cache.items(cls):
            folder = formats.folder_of(record)
            if ref not in moving and (folder == path or folder.startswith(path + "/")):
                return False
    pool = _pool(connection)
    return not any(p.startswith(path + "/") for p in formats.empty_folders(pool[1] if pool else None))


async def move_job(runner: OperationRunner, items: Sequence[SelectedItem], target: str) -> None:
    """Put `items` (all of one connection) in folder `target` ("" takes them out of their folders)."""
    connection = runner.connection
    moving = {item.ref for item in items}
    emptied = {formats.folder_of(_record(item)) for item in items} - {target, ""}
    emptied = {path for path in emptied if _left_empty(connection, path, moving)}
    for step, item in enumerate(items):
        config = await runner.call(f"{item.cls}.get_other_config", item.ref)  # the server's, not a stale cache's
        if formats.folder_of({"other_config": config}) != target:
            await set_other_config(runner, item.cls, item.ref, formats.FOLDER_KEY, target)
        runner.set_progress((step + 1) / (len(items) + 1))
    pool = _pool(connection)
    if pool is None:
        return
    pool_config = await runner.call("pool.get_other_config", pool[0])
    before = formats.empty_folders({"other_config": pool_config})
    after = (set(before) | emptied) - {target}
    if after != set(before):
        await set_other_config(runner, "pool", pool[0], formats.EMPTY_FOLDERS_KEY, formats.empty_folders_value(after))


GroupJob = Callable[[OperationRunner, list[SelectedItem]], Awaitable[None]]


def start_per_connection(context: CommandContext, items: Sequence[SelectedItem], title: Callable[[str], str],
                         work: GroupJob) -> None:
    """One Operation per connection for its share of `items`; `title` gets the quoted names."""
    for connection, group in _by_connection(items).items():
        names = ", ".join(f"'{_name(item)}'" for item in group)

        async def job(runner: OperationRunner, group: list[SelectedItem] = group) -> None:
            await work(runner, group)

        context.started.append(context.operations.start(title(names), connection, [i.ref for i in group], job))


class OrganiseCommand(Command):
    """Enabled when every selected object can be organised; otherwise the first reason."""

    def can_execute(self, selection: Selection, argument: Any = None) -> str | None:
        if not selection:
            return nothing_selected()
        reasons = (item_reason(item) or self.role_reason(item) for item in selection)
        return next((reason for reason in reasons if reason is not None), None)

    @staticmethod
    def ui(context: CommandContext) -> OrganiseUi:
        return cast(OrganiseUi, context.ui)


class MoveToFolder(OrganiseCommand):
    """`argument` is the target path (a drop on a folder); without it the UI asks."""


    def can_execute(self, selection: Selection, argument: Any = None) -> str | None:
        reason = super().can_execute(selection, argument)
        if reason is None and argument is not None and not formats.normalise_path(str(argument)):
            return QCoreApplication.translate("Commands", "Choose a folder.")
        if reason is None and argument is not None and all(
                formats.folder_of(_record(item)) == formats.normalise_path(str(argument)) for item in selection):
            return QCoreApplication.translate("Commands", "Already in that folder.")
        return reason

    async def run(self, context: CommandContext) -> None:
        items = list(context.selection)
        target = context.argument
        if target is None:
            current = {formats.folder_of(_record(item)) for item in items}
            target = await self.ui(context).ask_folder(known_folders(list(_by_connection(items))),
                                                       next(iter(current)) if len(current) == 1 else "", False)
            if target is None:
                return
        path = formats.normalise_path(str(target))
        if not path:
            return

        async def work(runner: OperationRunner, group: list[SelectedItem]) -> None:
            await move_job(runner, group, path)

        start_per_connection(context, items, lambda names: QCoreApplication.translate(
            "Commands", "Moving {0} to folder {1}").format(names, path), work)


class RemoveFromFolder(OrganiseCommand):

    def can_execute(self, selection: Selection, argument: Any = None) -> str | None:
        reason = super().can_execute(selection, argument)
        if reason is None and not any(formats.folder_of(_record(item)) for item in selection):
            return QCoreApplication.translate("Commands", "The selection is not in a folder.")
        return reason

    async def run(self, context: CommandContext) -> None:
        items = [item for item in context.selection if formats.folder_of(_record(item))]

        async def work(runner: OperationRunner, group: list[SelectedItem]) -> None:
            await move_job(runner, group, "")

        start_per_connection(context, items, lambda names: QCoreApplication.translate(
            "Commands", "Removing {0} from its folder").format(names), work)


class NewFolder(OrganiseCommand):
    """An empty folder in the pool of the (first) selected object: a path added to its EMPTY_FOLDERS."""


    async def run(self, context: CommandContext) -> None:
        connection = context.selection[0].connection
        existing = known_folders([connection])
        answer = context.argument if context.argument is not None else await self.ui(context).ask_folder(
            existing, "", True)
        path = formats.normalise_path(str(answer or ""))
        if not path:
            return
        title = QCoreApplication.translate("Commands", "Creating folder {0}").format(path)

        async def job(runner: OperationRunner) -> None:
            if path in known_folders([runner.connection]):
                raise OrganiseError(QCoreApplication.translate("Commands", "The folder {0} already exists.")
                                    .format(path))
            pool = _pool(runner.connection)
            if pool is None:
                raise OrganiseError(QCoreApplication.translate("Commands", "The pool is not known yet."))
            config = await runner.call("pool.get_other_config", pool[0])
            folders = set(formats.empty_folders({"other_config": config})) | {path}
            await set_other_config(runner, "pool", pool[0], formats.EMPTY_FOLDERS_KEY,
                                   formats.empty_folders_value(folders))

        context.started.append(context.operations.start(title, connection, [], job))


class EditTags(OrganiseCommand):

    async def run(self, context: CommandContext) -> None:
        items = list(context.selection)
        known: set[str] = set()
        for connection in _by_connection(items):
            for cls in formats.ORGANISED_CLASSES:
                for _, record in connection.cache.items(cls):
                    known.update(formats.tags_of(record))
        common = set.intersection(*(set(formats.tags_of(_record(item))) for item in items))
        answer = await self.ui(context).ask_tags([_name(item) for item in items], sorted(known, key=str.casefold),
                                                 sorted(common, key=str.casefold))
        if answer is None:
            return
        wanted = {formats.clean_tag(tag) for tag in answer} - {""}

        async def work(runner: OperationRunner, group: list[SelectedItem]) -> None:
            for item in group:
                have = set(await runner.call(f"{item.cls}.get_tags", item.ref))
                for tag in sorted(wanted - have):
                    await runner.call(f"{item.cls}.add_tags", item.ref, tag)
                for tag in sorted((have & common) - wanted):  # tags only some objects carry stay as they are
                    await runner.call(f"{item.cls}.remove_tags", item.ref, tag)

        start_per_connection(context, items, lambda names: QCoreApplication.translate(
            "Commands", "Saving the tags of {0}").format(names), work)


class EditCustomFields(OrganiseCommand):

    def can_execute(self, selection: Selection, argument: Any = None) -> str | None:
        reason = super().can_execute(selection, argument)
        if reason is None and len(selection) != 1:
            return QCoreApplication.translate("Commands", "Select one object to edit its custom fields.")
        return reason

    async def run(self, context: CommandContext) -> None:
        item = context.selection[0]
        pool = _pool(item.connection)
        definitions = formats.field_definitions(pool[1] if pool else None)
        record = _record(item)
        values = {d.name: formats.field_value(record, d) for d in definitions}
        answer = await self.ui(context).ask_custom_fields(_name(item), definitions, values)
        if answer is None:
            return
        new_definitions, new_values = answer
        title = QCoreApplication.translate("Commands", "Saving the custom fields of '{0}'").format(_name(item))

        async def job(runner: OperationRunner) -> None:
            pool_now = _pool(runner.connection)
            if pool_now is None:
                raise OrganiseError(QCoreApplication.translate("Commands", "The pool is not known yet."))
            gui_config = await runner.call("pool.get_gui_config", pool_now[0])
            stored = formats.field_definitions({"gui_config": gui_config})
            merged = stored + [d for d in new_definitions if all(s.name != d.name for s in stored)]
            if merged != stored:
                await runner.call("pool.remove_from_gui_config", pool_now[0], formats.CUSTOM_FIELDS_KEY)
                await runner.call("pool.add_to_gui_config", pool_now[0], formats.CUSTOM_FIELDS_KEY,
                                  formats.definitions_xml(merged))
            now = {"other_config": await runner.call(f"{item.cls}.get_other_config", item.ref)}
            for definition in merged:
                value = new_values.get(definition.name, "")
                if value != formats.field_value(now, definition):
                    await set_other_config(runner, item.cls, item.ref, definition.key, value)

        context.started.append(context.operations.start(title, item.connection, [item.ref], job))


# The keys xapi opens to VM operators ("folder", "XenCenter.CustomFields.*") are permissions of their own.
FOLDER_KEY = ("{cls}.remove_from_other_config/key:folder", "{cls}.add_to_other_config/key:folder")
MOVE_TO_FOLDER = Verb(id="organise.move_to_folder", text=LazyText("Commands", "Move to Folder..."), icon="folder",
                      permissions=FOLDER_KEY)
REMOVE_FROM_FOLDER = Verb(id="organise.remove_from_folder", text=LazyText("Commands", "Remove from Folder"),
                          icon="folder", permissions=FOLDER_KEY[:1])
NEW_FOLDER = Verb(id="organise.new_folder", text=LazyText("Commands", "New Folder..."), icon="folder",
                  permissions=("pool.remove_from_other_config/key:empty_folders",
                               "pool.add_to_other_config/key:empty_folders"))
EDIT_TAGS = Verb(id="organise.edit_tags", text=LazyText("Commands", "Edit Tags..."), icon="tag",
                 permissions=("{cls}.add_tags", "{cls}.remove_tags"))
EDIT_CUSTOM_FIELDS = Verb(id="organise.edit_custom_fields", text=LazyText("Commands", "Edit Custom Fields..."),
                          icon="custom-field", permissions=(
                              "pool.add_to_gui_config", "{cls}.remove_from_other_config/key:xencenter.customfields.*",
                              "{cls}.add_to_other_config/key:xencenter.customfields.*"))


def organise_commands() -> list[Command]:
    return [MoveToFolder(MOVE_TO_FOLDER), RemoveFromFolder(REMOVE_FROM_FOLDER), NewFolder(NEW_FOLDER),
            EditTags(EDIT_TAGS), EditCustomFields(EDIT_CUSTOM_FIELDS)]
