"""CPU levelling's arithmetic and the join rule, without a server."""

from __future__ import annotations

import pytest

from backend_sim.errors import ApiError
from backend_sim.model import cpu_levels

OLD = "17bee3ff-bfebfbff-00000001-2c100800"
NEW = "7ffefbff-bfebfbff-00000121-2c100800"


def test_the_level_is_what_every_cpu_has() -> None:
    assert cpu_levels.intersect(OLD, NEW) == OLD
    assert cpu_levels.intersect(NEW) == NEW
    assert cpu_levels.intersect("", "zz-top") == ""
    assert cpu_levels.hidden_count(NEW, OLD) == bin(0x7FFEFBFF & ~0x17BEE3FF).count("1") + 2  # 0x121 over 0x001
    assert cpu_levels.hidden_count(OLD, OLD) == 0


def test_join_needs_the_vendor_and_licensed_masking_for_other_features() -> None:
    pool = {"vendor": "GenuineIntel", "features_hvm": OLD}
    cpu_levels.check_join({"vendor": "GenuineIntel", "features_hvm_host": NEW}, pool, masking_licensed=True)
    cpu_levels.check_join({"vendor": "GenuineIntel", "features_hvm_host": OLD}, pool, masking_licensed=False)
    with pytest.raises(ApiError) as refused:
        cpu_levels.check_join({"vendor": "GenuineIntel", "features_hvm_host": NEW}, pool, masking_licensed=False)
    assert refused.value.description == ["POOL_HOSTS_NOT_HOMOGENEOUS", "CPUs differ"]
    with pytest.raises(ApiError) as vendor:
        cpu_levels.check_join({"vendor": "AuthenticAMD", "features": OLD}, pool, masking_licensed=True)
    assert vendor.value.description == ["POOL_HOSTS_NOT_HOMOGENEOUS", "CPU vendors differ"]
