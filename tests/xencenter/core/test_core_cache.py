"""ObjectCache: batches fold into one typed delta and one signal; resync replaces; lookups; bad events skipped."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication

from xencenter.core.cache import CacheDelta, ObjectCache
from xencenter.core.classnames import wire_name


def ev(op: str, cls: str, ref: str, **snapshot: Any) -> dict[str, Any]:
    event: dict[str, Any] = {"id": "1", "timestamp": "0.0", "class": cls, "operation": op, "ref": ref}
    if op != "del":
        event["snapshot"] = snapshot
    return event


def recorder(cache: ObjectCache) -> tuple[list[CacheDelta], list[int]]:
    deltas: list[CacheDelta] = []
    resets: list[int] = []
    cache.batch_applied.connect(deltas.append)
    cache.reset.connect(lambda: resets.append(1))
    return deltas, resets


def test_initial_load_resets_and_maps_class_names(qapp: QCoreApplication) -> None:
    cache = ObjectCache()
    deltas, resets = recorder(cache)
    cache.replace_all([ev("add", "vm", "OpaqueRef:v1", name_label="a"), ev("add", "vm_metrics", "OpaqueRef:m1"),
                       ev("add", "host", "OpaqueRef:h1", name_label="h"), ev("add", "session", "OpaqueRef:s")])
    assert resets == [1] and deltas == []
    assert cache.get("VM", "OpaqueRef:v1") == {"name_label": "a"}
    assert cache.count("VM_metrics") == 1 and cache.get("session", "OpaqueRef:s") is None
    assert cache.resolve("OpaqueRef:h1") == ("host", {"name_label": "h"})
    assert cache.resolve("OpaqueRef:NULL") is None
    assert "OpaqueRef:v1" in cache and len(cache) == 3
    assert cache.classes() == {"VM", "VM_metrics", "host"}


def test_one_batch_one_signal_with_typed_delta(qapp: QCoreApplication) -> None:
    cache = ObjectCache()
    cache.replace_all([ev("add", "vm", "OpaqueRef:v1", name_label="a", power_state="Halted"),
                       ev("add", "vm", "OpaqueRef:v2", name_label="b")])
    deltas, _ = recorder(cache)
    delta = cache.apply_events([
        ev("mod", "vm", "OpaqueRef:v1", name_label="a", power_state="Running"),
        ev("add", "sr", "OpaqueRef:sr1", name_label="nfs"),
        ev("del", "vm", "OpaqueRef:v2"),
        ev("mod", "vm", "OpaqueRef:v1", name_label="a2", power_state="Running"),
    ])
    assert deltas == [delta]
    assert delta.added == (("SR", "OpaqueRef:sr1"),)
    [changed] = delta.changed
    assert (changed.cls, changed.ref, changed.fields) == ("VM", "OpaqueRef:v1", {"name_label", "power_state"})
    [removed] = delta.removed
    assert (removed.cls, removed.ref, removed.old) == ("VM", "OpaqueRef:v2", {"name_label": "b"})
    assert delta.touches("VM") and delta.touches("SR") and not delta.touches("host")
    assert delta.refs() == {"OpaqueRef:v1", "OpaqueRef:sr1", "OpaqueRef:v2"}


def test_add_then_del_in_one_batch_is_nothing(qapp: QCoreApplication) -> None:
    cache = ObjectCache()
    deltas, _ = recorder(cache)
    delta = cache.apply_events([ev("add", "task", "OpaqueRef:t"), ev("mod", "task", "OpaqueRef:t", status="x"),
                                ev("del", "task", "OpaqueRef:t")])
    assert not delta and deltas == [] and len(cache) == 0


def test_unchanged_mod_emits_nothing(qapp: QCoreApplication) -> None:
    cache = ObjectCache()
    cache.replace_all([ev("add", "pool", "OpaqueRef:p", name_label="p")])
    deltas, _ = recorder(cache)
    assert not cache.apply_events([ev("mod", "pool", "OpaqueRef:p", name_label="p")])
    assert deltas == []


def test_malformed_events_are_skipped(qapp: QCoreApplication) -> None:
    cache = ObjectCache()
    delta = cache.apply_events([{"class": "vm"}, {"class": "vm", "operation": "bogus", "ref": "r"},
                                {"class": "vm", "operation": "add", "ref": "r"},  # no snapshot
                                ev("add", "vm", "OpaqueRef:ok", name_label="ok"), "not even a dict"])  # type: ignore[list-item]
    assert delta.added == (("VM", "OpaqueRef:ok"),)


def test_del_of_unknown_ref_and_clear(qapp: QCoreApplication) -> None:
    cache = ObjectCache()
    _, resets = recorder(cache)
    assert not cache.apply_events([ev("del", "vm", "OpaqueRef:nope")])
    cache.clear()
    assert resets == []  # clearing an empty cache says nothing
    cache.apply_events([ev("add", "vm", "OpaqueRef:v")])
    cache.clear()
    assert resets == [1] and len(cache) == 0


def test_wire_names() -> None:
    assert wire_name("vm_guest_metrics") == "VM_guest_metrics"
    assert wire_name("pif") == "PIF" and wire_name("host") == "host"
    assert wire_name("brand_new_class") == "brand_new_class"


OPS = st.lists(st.tuples(st.sampled_from(["add", "mod", "del"]), st.sampled_from(["a", "b", "c"]),
                         st.integers(0, 3)), max_size=12)


@settings(max_examples=150, deadline=None)
@given(first=OPS, second=OPS)
def test_batched_apply_equals_event_by_event(qapp: QCoreApplication, first: list[Any], second: list[Any]) -> None:
    """Folding a batch gives the same contents as applying its events one at a time."""
    def events(ops: list[Any]) -> list[dict[str, Any]]:
        return [ev(op, "vm", f"OpaqueRef:{ref}", v=value) for op, ref, value in ops]

    batched, single = ObjectCache(), ObjectCache()
    batched.apply_events(events(first))
    single.apply_events(events(first))
    before = batched.snapshot()
    delta = batched.apply_events(events(second))
    for event in events(second):
        single.apply_events([event])
    assert batched.snapshot() == single.snapshot()
    after = batched.snapshot().get("VM", {})
    old = before.get("VM", {})
    assert {ref for _, ref in delta.added} == after.keys() - old.keys()
    assert {r.ref for r in delta.removed} == old.keys() - after.keys()
    assert {c.ref for c in delta.changed} == {ref for ref in after.keys() & old.keys() if after[ref] != old[ref]}


def test_a_batch_applied_in_steps_signals_once_at_the_end_with_the_whole_delta(qapp: QCoreApplication) -> None:
    cache = ObjectCache()
    cache.replace_all([ev("add", "vm", f"OpaqueRef:v{n}", power_state="Running") for n in range(6)])
    deltas, _ = recorder(cache)
    steps = cache.applying([ev("mod", "vm", f"OpaqueRef:v{n}", power_state="Halted") for n in range(6)]
                           + [ev("del", "vm", "OpaqueRef:v0")], every=2)
    next(steps)  # two events in: those records are already swapped, no signal yet
    states = [(cache.get("VM", f"OpaqueRef:v{n}") or {}).get("power_state") for n in range(6)]
    assert states == ["Halted", "Halted", "Running", "Running", "Running", "Running"] and deltas == []
    paused = 1
    while True:
        try:
            next(steps)
            paused += 1
        except StopIteration as done:
            delta = done.value
            break
    assert paused == 6 and deltas == [delta]  # 7 events, then 6 changed refs compared, a pause every 2
    assert {c.ref for c in delta.changed} == {f"OpaqueRef:v{n}" for n in range(1, 6)}
    assert [r.ref for r in delta.removed] == ["OpaqueRef:v0"] and cache.get("VM", "OpaqueRef:v0") is None
