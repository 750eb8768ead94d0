"""Menus, toolbar and context menus, all made of the CommandActions' QActions (nothing else runs commands).

The toolbar shows each verb once: its Start, Shut Down and Reboot are VerbActions (ui/verbs.py) that run the VM or
the host command by what is selected; the menus keep the separate VM and Server entries.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar, QWidget

from ..core.commands import ChoosesArgument, SelectedItem
from ..core.commands.choices import ChoiceChecks
from ..core.i18n import translate
from ..core.objects import VM
from ..core.wlb import Rating, is_builtin, order_by_rating, rated_name, zero_reason_text
from .actions import CommandActions
from .widgets.icons import icon

SERVER_MENU = ("connection.add", None, "connection.reconnect", "connection.disconnect", "connection.remove", None,
               "host.reboot", "host.shutdown", "host.power_on", "host.power_on_settings", None,
               "host.management_interface", "host.enter_maintenance",
               "host.exit_maintenance", "host.enable_intellicache", "host.disable_intellicache", None,
               "host.add_to_pool", "host.make_master", "host.eject", None,
               "host.fail_power", "host.fail_network", "host.restore")
POOL_MENU = ("connection.add", "pool.new", None, "vm.new", "pool.import", "network.new", "sr.new", None,
             "pool.configure_ha", "pool.disable_ha", None, "pool.vm_protection", "pool.new_vmss", None,
             "pool.configure_dr", "pool.disaster_recovery", None, "pool.wlb_connect", "pool.wlb_disconnect", None,
             "pool.manage_vapps", "pool.new_vapp", None, "connection.reconnect", "connection.disconnect",
             "connection.remove")
VM_MENU = ("vm.new", None, "vm.start", "vm.start_on", "vm.shutdown", "vm.reboot", "vm.suspend", "vm.resume",
           "vm.resume_on", "vm.pause", "vm.unpause", None, "vm.force_shutdown", "vm.force_reboot", None, "vm.migrate",
           "vm.migrate_wizard", "vm.assign_vapp", None, "vm.take_snapshot", "vm.copy", "vm.export",
           "vm.convert_to_template", None, "vm.delete")
STORAGE_MENU = ("sr.new", None, "sr.repair", "sr.set_default", None, "sr.detach", "sr.forget", "sr.destroy", None,
                "sr.properties")
TOOLBAR = ("connection.add", "vm.new", None, "verb.start", "verb.shutdown", "verb.reboot", "vm.suspend", "vm.resume",
           None, "host.enter_maintenance")
TEMPLATE_MENU = ("vm.new", "vm.quick_create", None, "vm.copy", "vm.export", None, "vm.delete")
SNAPSHOT_MENU = ("snapshot.revert", "vm.new_from_snapshot", "snapshot.save_as_template", None, "snapshot.delete",
                 None, "snapshot.properties")

# Folders, tags and custom fields: every organisable object's context menu ends with them.
ORGANISE = (None, "organise.move_to_folder", "organise.remove_from_folder", "organise.new_folder", None,
            "organise.edit_tags", "organise.edit_custom_fields")

# Context menus by the kind of the (first) selected object, as XenCenter's ContextMenuBuilder picks by shape
# (templates and snapshots are VMs with menus of their own: see `shape`).
CONTEXT = {
    "VM": VM_MENU + ORGANISE,
    "template": TEMPLATE_MENU + ORGANISE,
    "snapshot": SNAPSHOT_MENU,
    "host": ("vm.new", None, "host.reboot", "host.shutdown", "host.power_on", "host.power_on_settings", None,
             "host.management_interface", "host.enter_maintenance",
             "host.exit_maintenance", "host.enable_intellicache", "host.disable_intellicache", None,
             "host.add_to_pool", "host.make_master", "host.eject", None,
             "host.fail_power", "host.fail_network", "host.restore", None, "connection.disconnect", *ORGANISE),
    "pool": ("vm.new", "pool.import", "network.new", "sr.new", None, "pool.configure_ha", "pool.disable_ha", None,
             "pool.vm_protection", "pool.new_vmss", None, "pool.configure_dr", "pool.disaster_recovery", None,
             "pool.wlb_connect", "pool.wlb_disconnect", None, "pool.manage_vapps", "pool.new_vapp", None,
             "pool.new", "host.add_to_pool", None,
             "connection.reconnect", "connection.disconnect", "connection.remove", *ORGANISE),
    "SR": STORAGE_MENU + ORGANISE, "VDI": ORGANISE[1:],
    "network": ("network.new", None, "network.properties", "network.delete", *ORGANISE),
    "connection": ("connection.reconnect", "connection.disconnect", "connection.remove"),
    "VM_appliance": ("vapp.start", "vapp.shutdown", "vapp.force_shutdown", None, "vapp.delete", None,
                     "vapp.properties"),
    "": ("connection.add",),
}


class ActionSource(Protocol):
    def __getitem__(self, action_id: str) -> QAction: ...


def fill(menu: QMenu | QToolBar, actions: ActionSource, ids: Sequence[str | None]) -> None:
    for command_id in ids:
        if command_id is None:
            menu.addSeparator()
        else:
            menu.addAction(actions[command_id])


RATED_MENUS = frozenset({"vm.start_on", "vm.resume_on", "vm.migrate"})  # where WLB rates the servers for a VM


class ChoiceMenu(QMenu):
    """A command's argument picked from a submenu (Start on Server, Resume on Server, Migrate to Server): one entry
    per choice the command offers for the first selected item (ChoosesArgument).

    The menu opens at once with the cache's answers (`choices()`); for the entries the cache lets through it asks
    ChoiceChecks for the server's answer (parallel calls awaited on the event loop) and updates each entry as its
    answer arrives: disabled, with the plain reason in its text and tooltip, when the server says no."""

    def __init__(self, actions: CommandActions, checks: ChoiceChecks, command_id: str, name: str, title: str,
                 parent: QWidget | None = None, entry_icon: str = "host") -> None:
        super().__init__(title, parent)
        self._entry_icon = entry_icon
        self.setObjectName(name)
        self.setAccessibleName(title)
        self.setToolTipsVisible(True)
        self._actions = actions
        self._checks = checks
        self._command_id = command_id
        self._entry_icon = entry_icon  # what the choices are: servers, or storage (Enable IntelliCache)
        self._entries: dict[str, tuple[QAction, str, str | None]] = {}  # choice -> (entry, name, cache's reason)
        self._item: SelectedItem | None = None
        self._generation = 0
        self._runnable = False
        self.aboutToShow.connect(self._populate)
        checks.answered.connect(self._on_answered)
        checks.ratings.rated.connect(self._on_rated)

    def entry(self, choice: str) -> QAction | None:
        found = self._entries.get(choice)
        return found[0] if found is not None else None

    def _populate(self) -> None:
        self.clear()
        self._entries = {}
        self._item = None
        command = self._actions.registry.get(self._command_id)
        selection = self._actions.selection
        if not isinstance(command, ChoosesArgument) or not selection:
            return
        item = self._item = selection[0]
        self._generation = item.connection.cache.generation
        self._runnable = self._actions.registry.reason(self._command_id, selection) is None
        for argument, name, reason in command.choices(item):
            entry = QAction(icon(self._entry_icon), name, self)
            entry.setObjectName(f"choice_{argument}")
            entry.triggered.connect(lambda _=False, arg=argument: self._actions.trigger(self._command_id, arg))
            self.addAction(entry)
            self._entries[argument] = (entry, name, reason)
            self._show(argument)
        if self._runnable:
            self._checks.ask(command, item, [arg for arg, (_, _, reason) in self._entries.items() if reason is None])
        if self._runnable and self._command_id in RATED_MENUS:
            # WLB's stars, fetched in the background; entries gain them (best first) when they arrive
            self._checks.ratings.ask(item.connection, item.ref)
            self._order_by_rating()

    def _rating(self, choice: str) -> Rating | None:
        if self._item is None or not self._runnable or self._command_id not in RATED_MENUS:
            return None
        ratings = self._checks.ratings.ratings(self._item.connection, self._item.ref)
        return ratings.get(choice) if ratings is not None else None

    def _show(self, choice: str) -> None:
        entry, name, reason = self._entries[choice]
        if reason is None and self._item is not None:
            answer = self._checks.answer(self._command_id, self._item, choice, self._generation)
            reason = answer.reason if answer is not None else None
        rating = self._rating(choice)
        tip = name
        if rating is not None:
            if reason is None and rating.stars == 0:
                reason = zero_reason_text(rating.reason or "")
            name = tip = rated_name(name, rating)
            if self._item is not None and is_builtin(self._item.connection.cache):
                tip = translate("MainWindow", "{0}, rated by the simulator's own workload balancing").format(name)
        entry.setEnabled(reason is None and self._runnable)
        entry.setText(name if reason is None else translate("MainWindow", "{0} — {1}").format(name, reason))
        entry.setToolTip(reason or tip)
        entry.setStatusTip(entry.toolTip())

    def _order_by_rating(self) -> None:
        """XenCenter lists a rated menu best first: entries are moved (not rebuilt) into the ratings' order."""
        if self._item is None:
            return
        ratings = self._checks.ratings.ratings(self._item.connection, self._item.ref)
        if not ratings:
            return
        for choice in order_by_rating(list(self._entries), ratings):
            entry = self._entries[choice][0]
            self.removeAction(entry)
            self.addAction(entry)
            self._show(choice)

    def _on_answered(self, command_id: str, ref: str, choice: str) -> None:
        if command_id == self._command_id and self._item is not None and self._item.ref == ref \
                and choice in self._entries:
            self._show(choice)

    def _on_rated(self, ref: str) -> None:
        if self._item is not None and self._item.ref == ref and self._command_id in RATED_MENUS:
            self._order_by_rating()


