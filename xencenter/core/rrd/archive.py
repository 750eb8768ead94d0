"""Archives of performance series per object and data source, at xapi's four resolutions.

xapi keeps 5 s x 120 (10 minutes), 1 min x 120 (2 hours), 1 h x 168 (a week) and 1 day x 366 (a year) per
host and VM. The store keeps the same per object it is asked to keep (the watched ones), fed from whole RRD dumps
and from `/rrd_updates` replies of the matching step.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from .dump import RrdDump
from .ring import Ring
from .xport import FloatArray, Xport


class Resolution(enum.Enum):
    FIVE_SECONDS = (5, 120)
    MINUTE = (60, 120)
    HOUR = (3600, 168)
    DAY = (86400, 366)

    @property
    def step(self) -> int:
        return self.value[0]

    @property
    def rows(self) -> int:
        return self.value[1]

    @property
    def span(self) -> int:
        """Seconds of history the archive covers."""
        return self.step * self.rows

    @classmethod
    def for_step(cls, step: int) -> Resolution:
        """The archive with this step (an xport's step), or the nearest coarser one."""
        return next((r for r in cls if r.step >= step), cls.DAY)

    @classmethod
    def covering(cls, seconds: float) -> Resolution:
        """The finest archive that still holds `seconds` of history (the coarsest when none does)."""
        return next((r for r in cls if r.span >= seconds), cls.DAY)


@dataclass(frozen=True)
class ObjectKey:
    """An object as the RRD handlers name it: kind ("host", "vm", "sr") and uuid."""

    kind: str
    uuid: str


class ObjectArchive:
    """The series of one object: one ring per (resolution, data source)."""

    def __init__(self) -> None:
        self._rings: dict[tuple[Resolution, str], Ring] = {}
        self.sources: set[str] = set()

    def ring(self, resolution: Resolution, source: str) -> Ring:
        ring = self._rings.get((resolution, source))
        if ring is None:
            ring = self._rings[(resolution, source)] = Ring(resolution.rows)
            self.sources.add(source)
        return ring

    def existing(self, resolution: Resolution, source: str) -> Ring | None:
        return self._rings.get((resolution, source))


EMPTY: FloatArray = np.empty(0)
CPU = re.compile(r"^cpu\d+$")


class ArchiveStore:
    """Archives for the watched objects of one connection (AVERAGE unless another CF is asked for)."""

    def __init__(self, cf: str = "AVERAGE") -> None:
        self.cf = cf
        self._objects: dict[ObjectKey, ObjectArchive] = {}

    def keep(self, key: ObjectKey) -> ObjectArchive:
        archive = self._objects.get(key)
        if archive is None:
            archive = self._objects[key] = ObjectArchive()
        return archive

    def drop(self, key: ObjectKey) -> None:
        self._objects.pop(key, None)

    def reset(self) -> None:
        """Forget every sample, keeping the same objects (the server's clock went back: a new server)."""
        self._objects = {key: ObjectArchive() for key in self._objects}

    def kept(self) -> frozenset[ObjectKey]:
        return frozenset(self._objects)

    def get(self, key: ObjectKey) -> ObjectArchive | None:
        return self._objects.get(key)

    def sources(self, key: ObjectKey) -> list[str]:
        archive = self._objects.get(key)
        return sorted(archive.sources) if archive is not None else []

    def series(self, key: ObjectKey, source: str, resolution: Resolution) -> tuple[FloatArray, FloatArray]:
        """(times, values) held for that series, oldest first; empty arrays when none. A VM has no `cpu_avg` in
        xapi: it is derived here as the mean of its vCPUs (their samples share times)."""
        archive = self._objects.get(key)
        if archive is None:
            return EMPTY, EMPTY
        ring = archive.existing(resolution, source)
        if ring is not None:
            return ring.times(), ring.values()
        if source == "cpu_avg":
            return self._cpu_mean(archive, resolution)
        return EMPTY, EMPTY

    @staticmethod
    def _cpu_mean(archive: ObjectArchive, resolution: Resolution) -> tuple[FloatArray, FloatArray]:
        rings = [r for s in archive.sources if CPU.match(s) and (r := archive.existing(resolution, s)) is not None]
        if not rings:
            return EMPTY, EMPTY
        length = min(r.count for r in rings)
        if length == 0:
            return EMPTY, EMPTY
        times = rings[0].times()[-length:]
        stacked = np.vstack([r.values()[-length:] for r in rings])
        return times, stacked.mean(axis=0)

    def merge(self, xport: Xport, only: Iterable[ObjectKey] | None = None) -> int:
        """Add a reply's rows to the archive of its step, for the kept objects (or `only` those); returns the
        number of series that gained samples."""
        resolution = Resolution.for_step(xport.step)
        wanted = set(self._objects) if only is None else set(only) & set(self._objects)
        grown = 0
        for i, column in enumerate(xport.columns):
            if column.cf != self.cf:
                continue
            key = ObjectKey(column.kind, column.uuid)
            if key not in wanted:
                continue
            ring = self._objects[key].ring(resolution, column.name)
            if ring.extend(xport.times, xport.values[:, i]):
                grown += 1
        return grown

    def load_dump(self, key: ObjectKey, dump: RrdDump) -> None:
        """Replace the object's archives with a whole RRD (each rra of our CF into the archive of its step)."""
        archive = self.keep(key)
        for rra in dump.archives:
            if rra.cf != self.cf:
                continue
            resolution = Resolution.for_step(rra.step)
            if resolution.step != rra.step:
                continue  # an archive xapi does not keep: nothing to show it in
            for i, source in enumerate(dump.sources):
                archive.ring(resolution, source).replace(rra.times, rra.values[:, i])
