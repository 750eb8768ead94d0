"""Performance tab (pool, host, VM): live and historical graphs from xapi's RRDs, as XenCenter's, done smoother.

Data comes from the connection's RrdFetcher (one `/rrd_updates` per 5 s for the whole connection); the tab only
watches the objects it shows, and only while it is shown, so hidden graphs neither fetch nor redraw. Graphs are
PerfGraph widgets made once and reused across selections; each update calls `setData` on existing curves.
Zoom presets pick the time span (and with it the archive: 5 s, 1 min, 1 h or 1 day); the navigator pans.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.commands import SelectedItem
from ...core.connection import Connection
from ...core.i18n import LazyText, translate
from ...core.objects import VM, Host, the_pool
from ...core.perf_writes import LAYOUT_PERMISSIONS, save_layout, save_thresholds, threshold_permissions
from ...core.rbac import refusal_for
from ...core.rrd.archive import ObjectKey, Resolution
from ...core.rrd.events import events_for
from ...core.rrd.expected import expected_sources
from ...core.rrd.fetcher import RrdFetcher
from ...core.rrd.layout import Layout, read_layout
from ...core.rrd.plan import GraphPlan, object_plan, pool_plan
from ...core.rrd.units import Unit, format_value, measure
from ...core.turns import later
from ..widgets.buttons import make_button
from ..widgets.labels import make_label
from ..widgets.perfgraph import CurveSpec, Mark, PerfGraph, following_range
from ..widgets.perfnav import Navigator
from .applies import live_host, real_guest
from .base import BaseTab, TabContext, shows
from .deps import Tracker
from .perf_alerts import AlertsDialog
from .perf_designer import GraphDesigner

DAY = 86400
PREMADE_GRAPHS = 4  # a server's or a VM's default graphs: CPU, memory, network, disk
ZOOMS = ((600, LazyText("Performance", "10 minutes")), (7200, LazyText("Performance", "2 hours")),
         (DAY, LazyText("Performance", "1 day")), (7 * DAY, LazyText("Performance", "1 week")),
         (31 * DAY, LazyText("Performance", "1 month")), (366 * DAY, LazyText("Performance", "1 year")))
AXIS = {Unit.PERCENT: ("%", False), Unit.BYTES: ("B", True), Unit.BYTES_PER_SECOND: ("B/s", True),
        Unit.SECONDS: ("s", True), Unit.PLAIN: ("", False)}


@dataclass(frozen=True)
class Shown:
    """What the tab shows: the connection, the objects watched, the graphs, and the designable object if any."""

    connection: Connection
    keys: tuple[ObjectKey, ...]
    plans: tuple[GraphPlan, ...]
    designable: ObjectKey | None = None
    ref: str = ""
    name: str = ""
    layout: Layout | None = None
    sources: tuple[str, ...] | list[str] = ()  # the designable object's data sources, known or expected


class PerformanceTab(BaseTab):
    KEY = "performance"
    TITLE = LazyText("Tabs", "Performance")

    def __init__(self, context: TabContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setAccessibleName(translate("Tabs", "Performance"))
        self.span: float = ZOOMS[0][0]
        self.view_end: float | None = None  # None: follow the newest samples
        self.shown: Shown | None = None
        self.graphs: list[PerfGraph] = []
        self._fetcher: RrdFetcher | None = None
        self._watching: tuple[ObjectKey, ...] = ()

        self.zoom_group = QButtonGroup(self)
        self.zoom_group.setExclusive(True)
        bar = QHBoxLayout()
        bar.addWidget(make_label(self, "performance-zoom-label", translate("Performance", "Show the last:")))
        for index, (seconds, text) in enumerate(ZOOMS):
            button = QPushButton(text.text(), self)
            button.setObjectName(f"zoom-{seconds}")
            button.setAccessibleName(translate("Performance", "Zoom to the last {0}").format(text.text()))
            button.setCheckable(True)
            button.setChecked(index == 0)
            self.zoom_group.addButton(button, seconds)
            bar.addWidget(button)
        self.zoom_group.idClicked.connect(self.zoom)
        bar.addStretch(1)
        self.design_button = make_button(self, "performance-design", translate("Performance", "&Graphs…"),
                                         translate("Performance", "Design the graphs"), self.open_designer)
        self.alerts_button = make_button(self, "performance-alerts", translate("Performance", "&Alerts…"),
                                         translate("Performance", "Configure performance alerts"), self.open_alerts)
        bar.addWidget(self.design_button)
        bar.addWidget(self.alerts_button)
        self.status = make_label(self, "performance-status")
        self.status.setAccessibleName(translate("Performance", "Performance data status"))
        self.status.setWordWrap(True)
        self.body = QWidget()
        self.body.setObjectName("performance-graphs")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.addStretch(1)
        self.graph_scroll = QScrollArea(self)
        self.graph_scroll.setObjectName("performance-scroll")
        self.graph_scroll.setWidgetResizable(True)
        self.graph_scroll.setWidget(self.body)
        self.navigator = Navigator(self)
        self.navigator.span_changed.connect(self.pan)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.graph_scroll, 1)
        layout.addWidget(self.navigator)
        self.dialog: GraphDesigner | AlertsDialog | None = None
        for _ in range(PREMADE_GRAPHS):  # ~10 ms each: made in idle turns, not all when the tab first shows
            later(self._make_graph_ahead, self)

    def _new_graph(self) -> PerfGraph:
        graph = PerfGraph(f"performance-graph-{len(self.graphs)}", self.body)
        graph.hide()
        self.body_layout.insertWidget(self.body_layout.count() - 1, graph)
        self.graphs.append(graph)
        return graph

    def _make_graph_ahead(self) -> None:
        if len(self.graphs) < PREMADE_GRAPHS:
            self._new_graph()

    # -- what to show (from the cache) ---------------------------------------------------------------------

    @shows("pool")
    def show_pool(self, tracker: Tracker, item: SelectedItem) -> None:
        hosts = sorted((h for h in (tracker.view(Host, ref) for ref in list(tracker.all_of("host"))) if h is not None),
                       key=lambda h: (h.name.lower(), h.ref))
        keys = tuple(ObjectKey("host", h.uuid) for h in hosts)
        self._show(Shown(item.connection, keys, pool_plan([(k, h.name) for k, h in zip(keys, hosts, strict=True)])),
                   tracker)

    @shows("host", when=live_host)
    def show_host(self, tracker: Tracker, item: SelectedItem) -> None:
        host = tracker.view(Host, item.ref)
        if host is None:
            self.show_nothing()
        else:
            self._show_object(tracker, item, ObjectKey("host", host.uuid), host.name)

    @shows("VM", when=real_guest)
    def show_vm(self, tracker: Tracker, item: SelectedItem) -> None:
        vm = tracker.view(VM, item.ref)
        if vm is None:
            self.show_nothing()
        else:
            self._show_object(tracker, item, ObjectKey("vm", vm.uuid), vm.name)

    def _show_object(self, tracker: Tracker, item: SelectedItem, key: ObjectKey, name: str) -> None:
        fetcher = self._fetcher_for(item.connection)
        pool = the_pool(tracker)  # type: ignore[arg-type]
        gui_config = dict(pool.field("gui_config") or {}) if pool is not None else {}
        sources = sorted(set(fetcher.store.sources(key)) | set(expected_sources(tracker, item.cls, item.ref)))
        layout = read_layout(gui_config, key, sources)
        self._show(Shown(item.connection, (key,), object_plan(key, layout), key, item.ref, name, layout, sources),
                   tracker)

    def show_nothing(self) -> None:
        self._watch(None, ())
        self.shown = None
        for graph in self.graphs:
            graph.setVisible(False)
        self.status.setText(translate("Performance", "This object no longer exists."))
        self.status.setVisible(True)

    def _fetcher_for(self, connection: Connection) -> RrdFetcher:
        return self.context.rrd.fetcher(connection)

    def _show(self, shown: Shown, tracker: Tracker) -> None:
        changed_object = self.shown is None or self.shown.keys != shown.keys
        self.shown = shown
        if changed_object:
            self.view_end = None
        self._watch(shown.connection, shown.keys)
        pool_reason = "" if shown.designable is not None else translate(
            "Performance", "A pool's graphs compare its servers; select a server or VM to design its graphs or alerts.")
        access = shown.connection.access
        cls = "host" if shown.designable is not None and shown.designable.kind == "host" else "VM"
        for button, permissions in ((self.design_button, LAYOUT_PERMISSIONS),
                                    (self.alerts_button, threshold_permissions(cls))):
            reason = pool_reason or refusal_for(access, permissions) or ""
            button.setEnabled(not reason)
            button.setToolTip(reason)
        while len(self.graphs) < len(shown.plans):
            self._new_graph()
        for graph, plan in zip(self.graphs, shown.plans, strict=False):
            unit, prefix = AXIS[plan.unit]
            graph.configure(plan.title, [self._curve_spec(c.id, c.source, c.name, c.colour) for c in plan.curves],
                            unit, prefix)
        for index, graph in enumerate(self.graphs):
            graph.setVisible(index < len(shown.plans))
            graph.show_time_axis(index == len(shown.plans) - 1)  # one time axis, under the last graph
        uuids = {k.uuid for k in shown.keys}
        tracker.all_of("message")  # new lifecycle messages re-render
        marks = [Mark(e.time, e.label, e.is_alarm) for e in events_for(shown.connection.cache, uuids)]
        for graph in self.graphs[:len(shown.plans)]:
            graph.set_marks(marks)
        self.update_data()

    @staticmethod
    def _curve_spec(curve_id: str, source: str, name: str, colour: str) -> CurveSpec:
        scale = measure(source).scale

        def formatted(value: float) -> str:  # graphs hold display units; format_value takes xapi's
            return format_value(source, value / scale)

        return CurveSpec(curve_id, name, colour, formatted)

    # -- watching (only while shown) -----------------------------------------------------------------------

    def _watch(self, connection: Connection | None, keys: tuple[ObjectKey, ...]) -> None:
        fetcher = self._fetcher_for(connection) if connection is not None else None
        if fetcher is not self._fetcher:
            if self._fetcher is not None:
                self._fetcher.unwatch(self._watching)
                self._fetcher.updated.disconnect(self._on_data)
                self._fetcher.state_changed.disconnect(self._show_status)
            self._watching = ()
            self._fetcher = fetcher
            if fetcher is not None:
                fetcher.updated.connect(self._on_data)
                fetcher.state_changed.connect(self._show_status)
        if fetcher is not None:
            fetcher.watch([k for k in keys if k not in self._watching])
            fetcher.unwatch([k for k in self._watching if k not in keys])
        self._watching = keys

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._watch(None, ())  # hidden graphs do not fetch
        self._stale = True  # showing again re-renders, which watches again

    # -- data ----------------------------------------------------------------------------------------------

    def _on_data(self) -> None:
        shown, fetcher = self.shown, self._fetcher
        if shown is None or fetcher is None or not self.isVisible():
            return
        known = set(shown.sources)
        if shown.designable is not None and not known.issuperset(fetcher.store.sources(shown.designable)):
            self.refresh()  # the samples name a data source we did not expect: the default graphs follow it
            return
        self.update_data()

    def now(self) -> float:
        fetcher = self._fetcher
        return fetcher.server_time if fetcher is not None and fetcher.server_time else time.time()

    def visible_range(self) -> tuple[float, float]:
        if self.view_end is None:
            return following_range(self.now(), self.span)
        return self.view_end - self.span, self.view_end

    def update_data(self) -> None:
        """Give every shown graph its samples for the visible range (setData on existing curves)."""
        shown, fetcher = self.shown, self._fetcher
        if shown is None or fetcher is None:
            return
        start, end = self.visible_range()
        resolution = Resolution.covering(max(self.span, self.now() - start))
        store = fetcher.store
        for graph, plan in zip(self.graphs, shown.plans, strict=False):
            data = {}
            for curve in plan.curves:
                times, values = store.series(curve.key, curve.source, resolution)
                data[curve.id] = (times, values * measure(curve.source).scale)
            graph.set_data(data, (start, end))
        self._update_navigator(start, end)
        self._show_status()

    def _update_navigator(self, start: float, end: float) -> None:
        shown, fetcher = self.shown, self._fetcher
        if shown is None or fetcher is None or not shown.plans or not shown.plans[0].curves:
            return
        first = shown.plans[0].curves[0]
        times, values = fetcher.store.series(first.key, first.source, Resolution.DAY)
        now = self.now()
        self.navigator.set_overview(times, values, (now - Resolution.DAY.span, now))
        self.navigator.set_span(start, end)

    def _show_status(self) -> None:
        fetcher, shown = self._fetcher, self.shown
        if fetcher is None or shown is None:
            return
        if fetcher.error:
            text = fetcher.error
        elif not any(fetcher.store.sources(k) for k in shown.keys):
            text = translate("Performance", "Waiting for the first performance data…")
        else:
            text = ""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # -- zoom and pan --------------------------------------------------------------------------------------

    def zoom(self, seconds: int) -> None:
        """Show the last `seconds` (a preset): follow the newest samples again."""
        self.span = seconds
        self.view_end = None
        button = self.zoom_group.button(seconds)
        if button is not None:
            button.setChecked(True)
        self.update_data()

    def pan(self, start: float, end: float) -> None:
        """The navigator's region moved: show that span (following the newest samples when it reaches now)."""
        if end <= start:
            return
        self.span = end - start
        self.view_end = None if end >= self.now() - Resolution.FIVE_SECONDS.step else end
        checked = self.zoom_group.button(round(self.span))
        if checked is not None and self.view_end is None:
            checked.setChecked(True)
        else:
            self.zoom_group.setExclusive(False)
            for button in self.zoom_group.buttons():
                button.setChecked(False)
            self.zoom_group.setExclusive(True)
        self.update_data()

    # -- designer and alerts -------------------------------------------------------------------------------

    def open_designer(self) -> None:
        shown, fetcher = self.shown, self._fetcher
        if shown is None or shown.designable is None or shown.layout is None or fetcher is None:
            return
        key = shown.designable
        sources = list(shown.sources)
        dialog = GraphDesigner(key.kind, shown.name, shown.layout, sources, self)
        dialog.accepted.connect(lambda: self._save_layout(shown, dialog.layout_result(), sources))
        self.dialog = dialog
        dialog.open()

    def _save_layout(self, shown: Shown, layout: Layout, sources: list[str]) -> None:
        pool = the_pool(shown.connection.cache)
        if pool is None or shown.designable is None:
            return
        save_layout(self.context.operations, shown.connection, pool.ref, shown.designable, shown.name, layout,
                    dict(pool.field("gui_config") or {}), sources)

    def open_alerts(self) -> None:
        shown = self.shown
        if shown is None or shown.designable is None:
            return
        cls = "host" if shown.designable.kind == "host" else "VM"
        record = shown.connection.cache.get(cls, shown.ref) or {}
        other_config = dict(record.get("other_config") or {})
        dialog = AlertsDialog(shown.designable.kind, shown.name, other_config, self)
        dialog.accepted.connect(lambda: save_thresholds(self.context.operations, shown.connection, cls, shown.ref,
                                                        shown.name, dialog.thresholds(), other_config))
        self.dialog = dialog
        dialog.open()
