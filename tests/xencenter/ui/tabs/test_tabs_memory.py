"""Memory tab: a host's stacked bar, one bar per host for a pool, and a VM's ranges."""

from __future__ import annotations

import asyncio

from tabs_support import GIB, MIB, Env, Runner, arun_fixture, env_fixture  # noqa: F401

from xencenter.ui.tabs.memory import MemoryTab


def memory(env: Env, ref: str) -> MemoryTab:
    env.select(ref)
    env.host.show_tab("memory")
    tab = env.host.tab("memory")
    assert isinstance(tab, MemoryTab)
    return tab


def test_host_bar_has_xen_dom0_each_vm_and_free(env: Env) -> None:
    tab = memory(env, "OpaqueRef:h1")
    [bar] = tab.bars()
    assert [(s.key, s.label, s.amount) for s in bar.segments()] == [
        ("xen", "Xen", 640 * MIB), ("dom0", "Control domain", 2 * GIB), ("OpaqueRef:web", "web01", GIB),
        ("free", "Free", 29 * GIB - 640 * MIB)]
    assert bar.total() == 32 * GIB
    assert "web01: 1 GiB" in bar.accessibleDescription()
    assert tab.hosts[0].summary.text() == "Total 32 GiB, used 3.62 GiB, free 28.38 GiB"
    assert "Xen 640 MiB" in tab.hosts[0].legend.text()
    assert tab.note.text().startswith("A running VM's dynamic range applies at once")
    assert "web01: 1 GiB (balloon target 1 GiB of static maximum 2 GiB)" in bar.toolTip()


def test_host_bar_follows_a_vm_starting(env: Env) -> None:
    tab = memory(env, "OpaqueRef:h1")
    env.lab.change(env.conn, "OpaqueRef:off-m", memory_actual=str(GIB))
    env.lab.change(env.conn, "OpaqueRef:off", power_state="Running", resident_on="OpaqueRef:h1")
    env.lab.change(env.conn, "OpaqueRef:h1", resident_VMs=["OpaqueRef:dom0-1", "OpaqueRef:web", "OpaqueRef:off"])
    keys = [s.key for s in tab.bars()[0].segments()]
    assert keys == ["xen", "dom0", "OpaqueRef:off", "OpaqueRef:web", "free"]  # more than the total: no "other"
    env.lab.change(env.conn, "OpaqueRef:hm1", memory_free=str(20 * GIB))
    assert [(s.key, s.amount) for s in tab.bars()[0].segments()][-2:] == [
        ("other", 8 * GIB - 640 * MIB), ("free", 20 * GIB)]


def test_dom0_falls_back_to_memory_target(env: Env) -> None:
    env.lab.change(env.conn, "OpaqueRef:dom0-2", metrics="OpaqueRef:NULL", memory_target=str(3 * GIB))
    tab = memory(env, "OpaqueRef:h2")
    assert [s.amount for s in tab.bars()[0].segments() if s.key == "dom0"] == [3 * GIB]


def test_pool_has_one_bar_per_host(env: Env) -> None:
    tab = memory(env, "OpaqueRef:pool")
    assert [box.title() for box in tab.hosts if not box.isHidden()] == ["host-a", "host-b"]
    assert [bar.total() for bar in tab.bars()] == [32 * GIB, 16 * GIB]
    env.select("OpaqueRef:h2")
    assert len(tab.bars()) == 1


def test_vm_ranges(env: Env) -> None:
    tab = memory(env, "OpaqueRef:web")
    assert tab.bars() == [] and not tab.vm_box.isHidden()
    values = {key: label.text() for key, label in tab.vm_box.values.items()}
    assert values == {"actual": "1 GiB", "dynamic": "512 MiB – 1 GiB", "static": "256 MiB – 2 GiB",
                      "target": "1 GiB"}
    assert tab.vm_box.bar.total() == 2 * GIB
    tab = memory(env, "OpaqueRef:off")
    assert tab.vm_box.values["actual"].text() == "Not running"


def test_missing_metrics_do_not_crash(env: Env) -> None:
    env.lab.change(env.conn, "OpaqueRef:h1", metrics="OpaqueRef:gone", resident_VMs=["OpaqueRef:ghost"],
                   control_domain="OpaqueRef:NULL")
    env.select("OpaqueRef:pool")
    env.host.show_tab("memory")
    tab = env.host.tab("memory")
    assert isinstance(tab, MemoryTab)
    assert "metrics are missing" in tab.hosts[0].summary.text()


def test_range_editor_explains_the_rules_while_dragging(env: Env) -> None:
    tab = memory(env, "OpaqueRef:web")
    editor = tab.vm_box.editor
    assert editor.values() == (512 * MIB, GIB) and not editor.apply_button.isEnabled()
    assert (editor.low.minimum(), editor.high.maximum()) == (256, 2048)  # the static range bounds the sliders
    assert "Static minimum 256 MiB ≤ dynamic minimum 512 MiB ≤ dynamic maximum 1 GiB ≤ static maximum 2 GiB" \
        in editor.explain.text()
    assert "balloons the running VM" in editor.explain.text()
    editor.set_values(768 * MIB, 1536 * MIB)
    assert editor.values() == (768 * MIB, 1536 * MIB) and editor.apply_button.isEnabled()
    assert "dynamic minimum 768 MiB ≤ dynamic maximum 1.5 GiB" in editor.explain.text()
    editor.set_values(1536 * MIB, GIB)
    assert "cannot be above the dynamic maximum" in editor.problem.text() and not editor.apply_button.isEnabled()
    # More than the host can give: it holds 1 GiB and host-a has 28.38 GiB free; shrink the free memory.
    env.lab.change(env.conn, "OpaqueRef:hm1", memory_free=str(256 * MIB))
    editor.set_values(1792 * MIB, 2 * GIB)
    assert "at most 1.25 GiB now" in editor.problem.text() and not editor.apply_button.isEnabled()
    editor.revert()
    assert editor.values() == (512 * MIB, GIB) and editor.problem.isHidden()


def test_range_editor_follows_the_vm_until_edited(env: Env) -> None:
    tab = memory(env, "OpaqueRef:web")
    editor = tab.vm_box.editor
    env.lab.change(env.conn, "OpaqueRef:web", memory_dynamic_min=str(GIB), memory_dynamic_max=str(2 * GIB))
    assert editor.values() == (GIB, 2 * GIB)
    editor.set_values(GIB, 1536 * MIB)
    env.lab.change(env.conn, "OpaqueRef:web", memory_dynamic_min=str(768 * MIB))
    assert editor.values() == (GIB, 1536 * MIB)  # the user's choice is kept while editing


def test_range_editor_applies_as_an_operation(env: Env, arun: Runner) -> None:
    tab = memory(env, "OpaqueRef:web")
    editor = tab.vm_box.editor
    editor.set_values(768 * MIB, 1536 * MIB)

    async def click() -> None:
        editor.apply_button.click()
        [op] = env.ops.operations()
        await asyncio.wait([asyncio.ensure_future(op.wait())])
        assert op.title == "Changing the memory of web01" and op.refs == ("OpaqueRef:web",)
        assert "not connected" in op.error_text.lower() or op.error is not None  # no server behind the fake lab

    arun(click())
    assert not editor.edited  # back to following the VM, which the server's events will move


def test_range_editor_is_disabled_for_a_suspended_vm(env: Env) -> None:
    env.lab.change(env.conn, "OpaqueRef:web", power_state="Suspended")
    editor = memory(env, "OpaqueRef:web").vm_box.editor
    assert not editor.low.isEnabled() and "running or shut down" in editor.toolTip()
