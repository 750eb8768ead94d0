"""Shared helpers for the tab tests (imported by name: a conftest here would clash with tests/conftest.py).

`FakeLab` writes a small pool's records straight into a Connection's ObjectCache (no server): two hosts, their
control domains, VMs with metrics and guest metrics, storage with an ISO library and a CD drive, networks with
a bond and a VLAN, and a message. `env` builds the TabHost's collaborators around it.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest
import shiboken6
import XenAPI

# The core tests' helper modules (arun, start_sim, FakePool) are imported by name, like theirs.
CORE_TESTS = Path(__file__).resolve().parents[2] / "core"
if str(CORE_TESTS) not in sys.path:
    sys.path.insert(0, str(CORE_TESTS))

from xencenter.core.commands import CommandRegistry, SelectedItem  # noqa: E402
from xencenter.core.connection import Connection  # noqa: E402
from xencenter.core.manager import ConnectionManager  # noqa: E402
from xencenter.core.operations import OperationList  # noqa: E402
from xencenter.core.servers import MemorySettings, NullSecretStore  # noqa: E402
from xencenter.core.turns import turn_queue  # noqa: E402
from xencenter.ui.tabs import TabHost  # noqa: E402

from core_support import Runner, arun_fixture, drain, eventually, start_sim  # noqa: E402

__all__ = [
    "GIB",
    "MIB",
    "Env",
    "FakeLab",
    "Runner",
    "arun_fixture",
    "commanded_tabs",
    "drain",
    "env_fixture",
    "event",
    "eventually",
    "screen_of",
    "sdk_session",
    "start_sim",
]

GIB = 1024**3
MIB = 1024**2
NULL = "OpaqueRef:NULL"


def event(cls: str, ref: str, record: dict[str, Any] | None, op: str = "mod") -> dict[str, Any]:
    return {"class": cls.lower(), "operation": op, "ref": ref, "snapshot": record, "id": "1",
            "timestamp": "0.0"}


class FakeLab:
    """Records by ref, with their class; `load` replaces the cache, `change`/`add`/`drop` apply a batch."""

    def __init__(self) -> None:
        self.records: dict[str, tuple[str, dict[str, Any]]] = {}
        self._build()

    def put(self, kind: str, ref: str, /, **fields: Any) -> str:
        fields.setdefault("uuid", f"uuid-{ref.split(':')[-1]}")
        self.records[ref] = (kind, fields)
        return ref

    def rec(self, ref: str) -> dict[str, Any]:
        return self.records[ref][1]

    def load(self, conn: Connection) -> None:
        # the cache keeps what it is given: hand it copies, so `change` below is a change it can see
        conn.cache.replace_all(event(cls, ref, dict(rec), "add") for ref, (cls, rec) in self.records.items())
        turn_queue().drain()

    def change(self, conn: Connection, ref: str, **fields: Any) -> None:
        cls, record = self.records[ref]
        record.update(fields)
        conn.cache.apply_events([event(cls, ref, dict(record))])
        turn_queue().drain()  # the console's turn: tabs re-render after a batch through the turn queue

    def add(self, conn: Connection, kind: str, ref: str, /, **fields: Any) -> None:
        self.put(kind, ref, **fields)
        conn.cache.apply_events([event(kind, ref, dict(self.rec(ref)), "add")])
        turn_queue().drain()  # the console's turn: tabs re-render after a batch through the turn queue

    def drop(self, conn: Connection, ref: str) -> None:
        cls, _ = self.records.pop(ref)
        conn.cache.apply_events([event(cls, ref, None, "del")])
        turn_queue().drain()  # the console's turn: tabs re-render after a batch through the turn queue

    def _build(self) -> None:
        self.put("pool", "OpaqueRef:pool", name_label="Lab", name_description="test pool", master="OpaqueRef:h1",
                 default_SR="OpaqueRef:nfs", ha_enabled=False)
        hosts = [("host-a", 32 * GIB, 29 * GIB - 640 * MIB, 640 * MIB, 2 * GIB),  # adds up: 3 GiB + 640 MiB used
                 ("host-b", 16 * GIB, 10 * GIB, 512 * MIB, GIB)]  # 4.5 GiB unaccounted: shown as "other"
        for n, (name, total, free, overhead, dom0) in enumerate(hosts, 1):
            h = f"OpaqueRef:h{n}"
            self.put("host_metrics", f"OpaqueRef:hm{n}", memory_total=str(total), memory_free=str(free), live=True)
            self.put("VM_metrics", f"OpaqueRef:dom0m{n}", memory_actual=str(dom0))
            self.put("VM", f"OpaqueRef:dom0-{n}", name_label=f"Control domain on host: {name}", power_state="Running",
                     is_control_domain=True, is_a_template=False, is_a_snapshot=False, resident_on=h,
                     memory_target=str(dom0), metrics=f"OpaqueRef:dom0m{n}", VBDs=[], VIFs=[])
            self.put("host", h, name_label=name, name_description="Default install", enabled=True,
                     memory_overhead=str(overhead), metrics=f"OpaqueRef:hm{n}", control_domain=f"OpaqueRef:dom0-{n}",
                     resident_VMs=[f"OpaqueRef:dom0-{n}"], address=f"192.0.2.{10 + n}", hostname=name,
                     cpu_info={"cpu_count": "8", "socket_count": "2", "modelname": "Xeon E5-2630"},
                     software_version={"product_brand": "XCP-ng", "product_version_text": "8.3",
                                       "build_number": "test"},
                     other_config={}, PIFs=[], PBDs=[], host_CPUs=[])
        # A running VM on host-a with guest metrics, and a halted one.
        self.put("VM_metrics", "OpaqueRef:web-m", memory_actual=str(GIB), start_time="20260101T00:00:00Z")
        self.put("VM_guest_metrics", "OpaqueRef:web-g", os_version={"name": "Debian 12"},
                 networks={"0/ip": "10.0.0.5", "0/ipv4/0": "10.0.0.5"})
        self.put("VM", "OpaqueRef:web", name_label="web01", name_description="web server", power_state="Running",
                 is_a_template=False, is_a_snapshot=False, is_control_domain=False, resident_on="OpaqueRef:h1",
                 metrics="OpaqueRef:web-m", guest_metrics="OpaqueRef:web-g", memory_static_min=str(256 * MIB),
                 memory_dynamic_min=str(512 * MIB), memory_dynamic_max=str(GIB), memory_static_max=str(2 * GIB),
                 memory_target=str(GIB), VCPUs_at_startup="2", VCPUs_max="4",
                 VBDs=["OpaqueRef:web-disk", "OpaqueRef:web-cd"], VIFs=["OpaqueRef:web-vif"],
                 allowed_operations=[], current_operations={}, other_config={})
        self.rec("OpaqueRef:h1")["resident_VMs"].append("OpaqueRef:web")
        self.put("VM_metrics", "OpaqueRef:off-m", memory_actual="0")
        self.put("VM", "OpaqueRef:off", name_label="offline", power_state="Halted", is_a_template=False,
                 is_a_snapshot=False, is_control_domain=False, resident_on=NULL, metrics="OpaqueRef:off-m",
                 guest_metrics=NULL, memory_dynamic_min=str(GIB), memory_dynamic_max=str(GIB),
                 memory_static_max=str(GIB), VCPUs_at_startup="1", VBDs=[], VIFs=[], other_config={})
        self.put("VM", "OpaqueRef:tpl", name_label="Debian template", power_state="Halted", is_a_template=True,
                 is_a_snapshot=False, is_control_domain=False, resident_on=NULL, metrics=NULL, VBDs=[], VIFs=[],
                 memory_static_max=str(2 * GIB), other_config={})
        # Storage: an NFS SR with the web disk, an ISO library with two ISOs.
        self.put("SR", "OpaqueRef:nfs", name_label="NFS store", type="nfs", content_type="user", shared=True,
                 physical_size=str(100 * GIB), physical_utilisation=str(25 * GIB),
                 virtual_allocation=str(30 * GIB), VDIs=["OpaqueRef:web-vdi"], PBDs=["OpaqueRef:pbd1"])
        self.put("PBD", "OpaqueRef:pbd1", host="OpaqueRef:h1", SR="OpaqueRef:nfs", currently_attached=True)
        self.rec("OpaqueRef:h1")["PBDs"].append("OpaqueRef:pbd1")
        self.put("VDI", "OpaqueRef:web-vdi", name_label="web01 disk", name_description="root", SR="OpaqueRef:nfs",
                 virtual_size=str(20 * GIB), physical_utilisation=str(5 * GIB), read_only=False,
                 VBDs=["OpaqueRef:web-disk"], snapshots=[])
        self.put("VBD", "OpaqueRef:web-disk", VM="OpaqueRef:web", VDI="OpaqueRef:web-vdi", type="Disk",
                 userdevice="0", device="xvda", mode="RW", currently_attached=True, empty=False)
        self.put("SR", "OpaqueRef:iso", name_label="ISO library", type="iso", content_type="iso", shared=True,
                 physical_size="0", physical_utilisation="0", VDIs=["OpaqueRef:iso1", "OpaqueRef:iso2"], PBDs=[])
        for n, name in ((1, "debian.iso"), (2, "alpine.iso")):
            self.put("VDI", f"OpaqueRef:iso{n}", name_label=name, SR="OpaqueRef:iso", virtual_size=str(600 * MIB),
                     read_only=True, VBDs=[], snapshots=[])
        self.put("VBD", "OpaqueRef:web-cd", VM="OpaqueRef:web", VDI=NULL, type="CD", userdevice="3",
                 device="xvdd", mode="RO", currently_attached=True, empty=True,
                 allowed_operations=["insert"], current_operations={})
        # Networking: eth0 (management), a bond of eth1+eth2, a VLAN 10 on eth0.
        self.put("network", "OpaqueRef:net0", name_label="Management", bridge="xenbr0", MTU="1500",
                 PIFs=["OpaqueRef:eth0"], VIFs=["OpaqueRef:web-vif"], other_config={})
        self.put("network", "OpaqueRef:netb", name_label="Bonded", bridge="xapi1", MTU="9000",
                 PIFs=["OpaqueRef:bond0"], other_config={})
        self.put("network", "OpaqueRef:net10", name_label="VLAN 10", bridge="xapi2", MTU="1500",
                 PIFs=["OpaqueRef:vlan10"], other_config={})
        self.put("network", "OpaqueRef:hidden", name_label="Host internal", bridge="xenapi", MTU="1500", PIFs=[],
                 other_config={"is_host_internal_management_network": "true"})
        for dev, carrier in (("eth0", True), ("eth1", True), ("eth2", False)):
            self.put("PIF_metrics", f"OpaqueRef:{dev}-m", carrier=carrier, speed="1000", duplex=True,
                     vendor_name="Intel", device_name="I350")
        self.put("PIF", "OpaqueRef:eth0", device="eth0", host="OpaqueRef:h1", network="OpaqueRef:net0",
                 MAC="aa:00:00:00:00:00", VLAN="-1", physical=True, currently_attached=True, management=True,
                 IP="192.0.2.11", metrics="OpaqueRef:eth0-m", bond_master_of=[], bond_slave_of=NULL,
                 VLAN_master_of=NULL)
        for dev in ("eth1", "eth2"):
            self.put("PIF", f"OpaqueRef:{dev}", device=dev, host="OpaqueRef:h1", network=NULL,
                     MAC=f"aa:00:00:00:00:0{dev[-1]}", VLAN="-1", physical=True, currently_attached=False,
                     metrics=f"OpaqueRef:{dev}-m", bond_master_of=[], bond_slave_of="OpaqueRef:bond",
                     VLAN_master_of=NULL)
        self.put("Bond", "OpaqueRef:bond", master="OpaqueRef:bond0", slaves=["OpaqueRef:eth1", "OpaqueRef:eth2"])
        self.put("PIF", "OpaqueRef:bond0", device="bond0", host="OpaqueRef:h1", network="OpaqueRef:netb",
                 MAC="aa:00:00:00:00:01", VLAN="-1", physical=False, currently_attached=True, metrics=NULL,
                 bond_master_of=["OpaqueRef:bond"], bond_slave_of=NULL, VLAN_master_of=NULL)
        self.put("VLAN", "OpaqueRef:vlan", tagged_PIF="OpaqueRef:eth0", untagged_PIF="OpaqueRef:vlan10", tag="10")
        self.put("PIF", "OpaqueRef:vlan10", device="eth0", host="OpaqueRef:h1", network="OpaqueRef:net10",
                 MAC="aa:00:00:00:00:00", VLAN="10", physical=False, currently_attached=True, metrics=NULL,
                 bond_master_of=[], bond_slave_of=NULL, VLAN_master_of="OpaqueRef:vlan")
        self.rec("OpaqueRef:h1")["PIFs"] += ["OpaqueRef:eth0", "OpaqueRef:eth1", "OpaqueRef:eth2",
                                             "OpaqueRef:bond0", "OpaqueRef:vlan10"]
        self.put("VIF", "OpaqueRef:web-vif", device="0", VM="OpaqueRef:web", network="OpaqueRef:net0",
                 MAC="52:54:00:00:00:01", currently_attached=True)
        self.put("message", "OpaqueRef:msg1", name="VM_STARTED", priority="5", cls="VM",
                 obj_uuid="uuid-web", timestamp="20260102T10:00:00Z", body="web01 started")


@contextlib.contextmanager
def sdk_session(sim: Any, originator: str = "pytest-tabs") -> Iterator[Any]:
    """The official SDK logged in to `sim`: an independent reader and driver of the expected figures."""
    session = XenAPI.Session(sim.url)
    session.xenapi.login_with_password(sim.user, sim.password, "2.16", originator)
    try:
        yield session.xenapi
    finally:
        session.xenapi.session.logout()
        session("close")()


T = TypeVar("T")


@dataclass
class Env:
    conn: Connection
    lab: FakeLab
    ops: OperationList
    manager: ConnectionManager
    commands: CommandRegistry
    host: TabHost

    def item(self, ref: str) -> SelectedItem:
        cls = self.conn.cache.class_of(ref) or self.lab.records.get(ref, ("VM", {}))[0]
        return SelectedItem(self.conn, cls, ref)

    def select(self, *refs: str) -> None:
        self.host.set_selection([self.item(ref) for ref in refs])

    def open_tab(self, ref: str, kind: type[T]) -> T:
        """Select `ref` and show the tab of class `kind`."""
        self.select(ref)
        key = kind.KEY  # type: ignore[attr-defined]
        self.host.show_tab(key)
        tab = self.host.tab(key)
        assert isinstance(tab, kind)
        return tab


@pytest.fixture(name="env")
def env_fixture(qtbot: Any) -> Iterator[Env]:
    conn = Connection("http://lab.test", "root", name="Lab")
    lab = FakeLab()
    lab.load(conn)
    ops = OperationList()
    manager = ConnectionManager(MemorySettings(), NullSecretStore())
    commands = CommandRegistry()
    host = TabHost(manager, ops, commands)
    qtbot.addWidget(host)
    host.resize(900, 600)
    host.show()
    yield Env(conn, lab, ops, manager, commands, host)
    if shiboken6.isValid(host):  # a test's event loop may already have run qtbot's deferred delete
        host.close()


def commanded_tabs(qtbot: Any, width: int = 1000, height: int = 700) -> tuple[TabHost, OperationList]:
    """A shown TabHost whose buttons run commands as the window's CommandActions do: on the current selection,
    in the background, asking through the dialogs' CommandUi."""
    from xencenter.core.asyncutil import spawn
    from xencenter.core.commands import CommandContext
    from xencenter.ui.commandui import DialogCommandUi

    ops = OperationList()
    registry, manager = CommandRegistry(), ConnectionManager(MemorySettings(), NullSecretStore())

    def run_command(command_id: str, argument: Any = None) -> Any:
        context = CommandContext(host.selection(), ops, DialogCommandUi(), manager, argument)
        return spawn(registry.run(command_id, context))

    host = TabHost(manager, ops, registry, run_command=run_command)
    qtbot.addWidget(host)
    host.resize(width, height)
    host.show()
    return host, ops


def screen_of(image: Any) -> Any:
    """A console view's QImage (Format_RGB32) as a (height, width) array of 0xRRGGBB pixels."""
    import numpy as np

    bits = np.frombuffer(image.constBits(), dtype=np.uint32, count=image.width() * image.height())
    return bits.reshape(image.height(), image.width()) & 0xFFFFFF

