"""What each element of the Xen architecture is, in two sentences, in the course's terms (translated).

The course (Galician) calls guests domains (dominios), the privileged one dom0 or the controller domain, the others
domU; Xen runs in ring 0 (anel 0), domains in ring 1 and their applications in ring 3; dom0 holds the real drivers
and the backends, each domU a generic frontend per device (netback/netfront, blockback/blockfront).
"""

from __future__ import annotations

from .i18n import LazyText

EXPLANATIONS: dict[str, LazyText] = {
    "cpu": LazyText("XenInternals", "The physical processors, shared among the domains by the Xen hypervisor, which "
                                    "schedules their virtual CPUs. Intel VT-x or AMD-V (hardware virtualization, "
                                    "enabled in the BIOS) is what lets a host run HVM guests such as Windows."),
    "ram": LazyText("XenInternals", "The physical memory: Xen keeps a little for itself and hands the rest out to "
                                    "dom0 and the guests. Each domain only sees the pages Xen gave it."),
    "nic": LazyText("XenInternals", "A physical network card of the host. Only dom0 drives it, with the real driver; "
                                    "the guests reach it through netback and a bridge."),
    "disk": LazyText("XenInternals", "Storage the host reaches (a local disk, or NFS/iSCSI over the network). dom0 "
                                     "accesses it with the real drivers; guests see only virtual disks."),
    "xen": LazyText("XenInternals", "The Xen hypervisor: a very thin layer that runs in ring 0, the most privileged, "
                                    "and starts first. It manages the CPUs, memory and interrupts, and leaves disk "
                                    "and network input/output to dom0."),
    "dom0": LazyText("XenInternals", "Domain 0, the controller domain: the first domain started after the hypervisor, "
                                     "privileged to access the hardware directly with the real drivers. It runs the "
                                     "backends for the other domains and the toolstack this console talks to."),
    "driver": LazyText("XenInternals", "A real device driver inside dom0, the only domain that talks to this "
                                       "hardware. The backends pass the guests' requests on to it."),
    "blkback": LazyText("XenInternals", "The disk backend (blockback) in dom0 for one virtual disk of a guest. It "
                                        "takes the requests its frontend puts on the shared ring and performs them "
                                        "on the real storage."),
    "netback": LazyText("XenInternals", "The network backend in dom0 for one virtual NIC of a guest. It moves "
                                        "packets between the shared rings and a bridge on the real network card."),
    "qemu": LazyText("XenInternals", "qemu-dm, the device model in dom0 for an HVM guest without PV drivers. It "
                                     "emulates real-looking hardware (an IDE disk, a network card), which is slower "
                                     "than the split drivers."),
    "domu_pv": LazyText("XenInternals", "A paravirtualized guest (domU): its kernel knows it runs on Xen, in ring 1, "
                                        "with its applications in ring 3. It has no real drivers: its frontends talk "
                                        "to dom0's backends."),
    "domu_hvm": LazyText("XenInternals", "A fully virtualized (HVM) guest (domU): thanks to VT-x/AMD-V its unmodified "
                                         "kernel runs in ring 0 in non-root mode, with its applications in ring 3. "
                                         "Its devices are emulated by qemu in dom0 unless PV drivers are installed."),
    "blkfront": LazyText("XenInternals", "The generic disk driver (blockfront) inside the guest. It puts read and "
                                         "write requests on a ring shared with its backend in dom0 and never sees the "
                                         "real disk."),
    "netfront": LazyText("XenInternals", "The generic network driver (netfront) inside the guest. It exchanges "
                                         "packets with its backend in dom0 through shared rings, so the guest can "
                                         "migrate without caring about the real network card."),
    "emulated_disk": LazyText("XenInternals", "A disk the HVM guest sees as real hardware, emulated by qemu in dom0. "
                                              "Every access traps into Xen and is served by qemu, which is why PV "
                                              "drivers make it faster."),
    "emulated_nic": LazyText("XenInternals", "A network card the HVM guest sees as real hardware, emulated by qemu in "
                                             "dom0. Installing PV drivers replaces it with a netfront/netback pair."),
    "ring": LazyText("XenInternals", "An event channel and a shared memory ring join this frontend to its backend, "
                                     "which find each other through xenstore. Requests and replies travel "
                                     "on the ring, and the event channel is the virtual interrupt that says there "
                                     "is work."),
    "emulation": LazyText("XenInternals", "No split driver here: the guest's accesses to its emulated device trap "
                                          "into Xen, which hands them to qemu in dom0. qemu performs them with dom0's "
                                          "real drivers."),
}


def explain(kind: str) -> str:
    """Two sentences about an element of this kind ("" for an unknown kind)."""
    text = EXPLANATIONS.get(kind)
    return text.text() if text is not None else ""
