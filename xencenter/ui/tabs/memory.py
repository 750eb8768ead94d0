"""Memory tab: stacked bars of where a host's memory goes, one per host for a pool, and a VM's range with its
dynamic range editor (DMC), applied live to a running VM.

Host bar: Xen (host.memory_overhead), the control domain (VM_metrics.memory_actual, else memory_target), each
running VM (VM_metrics.memory_actual; its balloon target and static maximum in the tooltip) and free
(host_metrics.memory_free), out of host_metrics.memory_total. The bars follow the cache: they move as VMs start
and balloon.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...core.commands import SelectedItem
from ...core.i18n import LazyText, translate
from ...core.memory_range import MemoryRange
from ...core.objects import VM, Host, as_int
from ...core.perf_writes import RANGE_PERMISSIONS, set_dynamic_range
from ...core.rbac import refusal_for
from . import fmt
from .applies import guest_or_template, live_host
from .base import BaseTab, TabContext, shows
from .deps import Tracker
from .membar import DOM0, FREE, OTHER, VM_COLOURS, XEN, MemoryBar, Segment, legend_html
from .memory_editor import Apply, RangeEditor


def control_domain(tracker: Tracker, host: Host) -> VM | None:
    dom0 = tracker.view(VM, host.field("control_domain"))
    if dom0 is not None:
        return dom0
    for ref in host.resident_vms:
        vm = tracker.view(VM, ref)
        if vm is not None and vm.is_control_domain:
            return vm
    return None


def host_segments(tracker: Tracker, host: Host) -> list[Segment]:
    segments = [Segment("xen", translate("MemoryTab", "Xen"), as_int(host.field("memory_overhead")), XEN)]
    dom0 = control_domain(tracker, host)
    if dom0 is not None:
        used = dom0.memory_actual or as_int(dom0.field("memory_target"))
        segments.append(Segment("dom0", translate("MemoryTab", "Control domain"), used, DOM0))
    guests = [vm for vm in (tracker.view(VM, ref) for ref in host.resident_vms) if vm is not None
              and not vm.is_control_domain and vm.power_state in ("Running", "Paused")]
    for index, vm in enumerate(sorted(guests, key=lambda v: (v.name.lower(), v.ref))):
        colour = VM_COLOURS[index % len(VM_COLOURS)]
        detail = translate("MemoryTab", "balloon target {0} of static maximum {1}").format(
            fmt.size(vm.field("memory_target")), fmt.size(vm.memory_static_max))
        segments.append(Segment(vm.ref, vm.name or fmt.unknown(), vm.memory_actual, colour, detail))
    segments.append(Segment("free", translate("MemoryTab", "Free"), host.memory_free, FREE))
    # What the figures do not account for (VM overheads, a stale metrics row): shown, not hidden in "free".
    other = host.memory_total - sum(s.amount for s in segments)
    if other > 0:
        segments.insert(-1, Segment("other", translate("MemoryTab", "Other"), other, OTHER))
    return segments


class HostMemory(QGroupBox):
    """One host's bar with its totals underneath."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = MemoryBar(self)
        self.legend = QLabel(self)
        self.legend.setObjectName("memory-legend")
        self.legend.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("memory-summary")
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.legend)
        layout.addWidget(self.summary)

    def show_host(self, tracker: Tracker, host: Host) -> None:
        self.setTitle(host.name or fmt.unknown())
        self.bar.setObjectName(f"memory-bar-{host.uuid or host.ref}")
        self.bar.setAccessibleName(translate("MemoryTab", "Memory of {0}").format(host.name))
        if host.metrics is None:
            self.bar.set_segments([], 0)
            self.legend.setText("")
            self.summary.setText(translate("MemoryTab", "No memory figures: the server's metrics are missing."))
            return
        total = host.memory_total
        self.bar.set_segments(host_segments(tracker, host), total)
        self.legend.setText(legend_html(self.bar.segments()))
        used = max(0, total - host.memory_free)
        self.summary.setText(translate("MemoryTab", "Total {0}, used {1}, free {2}").format(
            fmt.size(total), fmt.size(used), fmt.size(host.memory_free)))


