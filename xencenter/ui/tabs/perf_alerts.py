"""Alert thresholds of a VM or host (XenCenter's Alerts page), written to `other_config:perfmon`.

Each measure has a tick to turn it on, a level in the unit users think in (percent, KiB/s, MiB) and two periods
in minutes: how long the level must be crossed, and how long to wait before alerting again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.i18n import LazyText, translate
from ...core.perfmon import HOST_VARIABLES, KEY, VM_VARIABLES, PerfmonFormatError, Threshold, parse_perfmon
from ..widgets.buttons import dialog_buttons
from ..widgets.labels import make_label


@dataclass(frozen=True)
class Measure:
    label: LazyText
    unit: LazyText
    scale: float  # perfmon value = shown value * scale
    default: float  # shown units
    maximum: float


MEASURES = {
    "cpu_usage": Measure(LazyText("Performance", "CPU usage above"), LazyText("Performance", "%"), 0.01, 90, 100),
    "network_usage": Measure(LazyText("Performance", "Network usage above"), LazyText("Performance", "KiB/s"),
                             1024.0, 10240, 10**9),
    "disk_usage": Measure(LazyText("Performance", "Disk usage above"), LazyText("Performance", "KiB/s"), 1024.0,
                          10240, 10**9),
    "memory_free_kib": Measure(LazyText("Performance", "Free memory below"), LazyText("Performance", "MiB"), 1024.0,
                               128, 10**7),
}


class AlertRow:
    def __init__(self, name: str, parent: QWidget) -> None:
        measure = MEASURES[name]
        self.name = name
        self.measure = measure
        self.enabled = QCheckBox(measure.label.text(), parent)
        self.enabled.setObjectName(f"alert-{name}")
        self.enabled.setAccessibleName(measure.label.text())
        self.level = QDoubleSpinBox(parent)
        self.level.setObjectName(f"alert-{name}-level")
        self.level.setAccessibleName(translate("Performance", "{0}: level").format(measure.label.text()))
        self.level.setRange(0, measure.maximum)
        self.level.setDecimals(1)
        self.level.setSuffix(" " + measure.unit.text())
        self.level.setValue(measure.default)
        self.period = self._minutes(parent, f"alert-{name}-period", translate("Performance", "{0}: for minutes")
                                    .format(measure.label.text()), 1)
        self.inhibit = self._minutes(parent, f"alert-{name}-inhibit",
                                     translate("Performance", "{0}: minutes between alerts").format(
                                         measure.label.text()), 60)
        self.enabled.toggled.connect(self._enable)
        self._enable(False)

    @staticmethod
    def _minutes(parent: QWidget, name: str, accessible: str, value: int) -> QSpinBox:
        box = QSpinBox(parent)
        box.setObjectName(name)
        box.setAccessibleName(accessible)
        box.setRange(1, 24 * 60)
        box.setSuffix(" " + translate("Performance", "min"))
        box.setValue(value)
        return box

    def _enable(self, on: bool) -> None:
        for widget in (self.level, self.period, self.inhibit):
            widget.setEnabled(on)

    def show(self, threshold: Threshold | None) -> None:
        self.enabled.setChecked(threshold is not None)
        if threshold is not None:
            self.level.setValue(threshold.level / self.measure.scale)
            self.period.setValue(max(1, round(threshold.period / 60)))
            self.inhibit.setValue(max(1, round(threshold.inhibit / 60)))

    def threshold(self) -> Threshold | None:
        if not self.enabled.isChecked():
            return None
        return Threshold(self.name, round(self.level.value() * self.measure.scale, 6), self.period.value() * 60,
                         self.inhibit.value() * 60)


class AlertsDialog(QDialog):
    def __init__(self, kind: str, object_name: str, other_config: Mapping[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alerts-dialog")
        self.setWindowTitle(translate("Performance", "Alerts of {0}").format(object_name))
        self.setAccessibleName(self.windowTitle())
        names = VM_VARIABLES if kind == "vm" else HOST_VARIABLES
        self.problem = make_label(self, "alerts-problem")
        self.problem.setWordWrap(True)
        try:
            current = parse_perfmon(str(other_config.get(KEY, "")))
        except PerfmonFormatError as exc:
            current = {}
            self.problem.setText(translate("Performance", "The alert settings stored now cannot be read ({0}); "
                                                          "saving replaces them.").format(exc))
        self.problem.setVisible(bool(self.problem.text()))
        self.kept = {name: t for name, t in current.items() if name not in names}  # measures this page does not edit
        grid = QGridLayout()
        for column, text in enumerate((translate("Performance", "Alert when"), translate("Performance", "Level"),
                                       translate("Performance", "For"), translate("Performance", "Then wait"))):
            grid.addWidget(make_label(self, f"alerts-heading-{column}", f"<b>{text}</b>"), 0, column)
        self.rows: dict[str, AlertRow] = {}
        for line, name in enumerate(names, 1):
            row = self.rows[name] = AlertRow(name, self)
            row.show(current.get(name))
            for column, widget in enumerate((row.enabled, row.level, row.period, row.inhibit)):
                grid.addWidget(widget, line, column)
        buttons = dialog_buttons(self, "alerts-buttons",
                                 QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def thresholds(self) -> list[Threshold]:
        edited = [t for row in self.rows.values() if (t := row.threshold()) is not None]
        return [*edited, *self.kept.values()]
