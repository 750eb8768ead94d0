"""What differs between the releases a scenario can simulate: dom0 sizing, Xen overhead, versions.

The course material describes the XCP 1.6 era (a fixed 752 MiB dom0; Xen and dom0 take about
800 MiB of a 2 GiB host); current XCP-ng gives dom0 1 GiB + 5% of the host's RAM, at most 8 GiB.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MiB = 1024 * 1024
GiB = 1024 * MiB


@dataclass(frozen=True)
class Release:
    key: str
    api_version: tuple[int, int]
    software_version: dict[str, str] = field(default_factory=dict)

    def dom0_memory(self, host_memory: int) -> int:
        if self.key == "xcp-1.6":
            return 752 * MiB
        return min(8 * GiB, GiB + (host_memory // 20) // MiB * MiB)

    def xen_overhead(self, host_memory: int) -> int:
        """Xen's heap, frame table and the crash kernel: host.memory_overhead."""
        if self.key == "xcp-1.6":
            return 48 * MiB
        # Crash kernel and Xen's heap (about 384 MiB) plus the frame table, which grows with RAM.
        return 384 * MiB + (host_memory // 128) // MiB * MiB


XCP_NG_83 = Release("xcp-ng-8.3", (2, 21), {
    "product_version": "8.3.0", "product_version_text": "8.3", "product_version_text_short": "8.3",
    "platform_name": "XCP", "platform_version": "3.4.0", "product_brand": "XCP-ng", "build_number": "sim",
    "xapi": "24.19", "xen": "4.17.5", "linux": "4.19.0+1", "xencenter_min": "2.21", "xencenter_max": "2.21",
    "network_backend": "openvswitch", "db_schema": "5.780"})
XCP_16 = Release("xcp-1.6", (1, 10), {
    "product_version": "1.6.10", "product_version_text": "1.6", "product_version_text_short": "1.6",
    "platform_name": "XCP", "platform_version": "1.6.10", "product_brand": "XCP", "build_number": "61002c",
    "xapi": "1.3", "xen": "4.1.3", "linux": "2.6.32.43-0.4.1.xs1.6.10.734.170748xen", "xencenter_min": "1.10",
    "xencenter_max": "1.10", "network_backend": "openvswitch"})

RELEASES = {release.key: release for release in (XCP_NG_83, XCP_16)}