class VmMemory(QGroupBox):
    """A VM's current use against its static maximum, its configured ranges and the dynamic range editor."""

    def __init__(self, apply: Apply, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = MemoryBar(self)
        self.bar.setObjectName("memory-bar-vm")
        self.bar.setAccessibleName(translate("MemoryTab", "VM memory"))
        self.form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, label in (("actual", translate("MemoryTab", "Current memory")),
                           ("dynamic", translate("MemoryTab", "Dynamic range")),
                           ("static", translate("MemoryTab", "Static range")),
                           ("target", translate("MemoryTab", "Target"))):
            value = QLabel(self)
            value.setObjectName(f"memory-{key}")
            self.values[key] = value
            self.form.addRow(label, value)
        self.editor = RangeEditor(apply, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addLayout(self.form)
        layout.addWidget(self.editor)

    def show_vm(self, vm: VM, host_free: int = 0, denied: str = "") -> None:
        self.setTitle(vm.name or fmt.unknown())
        running = vm.power_state in ("Running", "Paused")
        actual = vm.memory_actual if running else 0
        static_max = vm.memory_static_max
        self.bar.set_segments([Segment("actual", translate("MemoryTab", "In use"), actual, VM_COLOURS[0]),
                               Segment("headroom", translate("MemoryTab", "Up to dynamic maximum"),
                                       max(0, vm.memory_dynamic_max - actual), VM_COLOURS[0].lighter(170))],
                              static_max)
        self.values["actual"].setText(fmt.size(actual) if running else translate("MemoryTab", "Not running"))
        range_text = translate("MemoryTab", "{0} – {1}")
        self.values["dynamic"].setText(range_text.format(fmt.size(vm.memory_dynamic_min),
                                                         fmt.size(vm.memory_dynamic_max)))
        self.values["static"].setText(range_text.format(fmt.size(vm.field("memory_static_min")), fmt.size(static_max)))
        self.values["target"].setText(fmt.size(vm.field("memory_target")))
        current = MemoryRange(as_int(vm.field("memory_static_min")), vm.memory_dynamic_min, vm.memory_dynamic_max,
                              static_max, running, actual, host_free)
        reason = denied or ("" if vm.power_state in ("Running", "Halted") else translate(
            "MemoryRange", "The VM must be running or shut down to change its memory range."))
        self.editor.show_range(current, reason)


class MemoryTab(BaseTab):
    KEY = "memory"
    TITLE = LazyText("Tabs", "Memory")

    def __init__(self, context: TabContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.note = QLabel(translate("MemoryTab", "A running VM's dynamic range applies at once: Xen balloons it "
                                                  "within the range."), self)
        self.note.setObjectName("memory-note")
        self.note.setWordWrap(True)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.note)
        self.hosts: list[HostMemory] = []
        self.vm_box = VmMemory(self._apply_range, self.body)
        self.body_layout.insertWidget(0, self.vm_box)
        self.missing = QLabel(translate("MemoryTab", "This object no longer exists."), self.body)
        self.missing.setObjectName("memory-missing")
        self.body_layout.insertWidget(0, self.missing)

    @shows("host", when=live_host)
    def show_host(self, tracker: Tracker, item: SelectedItem) -> None:
        self.show_memory(tracker, [h for h in [tracker.view(Host, item.ref)] if h is not None], None)

    @shows("pool")
    def show_pool(self, tracker: Tracker, item: SelectedItem) -> None:
        found = (tracker.view(Host, ref) for ref in list(tracker.all_of("host")))
        self.show_memory(tracker, sorted((h for h in found if h is not None), key=lambda h: (h.name.lower(), h.ref)),
                         None)

    @shows("VM", when=guest_or_template)
    def show_vm(self, tracker: Tracker, item: SelectedItem) -> None:
        vm = tracker.view(VM, item.ref)
        host = tracker.view(Host, vm.resident_on) if vm is not None and vm.resident_on else None
        denied = refusal_for(item.connection.access, RANGE_PERMISSIONS) or ""
        self.show_memory(tracker, [], vm, host.memory_free if host is not None else 0, denied)

    def show_nothing(self) -> None:
        self.show_memory(None, [], None)

    def show_memory(self, tracker: Tracker | None, hosts: list[Host], vm: VM | None, host_free: int = 0,
                    denied: str = "") -> None:
        """A bar per host (a pool's or one server's), or the VM's box; "no longer exists" when neither."""
        while len(self.hosts) < len(hosts):
            box = HostMemory(self.body)
            self.body_layout.insertWidget(self.body_layout.count() - 1, box)
            self.hosts.append(box)
        for box, host in zip(self.hosts, hosts, strict=False):
            assert tracker is not None
            box.show_host(tracker, host)
        for index, box in enumerate(self.hosts):
            box.setVisible(index < len(hosts))
        self.vm_box.setVisible(vm is not None)
        if vm is not None:
            self.vm_box.show_vm(vm, host_free, denied)
        self.missing.setVisible(not hosts and vm is None)

    def _apply_range(self, dynamic_min: int, dynamic_max: int) -> None:
        item = self.item
        vm = VM.lookup(item.connection.cache, item.ref) if item is not None and item.cls == "VM" else None
        if item is not None and vm is not None:
            set_dynamic_range(self.context.operations, item.connection, item.ref, vm.name, dynamic_min, dynamic_max)

    def bars(self) -> list[MemoryBar]:
        """The host bars shown now (tests)."""
        return [box.bar for box in self.hosts if not box.isHidden()]
