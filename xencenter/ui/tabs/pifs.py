"""Naming and reading PIFs (physical NICs, bonds, VLANs) the way XenCenter shows them."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...core.cache import Record
from ...core.objects import as_int
from . import fmt
from .deps import Tracker

_ETH = re.compile(r"^eth(\d+)$")


def nic_number(device: str) -> str:
    match = _ETH.match(device)
    return match.group(1) if match else device


def nic_name(tracker: Tracker, pif: Record) -> str:
    """ "NIC 0", "Bond 2+3", or the device name; VLAN PIFs are named after their tagged NIC."""
    bond = tracker.record("Bond", (pif.get("bond_master_of") or [None])[0])
    if bond is not None:
        slaves = [tracker.record("PIF", ref) for ref in bond.get("slaves") or ()]
        numbers = sorted((nic_number(str(s.get("device", ""))) for s in slaves if s is not None),
                         key=lambda n: (len(n), n))
        return QCoreApplication.translate("Tabs", "Bond {0}").format("+".join(numbers))
    vlan = tracker.record("VLAN", pif.get("VLAN_master_of"))
    if vlan is not None:
        tagged = tracker.record("PIF", vlan.get("tagged_PIF"))
        if tagged is not None:
            return nic_name(tracker, tagged)
    device = str(pif.get("device", ""))
    match = _ETH.match(device)
    return QCoreApplication.translate("Tabs", "NIC {0}").format(match.group(1)) if match else device or fmt.unknown()


def vlan_text(pif: Record | None) -> str:
    tag = as_int(pif.get("VLAN"), -1) if pif is not None else -1
    return str(tag) if tag >= 0 else "-"


def host_pifs(tracker: Tracker, host_ref: str) -> list[tuple[str, Record]]:
    host = tracker.get("host", host_ref)
    found = []
    for ref in (host.get("PIFs") or ()) if host is not None else ():
        pif = tracker.record("PIF", ref)
        if pif is not None:
            found.append((str(ref), pif))
    return found


def pif_metrics(tracker: Tracker, pif: Record) -> Record | None:
    return tracker.record("PIF_metrics", pif.get("metrics"))


def speed_text(metrics: Any) -> str:
    speed = as_int(metrics.get("speed"), 0) if metrics is not None else 0
    return QCoreApplication.translate("Tabs", "{0} Mbit/s").format(speed) if speed > 0 else fmt.unknown()
