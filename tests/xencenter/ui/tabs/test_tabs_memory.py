"""Memory tab: a host's stacked bar, one bar per host for a pool, and a VM's ranges."""

from __future__ import annotations

from tabs_support import GIB, MIB, Env, env_fixture  # noqa: F401

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
    assert tab.note.text().startswith("Memory settings are read-only")


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
