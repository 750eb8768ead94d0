"""The built-in WLB engine's pure rules (backend_sim/model/wlb.py): the configuration it keeps, and how stars follow
CPU and memory use in each optimisation mode."""

from __future__ import annotations

import pytest

from backend_sim.errors import ApiError
from backend_sim.model import wlb


def test_configuration_defaults_checks_and_keeps_unknown_keys() -> None:
    assert wlb.check_configuration({}) == wlb.DEFAULTS
    kept = wlb.check_configuration({"OptimizationMode": "MaxDensity", "HostCpuThresholdHigh": "60",
                                    "RecentMoveMinutes": "30"})
    assert kept["OptimizationMode"] == "MaxDensity" and kept["HostCpuThresholdHigh"] == "60"
    assert kept["RecentMoveMinutes"] == "30", "keys of a real WLB are kept as it keeps them"
    for bad in ({"OptimizationMode": "Fast"}, {"HostCpuThresholdHigh": "0"}, {"HostCpuThresholdHigh": "101"},
                {"HostMemoryThresholdCritical": "x"}, {"HostCpuThresholdHigh": "97"}):
        with pytest.raises(ApiError) as caught:
            wlb.check_configuration(bad)
        assert caught.value.code == "INVALID_VALUE", bad


def test_max_performance_prefers_headroom() -> None:
    config = wlb.check_configuration({})
    idle, busy, full = wlb.stars_for(0.05, 0.2, config), wlb.stars_for(0.6, 0.5, config), \
        wlb.stars_for(0.9, 0.9, config)
    assert 5.0 >= idle > busy > full > 0
    assert wlb.stars_for(0.99, 0.2, config) < wlb.stars_for(0.90, 0.2, config) / 2, \
        "past the critical CPU threshold a host is a last resort"


def test_max_density_prefers_full_hosts_under_their_thresholds() -> None:
    config = wlb.check_configuration({"OptimizationMode": "MaxDensity"})
    assert wlb.stars_for(0.5, 0.7, config) > wlb.stars_for(0.1, 0.2, config)
    assert wlb.stars_for(0.95, 0.7, config) < wlb.stars_for(0.5, 0.7, config), "over the high threshold: avoided"
    assert all(0.1 <= wlb.stars_for(c / 10, m / 10, config) <= 5.0 for c in range(11) for m in range(11))
