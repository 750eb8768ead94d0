"""xapi's data sources for hosts and VMs: names, descriptions, units, bounds, and which are standard.

Standard sources are recorded from the start; the others (latencies, IOPS, error counters) only
once `record_data_source` enables them, as in xcp-rrdd.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .view import GuestState, HostState

INF = math.inf


@dataclass(frozen=True, slots=True)
class DataSource:
    name: str
    description: str
    units: str
    minimum: float = 0.0
    maximum: float = INF
    standard: bool = True
    kind: str = "GAUGE"


def sr_tag(sr_uuid: str) -> str:
    """xcp-rrdd names per-SR sources by the first eight characters of the SR's uuid."""
    return sr_uuid[:8]


def _traffic(prefix: str, interface: str) -> list[DataSource]:
    """Bytes per second each way, and the error counters (not standard), of one network interface."""
    return [
        DataSource(f"{prefix}_rx", f"Bytes per second received on {interface}", "B/s"),
        DataSource(f"{prefix}_tx", f"Bytes per second transmitted on {interface}", "B/s"),
        DataSource(f"{prefix}_rx_errors", f"Receive errors per second on {interface}", "err/s", standard=False),
        DataSource(f"{prefix}_tx_errors", f"Transmit errors per second on {interface}", "err/s", standard=False),
    ]


def guest_sources(guest: GuestState) -> list[DataSource]:
    sources = [DataSource(f"cpu{i}", f"CPU{i} usage", "(fraction)", 0.0, 1.0) for i in range(guest.vcpus)]
    sources += [
        DataSource("memory", "Memory currently allocated to VM", "B"),
        DataSource("memory_target", "Target of VM balloon driver", "B"),
    ]
    if guest.has_agent:
        sources.append(DataSource("memory_internal_free", "Memory used as reported by the guest agent", "KiB"))
    for nic in guest.nics:
        sources += _traffic(f"vif_{nic.device}", f"virtual interface number '{nic.device}'")
    for disk in guest.disks:
        d = disk.device
        sources += [
            DataSource(f"vbd_{d}_read", f"Reads from device '{d}' in bytes per second", "B/s"),
            DataSource(f"vbd_{d}_write", f"Writes to device '{d}' in bytes per second", "B/s"),
            DataSource(f"vbd_{d}_read_latency", f"Reads from device '{d}' in microseconds", "μs",
                       standard=False),
            DataSource(f"vbd_{d}_write_latency", f"Writes to device '{d}' in microseconds", "μs",
                       standard=False),
            DataSource(f"vbd_{d}_iops_read", f"Read requests per second from device '{d}'", "requests/s",
                       standard=False),
            DataSource(f"vbd_{d}_iops_write", f"Write requests per second to device '{d}'", "requests/s",
                       standard=False),
            DataSource(f"vbd_{d}_iops_total", f"I/O requests per second on device '{d}'", "requests/s",
                       standard=False),
        ]
    return sources


def host_sources(host: HostState) -> list[DataSource]:
    sources = [DataSource(f"cpu{i}", f"Physical cpu usage for cpu {i}", "(fraction)", 0.0, 1.0)
               for i in range(host.cpus)]
    sources += [
        DataSource("cpu_avg", "Average physical cpu usage", "(fraction)", 0.0, 1.0),
        DataSource("loadavg", "Domain0 loadavg", "(fraction)"),
        DataSource("memory_total_kib", "Total amount of memory on the host", "KiB"),
        DataSource("memory_free_kib", "Total amount of free memory", "KiB"),
    ]
    for pif in host.pifs:
        sources += _traffic(f"pif_{pif}", f"physical interface {pif}")
    sources += [
        DataSource("pif_aggr_rx", "Bytes per second received on all physical interfaces", "B/s"),
        DataSource("pif_aggr_tx", "Bytes per second sent on all physical interfaces", "B/s"),
    ]
    for sr in host.srs:
        tag = sr_tag(sr)
        sources += [
            DataSource(f"io_throughput_read_{tag}", f"Data read from SR {tag} per second", "MiB/s"),
            DataSource(f"io_throughput_write_{tag}", f"Data written to SR {tag} per second", "MiB/s"),
            DataSource(f"io_throughput_total_{tag}", f"All I/O on SR {tag} per second", "MiB/s"),
            DataSource(f"iops_total_{tag}", f"I/O requests per second on SR {tag}", "requests/s"),
        ]
    if host.cache_sr:  # xcp-rrdd's figures of the IntelliCache SR, named by its whole uuid
        sources += [
            DataSource(f"sr_{host.cache_sr}_cache_size", "Size in bytes of the cache SR", "B"),
            DataSource(f"sr_{host.cache_sr}_cache_hits", "Hits per second of the cache", "hits/s"),
            DataSource(f"sr_{host.cache_sr}_cache_misses", "Misses per second of the cache", "misses/s"),
        ]
    sources += [
        DataSource("running_vcpus", "The total number of running vCPUs", "count"),
        DataSource("running_domains", "The total number of running domains including dom0", "count"),
        DataSource("xapi_memory_usage_kib", "Total memory allocated used by xapi daemon", "KiB"),
        DataSource("xapi_free_memory_kib", "Free memory available to the xapi daemon", "KiB"),
        DataSource("xapi_live_memory_kib", "Live memory used by xapi daemon", "KiB"),
        DataSource("xapi_allocation_kib", "Memory allocation done by the xapi daemon", "KiB"),
        DataSource("xapi_open_fds", "Number of open file descriptors held by xapi", "count"),
        DataSource("pool_session_count", "Number of sessions", "count"),
        DataSource("pool_task_count", "Number of tasks", "count"),
    ]
    return sources
