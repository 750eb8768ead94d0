"""The simulation toolbar against a real simulator on a manual clock: it shows itself for a simulator, steps,
plays and pauses the simulated clock, shows the simulated time, and says why a control cannot run."""

from __future__ import annotations

import time
from typing import Any

import pytest
from ui_support import Parts, Sdk, drain, parts_fixture, qloop_fixture  # noqa: F401

from xencenter.core.simclock import sim_time_text

pytestmark = pytest.mark.gui



def sim_now(sdk: Sdk) -> float:
    return float(sdk.x.host.call_plugin(sdk.x.host.get_all()[0], "sim", "clock_now", {}))


def test_the_toolbar_steps_plays_and_pauses_the_clock_and_shows_the_time(qtbot: Any, parts: Parts,
                                                                         fresh_sim: Any) -> None:
    drain(fresh_sim)
    bar = parts.window.sim_toolbar
    assert bar.isHidden(), "no simulator connected: no simulation toolbar"
    parts.connect(qtbot, fresh_sim.url)
    qtbot.waitUntil(bar.isVisible, timeout=5000)
    sdk = Sdk(fresh_sim.url)
    try:
        buttons, label = bar.buttons, bar.time_label
        assert label.accessibleName() == "Simulated time"
        for action in buttons.values():
            widget = bar.widgetForAction(action)
            assert widget.objectName() and widget.accessibleName() == action.text()
        start = sim_now(sdk)
        assert "paused" in label.text() and sim_time_text(start) in label.text()
        assert not buttons["sim.pause"].isEnabled()
        assert buttons["sim.pause"].toolTip() == "The simulated clock is already paused."

        bar.widgetForAction(buttons["sim.step_1min"]).click()
        qtbot.waitUntil(lambda: sim_time_text(start + 60) in label.text(), timeout=5000)
        assert sim_now(sdk) == pytest.approx(start + 60, abs=0.001)

        bar.widgetForAction(buttons["sim.play_100x"]).click()
        qtbot.waitUntil(lambda: "running at 100x" in label.text(), timeout=5000)
        assert not buttons["sim.step_10s"].isEnabled()
        assert buttons["sim.step_10s"].toolTip() == "Pause the simulated clock to step it."
        assert buttons["sim.play_100x"].toolTip() == "The simulated clock already runs at 100x."
        shown_before = label.text()
        qtbot.waitUntil(lambda: label.text() != shown_before, timeout=5000)  # the time moves on its own
        assert sim_now(sdk) > start + 60, "the server's clock runs"

        bar.widgetForAction(buttons["sim.pause"]).click()
        qtbot.waitUntil(lambda: "paused" in label.text(), timeout=5000)
        held = sim_now(sdk)
        time.sleep(0.1)
        assert sim_now(sdk) == held, "paused on the server"
        assert sim_time_text(held) in label.text()
        bar.widgetForAction(buttons["sim.step_10s"]).click()
        qtbot.waitUntil(lambda: sim_time_text(held + 10) in label.text(), timeout=5000)
        assert sim_now(sdk) == pytest.approx(held + 10, abs=0.001)
    finally:
        sdk.close()


def test_the_toolbar_follows_a_clock_stepped_by_someone_else(qtbot: Any, parts: Parts, fresh_sim: Any) -> None:
    drain(fresh_sim)
    bar = parts.window.sim_toolbar
    parts.connect(qtbot, fresh_sim.url)
    qtbot.waitUntil(bar.isVisible, timeout=5000)
    sdk = Sdk(fresh_sim.url)
    try:
        sdk.step(3600)
        qtbot.waitUntil(lambda: sim_time_text(sim_now(sdk)) in bar.time_label.text(), timeout=8000)
    finally:
        sdk.close()
