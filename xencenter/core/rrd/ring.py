"""Ring: a fixed number of the newest (time, value) samples, readable as one contiguous numpy slice.

Each sample is written twice, at i and i + N of 2N-long arrays, so the newest N samples are always the slice
[i + 1 - count + N ...]: no copy and no np.roll per update (style §5). Times only move forward: a sample not
newer than the last one is a repeat from an overlapping reply and is skipped.
"""

from __future__ import annotations

import numpy as np

from .xport import FloatArray


class Ring:
    def __init__(self, capacity: int) -> None:
        if capacity <= 0:
            raise ValueError("a ring needs room for at least one sample")
        self.capacity = capacity
        self._times = np.full(2 * capacity, np.nan)
        self._values = np.full(2 * capacity, np.nan)
        self._next = 0  # where the next sample goes (0 <= _next < capacity)
        self.count = 0

    @property
    def last_time(self) -> float:
        return float(self._times[self._next - 1 + self.capacity]) if self.count else float("-inf")

    def extend(self, times: FloatArray, values: FloatArray) -> int:
        """Append the samples newer than the last one (times ascending); returns how many were kept."""
        newer = times > self.last_time
        if not newer.all():
            times, values = times[newer], values[newer]
        n = len(times)
        if n == 0:
            return 0
        if n > self.capacity:
            times, values, n = times[-self.capacity:], values[-self.capacity:], self.capacity
        slots = (self._next + np.arange(n)) % self.capacity
        for offset in (0, self.capacity):
            self._times[slots + offset] = times
            self._values[slots + offset] = values
        self._next = int((self._next + n) % self.capacity)
        self.count = min(self.capacity, self.count + n)
        return n

    def replace(self, times: FloatArray, values: FloatArray) -> None:
        """Forget everything and hold these samples (a whole archive from a dump)."""
        self._times.fill(np.nan)
        self._values.fill(np.nan)
        self._next = 0
        self.count = 0
        self.extend(times, values)

    def _window(self) -> slice:
        end = self._next + self.capacity
        return slice(end - self.count, end)

    def times(self) -> FloatArray:
        """The held times, oldest first (a view: valid until the next write)."""
        return self._times[self._window()]

    def values(self) -> FloatArray:
        return self._values[self._window()]
