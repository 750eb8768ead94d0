"""New VM pages: home server (each host with why it cannot run the VM, checked in the background) and CPUs and
memory (topology and the dynamic range, limits from the template and the host)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QListWidget, QListWidgetItem, QSpinBox, QVBoxLayout, QWidget

from ....core.i18n import translate
from ....core.wizard.new_vm import NewVmChoices
from ....core.wizard.new_vm.hosts import hosts
from ....core.wizard.new_vm.pages_host import HomeServerPage, home_reason, host_limits
from ....core.wizard.page import PageLogic
from ..name_page import named
from ..page import PageWidget

MiB = 1024**2


class HomeServerPageWidget(PageWidget):
    """"No home server" or one host; each host shows whether it can run the VM, and why not."""

    state: NewVmChoices
    logic: HomeServerPage

    def __init__(self, logic: PageLogic[NewVmChoices], state: NewVmChoices, parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        self.list = QListWidget(self)
        named(self.list, "homeServers", translate("NewVm", "Home server"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption("homeCaption", translate(
            "NewVm", "A VM with a home server starts there when it can; without one, the pool chooses a server each "
                     "time it starts.")))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message("home"))
        self.list.currentItemChanged.connect(self._chosen)
        checks = self.logic.checks
        if checks is not None:
            checks.changed.connect(self._answer)

    def fill(self) -> None:
        self.logic.request_checks(self.state)
        self.list.clear()
        none = QListWidgetItem(translate("NewVm", "Don't assign a home server"), self.list)
        none.setData(Qt.ItemDataRole.UserRole, "")
        for host in hosts(self.state.cache):
            item = QListWidgetItem(self.list)
            item.setData(Qt.ItemDataRole.UserRole, host.ref)
        self._texts()
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == self.state.home:
                self.list.setCurrentRow(row)

    def _texts(self) -> None:
        for row in range(1, self.list.count()):
            item = self.list.item(row)
            host = next((h for h in hosts(self.state.cache) if h.ref == item.data(Qt.ItemDataRole.UserRole)), None)
            if host is None:
                continue
            checks = self.logic.checks
            pending = checks is not None and checks.get(self.state.template, host.ref).pending
            reason = home_reason(self.state, host, checks)
            status = (reason if reason is not None else
                      translate("NewVm", "checking...") if pending else translate("NewVm", "can run the VM"))
            item.setText(f"{host.name} — {status}")
            item.setToolTip(status)

    def _answer(self, *_: Any) -> None:
        self._texts()
        self.changed()  # the server's answer may change what Next allows

    def _chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if item is None or self._filling:
            return
        self.state.home = str(item.data(Qt.ItemDataRole.UserRole) or "")
        self.changed()

    def select(self, name: str) -> bool:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.text().split(" — ")[0] == name:
                self.list.setCurrentItem(item)
                return True
        return False


def spin(parent: QWidget, name: str, accessible: str, low: int, high: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox(parent)
    named(box, name, accessible)
    box.setRange(low, high)
    box.setSuffix(suffix)
    return box


class CpuMemoryPageWidget(PageWidget):
    state: NewVmChoices

    def __init__(self, logic: PageLogic[NewVmChoices], state: NewVmChoices, parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        mib = translate("NewVm", " MiB")
        self.vcpus = spin(self, "vcpus", translate("NewVm", "Number of vCPUs"), 0, 256)
        self.cores = spin(self, "coresPerSocket", translate("NewVm", "Cores per socket"), 1, 256)
        self.memory_min = spin(self, "memoryMin", translate("NewVm", "Minimum memory"), 0, 4 * 1024 * 1024, mib)
        self.memory_max = spin(self, "memoryMax", translate("NewVm", "Maximum memory"), 0, 4 * 1024 * 1024, mib)
        self.limits = QLabel(self)
        named(self.limits, "cpuMemoryLimits", translate("NewVm", "Limits"))
        self.limits.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(translate("NewVm", "Number of &vCPUs:"), self.vcpus)
        form.addRow("", self.message("vcpus"))
        form.addRow(translate("NewVm", "&Cores per socket:"), self.cores)
        form.addRow("", self.message("topology"))
        form.addRow(translate("NewVm", "M&inimum memory:"), self.memory_min)
        form.addRow("", self.message("memory_min"))
        form.addRow(translate("NewVm", "M&aximum memory:"), self.memory_max)
        form.addRow("", self.message("memory_max"))
        form.addRow(self.limits)
        for box in (self.vcpus, self.cores, self.memory_min, self.memory_max):
            box.valueChanged.connect(self._edited)

    def fill(self) -> None:
        self.vcpus.setValue(self.state.vcpus)
        self.cores.setValue(self.state.cores_per_socket)
        self.memory_min.setValue(self.state.memory_min // MiB)
        self.memory_max.setValue(self.state.memory_max // MiB)
        info = self.state.info
        home, cpus, memory = host_limits(self.state)
        where = home.name if home is not None else translate("NewVm", "the largest server")
        self.limits.setText(translate("NewVm", "Template: at most {0} vCPUs and {1} MiB. {2}: {3} CPUs, {4} MiB of "
                                               "memory.").format(info.max_vcpus if info else "-",
                                                                 (info.max_memory // MiB) if info else "-",
                                                                 where, cpus, memory // MiB))

    def _edited(self, *_: object) -> None:
        if self._filling:
            return
        self.state.vcpus = self.vcpus.value()
        self.state.cores_per_socket = self.cores.value()
        self.state.memory_min = self.memory_min.value() * MiB
        self.state.memory_max = self.memory_max.value() * MiB
        self.changed()
