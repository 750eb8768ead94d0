"""The Disaster Recovery wizard's logic without widgets: the DR probe's answer read, what each page refuses as the
user goes (storage, the items read from the metadata, the pre-checks), and what failback changes (force)."""

from __future__ import annotations

from typing import Any

import pytest

from xencenter.core.commands import SelectedItem
from xencenter.core.commands.dr import dr_commands
from xencenter.core.wizard.dr import DrChoices, ItemsPage, ModePage, PrecheckPage, StoragePage, item_text
from xencenter.core.wizard.dr_config import replicated
from xencenter.core.wizard.dr_discovery import FoundSr, Recoverable, existing_reason, parse_srs

from core_pool import loaded


def choices(**fields: object) -> DrChoices:
    return DrChoices(connection=None, **fields)  # type: ignore[arg-type]


def texts(page: object, state: DrChoices) -> list[str]:
    return [p.text for p in page.problems(state)]  # type: ignore[attr-defined]


def test_parse_srs_reads_names_and_whether_metadata_is_there() -> None:
    found = parse_srs('<?xml version="1.0" ?>\n<SRlist><SR><UUID>u1</UUID><name_label>NFS</name_label>'
                      "<name_description>d</name_description><pool_metadata_detected>true</pool_metadata_detected>"
                      "</SR><SR><UUID>u2</UUID><pool_metadata_detected>false</pool_metadata_detected></SR>"
                      "<SR><UUID></UUID></SR></SRlist>")
    assert found == [FoundSr("u1", "NFS", "d", True), FoundSr("u2", "", "", False)]


@pytest.mark.parametrize("text", ["", "not xml", "<nfs-exports/>"])
def test_parse_srs_refuses_other_documents(text: str) -> None:
    with pytest.raises(ValueError):
        parse_srs(text)


def test_mode_page_and_force() -> None:
    state = choices(mode="sideways")
    assert texts(ModePage(), state) == ["Choose failover, failback or a test failover."]
    for mode, force in (("failover", False), ("test", False), ("failback", True)):
        state.mode = mode
        assert texts(ModePage(), state) == [] and state.force is force


def test_storage_page_walks_the_user_to_an_sr_with_metadata() -> None:
    state = choices()
    assert "storage server's address" in texts(StoragePage(), state)[0]
    state.server, state.path = "192.0.2.50", "export/vms"
    assert "starts with /" in texts(StoragePage(), state)[0]
    state.path = "/export/vms"
    assert state.device_config() == {"server": "192.0.2.50", "serverpath": "/export/vms"}
    assert "Press Find" in texts(StoragePage(), state)[0]
    state.scanning = True
    assert texts(StoragePage(), state) == ["Looking for SRs..."]
    state.scanning, state.scan_error = False, "The storage reported: NFS mount error"
    assert texts(StoragePage(), state) == ["The storage reported: NFS mount error"]
    state.scan_error = ""
    state.found = [FoundSr("u1", "NFS virtual disks", "", True), FoundSr("u2", "Backup", "", False)]
    assert "Tick the SRs" in texts(StoragePage(), state)[0]
    state.chosen_srs = ["u1", "u2"]
    assert "No pool metadata is replicated on Backup" in texts(StoragePage(), state)[0]
    state.chosen_srs = ["u1"]
    assert texts(StoragePage(), state) == []
    assert StoragePage().summary(state) == [("Storage", "NFS virtual disks")]


def test_iscsi_storage_needs_its_iqn_and_lun() -> None:
    state = choices(sr_type="lvmoiscsi", server="192.0.2.60")
    assert "target IQN" in texts(StoragePage(), state)[0]
    state.iqn, state.scsi_id = "iqn.x", "3600"
    assert state.device_config() == {"target": "192.0.2.60", "targetIQN": "iqn.x", "SCSIid": "3600"}


WEB = Recoverable("VM", "OpaqueRef:w", "uw", "web01", "Course lab", "OpaqueRef:m")
DB = Recoverable("VM", "OpaqueRef:d", "ud", "db01", "Course lab", "OpaqueRef:m")
APP = Recoverable("VM_appliance", "OpaqueRef:a", "ua", "Desks", "Course lab", "OpaqueRef:m", ("pc1", "pc2"))


