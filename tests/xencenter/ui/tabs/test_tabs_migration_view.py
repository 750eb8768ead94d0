"""The Xen internals tab of a VM during a live migration on a simulator (manual clock): the pre-copy rounds show
while they run, and the finished migration's figures stay, with the source and destination servers."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from ui_support import Parts, Sdk, drain, drive, parts_fixture, qloop_fixture  # noqa: F401

from xencenter.ui.tabs.xen_internals import XenInternalsTab

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def test_the_rounds_show_during_a_xenmotion_and_stay_after(qtbot: Any, parts: Parts, fresh_sim: Any) -> None:
    drain(fresh_sim)
    connection = parts.connect(qtbot, fresh_sim.url)
    sdk = Sdk(fresh_sim.url)
    try:
        x = sdk.x
        web, host2 = sdk.vm("web01"), sdk.host("xcp-host2")
        parts.window.controller.refresh.flush()
        assert parts.window.navigation.select_key(f"{parts.window.controller.key_of(connection)}/{web}")
        host = parts.window.tabs.host
        titles = [host.tabText(i) for i in range(host.count())]
        host.setCurrentIndex(titles.index("Xen internals"))
        tab = host.tab("xen_internals")
        assert isinstance(tab, XenInternalsTab)
        qtbot.waitUntil(lambda: "has not been migrated" in tab.migration.text.text(), timeout=5000)

        task = x.Async.VM.pool_migrate(web, host2, {"live": "true"})
        qtbot.waitUntil(lambda: "Pre-copy round 1 of" in tab.migration.text.text(), timeout=5000)
        assert tab.migration.chart.isVisible() and "xcp-host1 → xcp-host2" in tab.migration.title.text()
        drive(qtbot, sdk, lambda: x.task.get_status(task) == "success")
        qtbot.waitUntil(lambda: tab.migration.text.text().startswith("Done:"), timeout=10000)
        assert "xcp-host1 → xcp-host2" in tab.migration.title.text()
        assert "paused" in tab.migration.text.text()
    finally:
        sdk.close()
