"""MACs, bridges and device names: how xapi names the pool's interfaces, unique in the pool."""

from __future__ import annotations

import hashlib
import re
import weakref

from ...store.store import Store

_MAC = re.compile(r"^[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}$")


# -- identity ---------------------------------------------------------------------------------

def is_valid_mac(mac: str) -> bool:
    """xapi's Helpers.is_valid_MAC: six pairs of hex digits separated by colons."""
    return bool(_MAC.match(mac))


def _used_macs(store: Store) -> set[str]:
    return {r["MAC"].lower() for cls in ("VIF", "PIF") for r in store.table(cls).values()}


def _local_unicast(octets: list[int]) -> str:
    octets[0] = (octets[0] | 0x02) & ~0x01  # locally administered, unicast
    return ":".join(f"{b:02x}" for b in octets)


# Per store: the MACs known in use and how many more may be handed out before a full rescan.
# Rescanning on every call made building a 3,000-VM pool quadratic; 46 random bits make a clash
# with a MAC added behind our back (VIF.create with an explicit MAC) vanishingly rare meanwhile.
_KNOWN: weakref.WeakKeyDictionary[Store, tuple[set[str], list[int]]] = weakref.WeakKeyDictionary()
_RESCAN_EVERY = 1024


def new_mac(store: Store) -> str:
    """A random locally administered unicast MAC, unique among the pool's VIFs and PIFs."""
    known = _KNOWN.get(store)
    if known is None or known[1][0] <= 0:
        known = (_used_macs(store), [_RESCAN_EVERY])
        _KNOWN[store] = known
    used, budget = known
    budget[0] -= 1
    while True:
        mac = _local_unicast([store.random.getrandbits(8) for _ in range(6)])
        if mac not in used:
            used.add(mac)
            return mac


def mac_from_seed(device: int, seed: str) -> str:
    """xapi's gen_mac: a VM's `mac_seed` gives each VIF device a stable MAC (MD5 chain)."""
    hashed = hashlib.md5(seed.encode()).digest()
    for _ in range(device * 2):
        hashed = hashlib.md5(hashed).digest()
    second = hashlib.md5(hashed).digest()
    return _local_unicast([hashed[0], hashed[1], hashed[2], hashed[3], second[1], second[2]])


def physical_bridge(device: str) -> str:
    """xapi's bridge naming convention for NICs: eth3 -> xenbr3, anything else -> br<device>."""
    return "xenbr" + device[3:] if device.startswith("eth") else "br" + device


def new_bridge(store: Store) -> str:
    """The first free `xapiN`, as xapi names the bridges of networks it creates."""
    used = {r["bridge"] for r in store.table("network").values()}
    n = 0
    while f"xapi{n}" in used:
        n += 1
    return f"xapi{n}"


def _free_device(store: Store, host: str, stem: str) -> str:
    used = {store.get("PIF", p)["device"] for p in store.get("host", host)["PIFs"]}
    n = 0
    while f"{stem}{n}" in used:
        n += 1
    return f"{stem}{n}"
