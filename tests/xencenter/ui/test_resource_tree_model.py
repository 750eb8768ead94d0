"""ResourceTreeModel: follows navigation specs by precise row signals; equal to the spec after any delta sequence."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from nav_data import lab, view
from PySide6.QtCore import QModelIndex
from PySide6.QtTest import QAbstractItemModelTester

from xencenter.core import navigation
from xencenter.core.navigation import Node, ViewOptions
from xencenter.ui.models import resource_tree
from xencenter.ui.models.filter import ResourceFilterModel
from xencenter.ui.models.resource_tree import KindRole, RefRole, ResourceTreeModel


def read_back(model: ResourceTreeModel, parent: QModelIndex | None = None) -> list[tuple[str, str, list[Any]]]:
    """The tree as the view sees it, through index()/data()/parent() only."""
    parent = parent or QModelIndex()
    rows = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        assert model.parent(index) == parent
        rows.append((index.data(), index.data(RefRole), read_back(model, index)))
    return rows


def expected(nodes: tuple[Node, ...]) -> list[tuple[str, str, list[Any]]]:
    return [(n.label, n.ref, expected(n.children)) for n in nodes]


def test_model_passes_the_model_tester_across_batches(qtmodeltester: Any) -> None:
    model = ResourceTreeModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    cache = lab()
    model.apply(navigation.infrastructure([view(cache)]))
    qtmodeltester.check(model)
    cache.tables["VM"]["old"].update(power_state="Running", resident_on="H2")  # moves between parents
    cache.tables["VM"]["web"] = {**cache.tables["VM"]["web"], "name_label": "zzz-web"}  # a data change
    cache.put("VM", "new", name_label="a-new", power_state="Halted")
    model.apply(navigation.infrastructure([view(cache), view(lab("Second"), key="c2")]))
    qtmodeltester.check(model)
    assert read_back(model) == expected(model.spec())
    model.apply(navigation.objects([view(cache)], ViewOptions(show_templates=True)))
    qtmodeltester.check(model)
    model.apply(())
    assert model.rowCount() == 0


def test_apply_emits_data_changed_not_reset_for_a_power_state_change(qtbot: Any) -> None:
    model = ResourceTreeModel()
    cache = lab()
    model.apply(navigation.infrastructure([view(cache)]))
    web = model.index_of("c1/web")
    persistent_parent = model.parent(web)
    cache.tables["VM"]["web"] = {**cache.tables["VM"]["web"], "power_state": "Suspended"}
    with qtbot.assertNotEmitted(model.modelReset), qtbot.assertNotEmitted(model.rowsRemoved), \
            qtbot.waitSignal(model.dataChanged) as changed:
        model.apply(navigation.infrastructure([view(cache)]))
    assert changed.args[0] == model.index_of("c1/web")
    assert model.node(model.index_of("c1/web")).icon == "vm-suspended"  # type: ignore[union-attr]
    assert model.parent(model.index_of("c1/web")) == persistent_parent


def test_filter_keeps_matches_and_their_ancestors(qtbot: Any) -> None:
    model = ResourceTreeModel()
    model.apply(navigation.infrastructure([view(lab())]))
    proxy = ResourceFilterModel()
    proxy.setSourceModel(model)
    proxy.set_search("WEB")
    pool = proxy.index(0, 0)
    assert proxy.rowCount() == 1 and proxy.rowCount(pool) == 1
    host = proxy.index(0, 0, pool)
    assert host.data(KindRole) == "host" and proxy.index(0, 0, host).data() == "web"
    proxy.set_search("")
    assert proxy.rowCount(proxy.index(0, 0)) == 4


# -- random delta sequences ----------------------------------------------------------------------------------------

NAMES = st.sampled_from(["a", "b", "c", "vm1", "vm10", "vm2", "Z"])
STATES = st.sampled_from(["Running", "Halted", "Suspended", "Paused"])
VM_REFS = st.sampled_from([f"v{i}" for i in range(8)])
HOSTS = st.sampled_from(["H1", "H2", "H3", "OpaqueRef:NULL"])

step = st.one_of(
    st.tuples(st.just("put_vm"), VM_REFS, NAMES, STATES, HOSTS, st.booleans()),
    st.tuples(st.just("drop_vm"), VM_REFS),
    st.tuples(st.just("put_host"), st.sampled_from(["H2", "H3"]), NAMES),
    st.tuples(st.just("drop_host"), st.sampled_from(["H2", "H3"])),
    st.tuples(st.just("share"), st.sampled_from(["nfs", "local1"]), st.booleans()),
    st.tuples(st.just("state"), st.sampled_from(["connected", "reconnecting", "failed"])),
    st.tuples(st.just("options"), st.booleans(), st.booleans(), st.booleans()),
    st.tuples(st.just("view"), st.sampled_from([navigation.INFRASTRUCTURE, navigation.OBJECTS])),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(step, min_size=1, max_size=25))
def test_model_equals_spec_after_random_delta_sequences(qapp: Any, steps: list[tuple[Any, ...]]) -> None:
    follow_random_deltas(steps)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(step, min_size=1, max_size=25))
def test_layout_changes_equal_the_spec_after_random_delta_sequences(qapp: Any, steps: list[tuple[Any, ...]]) -> None:
    saved = resource_tree.LAYOUT_FROM
    resource_tree.LAYOUT_FROM = 1  # every structural change as one layout change (the model tester checks them)
    try:
        follow_random_deltas(steps)
    finally:
        resource_tree.LAYOUT_FROM = saved


def follow_random_deltas(steps: list[tuple[Any, ...]]) -> None:
    model = ResourceTreeModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    caches = {"c1": lab(), "c2": lab("Second")}
    state, options, mode = "connected", ViewOptions(), navigation.INFRASTRUCTURE
    for op in steps:
        cache = caches["c1"]
        if op[0] == "put_vm":
            _, ref, name, power, host, hidden = op
            cache.put("VM", ref, name_label=name, power_state=power, resident_on=host,
                      other_config={"HideFromXenCenter": "true"} if hidden else {})
        elif op[0] == "drop_vm":
            cache.drop("VM", op[1])
        elif op[0] == "put_host":
            cache.put("host", op[1], name_label=op[2], enabled=True)
        elif op[0] == "drop_host":
            cache.drop("host", op[1])
        elif op[0] == "share":
            cache.tables["SR"][op[1]]["shared"] = op[2]
        elif op[0] == "state":
            state = op[1]
        elif op[0] == "options":
            options = ViewOptions(*op[1:])
        else:
            mode = op[1]
        spec = navigation.build(mode, [view(cache, state=state), view(caches["c2"], key="c2")], options)
        model.apply(spec)
        assert model.spec() == spec
        assert read_back(model) == expected(spec)
    del tester


def _leaf(key: str) -> Node:
    return Node(key, "vm", key, "vm-halted", ref=key, cls="VM")


def test_many_leaves_arriving_among_leaves_take_two_row_signals(qtbot: Any) -> None:
    """A burst (a thousand VMs halting into the pool's list) replaces the span of leaves at once; a row with
    children beside it (an expanded server) keeps its item, so its expansion and persistent indexes stay."""
    model = ResourceTreeModel()
    host = Node("h", "host", "host", "host", ref="h", cls="host", children=(_leaf("on-host"),))
    persistent_host = None
    old = [_leaf(f"vm{i:04}") for i in range(0, 400, 4)]
    model.apply((Node("p", "pool", "pool", "pool", ref="p", cls="pool", children=(host, *old, _leaf("zz"))),))
    from PySide6.QtCore import QPersistentModelIndex

    persistent_host = QPersistentModelIndex(model.index_of("h"))
    persistent = QPersistentModelIndex(model.index(0, 0, model.index_of("h")))
    new = [_leaf(f"vm{i:04}") for i in range(400)]
    spec = (Node("p", "pool", "pool", "pool", ref="p", cls="pool", children=(host, *new, _leaf("zz"))),)
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    removed: list[tuple[int, int]] = []
    model.rowsRemoved.connect(lambda _p, first, last: removed.append((first, last)))
    model.apply(spec)
    assert read_back(model) == expected(spec)
    assert len(inserted) == 1 and len(removed) <= 1, (inserted, removed)
    assert persistent_host.isValid() and persistent_host.row() == 0 and persistent.isValid()
    assert model.index(0, 0, model.index_of("h")).data() == "on-host"


def test_many_servers_losing_vms_at_once_is_one_layout_change(qtbot: Any) -> None:
    """A thousand VMs leave sixty servers for the pool's list: one layout change, not a row signal per server;
    rows kept (the servers) keep their persistent indexes, and the tree equals the spec."""
    from PySide6.QtCore import QPersistentModelIndex

    def pool(halted: int) -> tuple[Node, ...]:
        hosts = tuple(Node(f"h{h:02}", "host", f"host {h:02}", "host", ref=f"h{h:02}", cls="host", children=tuple(
            _leaf(f"vm{h:02}-{v:02}") for v in range(10) if not (v < 4 and h < halted))) for h in range(60))
        moved = tuple(_leaf(f"vm{h:02}-{v:02}") for h in range(halted) for v in range(4))
        return (Node("p", "pool", "pool", "pool", ref="p", cls="pool", children=hosts + moved),)

    model = ResourceTreeModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    model.apply(pool(0))
    kept_host = QPersistentModelIndex(model.index_of("h59"))
    kept_vm = QPersistentModelIndex(model.index_of("vm59-09"))
    moved_vm = QPersistentModelIndex(model.index_of("vm00-00"))
    spec = pool(50)
    with qtbot.assertNotEmitted(model.rowsRemoved), qtbot.assertNotEmitted(model.rowsInserted), \
            qtbot.waitSignal(model.layoutChanged):
        model.apply(spec)
    assert read_back(model) == expected(spec)
    assert kept_host.isValid() and kept_host.data() == "host 59" and kept_vm.isValid() and kept_vm.data() == "vm59-09"
    assert not moved_vm.isValid(), "a row that went to another parent is a new row there"
    with qtbot.waitSignal(model.rowsInserted):  # one VM more back on a server: precise row signals again
        model.apply(pool(49))
    assert read_back(model) == expected(pool(49))
    emptied = (Node("p", "pool", "pool", "pool", ref="p", cls="pool", children=tuple(
        Node(f"h{h:02}", "host", f"host {h:02}", "host", ref=f"h{h:02}", cls="host") for h in range(60))),)
    with qtbot.assertNotEmitted(model.rowsRemoved), qtbot.waitSignal(model.layoutChanged):
        model.apply(emptied)  # every server loses all its VMs: still one layout change
    assert read_back(model) == expected(emptied)
    del tester
