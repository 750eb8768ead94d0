"""PV against HVM for one VM: what its virtualization mode means, who emulates what and which drivers it uses,
with the fields the answer was read from (core/virtmode.py)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from ...core.i18n import translate
from ...core.virtmode import ModeFacts


class VirtModeView(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("xenVirtMode")
        self.setAccessibleName(translate("XenInternals", "PV against HVM"))
        self.setTitle(translate("XenInternals", "PV against HVM"))
        self.facts: ModeFacts | None = None
        self.text = QLabel(self)
        self.text.setObjectName("xenVirtModeText")
        self.text.setAccessibleName(translate("XenInternals", "Virtualization mode"))
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)

    def show_facts(self, facts: ModeFacts) -> None:
        self.facts = facts
        roles = "".join(f"<tr><td><b>{html.escape(what)}</b></td><td>{html.escape(who)}</td></tr>"
                        for what, who in facts.roles)
        fields = ", ".join(f"{html.escape(name)} = <tt>{html.escape(value or '-')}</tt>"
                           for name, value in facts.fields)
        heading = html.escape(translate("XenInternals", "Read from"))
        self.text.setText(f"<h3>{html.escape(facts.title)}</h3><p>{html.escape(facts.summary)}</p>"
                          f"<table cellspacing='4'>{roles}</table><p><small>{heading}: {fields}</small></p>")
        self.text.setAccessibleDescription(f"{facts.title}. {facts.summary}")
