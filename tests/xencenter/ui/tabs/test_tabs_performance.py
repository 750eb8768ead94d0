"""Performance tab over a fake RRD server (httpx.MockTransport): fills from one update, zoom presets pick the
archive, curves are updated in place, hidden graphs neither fetch nor redraw, marks and hover readout."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollBar,
    QWidget,
)
from tabs_support import Env, Runner, arun_fixture, env_fixture, eventually  # noqa: F401  (core helpers on the path)

from rrd_fakes import FakeRrd  # isort: skip

from xencenter.core.rbac import Access
from xencenter.core.rrd.archive import ObjectKey
from xencenter.core.xenapi.client import XenAPIClient
from xencenter.ui.tabs.memory import MemoryTab
from xencenter.ui.tabs.perf_alerts import AlertsDialog
from xencenter.ui.tabs.performance import PerformanceTab

WEB = ObjectKey("vm", "uuid-web")


def serve(env: Env, rrd: FakeRrd) -> None:
    """Log the fake lab's connection in to the fake RRD server (the tab only needs the client and session)."""
    client = XenAPIClient("http://lab.test", transport=rrd.transport())
    client._session = rrd.session
    env.conn._client = client


def lab_rrd() -> FakeRrd:
    rrd = FakeRrd()
    rrd.add("vm", "uuid-web", cpu0=lambda t: 0.25, cpu1=lambda t: 0.75, memory=lambda t: 2.0**30,
            memory_internal_free=lambda t: 262144.0, vif_0_rx=lambda t: 2048.0, vif_0_tx=lambda t: 1024.0,
            vbd_xvda_read=lambda t: 4096.0, vbd_xvda_write=lambda t: 0.0)
    rrd.add("host", "uuid-h1", cpu0=lambda t: 0.5, cpu_avg=lambda t: 0.5, memory_total_kib=lambda t: 33554432.0,
            memory_free_kib=lambda t: 16777216.0, pif_eth0_rx=lambda t: 100.0, pif_eth0_tx=lambda t: 50.0,
            pif_aggr_rx=lambda t: 100.0, pif_aggr_tx=lambda t: 50.0)
    rrd.add("host", "uuid-h2", cpu_avg=lambda t: 0.1, memory_free_kib=lambda t: 1024.0)
    return rrd


def performance(env: Env, ref: str) -> PerformanceTab:
    return env.open_tab(ref, PerformanceTab)


def samples(tab: PerformanceTab, graph: int, curve: str) -> int:
    """How many samples graph `graph` holds for a curve (0 before the graph exists)."""
    found = tab.graphs[graph].series(curve) if len(tab.graphs) > graph else None
    return 0 if found is None else len(found[0])


def run(arun: Runner, env: Env, body: Callable[[], Awaitable[None]]) -> None:
    """Run the test's body on the loop, then hide the tabs (the fetcher stops) while the loop still runs."""

    async def scenario() -> None:
        try:
            await body()
        finally:
            env.host.hide()
            await asyncio.sleep(0.01)

    arun(scenario())


def test_the_tab_is_offered_for_pools_hosts_and_vms(env: Env) -> None:
    for ref in ("OpaqueRef:pool", "OpaqueRef:h1", "OpaqueRef:web"):
        env.select(ref)
        assert "performance" in env.host.tab_keys()
        assert env.host.tabText(env.host.tab_keys().index("performance")) == "Performance"
    for ref in ("OpaqueRef:tpl", "OpaqueRef:nfs"):
        env.select(ref)
        assert "performance" not in env.host.tab_keys()


def test_vm_graphs_fill_from_one_update(env: Env, arun: Runner) -> None:
    rrd = lab_rrd()
    serve(env, rrd)

    async def body() -> None:
        tab = performance(env, "OpaqueRef:web")
        await eventually(lambda: samples(tab, 0, "vm:uuid-web:cpu0") == 120)  # the live update and the history
        titles = [g.title.text() for g in tab.graphs if not g.isHidden()]
        assert titles == ["<b>CPU performance</b>", "<b>Memory performance</b>", "<b>Network performance</b>",
                          "<b>Disk performance</b>"]
        cpu = tab.graphs[0]
        assert [s.name for s in cpu.specs()] == ["CPU 0", "CPU 1", "Average CPU"]
        times, values = cpu.series("vm:uuid-web:cpu_avg") or ((), ())
        assert len(times) == 120 and set(values) == {50.0}  # percent, the mean of the vCPUs
        start, end = tab.visible_range()
        assert rrd.now <= end < rrd.now + 60 and end - start == 600  # the range jumps a minute at a time
        # One /rrd_updates per round for the whole connection, plus the VM's history.
        updates = [q for p, q in rrd.requests if p == "/rrd_updates"]
        assert all(q["host"] == ["true"] and "vm_uuid" not in q for q in updates)
        assert ("/vm_rrds", {"session_id": [rrd.session], "uuid": ["uuid-web"]}) in rrd.requests
        # The next update: setData on the same curves, nothing rebuilt.
        rebuilds = [g.rebuilds for g in tab.graphs]
        redraws = cpu.redraws
        rrd.now += 5
        assert tab._fetcher is not None
        await tab._fetcher.poll()
        assert [g.rebuilds for g in tab.graphs] == rebuilds and cpu.redraws > redraws
        assert cpu.series("vm:uuid-web:cpu0")[0][-1] == rrd.now  # type: ignore[index]
        # A legend until the pointer is over the graph, then the values under it with their units.
        assert "CPU 0" in cpu.readout.text() and "%" not in cpu.readout.text()
        text = cpu.show_values_at(rrd.now - 5)
        assert "CPU 0: 25.0 %" in text and "Average CPU: 50.0 %" in text
        assert "1.00 GiB" in tab.graphs[1].show_values_at(rrd.now)
        assert "2.00 KiB/s" in tab.graphs[2].show_values_at(rrd.now)

    run(arun, env, body)


