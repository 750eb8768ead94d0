"""The console's reading of workload balancing (core/wlb.py): the pool's WLB state, xapi's rating and
recommendation shapes (malformed entries left out), star texts, best-first order, reasons in words."""

from __future__ import annotations

from typing import Any

from xencenter.core.cache import ObjectCache
from xencenter.core.wlb import (
    Rating,
    is_active,
    is_builtin,
    is_configured,
    is_licensed,
    order_by_rating,
    parse_ratings,
    parse_recommendations,
    rated_name,
    reason_text,
    star_glyphs,
    zero_reason_text,
)


def cache_of(pool: dict[str, Any]) -> ObjectCache:
    records = {"p": ("pool", pool),
               "h1": ("host", {"name_label": "host1", "uuid": "u1"}),
               "h2": ("host", {"name_label": "host2", "uuid": "u2"}),
               "vm": ("VM", {"name_label": "web", "resident_on": "h1"})}
    cache = ObjectCache()
    cache.replace_all({"class": cls, "operation": "add", "ref": ref, "snapshot": rec, "id": "1", "timestamp": "0"}
                      for ref, (cls, rec) in records.items())
    return cache


def test_the_pools_wlb_state(qapp: Any) -> None:
    off = cache_of({"wlb_url": "", "wlb_enabled": False, "restrictions": {"restrict_wlb": "false"}})
    assert is_licensed(off) and not is_configured(off) and not is_active(off) and not is_builtin(off)
    paused = cache_of({"wlb_url": "sim://wlb", "wlb_enabled": False, "restrictions": {}})
    assert is_configured(paused) and is_builtin(paused) and not is_active(paused)
    on = cache_of({"wlb_url": "sim://wlb", "wlb_enabled": True, "restrictions": {}})
    assert is_active(on)
    unlicensed = cache_of({"wlb_url": "sim://wlb", "wlb_enabled": True, "restrictions": {"restrict_wlb": "true"}})
    assert not is_licensed(unlicensed) and not is_active(unlicensed)
    appliance = cache_of({"wlb_url": "wlb.example.com:8012", "wlb_enabled": True, "restrictions": {}})
    assert is_active(appliance) and not is_builtin(appliance)


def test_ratings_follow_xapis_shape(qapp: Any) -> None:
    raw = {"h1": ["WLB", "4.5", "1"], "h2": ["WLB", "0.0", "2", "HOST_NOT_ENOUGH_FREE_MEMORY"],
           "h3": ["WLB", "lots", "3"], "h4": ["OTHER", "3.0", "4"], "h5": ["WLB"], "h6": "WLB 2.0",
           "h7": ["WLB", "9.0", "7"]}
    assert parse_ratings(raw) == {"h1": Rating(4.5), "h2": Rating(0.0, "HOST_NOT_ENOUGH_FREE_MEMORY"),
                                  "h7": Rating(5.0)}, "malformed entries are left out, stars kept in 0..5"


def test_recommendations_resolve_host_uuids_and_keep_the_engines_order(qapp: Any) -> None:
    cache = cache_of({"wlb_url": "sim://wlb", "wlb_enabled": True})
    raw = {"vm": ["WLB", "u2", "7", "1", "CPU"], "gone": ["WLB", "u2", "7", "2", "CPU"],
           "vm2": ["WLB", "unknown-host", "7", "3", "CPU"]}
    [move] = parse_recommendations(raw, cache)
    assert (move.vm, move.source, move.target, move.reason, move.opt_id, move.rec_id) == \
        ("vm", "h1", "h2", "CPU", "7", "1")
    assert parse_recommendations({"vm": ["WLB", "h2", "7", "1", "Memory"]}, cache)[0].target == "h2", \
        "a host ref is taken as it is"


def test_star_texts_order_and_reasons(qapp: Any) -> None:
    assert star_glyphs(4.5) == "★★★★★" and star_glyphs(4.4) == "★★★★☆" and star_glyphs(0.0) == "☆☆☆☆☆"
    assert rated_name("host2", Rating(3.6)) == "★★★★☆ host2 (3.6 stars)"
    ratings = {"a": Rating(1.0), "b": Rating(4.0), "c": Rating(0.0, "HOST_DISABLED")}
    assert order_by_rating(["a", "b", "c", "d"], ratings) == ["b", "a", "c", "d"]
    assert zero_reason_text("HOST_DISABLED") == "the server is disabled"
    assert zero_reason_text("SOMETHING_NEW") == "SOMETHING_NEW"
    assert reason_text("CPU") == "CPU use is over the server's threshold" and reason_text("Disk") == "Disk"


def test_wlb_errors_read_as_sentences(qapp: Any) -> None:
    from xencenter.core.errors_text import failure_text
    from xencenter.core.xenapi.errors import XenAPIFailure

    assert failure_text(XenAPIFailure("WLB_DISABLED")) == "Workload balancing is paused for this pool."
    assert failure_text(XenAPIFailure("WLB_URL_INVALID", ["nowhere"])) == \
        "'nowhere' is not a valid workload balancing address (use host:port)."
