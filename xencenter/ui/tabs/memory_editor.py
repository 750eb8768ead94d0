"""The dynamic memory range editor (DMC) of the Memory tab: two sliders, the rules explained as the user drags,
and Apply as an Operation (VM.set_memory_dynamic_range, live on a running VM: its balloon moves).

It follows the VM's current values until the user moves a slider; after Apply or Revert it follows them again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget

from ...core.errors_text import format_bytes
from ...core.i18n import translate
from ...core.memory_range import MemoryRange, explanation, problems
from ..widgets.buttons import make_button
from ..widgets.labels import make_label

MIB = 1024 * 1024

Apply = Callable[[int, int], None]  # (dynamic_min, dynamic_max) in bytes


class RangeEditor(QGroupBox):
    def __init__(self, apply: Apply, parent: QWidget | None = None) -> None:
        super().__init__(translate("MemoryRange", "Dynamic memory range"), parent)
        self.setObjectName("memory-range-editor")
        self.setAccessibleName(translate("MemoryRange", "Dynamic memory range"))
        self._apply = apply
        self.current: MemoryRange | None = None
        self.edited = False
        self.low = self._slider("memory-dynamic-min", translate("MemoryRange", "Dynamic minimum"))
        self.high = self._slider("memory-dynamic-max", translate("MemoryRange", "Dynamic maximum"))
        self.low_value = self._label("memory-dynamic-min-value")
        self.high_value = self._label("memory-dynamic-max-value")
        self.explain = self._label("memory-range-explanation")
        self.problem = self._label("memory-range-problem")
        self.problem.setStyleSheet("color: #b00020")
        self.apply_button = make_button(self, "memory-range-apply", translate("MemoryRange", "&Apply"),
                                        translate("MemoryRange", "Apply the dynamic memory range"), self.apply)
        self.revert_button = make_button(self, "memory-range-revert", translate("MemoryRange", "&Revert"),
                                         translate("MemoryRange", "Revert to the VM's current range"), self.revert)
        grid = QGridLayout()
        grid.addWidget(make_label(self, "memory-dynamic-min-label", translate("MemoryRange", "Minimum:"), self.low),
                       0, 0)
        grid.addWidget(self.low, 0, 1)
        grid.addWidget(self.low_value, 0, 2)
        grid.addWidget(make_label(self, "memory-dynamic-max-label", translate("MemoryRange", "Maximum:"), self.high),
                       1, 0)
        grid.addWidget(self.high, 1, 1)
        grid.addWidget(self.high_value, 1, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.explain)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.low.valueChanged.connect(self._moved)
        self.high.valueChanged.connect(self._moved)
        self._syncing = False

    def _slider(self, name: str, accessible: str) -> QSlider:
        slider = QSlider(Qt.Orientation.Horizontal, self)
        slider.setObjectName(name)
        slider.setAccessibleName(accessible)
        slider.setSingleStep(16)
        slider.setPageStep(256)
        return slider

    def _label(self, name: str) -> QLabel:
        label = make_label(self, name)
        label.setWordWrap(True)
        return label

    # -- the VM's values -----------------------------------------------------------------------------------

    def show_range(self, current: MemoryRange, editable_reason: str = "") -> None:
        """The VM's current range and limits; the sliders follow it unless the user is editing."""
        self.current = current
        self._syncing = True
        try:
            # Sliders count MiB; the static range bounds them (xapi's order rule), whatever is typed.
            for slider in (self.low, self.high):
                slider.setRange(current.static_min // MIB, max(current.static_min, current.static_max) // MIB)
            if not self.edited:
                self.low.setValue(current.dynamic_min // MIB)
                self.high.setValue(current.dynamic_max // MIB)
        finally:
            self._syncing = False
        for widget in (self.low, self.high):
            widget.setEnabled(not editable_reason)
        self.setToolTip(editable_reason)
        self._update()

    def values(self) -> tuple[int, int]:
        """The chosen (dynamic_min, dynamic_max) in bytes (exactly the VM's own while not edited)."""
        if not self.edited and self.current is not None:
            return self.current.dynamic_min, self.current.dynamic_max
        return self.low.value() * MIB, self.high.value() * MIB

    def set_values(self, dynamic_min: int, dynamic_max: int) -> None:
        """Move both sliders as a user would (bytes, rounded down to MiB)."""
        self.low.setValue(dynamic_min // MIB)
        self.high.setValue(dynamic_max // MIB)

    # -- editing -------------------------------------------------------------------------------------------

    def _moved(self) -> None:
        if self._syncing:
            return
        self.edited = True
        self._update()

    def _update(self) -> None:
        current = self.current
        if current is None:
            return
        low, high = self.values()
        self.low_value.setText(format_bytes(low))
        self.high_value.setText(format_bytes(high))
        self.explain.setText(explanation(current, low, high))
        found = problems(current, low, high) if self.edited else []
        self.problem.setText("\n".join(found))
        self.problem.setVisible(bool(found))
        changed = (low, high) != (current.dynamic_min, current.dynamic_max)
        self.apply_button.setEnabled(self.edited and changed and not found and self.low.isEnabled())
        self.revert_button.setEnabled(self.edited)

    def apply(self) -> None:
        if not self.apply_button.isEnabled():
            return
        low, high = self.values()
        self._apply(low, high)
        self.revert()

    def revert(self) -> None:
        self.edited = False
        if self.current is not None:
            self.show_range(self.current, self.toolTip())
