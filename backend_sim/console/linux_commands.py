"""What a Linux guest's commands print, computed from its VM's simulated state."""

from __future__ import annotations

import time
from collections.abc import Callable

from .world import GiB, MiB, VmFacts

KERNEL = "6.1.0-25-amd64"
KERNEL_BUILD = "#1 SMP PREEMPT_DYNAMIC Debian 6.1.106-3 (2024-08-26)"
KERNEL_RESERVED = 96 * MiB  # what the kernel keeps before `free` counts: memory_actual minus this


def distro(facts: VmFacts) -> str:
    name = facts.os_name or "Debian 12"
    if facts.control_domain:
        return "XCP-ng 8.3"
    return name


def memory_figures(facts: VmFacts) -> dict[str, int]:
    """`free` in bytes: total follows the balloon; the rest is a steady, plausible split."""
    total = max(64 * MiB, facts.memory_actual - KERNEL_RESERVED)
    used = min(total // 2, 150 * MiB + total // 20)
    cache = total // 5
    free = total - used - cache
    return {"total": total, "used": used, "free": free, "shared": 2 * MiB, "cache": cache,
            "available": free + cache * 4 // 5, "swap": 1 * GiB if not facts.control_domain else 0}


def human(size: float) -> str:
    for unit in ("", "K", "M", "G", "T"):
        if size < 1024 or unit == "T":
            return f"{size:.1f}{unit}" if unit and size < 10 else f"{size:.0f}{unit}"
        size /= 1024
    return f"{size:.0f}T"


def uname(facts: VmFacts, args: list[str]) -> str:
    name = facts.name.replace(" ", "-").lower()
    if "-r" in args:
        return KERNEL + "\n"
    if "-a" in args:
        return f"Linux {name} {KERNEL} {KERNEL_BUILD} x86_64 GNU/Linux\n"
    return "Linux\n"


def free(facts: VmFacts, args: list[str]) -> str:
    m = memory_figures(facts)
    if "-h" in args:
        show: Callable[[int], str] = lambda n: human(n) + ("i" if n >= 1024 else "")  # noqa: E731
    elif "-g" in args:
        show = lambda n: str(n // GiB)  # noqa: E731
    elif "-m" in args:
        show = lambda n: str(n // MiB)  # noqa: E731
    else:
        show = lambda n: str(n // 1024)  # noqa: E731
    row = [m["total"], m["used"], m["free"], m["shared"], m["cache"], m["available"]]
    swap = [m["swap"], 0, m["swap"]]
    return ("               total        used        free      shared  buff/cache   available\n"
            "Mem:   " + "".join(f"{show(n):>12}" for n in row) + "\n"
            "Swap:  " + "".join(f"{show(n):>12}" for n in swap) + "\n")


def top(facts: VmFacts, now: float) -> str:
    m = memory_figures(facts)
    up = max(0, int(now - facts.started))
    clock = time.strftime("%H:%M:%S", time.gmtime(now))
    load = "0.08, 0.03, 0.01"
    mib = lambda n: f"{n / MiB:.1f}"  # noqa: E731
    lines = [
        f"top - {clock} up {up // 3600}:{up % 3600 // 60:02d},  1 user,  load average: {load}",
        "Tasks:  97 total,   1 running,  96 sleeping,   0 stopped,   0 zombie",
        f"%Cpu(s):  1.3 us,  0.7 sy,  0.0 ni, 97.7 id,  0.2 wa,  0.0 hi,  0.0 si,  0.1 st   ({facts.vcpus} vCPU)",
        f"MiB Mem : {mib(m['total']):>8} total, {mib(m['free']):>8} free, {mib(m['used']):>8} used, "
        f"{mib(m['cache']):>8} buff/cache",
        f"MiB Swap: {mib(m['swap']):>8} total, {mib(m['swap']):>8} free,      0.0 used. "
        f"{mib(m['available']):>8} avail Mem",
        "",
        "    PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND",
    ]
    processes = [("1", "root", "168756", "12800", "9216", "0.0", "systemd"),
                 ("412", "root", "43248", "7424", "6528", "0.0", "systemd-journal"),
                 ("611", "root", "12204", "5760", "4992", "0.3", "xe-daemon"),
                 ("702", "root", "15432", "9088", "7680", "0.0", "sshd"),
                 ("733", "root", "8852", "4224", "3584", "0.0", "cron"),
                 ("1012", "root", "11204", "5120", "3456", "0.3", "top")]
    total_kib = max(1, m["total"] // 1024)
    for pid, user, virt, res, shr, cpu, name in processes:
        share = int(res) * 100 / total_kib
        lines.append(f"{pid:>7} {user:<8}  20   0 {virt:>7} {res:>6} {shr:>6} S {cpu:>5} {share:>5.1f}"
                     f"   0:00.{int(pid) % 97:02d} {name}")
    return "\n".join(lines) + "\n"


def ip_addr(facts: VmFacts) -> str:
    out = ["1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000",
           "    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00",
           "    inet 127.0.0.1/8 scope host lo", "       valid_lft forever preferred_lft forever"]
    for number, nic in enumerate(facts.nics, start=2):
        name = f"eth{nic.device}"
        out.append(f"{number}: {name}: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu {nic.mtu} qdisc mq state UP "
                   "group default qlen 1000")
        out.append(f"    link/ether {nic.mac} brd ff:ff:ff:ff:ff:ff")
        if nic.ip:
            out.append(f"    inet {nic.ip}/24 brd {nic.ip.rsplit('.', 1)[0]}.255 scope global {name}")
            out.append("       valid_lft forever preferred_lft forever")
    return "\n".join(out) + "\n"


def df(facts: VmFacts) -> str:
    out = ["Filesystem      Size  Used Avail Use% Mounted on", "udev            " + _df_row(
        facts.memory_actual // 2, 0) + " /dev", "tmpfs           " + _df_row(facts.memory_actual // 10, MiB)
        + " /run"]
    for disk in facts.disks:
        if disk.cd:
            continue
        size = max(disk.size - 64 * MiB, MiB)
        target = "/" if disk.userdevice == "0" else f"/data{disk.userdevice}"
        out.append(f"/dev/{disk.device}1      " + _df_row(size * 95 // 100, min(disk.used, size)) + f" {target}")
    return "\n".join(out) + "\n"


def _df_row(size: int, used: int) -> str:
    percent = (used * 100 + size - 1) // size if size else 0
    return f"{human(size):>5} {human(used):>5} {human(size - used):>5} {percent:>3}%"


def lsblk(facts: VmFacts) -> str:
    out = ["NAME    MAJ:MIN RM  SIZE RO TYPE MOUNTPOINTS"]
    for index, disk in enumerate(facts.disks):
        minor = 16 * index
        if disk.cd:
            if disk.name:
                out.append(f"{disk.device:<7} 202:{minor:<3}  1 {human(disk.size):>5}  1 rom")
            continue
        mount = "/" if disk.userdevice == "0" else f"/data{disk.userdevice}"
        out.append(f"{disk.device:<7} 202:{minor:<3}  0 {human(disk.size):>5}  0 disk")
        out.append(f"└─{disk.device}1 202:{minor + 1:<3}  0 {human(disk.size - 64 * MiB):>5}  0 part {mount}")
    return "\n".join(out) + "\n"


def boot_log(facts: VmFacts) -> list[tuple[float, str]]:
    """Kernel messages with the seconds after boot at which they appear: what `dmesg` shows later."""
    mem = facts.memory_actual // 1024
    lines = [
        (0.0, f"Linux version {KERNEL} (debian-kernel@lists.debian.org) (gcc-12 (Debian 12.2.0-14) 12.2.0) "
              f"{KERNEL_BUILD}"),
        (0.0, f"Command line: BOOT_IMAGE=/boot/vmlinuz-{KERNEL} root=/dev/{_root(facts)}1 ro quiet"),
        (0.0, f"Hypervisor detected: Xen {'HVM' if facts.hvm else 'PV'}"),
        (0.0, f"Xen version: {facts.xen_version}"),
        (0.01, f"Memory: {mem}K/{facts.memory_static_max // 1024}K available"),
        (0.02, f"smpboot: Allowing {facts.vcpus} CPUs, 0 hotplug CPUs"),
        (0.05, f"smpboot: CPU0: {facts.cpu_model}"),
        (0.3, "xen:events: Using FIFO-based ABI"),
        (0.4, "xen:balloon: Initialising balloon driver"),
        (0.6, "xen_netfront: Initialising Xen virtual ethernet driver"),
    ]
    t = 0.8
    for disk in facts.disks:
        if not disk.cd:
            sectors = disk.size // 512
            lines.append((t, f"blkfront: {disk.device}: flush diskcache: enabled; persistent grants: enabled; "
                             "indirect descriptors: enabled;"))
            lines.append((t + 0.01, f"{disk.device}: {disk.device}1 ({sectors} 512-byte logical blocks: "
                                    f"({disk.size / 1e9:.1f} GB/{human(disk.size)}iB)"))
            t += 0.05
    lines.append((1.2, f"EXT4-fs ({_root(facts)}1): mounted filesystem with ordered data mode."))
    lines.append((1.9, "systemd[1]: systemd 252.30-1~deb12u2 running in system mode"))
    lines.append((2.3, f"systemd[1]: Hostname set to <{facts.name.replace(' ', '-').lower()}>."))
    for nic in facts.nics:
        lines.append((2.8, f"xen_netfront: eth{nic.device}: link up, MAC {nic.mac}"))
    lines.append((3.5, "xe-daemon[611]: Xen guest agent started"))
    return lines


def _root(facts: VmFacts) -> str:
    disks = [d for d in facts.disks if not d.cd]
    return disks[0].device if disks else "xvda"


def dmesg(facts: VmFacts) -> str:
    return "".join(f"[{t:12.6f}] {text}\n" for t, text in boot_log(facts))


def xen_capabilities(facts: VmFacts) -> str:
    return "control_d\n" if facts.control_domain else ""


def xenstore_ls(facts: VmFacts) -> str:
    """The guest's own xenstore directory: its device frontends, as blkfront and netfront see them."""
    domid = facts.domid
    out = [f"/local/domain/{domid} = \"\"", f" name = \"{facts.name}\"", f" domid = \"{domid}\"",
           f" vm = \"/vm/{facts.uuid}\"", " device = \"\""]
    disks = [d for d in facts.disks if not d.cd or d.name]
    if disks:
        out.append("  vbd = \"\"")
    for index, disk in enumerate(disks):
        devid = 202 * 256 + 16 * index if not disk.cd else 5632
        out += [f"   {devid} = \"\"", f"    backend = \"/local/domain/0/backend/vbd/{domid}/{devid}\"",
                "    backend-id = \"0\"", "    state = \"4\"", f"    virtual-device = \"{devid}\"",
                f"    device-type = \"{'cdrom' if disk.cd else 'disk'}\"", "    ring-ref = \"8\"",
                "    event-channel = \"10\""]
    if facts.nics:
        out.append("  vif = \"\"")
    for nic in facts.nics:
        out += [f"   {nic.device} = \"\"", f"    backend = \"/local/domain/0/backend/vif/{domid}/{nic.device}\"",
                "    backend-id = \"0\"", "    state = \"4\"", f"    handle = \"{nic.device}\"",
                f"    mac = \"{nic.mac}\"", "    tx-ring-ref = \"1280\"", "    rx-ring-ref = \"1281\""]
    out += [" memory = \"\"", f"  target = \"{facts.memory_actual // 1024}\"",
            f"  static-max = \"{facts.memory_static_max // 1024}\""]
    return "\n".join(out) + "\n"


def os_release(facts: VmFacts) -> str:
    name = distro(facts)
    return f'PRETTY_NAME="{name}"\nNAME="{name.split()[0]}"\nID={name.split()[0].lower()}\n'