def test_zoom_presets_pick_the_archive(env: Env, arun: Runner, qtbot: Any) -> None:
    rrd = lab_rrd()
    serve(env, rrd)

    async def body() -> None:
        tab = performance(env, "OpaqueRef:web")
        await eventually(lambda: samples(tab, 1, "vm:uuid-web:memory") == 120)
        for seconds, points, step in ((7200, 120, 60), (86400, 24, 3600), (7 * 86400, 168, 3600),
                                      (31 * 86400, 31, 86400), (366 * 86400, 366, 86400), (600, 120, 5)):
            qtbot.mouseClick(tab.findChild(type(tab.design_button), f"zoom-{seconds}"), Qt.MouseButton.LeftButton)
            start, end = tab.visible_range()
            assert end - start == seconds
            times, _ = tab.graphs[1].series("vm:uuid-web:memory") or ((), ())
            shown = [t for t in times if start <= t <= end]
            # The followed range runs up to a tenth of the span ahead of the newest sample.
            assert points * 0.9 - 1 <= len(shown) <= points + 1 and times[1] - times[0] == step
            assert tab.graphs[1].plot.getPlotItem().getViewBox().viewRange()[0] == pytest.approx([start, end])
        # The navigator pans back a day: the graphs leave "now" and stop following.
        tab.zoom(86400)
        tab.pan(rrd.now - 3 * 86400, rrd.now - 2 * 86400)
        assert tab.visible_range() == (rrd.now - 3 * 86400, rrd.now - 2 * 86400)
        assert tab.view_end is not None and tab.zoom_group.checkedButton() is None

    run(arun, env, body)


def test_pool_compares_hosts_and_marks_lifecycle_events(env: Env, arun: Runner) -> None:
    rrd = lab_rrd()
    serve(env, rrd)

    async def body() -> None:
        tab = performance(env, "OpaqueRef:pool")
        await eventually(lambda: samples(tab, 0, "host:uuid-h2:cpu_avg") > 0)
        assert [s.name for s in tab.graphs[0].specs()] == ["host-a", "host-b"]
        assert not tab.design_button.isEnabled() and "select a server" in tab.design_button.toolTip()
        assert performance(env, "OpaqueRef:web") is tab  # the same graphs, reused
        await eventually(lambda: samples(tab, 0, "vm:uuid-web:cpu0") > 0)
        marks = tab.graphs[0].marks()
        assert len(marks) == 1 and marks[0][1] == "Started"

    run(arun, env, body)


def test_hidden_graphs_neither_fetch_nor_redraw(env: Env, arun: Runner) -> None:
    rrd = lab_rrd()
    serve(env, rrd)

    async def body() -> None:
        tab = performance(env, "OpaqueRef:h1")
        await eventually(lambda: samples(tab, 0, "host:uuid-h1:cpu0") > 0)
        fetcher = tab._fetcher
        assert fetcher is not None and fetcher.watched() == {ObjectKey("host", "uuid-h1")}
        env.host.show_tab("general")
        assert fetcher.watched() == frozenset() and fetcher._loop is None  # nothing fetched while hidden
        redraws = tab.graphs[0].redraws
        tab.graphs[0].set_data({}, (0.0, 1.0))
        assert tab.graphs[0].redraws == redraws  # not visible: drawn when shown
        env.host.show_tab("performance")
        assert fetcher.watched() == {ObjectKey("host", "uuid-h1")}

    run(arun, env, body)


def test_a_refused_fetch_is_shown_beside_the_graphs(env: Env, arun: Runner) -> None:
    rrd = lab_rrd()
    rrd.session = "OpaqueRef:other"
    serve(env, rrd)
    env.conn._client._session = "OpaqueRef:stale"  # type: ignore[union-attr]

    async def body() -> None:
        tab = performance(env, "OpaqueRef:web")
        await eventually(lambda: "refused" in tab.status.text())
        assert tab.status.isVisibleTo(tab)

    run(arun, env, body)



