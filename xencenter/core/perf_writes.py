"""The writes of the Performance and Memory tabs, each an Operation in the Events pane.

Graph layouts go to the pool's gui_config one key at a time (remove_from_ / add_to_gui_config, as XenCenter
does), so other clients' keys are never overwritten; alert thresholds to `other_config:perfmon` of a VM or host;
a dynamic memory range through VM.set_memory_dynamic_range (live on a running VM).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .connection import Connection
from .i18n import translate
from .operation import Operation
from .operations import OperationList, OperationRunner
from .perfmon import KEY as PERFMON_KEY
from .perfmon import Threshold, perfmon_xml
from .rrd.archive import ObjectKey
from .rrd.layout import LAYOUT as LAYOUT_KEY
from .rrd.layout import Layout, default_graphs, layout_entries, owned_keys

# What each write needs of the login's role (RBAC): the widgets ask before the user tries.
LAYOUT_PERMISSIONS = ("pool.add_to_gui_config", "pool.remove_from_gui_config")
RANGE_PERMISSIONS = ("vm.set_memory_dynamic_range",)


def threshold_permissions(cls: str) -> tuple[str, ...]:
    """xapi opens other_config:perfmon to roles by key, as the Alerts page writes it."""
    return (f"{cls.lower()}.add_to_other_config/key:{PERFMON_KEY}",
            f"{cls.lower()}.remove_from_other_config/key:{PERFMON_KEY}")


def save_layout(operations: OperationList, connection: Connection, pool_ref: str, key: ObjectKey, name: str,
                layout: Layout, gui_config: Mapping[str, str], sources: Iterable[str]) -> Operation:
    """Store `layout` for `key`; a layout equal to the defaults (and no colours) only removes the stored one."""
    old = sorted(owned_keys(gui_config, key))
    is_default = not layout.colours and layout.graphs == default_graphs(key.kind, list(sources))
    entries = {} if is_default else layout_entries(key, layout)
    # Colours and titles before the layouts that use them: another client shows a graph once its layout key
    # arrives, and should show it whole.
    entries = dict(sorted(entries.items(), key=lambda item: (item[0].startswith(LAYOUT_KEY), item[0])))

    async def job(runner: OperationRunner) -> None:
        for stale in old:
            if stale not in entries:
                await runner.call("pool.remove_from_gui_config", pool_ref, stale)
        for index, (entry, value) in enumerate(entries.items()):
            if gui_config.get(entry) != value:
                if entry in gui_config:
                    await runner.call("pool.remove_from_gui_config", pool_ref, entry)
                await runner.call("pool.add_to_gui_config", pool_ref, entry, value)
            runner.set_progress((index + 1) / max(1, len(entries)))

    title = translate("Performance", "Saving the graphs of {0}").format(name)
    return operations.start(title, connection, [pool_ref], job)


def save_thresholds(operations: OperationList, connection: Connection, cls: str, ref: str, name: str,
                    thresholds: Iterable[Threshold], current: Mapping[str, str]) -> Operation:
    """Write the thresholds to `other_config:perfmon` (removed when there are none)."""
    xml = perfmon_xml(thresholds)

    async def job(runner: OperationRunner) -> None:
        if PERFMON_KEY in current:
            await runner.call(f"{cls}.remove_from_other_config", ref, PERFMON_KEY)
        if xml:
            await runner.call(f"{cls}.add_to_other_config", ref, PERFMON_KEY, xml)

    title = translate("Performance", "Saving the alerts of {0}").format(name)
    return operations.start(title, connection, [ref], job)


def set_dynamic_range(operations: OperationList, connection: Connection, vm_ref: str, name: str, dynamic_min: int,
                      dynamic_max: int) -> Operation:
    title = translate("MemoryRange", "Changing the memory of {0}").format(name)
    return operations.start_task(title, connection, [vm_ref], "VM.set_memory_dynamic_range", vm_ref,
                                 dynamic_min, dynamic_max)
