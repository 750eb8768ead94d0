"""VmProtectionDialog (XenCenter's VM Protection Policies): the pool's snapshot schedules (xapi's VMSS) with their
name, whether enabled, schedule, VMs and last run; New, Delete, Enable, Disable, Run Now and Properties run the
policy commands (core/commands/vmss.py) on the selected policy (a ManagerDialog)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...core.commands.vmss import PolicyVerbs
from ...core.connection import Connection
from ...core.i18n import translate
from ...core.timetext import local_time_text, parse_xapi_time
from ...core.wizard.vmss import schedule_text
from .manager import ManagerDialog

NEVER_RUN_YEAR = 1971  # xapi's last_run_time starts at the epoch


class VmProtectionDialog(ManagerDialog):
    OBJECT_CLASS = "VMSS"
    NEW_COMMAND = "pool.new_vmss"
    PREFIX = "vmss"

    def __init__(self, connection: Connection, verbs: PolicyVerbs, parent: QWidget | None = None) -> None:
        buttons = (("pool.new_vmss", "vmssNew", translate("VmProtection", "&New...")),
                   ("vmss.delete", "vmssDelete", translate("VmProtection", "&Delete")),
                   ("vmss.enable", "vmssEnable", translate("VmProtection", "&Enable")),
                   ("vmss.disable", "vmssDisable", translate("VmProtection", "D&isable")),
                   ("vmss.run_now", "vmssRunNow", translate("VmProtection", "&Run Now")),
                   ("vmss.properties", "vmssProperties", translate("VmProtection", "&Properties...")))
        super().__init__(
            connection, verbs, name="vmProtectionDialog",
            title=translate("VmProtection", "VM Protection Policies — {0}").format(connection.display_name),
            intro=translate("VmProtection", "Policies take snapshots of their VMs on a schedule and keep the newest "
                                            "of them."),
            table_name=translate("VmProtection", "Policies"),
            headers=(translate("VmProtection", "Name"), translate("VmProtection", "Enabled"),
                     translate("VmProtection", "Schedule"), translate("VmProtection", "VMs"),
                     translate("VmProtection", "Last run")),
            buttons=buttons, parent=parent)
        self.resize(860, 420)
        self.finish_layout()

    def policies(self) -> list[str]:
        """The policies shown, in order (their refs)."""
        return self.refs()

    def rows(self) -> list[tuple[str, list[str]]]:
        cache = self.connection.cache
        records = sorted(cache.items("VMSS"), key=lambda item: (str(item[1].get("name_label", "")).casefold(),
                                                                item[0]))
        rows = []
        for ref, record in records:
            names = sorted(str((cache.get("VM", vm) or {}).get("name_label", vm)) for vm in record.get("VMs") or [])
            last = parse_xapi_time(record.get("last_run_time"))
            never = last is None or last.year < NEVER_RUN_YEAR
            rows.append((str(ref), [
                str(record.get("name_label", "")),
                translate("VmProtection", "Yes") if record.get("enabled") else translate("VmProtection", "No"),
                schedule_text(str(record.get("frequency", "")), dict(record.get("schedule") or {})),
                ", ".join(names) or translate("VmProtection", "None"),
                translate("VmProtection", "Never") if never else local_time_text(last)]))
        return rows