def unnamed(root: QWidget) -> list[str]:
    """Interactive widgets and labels under `root` without an object name or an accessible name (except those Qt
    and pyqtgraph make themselves: scroll bars, a PlotWidget's innards, a combo box's popup, a spin box's editor)."""
    kinds = (QAbstractButton, QAbstractSlider, QAbstractSpinBox, QLineEdit, QComboBox, QAbstractItemView, QLabel)
    missing = []
    for widget in root.findChildren(QWidget):
        inside_plot = False
        parent = widget.parentWidget()
        while parent is not None and parent is not root:
            inside_plot = inside_plot or isinstance(parent, (pg.PlotWidget, QComboBox, QAbstractSpinBox))
            parent = parent.parentWidget()
        named = widget.objectName() and widget.accessibleName()
        if isinstance(widget, kinds) and not isinstance(widget, QScrollBar) and not inside_plot and not named:
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {getattr(widget, 'text', str)()!r}")
    return missing


def test_every_widget_has_its_names(env: Env, arun: Runner) -> None:
    rrd = lab_rrd()
    serve(env, rrd)

    async def body() -> None:
        tab = performance(env, "OpaqueRef:web")
        await eventually(lambda: samples(tab, 0, "vm:uuid-web:cpu0") > 0)
        assert unnamed(tab) == []
        tab.open_designer()
        assert tab.dialog is not None and unnamed(tab.dialog) == []
        tab.dialog.reject()
        tab.open_alerts()
        assert tab.dialog is not None and unnamed(tab.dialog) == []
        tab.dialog.reject()
        memory = env.open_tab("OpaqueRef:web", MemoryTab)
        assert unnamed(memory.vm_box.editor) == []

    run(arun, env, body)


def test_host_alerts_keep_what_the_page_does_not_edit(env: Env, arun: Runner) -> None:
    env.lab.change(env.conn, "OpaqueRef:h1", other_config={
        "perfmon": '<config><variable><name value="sr_io_throughput_total_ab12"/>'
                   '<alarm_trigger_level value="1048576"/></variable></config>'})

    async def body() -> None:
        tab = performance(env, "OpaqueRef:h1")
        tab.open_alerts()
        dialog = tab.dialog
        assert isinstance(dialog, AlertsDialog) and list(dialog.rows) == ["cpu_usage", "network_usage",
                                                                          "memory_free_kib"]
        assert dialog.problem.isHidden()
        dialog.rows["memory_free_kib"].enabled.setChecked(True)
        dialog.rows["memory_free_kib"].level.setValue(256)
        assert [(t.name, t.level) for t in dialog.thresholds()] == [("memory_free_kib", 262144.0),
                                                                    ("sr_io_throughput_total_ab12", 1048576.0)]
        dialog.reject()
        env.lab.change(env.conn, "OpaqueRef:h1", other_config={"perfmon": "<config><variable>"})
        tab.open_alerts()
        assert isinstance(tab.dialog, AlertsDialog) and "cannot be read" in tab.dialog.problem.text()
        tab.dialog.reject()

    run(arun, env, body)


def test_a_vanished_object_says_so(env: Env, arun: Runner) -> None:
    rrd = lab_rrd()
    serve(env, rrd)

    async def body() -> None:
        tab = performance(env, "OpaqueRef:web")
        await eventually(lambda: samples(tab, 0, "vm:uuid-web:cpu0") > 0)
        env.lab.drop(env.conn, "OpaqueRef:web")
        assert tab.status.text() == "This object no longer exists." and tab.status.isVisibleTo(tab)
        assert all(g.isHidden() for g in tab.graphs)
        assert tab._fetcher is None or tab._fetcher.watched() == frozenset()

    run(arun, env, body)


def test_a_role_that_may_not_write_sees_why(env: Env) -> None:
    env.conn.access = Access(superuser=False, roles=("read-only",))
    tab = performance(env, "OpaqueRef:web")
    for button in (tab.design_button, tab.alerts_button):
        assert not button.isEnabled() and button.toolTip() == "Your role (Read Only) may not do this."
    editor = env.open_tab("OpaqueRef:web", MemoryTab).vm_box.editor
    assert not editor.low.isEnabled() and editor.toolTip() == "Your role (Read Only) may not do this."
    # A VM Admin may keep graphs (gui_config) and alerts (perfmon) only with those permissions.
    env.conn.access = Access(superuser=False, roles=("vm-admin",), permissions=frozenset({
        "vm.set_memory_dynamic_range", "vm.add_to_other_config/key:perf*", "vm.remove_from_other_config/key:perf*"}))
    env.select("OpaqueRef:h1")
    tab = performance(env, "OpaqueRef:web")
    assert tab.alerts_button.isEnabled() and not tab.design_button.isEnabled()
    assert env.open_tab("OpaqueRef:web", MemoryTab).vm_box.editor.low.isEnabled()
