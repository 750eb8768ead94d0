"""New VM pages: template (searchable, with what it sets), name and description, installation media."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ....core.i18n import translate
from ....core.wizard.new_vm import NewVmChoices, TemplateInfo
from ....core.wizard.new_vm.choices import MEDIA_ISO, MEDIA_PHYSICAL, MEDIA_PXE, MEDIA_URL, apply_template
from ....core.wizard.new_vm.pages import allowed_media, iso_images, physical_drives
from ....core.wizard.new_vm.template import templates
from ....core.wizard.page import PageLogic
from ..name_page import NameDescriptionPageWidget, named
from ..page import PageWidget


class TemplatePageWidget(PageWidget):
    state: NewVmChoices

    def __init__(self, logic: PageLogic[NewVmChoices], state: NewVmChoices, parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        self.search = QLineEdit(self)
        named(self.search, "templateSearch", translate("NewVm", "Search templates"))
        self.search.setPlaceholderText(translate("NewVm", "Search"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        named(self.list, "templateList", translate("NewVm", "Templates"))
        self.details = QLabel(self)
        named(self.details, "templateDetails", translate("NewVm", "What the template sets"))
        self.details.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption("templateCaption", translate("NewVm", "Select a VM template:")))
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message("template"))
        layout.addWidget(self.details)
        self.search.textChanged.connect(self._filter)
        self.list.currentItemChanged.connect(self._chosen)

    def fill(self) -> None:
        self.list.clear()
        offered = templates(self.state.cache)
        chosen = self.state.info
        if chosen is not None and chosen.is_snapshot:
            offered.insert(0, chosen)
        for info in offered:
            kind = (translate("NewVm", "snapshot") if info.is_snapshot else
                    translate("NewVm", "built-in") if info.is_builtin else translate("NewVm", "custom"))
            item = QListWidgetItem(f"{info.name}  ({kind})", self.list)
            item.setData(Qt.ItemDataRole.UserRole, info.ref)
            if info.ref == self.state.template:
                self.list.setCurrentItem(item)
        self._filter(self.search.text())
        self._describe()

    def select(self, name: str) -> bool:
        """Choose the template called `name` (tests, and a preselection)."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            info = TemplateInfo.lookup(self.state.cache, str(item.data(Qt.ItemDataRole.UserRole)))
            if info is not None and info.name == name:
                self.list.setCurrentItem(item)
                return True
        return False

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def _chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if item is None or self._filling:
            return
        ref = str(item.data(Qt.ItemDataRole.UserRole))
        if ref != self.state.template:
            apply_template(self.state, ref)
        self._describe()
        self.changed()

    def _describe(self) -> None:
        info = self.state.info
        if info is None:
            self.details.setText("")
            return
        facts = dict(info.sets())
        self.details.setText(translate("NewVm", "{0}\n{1} vCPUs, {2} of memory, disks: {3}, {4} guest.").format(
            info.vm.description or info.name, facts["vcpus"], facts["memory"], facts["disks"] or "-",
            facts["boot"]))


class NamePageWidget(NameDescriptionPageWidget):
    state: NewVmChoices
    PREFIX = "vm"


class MediaPageWidget(PageWidget):
    state: NewVmChoices

    def __init__(self, logic: PageLogic[NewVmChoices], state: NewVmChoices, parent: QWidget | None = None) -> None:
        super().__init__(logic, state, parent)
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        texts = {MEDIA_ISO: translate("NewVm", "Install from an &ISO library"),
                 MEDIA_PHYSICAL: translate("NewVm", "Install from a physical &CD/DVD drive"),
                 MEDIA_URL: translate("NewVm", "Install from a &network URL"),
                 MEDIA_PXE: translate("NewVm", "&Boot from the network (PXE)")}
        for kind, text in texts.items():
            radio = QRadioButton(text, self)
            named(radio, f"media_{kind}", text.replace("&", ""))
            self.group.addButton(radio)
            radio.toggled.connect(lambda on, k=kind: self._kind(k) if on else None)
            self.radios[kind] = radio
        self.iso = QComboBox(self)
        named(self.iso, "isoImage", translate("NewVm", "ISO image"))
        self.drive = QComboBox(self)
        named(self.drive, "cdDrive", translate("NewVm", "CD/DVD drive"))
        self.url = QLineEdit(self)
        named(self.url, "installUrl", translate("NewVm", "Installation repository URL"))
        self.url.setPlaceholderText(translate("NewVm", "e.g. http://deb.debian.org/debian/"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption("mediaCaption",
                                      translate("NewVm", "Choose where the guest's installer comes from:")))
        layout.addWidget(self.message("media"))
        for kind, extra in ((MEDIA_ISO, self.iso), (MEDIA_PHYSICAL, self.drive), (MEDIA_URL, self.url),
                            (MEDIA_PXE, None)):
            layout.addWidget(self.radios[kind])
            if extra is not None:
                layout.addWidget(extra)
                key = {MEDIA_ISO: "iso", MEDIA_PHYSICAL: "drive", MEDIA_URL: "url"}[kind]
                layout.addWidget(self.message(key))
        layout.addStretch(1)
        self.iso.currentIndexChanged.connect(self._edited)
        self.drive.currentIndexChanged.connect(self._edited)
        self.url.textChanged.connect(self._edited)

    def fill(self) -> None:
        cache = self.state.cache
        allowed = allowed_media(self.state)
        for kind, radio in self.radios.items():
            reason = allowed.get(kind, "")
            radio.setEnabled(reason is None)
            radio.setToolTip(reason or "")
            radio.setChecked(kind == self.state.media)
        self.iso.clear()
        self.iso.addItem(translate("NewVm", "(choose an ISO image)"), "")
        for vdi in iso_images(cache):
            self.iso.addItem(vdi.name, vdi.ref)
        self.iso.setCurrentIndex(max(0, self.iso.findData(self.state.iso)))
        self.drive.clear()
        self.drive.addItem(translate("NewVm", "(choose a drive)"), "")
        for vdi in physical_drives(cache):
            self.drive.addItem(vdi.name, vdi.ref)
        self.drive.setCurrentIndex(max(0, self.drive.findData(self.state.drive)))
        self.url.setText(self.state.url)
        self._enable_details()

    def _enable_details(self) -> None:
        self.iso.setEnabled(self.state.media == MEDIA_ISO)
        self.drive.setEnabled(self.state.media == MEDIA_PHYSICAL)
        self.url.setEnabled(self.state.media == MEDIA_URL)

    def _kind(self, kind: str) -> None:
        if self._filling:
            return
        self.state.media = kind
        self._enable_details()
        self.changed()

    def _edited(self, *_: object) -> None:
        if self._filling:
            return
        self.state.iso = str(self.iso.currentData() or "")
        self.state.drive = str(self.drive.currentData() or "")
        self.state.url = self.url.text()
        self.changed()
