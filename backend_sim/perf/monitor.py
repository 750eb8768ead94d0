"""The pool's rrdd: one RRD per host and per VM, sampled from the load model every five simulated seconds.

RRDs are made when first needed (a request, a perfmon configuration), each with a year of history
from `history.build`; from then on `sample` feeds them. Work over many objects (making RRDs for a
64-host pool, a sample of 1,000 guests) is sliced: it hands the event loop back every SLICE
seconds, so no other client waits on it for long.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from .history import build, grid_times
from .load import LoadModel, Series
from .rrd import STEP, Rrd
from .sources import DataSource, guest_sources, host_sources
from .view import GuestState, HostState, PerfSource, PoolState

log = logging.getLogger("backend_sim.perf")

SLICE = 0.008  # seconds of work between returns to the event loop
# A pause is a short real sleep, not sleep(0): with sleep(0) the resumed work is queued before the
# callbacks of sockets that became ready meanwhile, and other clients would wait two or three slices.
PAUSE = 0.001
HOST, VM = "host", "vm"


class UnknownObject(LookupError):
    """No host or VM with that uuid has (or can have) an RRD."""


class UnknownSource(LookupError):
    """The object has no data source of that name."""


class Slicer:
    """Hands the event loop back once SLICE seconds of work have gone by (never, when not `enabled`)."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self.mark = time.perf_counter()

    async def pause(self) -> None:
        if self.enabled and time.perf_counter() - self.mark >= SLICE:
            await asyncio.sleep(PAUSE)
            self.mark = time.perf_counter()


@dataclass
class Recorded:
    """Per object: the non-standard sources record_data_source switched on."""

    extra: set[str] = field(default_factory=set)