CHOICE_MENUS = (  # command, menu name, title, the entries' icon
    ("vm.start_on", "startOnMenu", QT_TRANSLATE_NOOP("MainWindow", "Start on Server"), "host"),
    ("vm.resume_on", "resumeOnMenu", QT_TRANSLATE_NOOP("MainWindow", "Resume on Server"), "host"),
    ("vm.migrate", "migrateMenu", QT_TRANSLATE_NOOP("MainWindow", "Migrate to Server"), "host"),
    ("vm.assign_vapp", "assignVappMenu", QT_TRANSLATE_NOOP("MainWindow", "Assign to vApp"), "vapp"),
    ("host.enable_intellicache", "intellicacheMenu", QT_TRANSLATE_NOOP("MainWindow", "Enable IntelliCache on"),
     "sr"),
)


def choice_menus(actions: CommandActions, checks: ChoiceChecks, parent: QWidget | None = None) -> dict[str, ChoiceMenu]:
    """The submenus of the verbs that need an argument, by command id; each is set as its action's menu."""
    menus = {}
    for command_id, name, title, entry_icon in CHOICE_MENUS:
        menu = ChoiceMenu(actions, checks, command_id, name, translate("MainWindow", str(title)), parent, entry_icon)
        actions[command_id].setMenu(menu)
        menus[command_id] = menu
    return menus


def shape(selection: Sequence[SelectedItem]) -> str:
    """The CONTEXT key for a selection: its first item's class, telling templates and snapshots from VMs."""
    if not selection:
        return ""
    item = selection[0]
    if item.cls == "VM":
        vm = VM.lookup(item.connection.cache, item.ref)
        if vm is not None and vm.is_snapshot:
            return "snapshot"
        if vm is not None and vm.is_template:
            return "template"
    return item.cls


def context_menu(actions: CommandActions, selection: Sequence[SelectedItem], parent: QWidget) -> QMenu:
    menu = QMenu(parent)
    menu.setObjectName("treeContextMenu")
    menu.setToolTipsVisible(True)
    fill(menu, actions, CONTEXT.get(shape(selection), CONTEXT[""]))
    return menu
