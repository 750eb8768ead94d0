"""LicenseDialog (XenCenter's License Manager): each server's edition and licence expiry, the edition to assign to
the pool (pool.apply_edition, as one Operation), and, from a simulator, the course's feature matrix: which edition
has which feature, StorageLink and the provisioning services marked as history that is shown but not simulated.
Non-modal, one per server; everything shown follows the cache."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import licensing
from ...core.asyncutil import spawn
from ...core.connection import Connection
from ...core.errors_text import error_text
from ...core.i18n import translate
from ...core.language import ui_language
from ...core.operations import OperationList, OperationRunner
from ...core.rbac import refusal_for
from ...core.timetext import local_time_text
from ...core.xenapi.errors import XenAPIError

NEVER_YEAR = 2900  # an expiry this far off is "never" (the open platforms)


def _named(widget: QWidget, name: str, accessible: str) -> None:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)


def _cell(text: str, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if tooltip:
        item.setToolTip(tooltip)
    return item


class LicenseDialog(QDialog):
    def __init__(self, connection: Connection, operations: OperationList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.connection = connection
        self.operations = operations
        self.matrix: licensing.Matrix | None = None
        _named(self, "licenseDialog", translate("LicenseDialog", "License Manager — {0}").format(
            connection.display_name))
        self.setWindowTitle(self.accessibleName())
        self.resize(900, 620)
        self.hosts = QTableWidget(0, 3, self)
        _named(self.hosts, "licenseHosts", translate("LicenseDialog", "Servers and their licences"))
        self.hosts.setHorizontalHeaderLabels([translate("LicenseDialog", "Server"),
                                              translate("LicenseDialog", "Edition"),
                                              translate("LicenseDialog", "Licence expires")])
        self.hosts.verticalHeader().hide()
        self.hosts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.edition = QComboBox(self)
        _named(self.edition, "licenseEdition", translate("LicenseDialog", "Edition to assign"))
        self.apply = QPushButton(translate("LicenseDialog", "&Assign to the pool"), self)
        _named(self.apply, "licenseApply", translate("LicenseDialog", "Assign to the pool"))
        self.apply.clicked.connect(self.assign)
        self.features = QTableWidget(0, 0, self)
        _named(self.features, "licenseMatrix", translate("LicenseDialog", "Features by edition"))
        self.features.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.note = QLabel(self)
        _named(self.note, "licenseNote", translate("LicenseDialog", "About the matrix"))
        self.note.setWordWrap(True)
        self.problem = QLabel(self)
        _named(self.problem, "licenseProblem", translate("LicenseDialog", "Problem"))
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        _named(buttons, "licenseButtons", translate("LicenseDialog", "Dialog buttons"))
        buttons.rejected.connect(self.close)
        row = QHBoxLayout()
        label = QLabel(translate("LicenseDialog", "&Edition:"), self)
        _named(label, "licenseEditionLabel", translate("LicenseDialog", "Edition"))
        label.setBuddy(self.edition)
        row.addWidget(label)
        row.addWidget(self.edition, 1)
        row.addWidget(self.apply)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hosts, 1)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(self.features, 2)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        connection.cache.batch_applied.connect(self._on_batch)
        denied = refusal_for(connection.access, ("pool.apply_edition",))
        self.apply.setEnabled(denied is None)
        self.apply.setToolTip(denied or self.apply.accessibleName())
        self.show_hosts()
        spawn(self._load_matrix(), name="license.matrix", owner=self)

    def _on_batch(self, _delta: object) -> None:
        self.show_hosts()

    def show_hosts(self) -> None:
        licences = licensing.host_licences(self.connection.cache)
        self.hosts.setRowCount(len(licences))
        for row, licence in enumerate(licences):
            never = licence.expiry is None or licence.expiry.year >= NEVER_YEAR
            expiry = translate("LicenseDialog", "Never") if never else local_time_text(licence.expiry)
            self.hosts.setItem(row, 0, _cell(licence.name))
            self.hosts.setItem(row, 1, _cell(licensing.EDITION_NAMES.get(licence.edition, licence.edition)))
            self.hosts.setItem(row, 2, _cell(expiry))
        self.hosts.resizeColumnsToContents()
        if self.edition.count() == 0:
            current = sorted({licence.edition for licence in licences})
            for edition in current:
                self.edition.addItem(licensing.EDITION_NAMES.get(edition, edition), edition)

    async def _load_matrix(self) -> None:
        try:
            self.matrix = await licensing.course_matrix(self.connection)
        except (XenAPIError, ValueError):
            self.note.setText(translate("LicenseDialog", "This server is not the simulator: it reports its own "
                                                         "edition and restrictions, shown above; the course's "
                                                         "comparison of editions comes with the simulator."))
            return
        self.show_matrix(self.matrix)

    def show_matrix(self, matrix: licensing.Matrix) -> None:
        current = self.edition.currentData()
        self.edition.clear()
        for name, title, course in matrix.editions:
            self.edition.addItem(title if course else translate("LicenseDialog", "{0} (today)").format(title), name)
        index = self.edition.findData(current)
        self.edition.setCurrentIndex(max(0, index))
        lang = ui_language()
        self.features.setColumnCount(len(matrix.editions))
        self.features.setRowCount(len(matrix.features))
        self.features.setHorizontalHeaderLabels([title for _n, title, _c in matrix.editions])
        self.features.setVerticalHeaderLabels([f.title.get(lang) or f.title.get("en", f.key) for f in matrix.features])
        historic = translate("LicenseDialog", "History: shown as the course lists it, not simulated.")
        for row, feature in enumerate(matrix.features):
            for column, (name, _title, _course) in enumerate(matrix.editions):
                has = name in feature.editions
                self.features.setItem(row, column, _cell("✓" if has else "", "" if feature.simulated else historic))
        self.features.resizeColumnsToContents()
        self.note.setText(translate(
            "LicenseDialog", "The course's comparison of Xen Cloud Platform with the XenServer editions, and "
                             "today's XCP-ng, Standard and Premium. Assigning an edition sets what the simulated pool "
                             "licenses: a feature it lacks is refused (LICENCE_RESTRICTION) and its verbs are greyed "
                             "out. StorageLink and the provisioning services are history: listed, not simulated."))

    def assign(self) -> None:
        edition = str(self.edition.currentData() or "")
        pool = next((ref for ref, _ in self.connection.cache.items("pool")), "")
        if not edition or not pool:
            return
        title = translate("LicenseDialog", "Assigning the edition {0}").format(self.edition.currentText())

        async def job(runner: OperationRunner) -> object:
            return await runner.call("pool.apply_edition", pool, edition)

        operation = self.operations.start(title, self.connection, [pool], job)
        operation.finished.connect(lambda: self._after(operation))

    def _after(self, operation: object) -> None:
        error = getattr(operation, "error", None)
        if error is not None:
            self.problem.setText(error_text(error, self.connection.cache))
            self.problem.show()
        else:
            self.problem.hide()