class Monitor:
    """The RRDs of one pool's hosts and VMs, the load model that feeds them, and the data-source verbs."""

    def __init__(self, source: PerfSource, seed: int) -> None:
        self.source = source
        self.model = LoadModel(seed)
        self.rrds: dict[tuple[str, str], Rrd] = {}
        self.recorded: dict[tuple[str, str], Recorded] = {}
        # Slice long work for other clients' sake. A stepped (manual) clock turns it off: its steps
        # then find every sample complete, so tests see the same rows every time.
        self.slicing = True

    # -- the pool as it is now -----------------------------------------------------------------

    def state(self) -> PoolState:
        """The source's snapshot (the source keeps it while nothing changes)."""
        return self.source.pool_state()

    async def fresh_state(self, slicer: Slicer | None = None) -> PoolState:
        """The snapshot, made again in slices if the pool has changed."""
        return await self.source.pool_state_sliced((slicer or Slicer(self.slicing)).pause)

    @staticmethod
    def _host(state: PoolState, uuid: str) -> HostState | None:
        return next((h for h in state.hosts if h.uuid == uuid), None)

    @staticmethod
    def _guest(state: PoolState, uuid: str) -> GuestState | None:
        return next((g for g in state.guests if g.uuid == uuid), None)

    def sources_for(self, kind: str, uuid: str) -> list[DataSource]:
        """Every source the object offers now (standard or not)."""
        state = self.state()
        if kind == HOST:
            host = self._host(state, uuid)
            if host is not None:
                return host_sources(host)
        else:
            guest = self._guest(state, uuid)
            if guest is not None:
                return guest_sources(guest)
        rrd = self.rrds.get((kind, uuid))
        if rrd is None:
            raise UnknownObject(uuid)
        return list(rrd.sources)

    def _recorded_sources(self, kind: str, uuid: str, offered: Iterable[DataSource]) -> list[DataSource]:
        extra = self.recorded.get((kind, uuid), Recorded()).extra
        return [ds for ds in offered if ds.standard or ds.name in extra]

    # -- making RRDs -------------------------------------------------------------------------

    def rrd(self, kind: str, uuid: str) -> Rrd:
        """The object's RRD, made now (with its history) if it has none yet."""
        rrd = self.rrds.get((kind, uuid))
        if rrd is not None:
            return rrd
        state = self.state()
        if kind == HOST:
            host = self._host(state, uuid)
            if host is None:
                raise UnknownObject(uuid)
            now = self.source.now()
            times = grid_times(now)
            pairs = [(g, self.model.guest(g, times)) for g in state.guests if g.host_uuid == uuid]
            return self._make_host(state, host, pairs, now)
        guest = self._guest(state, uuid)
        if guest is None:
            raise UnknownObject(uuid)
        return self._make_guest(state, guest, None, self.source.now())

    def _make_guest(self, state: PoolState, guest: GuestState, grid: Series | None, now: float) -> Rrd:
        """A guest's RRD with its past up to `now`; `grid` is its series at grid_times(now) if made already."""
        def guest_series(times: np.ndarray, smooth: float) -> Series:
            return self.model.guest(guest, times, smooth)

        rrd = build(self._recorded_sources(VM, guest.uuid, guest_sources(guest)), guest_series, now,
                    min_max=state.vm_min_max, grid=grid)
        self.rrds[(VM, guest.uuid)] = rrd
        return rrd

    def _make_host(self, state: PoolState, host: HostState, pairs: list[tuple[GuestState, Series]],
                   now: float) -> Rrd:
        """A host's RRD with its past up to `now`, from its guests' series at grid_times(now)."""
        model = self.model
        residents = [g for g, _ in pairs]

        def host_series(at: np.ndarray, smooth: float) -> Series:
            return model.host(host, [(g, model.guest(g, at, smooth)) for g in residents], at, smooth,
                              sessions=state.sessions, tasks=state.tasks)

        grid = model.host(host, pairs, grid_times(now), sessions=state.sessions, tasks=state.tasks)
        rrd = build(self._recorded_sources(HOST, host.uuid, host_sources(host)), host_series, now,
                    min_max=True, grid=grid)
        self.rrds[(HOST, host.uuid)] = rrd
        return rrd

    async def prepare(self, keys: Sequence[tuple[str, str]]) -> list[tuple[str, str, Rrd]]:
        """The RRDs of these objects (made where missing, in slices); unknown objects are left out.

        Host by host: its guests' series on the grid serve its RRD and theirs, then are dropped, so a
        64-host pool never holds every guest's two hours of samples at once."""
        slicer = Slicer(self.slicing)
        state = await self.fresh_state(slicer)
        wanted = set(keys)
        now = self.source.now()  # every RRD made here ends at the same instant, on the same grid
        times = grid_times(now)
        for host in state.hosts:
            residents = [g for g in state.guests if g.host_uuid == host.uuid]
            make_host = (HOST, host.uuid) in wanted and (HOST, host.uuid) not in self.rrds
            make_guests = [g for g in residents if (VM, g.uuid) in wanted and (VM, g.uuid) not in self.rrds]
            if not make_host and not make_guests:
                continue
            grids = {}
            for guest in residents if make_host else make_guests:
                grids[guest.uuid] = self.model.guest(guest, times)
                await slicer.pause()
            if make_host:
                self._make_host(state, host, [(g, grids[g.uuid]) for g in residents], now)
                await slicer.pause()
            for guest in make_guests:
                self._make_guest(state, guest, grids[guest.uuid], now)
                await slicer.pause()
        return [(kind, uuid, self.rrds[(kind, uuid)]) for kind, uuid in keys if (kind, uuid) in self.rrds]

    # -- sampling ----------------------------------------------------------------------------

    async def sample(self, t: float) -> None:
        """Feed every RRD the readings of instant t."""
        if not self.rrds:
            return
        slicer = Slicer(self.slicing)
        state = await self.fresh_state(slicer)
        times = np.array([float(t)])
        wanted_hosts = {uuid for kind, uuid in self.rrds if kind == HOST}
        series: dict[str, Series] = {}
        for guest in state.guests:
            if (VM, guest.uuid) in self.rrds or guest.host_uuid in wanted_hosts:
                series[guest.uuid] = self.model.guest(guest, times)
                rrd = self.rrds.get((VM, guest.uuid))
                if rrd is not None:
                    self._follow_devices(VM, guest.uuid, rrd, guest_sources(guest))
                    rrd.update(t, {name: float(values[0]) for name, values in series[guest.uuid].items()})
                await slicer.pause()
        for host in state.hosts:
            rrd = self.rrds.get((HOST, host.uuid))
            if rrd is None or host.uuid not in wanted_hosts:  # made meanwhile: from the next sample on
                continue
            residents = [(g, series[g.uuid]) for g in state.guests if g.host_uuid == host.uuid]
            values = self.model.host(host, residents, times, migrations=state.migrations,
                                     sessions=state.sessions, tasks=state.tasks)
            self._follow_devices(HOST, host.uuid, rrd, host_sources(host))
            rrd.update(t, {name: float(v[0]) for name, v in values.items()})
            await slicer.pause()

    def _follow_devices(self, kind: str, uuid: str, rrd: Rrd, offered: list[DataSource]) -> None:
        """A disk or NIC plugged since the RRD was made starts being recorded (its past unknown)."""
        if len(offered) == len(rrd.sources) and all(ds.name in rrd.index for ds in offered):
            return
        for ds in self._recorded_sources(kind, uuid, offered):
            if ds.name not in rrd.index:
                rrd.add_source(ds)

    async def run(self, then: Callable[[float], Awaitable[None]] | None = None) -> None:
        """Sample on every multiple of the step of the simulated clock, for ever; `then(t)` after each
        sample (perfmon reads the fresh rows)."""
        while True:
            now = self.source.now()
            due = (int(now // STEP) + 1) * STEP
            await self.source.sleep(due - now)
            try:
                await self.sample(due)
                if then is not None:
                    await then(due)
            except Exception:  # one bad sample must not end sampling for the life of the pool
                log.exception("performance sample at %s failed", due)

    # -- data sources (host.get_data_sources and friends) ------------------------------------------

    def data_sources(self, kind: str, uuid: str) -> list[dict[str, object]]:
        offered = self.sources_for(kind, uuid)
        rrd = self.rrds.get((kind, uuid)) or self._try_rrd(kind, uuid)
        records = []
        for ds in offered:
            enabled = rrd is not None and ds.name in rrd.index
            value = rrd.value(ds.name) if enabled and rrd is not None else 0.0
            records.append({"name_label": ds.name, "name_description": ds.description, "enabled": enabled,
                            "standard": ds.standard, "units": ds.units, "min": ds.minimum, "max": ds.maximum,
                            "value": value if np.isfinite(value) else 0.0})
        return records

    def _try_rrd(self, kind: str, uuid: str) -> Rrd | None:
        try:
            return self.rrd(kind, uuid)
        except UnknownObject:
            return None

    def query(self, kind: str, uuid: str, name: str) -> float:
        rrd = self.rrd(kind, uuid)
        if name not in rrd.index:
            raise UnknownSource(name)
        return rrd.value(name)

    def record(self, kind: str, uuid: str, name: str) -> None:
        offered = {ds.name: ds for ds in self.sources_for(kind, uuid)}
        ds = offered.get(name)
        if ds is None:
            raise UnknownSource(name)
        self.recorded.setdefault((kind, uuid), Recorded()).extra.add(name)
        self.rrd(kind, uuid).add_source(ds)

    def forget(self, kind: str, uuid: str, name: str) -> None:
        rrd = self.rrd(kind, uuid)
        if name not in rrd.index:
            raise UnknownSource(name)
        rrd.forget(name)
