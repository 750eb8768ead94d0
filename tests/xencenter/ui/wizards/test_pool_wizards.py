"""The pool wizards against the demo simulator's three pools on a manual clock: Add Server to Pool (the spare
host, whose newer CPU is masked to the lab's level, joins the Course lab; a free edition refuses it first), the
same wizard opened by dropping the server on the pool, and New Pool (a name, a master and a member that cannot
join, refused beside it)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from xencenter.core.connection import Connection
from xencenter.core.operation import OperationState
from xencenter.core.pool_join import master_address
from xencenter.ui.wizards.pools import PoolServersPageWidget, TargetPoolPageWidget
from xencenter.ui.wizards.summary import SummaryPageWidget

import wizards_support
from conftest import READY, SimServer, start_sim
from wizards_support import Parts, Sdk, drain, drive, message, node, open_wizard, unnamed_widgets

pytestmark = pytest.mark.gui
parts_fixture = wizards_support.parts_fixture
qloop_fixture = wizards_support.qloop_fixture


@pytest.fixture
def three_pools() -> Iterator[SimServer]:
    """The demo with its Remote site and Spare host pools served too, on a manual clock."""
    server = start_sim("--scenario", "demo", "--manual-clock", pools=3)
    yield server
    server.stop()


def pool_url(server: SimServer, name: str) -> str:
    return next(m[1] for m in map(READY.search, server.extra_lines) if m and m[4].strip() == name)


@pytest.fixture
def connected(qtbot: Any, three_pools: SimServer, parts: Parts) -> Iterator[tuple[Connection, Connection, Sdk]]:
    """The console on the lab and the spare host; an SDK session on the lab."""
    drain(three_pools)
    lab = parts.connect(qtbot, three_pools.url)
    spare = parts.connect(qtbot, pool_url(three_pools, "Spare host"))
    sdk = Sdk(three_pools.url)
    yield lab, spare, sdk
    sdk.close()


def test_master_address_keeps_only_a_port_of_its_own() -> None:
    assert master_address("https://192.0.2.10") == "192.0.2.10"
    assert master_address("https://192.0.2.10:443") == "192.0.2.10"
    assert master_address("http://127.0.0.1:40441") == "127.0.0.1:40441"


def test_the_spare_host_joins_the_lab_masked_to_its_cpu(qtbot: Any, connected: tuple[Connection, Connection, Sdk],
                                                        parts: Parts) -> None:
    lab, spare, sdk = connected
    spare_host = next(ref for ref, _ in spare.cache.items("host"))
    window = open_wizard(qtbot, parts, node(parts, spare, spare_host), "host.add_to_pool")
    assert not unnamed_widgets(window)
    page = window.page
    assert isinstance(page, TargetPoolPageWidget)
    assert message(window, "pool") == "Choose the pool the server joins." and not window.flow.can_next

    sdk.x.pool.apply_edition(sdk.x.pool.get_all()[0], "free")  # refused: a Free pool cannot mask CPUs
    drive(qtbot, sdk, lambda: (lab.cache.get("host", sdk.host("xcp-host1")) or {}).get("edition") == "free")
    page.choose(lab)
    assert "CPU masking" in message(window, "pool") and not window.flow.can_next
    sdk.x.pool.apply_edition(sdk.x.pool.get_all()[0], "xcp-ng")
    drive(qtbot, sdk, lambda: window.flow.can_next)

    assert window.next()
    summary = window.page
    assert isinstance(summary, SummaryPageWidget)
    values = summary.values()
    assert values[:2] == ["xcp-spare", lab.display_name]
    assert "masked to the pool's level" in values[2]
    operation = window.finish()
    drive(qtbot, sdk, lambda: operation.is_finished, attempts=40)
    assert operation.state is OperationState.SUCCEEDED, operation.error_text
    assert sdk.host("xcp-spare") in sdk.x.host.get_all()
    assert spare not in parts.manager.connections(), "the member is seen through the pool now"
    assert lab in parts.manager.connections()


def test_dropping_the_server_on_a_pool_opens_the_wizard_preset(qtbot: Any,
                                                               connected: tuple[Connection, Connection, Sdk],
                                                               parts: Parts) -> None:
    lab, spare, _sdk = connected
    spare_host = next(ref for ref, _ in spare.cache.items("host"))
    parts.window.controller.refresh.flush()
    model = parts.window.controller.model
    host_index = model.index_of(node(parts, spare, spare_host))
    pool_ref = next(ref for ref, _ in lab.cache.items("pool"))
    pool_index = model.index_of(node(parts, lab, pool_ref))
    assert host_index.isValid() and pool_index.isValid()
    data = model.mimeData([host_index])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, pool_index)
    before = len(parts.window.ui.wizards)
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, pool_index)
    qtbot.waitUntil(lambda: len(parts.window.ui.wizards) > before, timeout=5000)
    window = parts.window.ui.wizards[-1]
    assert window.objectName() == "addToPoolWizard"
    assert window.flow.state.target is lab and window.flow.can_next
    window.close()


def test_new_pool_names_the_master_and_refuses_a_member_that_cannot_join(
        qtbot: Any, connected: tuple[Connection, Connection, Sdk], parts: Parts) -> None:
    lab, spare, sdk = connected
    spare_host = next(ref for ref, _ in spare.cache.items("host"))
    window = open_wizard(qtbot, parts, node(parts, spare, spare_host), "pool.new")
    assert not unnamed_widgets(window)
    assert message(window, "name") and not window.flow.can_next, "a pool needs a name"
    window.page.name.setText("Class pool")
    assert window.flow.can_next
    assert window.next()
    page = window.page
    assert isinstance(page, PoolServersPageWidget)
    assert window.flow.state.master is spare, "the selected server is the master"
    assert page.members.count() == 0, "the lab is a pool of three: not offered"
    assert window.flow.can_next
    assert window.next()
    operation = window.finish()
    drive(qtbot, sdk, lambda: operation.is_finished, attempts=20)
    assert operation.state is OperationState.SUCCEEDED, operation.error_text
    qtbot.waitUntil(lambda: spare.display_name == "Class pool", timeout=5000)
    assert lab.display_name == "Course lab"
