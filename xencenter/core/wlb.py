"""Workload balancing (WLB) as the console reads it: the pool's WLB state, star ratings for placing a VM
(`VM.retrieve_wlb_recommendations`), the pool's optimisation recommendations (`pool.retrieve_wlb_recommendations`)
and WlbRatings, which fetches ratings in the background for the Start On / Migrate menus.

xapi's shapes: host ref -> ["WLB", stars, rec id] or ["WLB", "0.0", rec id, reason]; VM ref -> ["WLB", host uuid,
opt id, rec id, reason]. The simulator answers these itself when the pool's WLB URL is "sim://wlb" (its built-in
engine); the console then says the advice is the simulator's own.

Signals (WlbRatings):
    rated(str): a VM ref whose ratings arrived (read them with `ratings(...)`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from .asyncutil import spawn
from .cache import ObjectCache
from .connection import Connection
from .licensing import restricted
from .xenapi.errors import XenAPIError

log = logging.getLogger("xencenter.wlb")

BUILTIN_URL = "sim://wlb"  # the simulator's built-in engine (backend_sim/model/wlb.py)
MAX_STARS = 5
MAX_PERFORMANCE, MAX_DENSITY = "MaxPerformance", "MaxDensity"  # WLB's optimisation modes


@dataclass(frozen=True)
class Rating:
    """How well a host suits a VM: 0.0-5.0 stars; `reason` (xapi's error code) when it cannot take it."""

    stars: float
    reason: str | None = None


@dataclass(frozen=True)
class Recommendation:
    """One move of an optimisation: `vm` from `source` to `target` (host refs), and why."""

    vm: str
    source: str
    target: str
    reason: str
    opt_id: str
    rec_id: str


def pool_record(cache: ObjectCache) -> dict[str, Any]:
    for _ref, record in cache.items("pool"):
        return dict(record)
    return {}


def is_licensed(cache: ObjectCache) -> bool:
    return not restricted(cache, "restrict_wlb")


def is_configured(cache: ObjectCache) -> bool:
    return bool(pool_record(cache).get("wlb_url"))


def is_active(cache: ObjectCache) -> bool:
    """Ratings can be asked: licensed, initialised and enabled (else xapi answers WLB_NOT_INITIALIZED/DISABLED)."""
    pool = pool_record(cache)
    return is_licensed(cache) and bool(pool.get("wlb_url")) and bool(pool.get("wlb_enabled"))


def is_builtin(cache: ObjectCache) -> bool:
    return str(pool_record(cache).get("wlb_url", "")).lower() == BUILTIN_URL


def parse_ratings(raw: Mapping[str, Any]) -> dict[str, Rating]:
    """xapi's answer as host ref -> Rating; malformed entries (a WLB that answers oddly) are left out."""
    ratings: dict[str, Rating] = {}
    for host, rec in raw.items():
        values = [str(v) for v in rec] if isinstance(rec, list | tuple) else []
        if len(values) < 3 or values[0] != "WLB":
            continue
        try:
            stars = max(0.0, min(float(MAX_STARS), float(values[1])))
        except ValueError:
            continue
        reason = values[3] if len(values) > 3 and stars == 0 else None
        ratings[str(host)] = Rating(stars, reason)
    return ratings


def parse_recommendations(raw: Mapping[str, Any], cache: ObjectCache) -> list[Recommendation]:
    """xapi's answer as moves, in the engine's order (rec id); moves naming unknown VMs or hosts are left out."""
    by_uuid = {str(record.get("uuid")): ref for ref, record in cache.items("host")}
    moves: list[Recommendation] = []
    for vm, rec in raw.items():
        values = [str(v) for v in rec] if isinstance(rec, list | tuple) else []
        vm_record = cache.get("VM", str(vm))
        if len(values) < 5 or values[0] != "WLB" or vm_record is None:
            continue
        target = by_uuid.get(values[1], values[1] if cache.get("host", values[1]) is not None else "")
        if not target:
            continue
        moves.append(Recommendation(str(vm), str(vm_record.get("resident_on", "")), target, values[4], values[2],
                                    values[3]))
    return sorted(moves, key=lambda m: (int(m.rec_id) if m.rec_id.isdigit() else 0, m.vm))


def star_glyphs(stars: float) -> str:
    """Five glyphs, whole stars rounded to the nearest: "★★★★☆"."""
    full = min(MAX_STARS, max(0, int(stars + 0.5)))
    return "★" * full + "☆" * (MAX_STARS - full)


def rated_name(name: str, rating: Rating) -> str:
    """A menu entry's text: "★★★★☆ host2 (4.5 stars)"."""
    return QCoreApplication.translate("Wlb", "{0} {1} ({2} stars)").format(
        star_glyphs(rating.stars), name, f"{rating.stars:.1f}")


def order_by_rating(hosts: list[str], ratings: Mapping[str, Rating]) -> list[str]:
    """Best first, as XenCenter lists them; unrated hosts keep their place after the rated ones."""
    rated = sorted((h for h in hosts if h in ratings), key=lambda h: -ratings[h].stars)
    return rated + [h for h in hosts if h not in ratings]


def reason_text(reason: str) -> str:
    """An optimisation reason in words (WLB's own word when it is not one the console knows)."""
    known = {"CPU": QCoreApplication.translate("Wlb", "CPU use is over the server's threshold"),
             "Memory": QCoreApplication.translate("Wlb", "Memory use is over the server's threshold"),
             "Consolidate": QCoreApplication.translate("Wlb", "Consolidation")}
    return known.get(reason, reason)


def zero_reason_text(code: str) -> str:
    """Why a host got no stars (WLB passes xapi's error code) in words; an unknown code as it is."""
    known = {"HOST_NOT_ENOUGH_FREE_MEMORY": QCoreApplication.translate("Wlb", "not enough free memory"),
             "HOST_DISABLED": QCoreApplication.translate("Wlb", "the server is disabled"),
             "HOST_OFFLINE": QCoreApplication.translate("Wlb", "the server is not reachable"),
             "VM_REQUIRES_SR": QCoreApplication.translate("Wlb", "the VM's storage cannot be reached from it"),
             "VM_REQUIRES_NETWORK": QCoreApplication.translate("Wlb", "the VM's network cannot be reached from it"),
             "VM_HVM_REQUIRED": QCoreApplication.translate("Wlb", "it lacks hardware virtualization")}
    return known.get(code, code)


Key = tuple[Connection, str]  # connection, VM ref


class WlbRatings(QObject):
    """Star ratings per (connection, VM), fetched as asyncio tasks (network I/O awaited on the event loop, never
    blocking the GUI); asking again after the cache changed fetches them anew."""

    rated = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._answers: dict[Key, tuple[int, dict[str, Rating]]] = {}
        self._asking: dict[Key, tuple[int, asyncio.Task[None]]] = {}

    def ratings(self, connection: Connection, vm: str) -> dict[str, Rating] | None:
        """The last ratings fetched for the VM (perhaps from an earlier generation: `ask` fetches them anew)."""
        found = self._answers.get((connection, vm))
        return found[1] if found is not None else None

    def ask(self, connection: Connection, vm: str) -> bool:
        """Fetch the VM's ratings unless they are known or being fetched for this generation; True if started."""
        if not connection.is_connected or not is_active(connection.cache):
            return False
        key = (connection, vm)
        generation = connection.cache.generation
        known = self._answers.get(key)
        if known is not None and known[0] == generation:
            return False
        asking = self._asking.get(key)
        if asking is not None and asking[0] == generation and not asking[1].done():
            return False
        self._asking[key] = (generation, spawn(self._fetch(key, generation), name=f"wlb ratings {vm}", owner=self))
        return True

    async def _fetch(self, key: Key, generation: int) -> None:
        connection, vm = key
        client = connection.client
        try:
            if client is None:
                return
            raw = await client.call("VM.retrieve_wlb_recommendations", vm)
        except XenAPIError as exc:  # WLB off meanwhile, or the network: the menu keeps plain names
            log.info("no WLB ratings for %s: %s", vm, exc)
            return
        finally:
            if self._asking.get(key, (None,))[0] == generation:
                del self._asking[key]
        self._answers[key] = (generation, parse_ratings(dict(raw or {})))
        self.rated.emit(vm)

    def pending(self) -> int:
        return sum(1 for _, task in self._asking.values() if not task.done())

    def forget(self, connection: Connection) -> None:
        for key in [key for key in self._answers if key[0] is connection]:
            del self._answers[key]
