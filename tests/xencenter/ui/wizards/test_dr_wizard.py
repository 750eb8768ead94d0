"""Disaster recovery between the demo's two pools through the console: Configure Disaster Recovery on the course lab
replicates its metadata to the shared NFS SR, the lab's master is lost, and the Disaster Recovery wizard on the
Remote site finds the SR, reads the lab's VMs, refuses one whose disks it cannot reach, and fails web01 over (it
runs there). The licence gate greys the verbs with the reason."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import XenAPI
from PySide6.QtCore import Qt

from xencenter.core.connection import Connection
from xencenter.core.operation import OperationState
from xencenter.ui.wizards.dr import (
    ItemsPageWidget,
    ModePageWidget,
    PrecheckPageWidget,
    ReplicationPageWidget,
    StoragePageWidget,
)
from xencenter.ui.wizards.summary import SummaryPageWidget

import wizards_support
from conftest import SimServer, start_sim
from wizards_support import Parts, Sdk, drain, drive, message, node, open_wizard, unnamed_widgets

pytestmark = [pytest.mark.gui, pytest.mark.slow]
parts_fixture = wizards_support.parts_fixture
qloop_fixture = wizards_support.qloop_fixture


@pytest.fixture
def two_pools() -> Iterator[SimServer]:
    """The demo with its Remote site served too, on a manual clock (stopped after the console disconnects)."""
    server = start_sim("--scenario", "demo", "--manual-clock", pools=2)
    yield drain(server)
    server.stop()


@pytest.fixture
def sites(qtbot: Any, two_pools: SimServer, parts: Parts) -> Iterator[tuple[Connection, Sdk, Connection, Sdk]]:
    """The console connected to the lab and to the Remote site (one simulator), an SDK session on each."""
    remote_url = two_pools.extra_lines[0].split("url=")[1].split()[0]
    assert two_pools.extra_lines[0].rstrip().endswith("pool=Remote site")
    lab, far = parts.connect(qtbot, two_pools.url), parts.connect(qtbot, remote_url)
    sdk, far_sdk = Sdk(two_pools.url), Sdk(remote_url)
    try:
        yield lab, sdk, far, far_sdk
    finally:
        sdk.close()
        far_sdk.close()


def pool_of(sdk: Sdk) -> str:
    return str(sdk.x.pool.get_all()[0])


def test_configure_dr_then_fail_web01_over_to_the_remote_site(
        qtbot: Any, sites: tuple[Connection, Sdk, Connection, Sdk], parts: Parts) -> None:
    lab, sdk, far, far_sdk = sites
    x, y = sdk.x, far_sdk.x

    # Configure Disaster Recovery on the lab: replicate to the NFS SR; the dialog shows it next time; untick, tick.
    for ticked in (("NFS virtual disks",), (), ("NFS virtual disks",)):
        window = open_wizard(qtbot, parts, node(parts, lab, pool_of(sdk)), "pool.configure_dr")
        assert window.objectName() == "drConfigure" and not unnamed_widgets(window)
        page = window.page
        assert isinstance(page, ReplicationPageWidget)
        rows = [page.srs.item(r) for r in range(page.srs.count())]
        assert [row.text() for row in rows] == ["iSCSI virtual disks", "NFS virtual disks"]
        now = [row.text() for row in rows if row.checkState() == Qt.CheckState.Checked]
        assert now == ([] if ticked else ["NFS virtual disks"])
        page.choose(*ticked)
        operation = window.finish()
        assert operation is not None
        drive(qtbot, sdk, lambda op=operation: op.is_finished, attempts=5)
        assert operation.state == OperationState.SUCCEEDED, operation.error
        metadata = x.pool.get_metadata_VDIs(pool_of(sdk))
        assert [x.SR.get_name_label(x.VDI.get_SR(v)) for v in metadata] == list(ticked)
        count = len(metadata)  # the console's cache follows (the dialog reads it next time)
        qtbot.waitUntil(lambda n=count: len((lab.cache.get("pool", pool_of(sdk)) or {})
                                            .get("metadata_VDIs", [])) == n, timeout=5000)

    # The lab is lost: its master loses power.
    master = x.pool.get_master(pool_of(sdk))
    x.host.call_plugin(master, "sim", "fail_host", {"host": master, "mode": "power"})

    window = open_wizard(qtbot, parts, node(parts, far, pool_of(far_sdk)), "pool.disaster_recovery")
    assert window.objectName() == "drWizard" and not unnamed_widgets(window)
    page = window.page
    assert isinstance(page, ModePageWidget) and page.buttons["failover"].isChecked()
    assert window.next()

    page = window.page
    assert isinstance(page, StoragePageWidget)
    assert "storage server's address" in message(window, "server")
    page.server.setText("192.0.2.50")
    page.path.setText("/export/vms")
    assert "Press Find" in message(window, "srs") and not window.flow.can_next
    page.find_button.click()
    qtbot.waitUntil(lambda: page.srs.count() == 1, timeout=10000)
    assert page.srs.item(0).text() == "NFS virtual disks (metadata found)"
    assert message(window, "srs") == "" and window.next()

    page = window.page
    assert isinstance(page, ItemsPageWidget)
    qtbot.waitUntil(lambda: page.items.count() > 0, timeout=10000)
    shown = [page.items.item(r).text() for r in range(page.items.count())]
    assert "'web01' from Course lab" in shown and "'db01' from Course lab" in shown
    page.choose("web01", "db01")
    assert window.next()

    page = window.page
    assert isinstance(page, PrecheckPageWidget)
    qtbot.waitUntil(lambda: "Checking" not in message(window, "checks"), timeout=10000)
    assert "db01: Its disks are on storage this pool has not attached" in message(window, "checks")
    assert not window.flow.can_next
    assert window.back()
    window.page.choose("web01")  # type: ignore[attr-defined]
    assert window.next()
    qtbot.waitUntil(lambda: window.flow.can_next, timeout=10000)
    results = [page.results.item(r).text() for r in range(page.results.count())]
    assert results == ["'web01' from Course lab: OK"] and page.start.isChecked()
    assert window.next()

    page = window.page
    assert isinstance(page, SummaryPageWidget)
    shown_summary = page.values()
    assert "Failover" in shown_summary and "NFS virtual disks" in shown_summary
    operation = window.finish()
    assert operation is not None
    drive(qtbot, far_sdk, lambda: operation.is_finished, attempts=10)
    assert operation.state == OperationState.SUCCEEDED, operation.error
    assert "recovered: web01" in operation.note
    web = y.VM.get_by_uuid(x.VM.get_uuid(x.VM.get_by_name_label("web01")[0]))
    assert y.VM.get_power_state(web) == "Running"
    qtbot.waitUntil(lambda: (far.cache.get("VM", web) or {}).get("power_state") == "Running", timeout=5000)
    assert len(y.DR_task.get_all()) == 1, "a failover keeps the storage attached"


def test_the_verbs_say_why_they_cannot_run(qtbot: Any, sites: tuple[Connection, Sdk, Connection, Sdk],
                                           parts: Parts) -> None:
    _, _, far, far_sdk = sites
    pool = pool_of(far_sdk)
    far_sdk.x.pool.apply_edition(pool, "free")
    qtbot.waitUntil(lambda: (far.cache.get("pool", pool) or {}).get("restrictions", {}).get("restrict_dr") == "true",
                    timeout=5000)
    parts.window.controller.refresh.flush()
    assert parts.window.navigation.select_key(node(parts, far, pool))
    actions = parts.window.command_actions
    actions.update.flush()
    for command in ("pool.configure_dr", "pool.disaster_recovery"):
        action = actions[command]
        assert not action.isEnabled()
        assert "does not include disaster recovery" in action.toolTip()
    # The Remote site's own storage is local only: nothing to replicate to, once licensed.
    far_sdk.x.pool.apply_edition(pool, "xcp-ng")
    qtbot.waitUntil(lambda: (far.cache.get("pool", pool) or {}).get("restrictions", {}).get("restrict_dr") == "false",
                    timeout=5000)
    actions.update.flush()
    assert actions["pool.disaster_recovery"].isEnabled()
    assert "no shared NFS, iSCSI or HBA storage" in actions["pool.configure_dr"].toolTip()


def to_items(qtbot: Any, parts: Parts, far: Connection, far_sdk: Sdk, mode: str) -> Any:
    """Open the wizard on the Remote site, choose `mode`, find and tick the lab's NFS SR; the window on the VMs
    page once the metadata is read."""
    window = open_wizard(qtbot, parts, node(parts, far, pool_of(far_sdk)), "pool.disaster_recovery")
    mode_page = window.page
    assert isinstance(mode_page, ModePageWidget)
    mode_page.buttons[mode].setChecked(True)
    assert window.next()
    page = window.page
    assert isinstance(page, StoragePageWidget)
    page.server.setText("192.0.2.50")
    page.path.setText("/export/vms")
    page.find_button.click()
    qtbot.waitUntil(lambda: window.flow.can_next, timeout=10000)
    assert window.next()
    items = window.page
    assert isinstance(items, ItemsPageWidget)
    qtbot.waitUntil(lambda: items.items.count() > 0, timeout=10000)
    return window


def test_a_test_failover_leaves_the_remote_site_as_it_was_and_cancel_detaches(
        qtbot: Any, sites: tuple[Connection, Sdk, Connection, Sdk], parts: Parts) -> None:
    _, sdk, far, far_sdk = sites
    x, y = sdk.x, far_sdk.x
    x.SR.enable_database_replication(x.SR.get_by_name_label("NFS virtual disks")[0])
    before = (sorted(y.VM.get_all()), sorted(y.SR.get_all()), sorted(y.VDI.get_all()), y.DR_task.get_all())

    # Cancelled after the storage was attached: the DR_task goes again.
    window = to_items(qtbot, parts, far, far_sdk, "failover")
    assert len(y.DR_task.get_all()) == 1
    window.close()
    operation = next(op for op in parts.operations if "cancelled recovery" in op.title)
    drive(qtbot, far_sdk, lambda: operation.is_finished, attempts=5)
    assert operation.state == OperationState.SUCCEEDED, operation.error
    assert (sorted(y.VM.get_all()), sorted(y.SR.get_all()), sorted(y.VDI.get_all()), y.DR_task.get_all()) == before

    window = to_items(qtbot, parts, far, far_sdk, "test")
    window.page.choose("web01")
    assert window.next()
    qtbot.waitUntil(lambda: window.flow.can_next, timeout=10000)
    assert window.next()
    assert "removed again" in " ".join(window.page.values())
    operation = window.finish()
    assert operation is not None
    drive(qtbot, far_sdk, lambda: operation.is_finished, attempts=10)
    assert operation.state == OperationState.SUCCEEDED, operation.error
    assert "tested, then removed: web01" in operation.note
    assert (sorted(y.VM.get_all()), sorted(y.SR.get_all()), sorted(y.VDI.get_all()), y.DR_task.get_all()) == before


def wait_task(sdk: Sdk, task: str) -> None:
    """Step the manual clock until an Async task of the SDK ends in success."""
    for _ in range(40):
        if sdk.x.task.get_status(task) != "pending":
            break
        sdk.step(5)
    assert sdk.x.task.get_status(task) == "success", sdk.x.task.get_error_info(task)


def test_failback_to_the_lab_through_the_wizard(qtbot: Any, two_pools: SimServer,
                                                sites: tuple[Connection, Sdk, Connection, Sdk], parts: Parts) -> None:
    lab, sdk, _, far_sdk = sites
    x, y = sdk.x, far_sdk.x
    nfs = x.SR.get_by_name_label("NFS virtual disks")[0]
    web01 = x.VM.get_by_name_label("web01")[0]
    uuid = x.VM.get_uuid(web01)
    # Failed over with the SDK: the lab is lost, the Remote site runs web01 and replicates to the lab's NFS SR.
    x.SR.enable_database_replication(nfs)
    master = x.pool.get_master(pool_of(sdk))
    x.host.call_plugin(master, "sim", "fail_host", {"host": master, "mode": "power"})
    task = y.DR_task.create("nfs", {"server": "192.0.2.50", "serverpath": "/export/vms"}, [x.SR.get_uuid(nfs)])
    [sr] = y.DR_task.get_introduced_SRs(task)
    [meta] = [v for v in y.SR.get_VDIs(sr) if y.VDI.get_type(v) == "metadata"]
    lost = XenAPI.Session(two_pools.extra_lines[0].split("url=")[1].split()[0])
    lost._session = y.VDI.open_database(meta)
    lost.last_login_method = "open_database"
    try:
        lost.xenapi.VM.recover(lost.xenapi.VM.get_by_uuid(uuid), far_sdk.session._session, False)
    finally:
        lost.xenapi.session.logout()
        lost("close")()
    there = y.VM.get_by_uuid(uuid)
    wait_task(far_sdk, y.Async.VM.start(there, False, False))
    y.SR.enable_database_replication(sr)
    # The lab comes back; web01 is shut down at the Remote site before it fails back.
    x.host.call_plugin(master, "sim", "restore_host", {"host": master})
    sdk.step(61)
    wait_task(far_sdk, y.Async.VM.clean_shutdown(there))
    assert x.VM.get_power_state(web01) == "Halted", "the lab's copy came back halted with its host"
    qtbot.waitUntil(lambda: (lab.cache.get("VM", web01) or {}).get("power_state") == "Halted", timeout=5000)

    window = open_wizard(qtbot, parts, node(parts, lab, pool_of(sdk)), "pool.disaster_recovery")
    mode_page = window.page
    assert isinstance(mode_page, ModePageWidget)
    mode_page.buttons["failback"].setChecked(True)
    assert window.next()
    storage = window.page
    assert isinstance(storage, StoragePageWidget)
    storage.server.setText("192.0.2.50")
    storage.path.setText("/export/vms")
    storage.find_button.click()
    qtbot.waitUntil(lambda: window.flow.can_next, timeout=10000)
    assert window.next()
    items = window.page
    assert isinstance(items, ItemsPageWidget)
    qtbot.waitUntil(lambda: items.items.count() > 0, timeout=10000)
    shown = [items.items.item(r).text() for r in range(items.items.count())]
    assert "'web01' from Remote site" in shown and "'backup01' from Remote site" in shown
    items.choose("web01")
    assert window.next()
    qtbot.waitUntil(lambda: "Checking" not in message(window, "checks"), timeout=10000)
    assert message(window, "checks") == "" and window.flow.can_next  # the lab's halted web01 is replaced (forced)
    assert window.next()
    operation = window.finish()
    assert operation is not None
    drive(qtbot, sdk, lambda: operation.is_finished, attempts=10)
    assert operation.state == OperationState.SUCCEEDED, operation.error
    back = x.VM.get_by_uuid(uuid)
    assert back != web01 and x.VM.get_power_state(back) == "Running"
    assert y.VM.get_power_state(there) == "Halted"