def test_items_page_waits_for_the_metadata_then_wants_a_choice() -> None:
    state = choices(chosen_srs=["u1"])
    assert "reading its metadata" in texts(ItemsPage(), state)[0]
    state.read_for, state.read_error = ["u1"], "No VMs or vApps of another pool were found"
    assert texts(ItemsPage(), state) == ["No VMs or vApps of another pool were found"]
    state.read_error, state.items = "", [WEB, DB, APP]
    assert "at least one" in texts(ItemsPage(), state)[0]
    state.chosen = [WEB.ref, APP.ref]
    assert texts(ItemsPage(), state) == []
    assert item_text(APP) == "vApp 'Desks' (pc1, pc2) from Course lab"
    state.chosen_srs = ["u1", "u2"]  # another SR ticked since: read again
    assert "reading its metadata" in texts(ItemsPage(), state)[0]


def test_prechecks_list_what_cannot_be_recovered() -> None:
    state = choices(items=[WEB, DB], chosen=[WEB.ref, DB.ref])
    assert texts(PrecheckPage(), state) == ["Checking..."]
    state.checked_for = [WEB.ref, DB.ref]
    state.checks = {WEB.ref: ""}
    assert texts(PrecheckPage(), state) == ["Checking..."]
    state.checks[DB.ref] = "Its disks are on storage this pool has not attached: choose that SR too."
    (text,) = texts(PrecheckPage(), state)
    assert "db01: Its disks are on storage" in text and "web01" not in text
    state.chosen = state.checked_for = [WEB.ref]
    assert texts(PrecheckPage(), state) == []
    assert PrecheckPage().summary(state) == [("Start the VMs", "Yes")]
    state.mode = "test"
    assert "removed again" in PrecheckPage().summary(state)[0][1]


def lab_records(restricted: bool = False, shared_nfs: bool = True) -> dict[str, tuple[str, dict[str, Any]]]:
    return {
        "OpaqueRef:pool": ("pool", {"name_label": "Lab", "master": "OpaqueRef:h", "metadata_VDIs": ["OpaqueRef:m"],
                                    "restrictions": {"restrict_dr": "true" if restricted else "false"}}),
        "OpaqueRef:nfs": ("SR", {"name_label": "NFS", "type": "nfs", "shared": shared_nfs}),
        "OpaqueRef:local": ("SR", {"name_label": "Local", "type": "lvm", "shared": False}),
        "OpaqueRef:m": ("VDI", {"name_label": "Metadata for DR", "SR": "OpaqueRef:nfs", "type": "metadata"}),
        "OpaqueRef:web": ("VM", {"name_label": "web01", "uuid": "uw", "power_state": "Running"}),
        "OpaqueRef:pc": ("VM", {"name_label": "pc1", "uuid": "up", "power_state": "Halted"}),
    }


def test_the_verbs_reasons_come_from_the_licence_and_the_storage(qapp: Any) -> None:
    configure, wizard = dr_commands()
    connection = loaded(lab_records())
    pool = [SelectedItem(connection, "pool", "OpaqueRef:pool")]
    assert configure.can_execute(pool) is None and wizard.can_execute(pool) is None
    assert wizard.can_execute([SelectedItem(connection, "VM", "OpaqueRef:web")]) == "Select the pool to recover into."
    gated = [SelectedItem(loaded(lab_records(restricted=True)), "pool", "OpaqueRef:pool")]
    for command in (configure, wizard):
        assert "does not include disaster recovery" in str(command.can_execute(gated))
    no_storage = [SelectedItem(loaded(lab_records(shared_nfs=False)), "pool", "OpaqueRef:pool")]
    assert "no shared NFS, iSCSI or HBA storage" in str(configure.can_execute(no_storage))
    assert wizard.can_execute(no_storage) is None


def test_what_the_target_pool_has_already_and_what_it_replicates(qapp: Any) -> None:
    connection = loaded(lab_records())
    assert replicated(connection) == ["OpaqueRef:nfs"]
    running = Recoverable("VM", "OpaqueRef:x", "uw", "web01", "Lab", "OpaqueRef:m")
    assert "running in this pool" in existing_reason(connection, running, force=True)
    halted = Recoverable("VM", "OpaqueRef:y", "up", "pc1", "Lab", "OpaqueRef:m")
    assert "only a failback replaces it" in existing_reason(connection, halted, force=False)
    assert existing_reason(connection, halted, force=True) == ""
    app = Recoverable("VM_appliance", "OpaqueRef:a", "ua", "Desks", "Lab", "OpaqueRef:m", ("pc1",), ("up",))
    assert "only a failback" in existing_reason(connection, app, force=False)
    new = Recoverable("VM", "OpaqueRef:z", "unew", "db01", "Lab", "OpaqueRef:m")
    assert existing_reason(connection, new, force=False) == ""
