"""Seeded, random-access noise: the same object, source and instant always get the same value.

A counter-based generator (a splitmix64-style mix of seed, key and time index) lets history be
generated for any stretch of time in one vectorised call, and live samples agree with it.
"""

from __future__ import annotations

import hashlib

import numpy as np

_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_TO_UNIT = 1.0 / float(1 << 53)
_SALT = np.uint64(0x5DEECE66D)


def key_of(seed: int, *parts: str) -> int:
    """A stable 64-bit key for one series (an object's data source) under one seed."""
    digest = hashlib.blake2b("\0".join((str(seed), *parts)).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "little")


def _mix(x: np.ndarray) -> np.ndarray:
    # Arrays of uint64 wrap on overflow silently, which is what the mix wants.
    x = (x ^ (x >> np.uint64(30))) * _M1
    x = (x ^ (x >> np.uint64(27))) * _M2
    return x ^ (x >> np.uint64(31))


def _unit(mixed: np.ndarray) -> np.ndarray:
    return (mixed >> np.uint64(11)).astype(np.float64) * _TO_UNIT


def centred(keys: np.ndarray, index: np.ndarray) -> np.ndarray:
    """Bell-shaped values in (-1, 1), mean 0, standard deviation about 0.41 (two uniforms summed):
    one row per key (an array of uint64 series keys), one column per time index."""
    counters = np.atleast_1d(np.asarray(index, dtype=np.int64)).astype(np.uint64)[None, :] * _GOLDEN \
        + np.asarray(keys, dtype=np.uint64)[:, None]
    return _unit(_mix(counters)) + _unit(_mix(counters ^ _SALT)) - 1.0
