"""CPU feature levelling: what lets servers with different CPUs share a pool (the course's "heterogeneous pools").

Each host keeps its CPU's own feature words in `cpu_info` (`features_pv_host`, `features_hvm_host`, and `features`
as read from cpuid) and the pool's level in `features_pv` / `features_hvm`: the features every member has (the
bitwise AND of their words), which is what a guest sees, so that it can move to any member. `pool.cpu_info`
holds the level, the vendor and the pool's CPU and socket counts. A host whose own features exceed the level is
masked; consoles show it.

Joining needs the same CPU vendor; CPUs with other features need the masking the edition licenses
(`restrict_cpu_masking`), else POOL_HOSTS_NOT_HOMOGENEOUS ["CPUs differ"], as xapi answered before levelling
was free. `pool.join_force` skips these checks, as xapi's does.
"""

from __future__ import annotations

from typing import Any

from ..errors import ApiError
from ..store.store import Store

HOMOGENEOUS_ERROR = "POOL_HOSTS_NOT_HOMOGENEOUS"


def parse(words: str) -> list[int]:
    """'17bee3ff-bfebfbff-...' -> [0x17bee3ff, 0xbfebfbff, ...]; an empty or bad string is no features."""
    try:
        return [int(word, 16) for word in words.split("-")] if words else []
    except ValueError:
        return []


def render(values: list[int]) -> str:
    return "-".join(f"{value:08x}" for value in values)


def intersect(*feature_strings: str) -> str:
    """The features all of the given CPUs have."""
    parsed = [parse(text) for text in feature_strings if parse(text)]
    if not parsed:
        return ""
    width = min(len(words) for words in parsed)
    level = [0xFFFFFFFF] * width
    for words in parsed:
        level = [a & b for a, b in zip(level, words, strict=False)]
    return render(level)


def hidden_count(own: str, level: str) -> int:
    """How many of a CPU's own features the pool's level masks."""
    return sum(bin(mine & ~lev).count("1") for mine, lev in zip(parse(own), parse(level), strict=False))


def own_features(cpu_info: dict[str, Any]) -> str:
    return str(cpu_info.get("features_hvm_host") or cpu_info.get("features", ""))


def refresh_pool(store: Store) -> None:
    """Level the pool: pool.cpu_info from its members, each member's guest-visible features set to the level."""
    hosts = list(store.table("host").items())
    pools = list(store.table("pool"))
    if not hosts or not pools:
        return
    level = intersect(*(own_features(record["cpu_info"]) for _ref, record in hosts))
    for ref, record in hosts:
        info = dict(record["cpu_info"])
        own = own_features(info)
        info.update({"features_pv_host": own, "features_hvm_host": own, "features_pv": level,
                     "features_hvm": level})
        if info != record["cpu_info"]:
            store.update("host", ref, {"cpu_info": info})
    first = hosts[0][1]["cpu_info"]
    pool_info = {"cpu_count": str(sum(int(r["cpu_info"].get("cpu_count", 0) or 0) for _ref, r in hosts)),
                 "socket_count": str(sum(int(r["cpu_info"].get("socket_count", 0) or 0) for _ref, r in hosts)),
                 "vendor": str(first.get("vendor", "")), "features_pv": level, "features_hvm": level}
    for pool in pools:
        if store.get("pool", pool)["cpu_info"] != pool_info:
            store.update("pool", pool, {"cpu_info": pool_info})


def check_join(joining: dict[str, Any], pool_cpu: dict[str, Any], masking_licensed: bool) -> None:
    """May a host with `joining` cpu_info join a pool levelled at `pool_cpu`?"""
    if str(joining.get("vendor", "")) != str(pool_cpu.get("vendor", "")):
        raise ApiError(HOMOGENEOUS_ERROR, "CPU vendors differ")
    level = str(pool_cpu.get("features_hvm", ""))
    if level and own_features(joining) != level and not masking_licensed:
        raise ApiError(HOMOGENEOUS_ERROR, "CPUs differ")
