"""The guest operating system's name as a person reads it, from VM_guest_metrics.os_version.

The guest agent reports a map. Windows agents put "name|system folder|boot device" in `name`
("Microsoft Windows Server 2022 Standard|C:\\Windows|\\Device\\Harddisk0\\Partition2"); Linux agents put the
distribution line ("Debian 4.0", "CentOS release 5.7 (Final)", "Debian GNU/Linux 12 (bookworm)") and also
`distro`, `major`, `minor` and `uname`; some agents send only `distro` and the version numbers.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# How `distro` values are written as names (others are shown capitalised).
DISTRO_NAMES = {"alpine": "Alpine Linux", "centos": "CentOS", "debian": "Debian", "fedora": "Fedora",
                "freebsd": "FreeBSD", "netbsd": "NetBSD", "openbsd": "OpenBSD", "opensuse": "openSUSE",
                "oracle": "Oracle Linux", "ol": "Oracle Linux", "rhel": "Red Hat Enterprise Linux",
                "redhat": "Red Hat Enterprise Linux", "rocky": "Rocky Linux", "almalinux": "AlmaLinux",
                "sles": "SUSE Linux Enterprise Server", "sled": "SUSE Linux Enterprise Desktop",
                "suse": "SUSE Linux", "ubuntu": "Ubuntu", "windows": "Windows", "xe-guest": "Linux",
                "coreos": "CoreOS", "gentoo": "Gentoo", "arch": "Arch Linux", "linux": "Linux"}


def guest_os_name(os_version: Any) -> str | None:
    """The distribution line ("Windows Server 2022", "Debian 12"); None when the agent told nothing usable."""
    if not isinstance(os_version, Mapping):
        return None
    name = " ".join(str(os_version.get("name") or "").split("|", 1)[0].split())
    if name:
        return name
    distro = str(os_version.get("distro") or "").strip()
    if not distro:
        return None
    title = DISTRO_NAMES.get(distro.lower(), distro[:1].upper() + distro[1:])
    if distro.lower() == "windows":
        return title  # Windows versions (10.0 for 2016 to 2025) do not name the product
    major = str(os_version.get("major") or "").strip()
    minor = str(os_version.get("minor") or "").strip()
    version = f"{major}.{minor}" if major and minor else major
    return f"{title} {version}" if version else title
