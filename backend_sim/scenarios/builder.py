"""Helpers that lay out a pool in the store: hosts with dom0, storage, networks, guests.

Scenarios are small programs over this builder, so the server itself holds no pool layout.
Memory figures follow Xen's accounting: Xen's own overhead, dom0 (control domain) and each guest.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..clock import to_datetime
from ..model import appliance, cpu_levels, editions
from ..model import network as network_model
from ..model.directory import Directory
from ..model.memory import refresh_host_metrics
from ..model.perf_view import WORKLOAD_KEY
from ..model.releases import RELEASES
from ..model.roles import add_roles
from ..model.storage import DRIVERS
from ..store.store import Store
from ..wire.values import NULL_REF

KiB = 1024
MiB = 1024 * KiB
GiB = 1024 * MiB



@dataclass
class HostSpec:
    name: str
    memory: int = 16 * GiB
    sockets: int = 1
    cores: int = 4
    vendor: str = "GenuineIntel"
    model_name: str = "Intel(R) Xeon(R) CPU E5-2630 v3 @ 2.40GHz"
    hvm: bool = True
    nics: int = 2
    disk: int = 500 * GiB
    address: str = "127.0.0.1"
    release: str = "xcp-ng-8.3"
    features: str = "17bee3ff-bfebfbff-00000001-2c100800"  # cpuid's feature words, as xapi shows them


@dataclass
class Built:
    """Refs of what the builder made, for scenarios that wire more on top."""

    pool: str = NULL_REF
    hosts: list[str] = field(default_factory=list)
    networks: dict[str, str] = field(default_factory=dict)
    local_srs: dict[str, str] = field(default_factory=dict)
    srs: dict[str, str] = field(default_factory=dict)
    vms: dict[str, str] = field(default_factory=dict)
    templates: dict[str, str] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)  # xapi's six roles by name


RECOMMENDATIONS = ('<restrictions><restriction field="memory-static-max" max="1649267441664"/>'
                   '<restriction field="vcpus-max" max="32"/><restriction property="number-of-vbds" max="255"/>'
                   '<restriction property="number-of-vifs" max="7"/></restrictions>')


def provision_spec(disks: list[tuple[str, int]]) -> str:
    """The `disks` provisioning XML of a template (xapi's other_config:disks)."""
    entries = "".join(
        f'<disk device="{index}" size="{size}" sr="" bootable="{str(index == 0).lower()}" type="system"/>'
        for index, (_, size) in enumerate(disks))
    return f"<provision>{entries}</provision>"


class PoolBuilder:
    def __init__(self, store: Store, *, now: float) -> None:
        self.store = store
        self.now = to_datetime(now)
        self.epoch = now
        self.built = Built()

    # -- identity -------------------------------------------------------------------------

    def mac(self) -> str:
        return network_model.new_mac(self.store)

    # -- pool -----------------------------------------------------------------------------

    def pool(self, name: str) -> str:
        self.built.roles = add_roles(self.store)
        self._add_sm_drivers()
        self.built.pool = self.store.create("pool", {
            "name_label": name,
            "restrictions": {"restrict_pool_size": "false", "restrict_ha": "false", "restrict_dmc": "false",
                             "restrict_rbac": "false", "restrict_vm_start": "false"},
            "cpu_info": {"cpu_count": "0", "socket_count": "0", "vendor": "GenuineIntel"},
            "allowed_operations": ["ha_enable", "cluster_create"],
            "other_config": {"memory-ratio-hvm": "0.25", "memory-ratio-pv": "0.25"},
            "migration_compression": False,
        })
        return self.built.pool

    def directory(self, domain: str, users: dict[str, tuple[str, ...]]) -> Directory:
        """Join the pool to a directory of `users` (name -> groups) who log in with the simulator's password;
        each user becomes a subject with the role of its name, when that is one of xapi's roles."""
        directory = Directory(domain)
        self.store.directory = directory
        for name, groups in users.items():
            sid = directory.add_user(name, "", groups=groups)
            roles = [self.built.roles[name]] if name in self.built.roles else []
            self.store.create("subject", {"subject_identifier": sid, "other_config": directory.information(sid),
                                          "roles": roles})
        for host in self.built.hosts:
            self.store.update("host", host, {"external_auth_type": "AD", "external_auth_service_name": domain})
        return directory

    def join_directory(self, directory: Directory) -> None:
        """Enable external authentication with an existing directory (no subjects of this pool's own)."""
        self.store.directory = directory
        for host in self.built.hosts:
            self.store.update("host", host, {"external_auth_type": "AD",
                                             "external_auth_service_name": directory.domain})

    def _add_sm_drivers(self) -> None:
        for driver in DRIVERS.values():
            self.store.create("SM", {"name_label": driver.name, "name_description": driver.name,
                                     "type": driver.type, "vendor": "Vates / Citrix", "copyright": "(C) simulated",
                                     "version": "1.0", "required_api_version": "1.0",
                                     "capabilities": list(driver.capabilities),
                                     "features": {c: 1 for c in driver.capabilities},
                                     "configuration": {key: text for key, _, text in driver.required}})

    # -- hosts ----------------------------------------------------------------------------

    def host(self, spec: HostSpec) -> str:
        store = self.store
        cpus = spec.sockets * spec.cores
        metrics = store.create("host_metrics", {"memory_total": spec.memory, "memory_free": spec.memory,
                                                "live": True, "last_updated": self.now})
        cpu_info = {"cpu_count": str(cpus), "socket_count": str(spec.sockets), "vendor": spec.vendor,
                    "speed": "2400.000", "modelname": spec.model_name, "family": "6", "model": "63",
                    "stepping": "2", "flags": "fpu de tsc msr pae cx8 apic sep" + (" vmx" if spec.hvm else ""),
                    "features": spec.features, "features_pv_host": spec.features,
                    "features_hvm_host": spec.features, "features_pv": spec.features, "features_hvm": spec.features}
        release = RELEASES[spec.release]
        caps = ["xen-3.0-x86_64", "xen-3.0-x86_32p"]
        if spec.hvm:
            caps += ["hvm-3.0-x86_32", "hvm-3.0-x86_32p", "hvm-3.0-x86_64"]
        host = store.create("host", {
            "name_label": spec.name, "name_description": "Default install", "hostname": spec.name,
            "address": spec.address, "enabled": True, "metrics": metrics,
            "API_version_major": release.api_version[0], "API_version_minor": release.api_version[1],
            "API_version_vendor": "XenSource",
            "software_version": {**release.software_version, "hostname": spec.name, "date": "2026-01-01"},
            "capabilities": caps, "cpu_info": cpu_info, "sched_policy": "credit",
            "supported_bootloaders": ["pygrub", "eliloader"], "memory_overhead": release.xen_overhead(spec.memory),
            "edition": "xcp-ng", "license_params": {"sku_type": "free", "expiry": "30000101T00:00:00Z"},
            "bios_strings": {"bios-vendor": "Simulated", "system-manufacturer": "Simulated"},
            "allowed_operations": ["vm_migrate", "provision", "vm_resume", "evacuate", "vm_start"],
            "display": "enabled", "iscsi_iqn": f"iqn.2026-01.com.example:{spec.name}",
            "virtual_hardware_platform_versions": [0, 1, 2], "tls_verification_enabled": True,
            # xapi records the boot as epoch seconds with a trailing dot ("1306414984.").
            "other_config": {"iscsi_iqn": f"iqn.2026-01.com.example:{spec.name}",
                             "boot_time": f"{int(self.epoch)}."},
        })
        editions.apply(store, host, "xcp-ng", self.epoch)  # licence params and pool restrictions agree
        for number in range(cpus):
            store.create("host_cpu", {"host": host, "number": number, "vendor": spec.vendor, "speed": 2400,
                                      "modelname": spec.model_name, "family": 6, "model": 63, "stepping": "2",
                                      "flags": cpu_info["flags"], "features": cpu_info["features"],
                                      "utilisation": 0.0})
        self._dom0(host, spec, release.dom0_memory(spec.memory))
        self.built.hosts.append(host)
        pool = store.find("pool", self.built.pool)
        if pool is not None and pool["master"] == NULL_REF:
            store.update("pool", self.built.pool, {"master": host})
        for index in range(spec.nics):
            self._nic(host, index, management=index == 0)
        self._local_storage(host, spec)
        refresh_host_metrics(store, host)
        cpu_levels.refresh_pool(store)
        return host

    def _dom0(self, host: str, spec: HostSpec, memory: int) -> None:
        vcpus = min(16, spec.sockets * spec.cores)
        metrics = self.store.create("VM_metrics", {"memory_actual": memory, "VCPUs_number": vcpus,
                                                   "state": ["running"], "start_time": self.now,
                                                   "install_time": self.now, "last_updated": self.now,
                                                   "current_domain_type": "pv"})
        dom0 = self.store.create("VM", {
            "name_label": f"Control domain on host: {spec.name}", "name_description": "The domain which manages "
            "physical devices and manages other domains", "power_state": "Running", "is_control_domain": True,
            "resident_on": host, "domid": 0, "memory_static_min": memory, "memory_static_max": memory,
            "memory_dynamic_min": memory, "memory_dynamic_max": memory, "memory_target": memory,
            "VCPUs_max": vcpus, "VCPUs_at_startup": vcpus, "metrics": metrics, "domain_type": "pv",
            "other_config": {"storage_driver_domain": NULL_REF, "is_system_domain": "true"},
            "allowed_operations": ["changing_dynamic_range", "metadata_export"],
        })
        self.store.update("host", host, {"control_domain": dom0})
        for protocol in ("rfb", "vt100"):
            console = self.store.create("console", {"protocol": protocol, "VM": dom0})
            uuid = self.store.get("console", console)["uuid"]
            self.store.update("console", console, {"location": f"https://{spec.address}/console?uuid={uuid}"})

    def _nic(self, host: str, index: int, *, management: bool) -> None:
        device = f"eth{index}"
        network = self.built.networks.get(device)
        if network is None:
            network = self.network(f"Pool-wide network associated with {device}", bridge=f"xenbr{index}")
            self.built.networks[device] = network
        metrics = self.store.create("PIF_metrics", {"carrier": True, "vendor_name": "Intel Corporation",
                                                    "device_name": "I350 Gigabit Network Connection",
                                                    "speed": 1000, "duplex": True, "last_updated": self.now})
        fields: dict[str, Any] = {"device": device, "network": network, "host": host, "MAC": self.mac(),
                                  "MTU": 1500, "VLAN": -1, "metrics": metrics, "physical": True,
                                  "currently_attached": True, "management": management, "managed": True,
                                  "ip_configuration_mode": "DHCP" if management else "None"}
        if management:
            number = len(self.built.hosts) + 10
            fields.update({"IP": f"192.0.2.{number}", "netmask": "255.255.255.0", "gateway": "192.0.2.1",
                           "DNS": "192.0.2.1"})
        self.store.create("PIF", fields)

    def network(self, name: str, *, bridge: str, description: str = "") -> str:
        return self.store.create("network", {"name_label": name, "name_description": description,
                                             "bridge": bridge, "MTU": 1500, "managed": True,
                                             "other_config": {"automatic": "true"}})

    def _local_storage(self, host: str, spec: HostSpec) -> None:
        name = self.store.get("host", host)["name_label"]
        dom0_partitions = 2 * 4 * GiB
        sr = self.sr("Local storage", "lvm", spec.disk - dom0_partitions, hosts=[host], shared=False,
                     content_type="user", other_config={"i18n-key": "local-storage",
                                                        "i18n-original-value-name_label": "Local storage"},
                     description=f"Local storage on {name}", device_config={"device": "/dev/sda3"})
        self.built.local_srs[host] = sr

    def sr(self, name: str, sr_type: str, size: int, *, hosts: list[str], shared: bool, content_type: str,
           other_config: dict[str, str] | None = None, description: str = "",
           device_config: dict[str, str] | None = None) -> str:
        sr = self.store.create("SR", {"name_label": name, "name_description": description, "type": sr_type,
                                      "content_type": content_type, "shared": shared, "physical_size": size,
                                      "physical_utilisation": 0, "virtual_allocation": 0,
                                      "other_config": other_config or {},
                                      "allowed_operations": ["vdi_create", "vdi_destroy", "scan", "plug",
                                                             "unplug", "update"]})
        for host in hosts:
            self.store.create("PBD", {"host": host, "SR": sr, "device_config": device_config or {},
                                      "currently_attached": True})
        self.built.srs[name] = sr
        return sr

    def vdi(self, sr: str, name: str, size: int, *, used: int | None = None, vdi_type: str = "user",
            read_only: bool = False, sm_config: dict[str, str] | None = None) -> str:
        used = size if used is None else used
        vdi = self.store.create("VDI", {"name_label": name, "SR": sr, "virtual_size": size,
                                        "physical_utilisation": used, "type": vdi_type, "read_only": read_only,
                                        "managed": True, "location": self.store.new_uuid(),
                                        "sm_config": sm_config or {}, "on_boot": "persist",
                                        "allowed_operations": ["clone", "copy", "resize", "destroy",
                                                               "snapshot", "update"]})
        record = self.store.get("SR", sr)
        self.store.update("SR", sr, {"physical_utilisation": record["physical_utilisation"] + used,
                                     "virtual_allocation": record["virtual_allocation"] + size})
        return vdi

    # -- guests ---------------------------------------------------------------------------

    def vm(self, name: str, *, memory: int, vcpus: int = 1, hvm: bool = False, disks: list[tuple[str, int]],
           network: str | None = None, template: bool = False, description: str = "", os_name: str = "",
           other_config: dict[str, str] | None = None, dynamic_min: int | None = None, power: str = "Halted",
           host: str | None = None, tools: bool = True, workload: str | None = None) -> str:
        """A guest with disks (sr, size) and one VIF on `network`, or a template whose disks are a
        provisioning spec. `power` other than Halted is brought about when the server starts.
        `workload` is what the guest does while it runs (perf.workloads; idle when not given)."""
        metrics = self.store.create("VM_metrics", {"memory_actual": 0, "VCPUs_number": 0,
                                                   "install_time": self.now, "last_updated": self.now,
                                                   "hvm": hvm, "current_domain_type": "unspecified"})
        config = dict(other_config or {})
        if os_name:
            config["os-name"] = os_name
        if not tools:
            config["pv-drivers-installed"] = "false"
        if workload is not None:
            config[WORKLOAD_KEY] = workload
        if template:
            config["disks"] = provision_spec(disks)
            config.setdefault("install-methods", "cdrom,nfs,http,ftp" if not hvm else "cdrom")
            config.setdefault("default_template", "true")
        fields: dict[str, Any] = {
            "name_label": name, "name_description": description, "power_state": "Halted",
            "is_a_template": template, "is_default_template": template and config.get("default_template") == "true",
            "memory_static_min": min(memory, 256 * MiB), "memory_dynamic_min": dynamic_min or memory,
            "memory_dynamic_max": memory, "memory_static_max": memory, "memory_target": dynamic_min or memory,
            "VCPUs_max": vcpus, "VCPUs_at_startup": vcpus, "metrics": metrics,
            "domain_type": "hvm" if hvm else "pv", "user_version": 1, "domid": -1,
            "actions_after_shutdown": "destroy", "actions_after_reboot": "restart",
            "actions_after_crash": "restart", "other_config": config, "HVM_shadow_multiplier": 1.0,
            "platform": {"acpi": "1", "apic": "true", "pae": "true", "nx": "true", "viridian": "true" if hvm
                         else "false", "timeoffset": "0", "cores-per-socket": str(vcpus)},
            "recommendations": RECOMMENDATIONS,
        }
        if hvm:
            fields.update({"HVM_boot_policy": "BIOS order", "HVM_boot_params": {"order": "cdn",
                                                                                "firmware": "bios"}})
        else:
            fields.update({"PV_bootloader": "pygrub", "HVM_boot_policy": ""})
        vm = self.store.create("VM", fields)
        if not template:
            for index, (sr, size) in enumerate(disks):
                vdi = self.vdi(sr, f"{name} {index}", size, used=size // 3)
                self.store.create("VBD", {"VM": vm, "VDI": vdi, "device": f"xvd{'abcdefgh'[index]}",
                                          "userdevice": str(index), "bootable": index == 0, "mode": "RW",
                                          "type": "Disk", "empty": False, "unpluggable": index > 0,
                                          "allowed_operations": ["attach"]})
            self.store.create("VBD", {"VM": vm, "VDI": NULL_REF, "device": "hdd" if hvm else "xvdd",
                                      "userdevice": "3", "bootable": False, "mode": "RO", "type": "CD",
                                      "empty": True, "unpluggable": True,
                                      "allowed_operations": ["attach", "insert"]})
        if network is not None:
            self.store.create("VIF", {"VM": vm, "network": network, "device": "0", "MAC": self.mac(),
                                      "MTU": 1500, "MAC_autogenerated": True, "locking_mode": "network_default",
                                      "allowed_operations": ["attach"]})
        (self.built.templates if template else self.built.vms)[name] = vm
        if power != "Halted":
            self.store.boot_plan.append((vm, host or "", power))
        return vm

    def vapp(self, name: str, description: str, members: list[tuple[str, int, int, int]]) -> str:
        """A vApp of (vm, order, start_delay, shutdown_delay): started by ascending order, stopped the other way."""
        ref = self.store.create("VM_appliance", {"name_label": name, "name_description": description})
        for vm, order, start_delay, shutdown_delay in members:
            self.store.update("VM", vm, {"appliance": ref, "order": order, "start_delay": start_delay,
                                         "shutdown_delay": shutdown_delay})
        appliance.refresh(self.store, ref)
        return ref

    def snapshots(self, vm: str, *taken: tuple[str, str, float]) -> None:
        """Snapshots of a halted `vm` (name, description, seconds ago; oldest first), each after the one before:
        a history the Snapshots tab can show from the first minute."""
        self.store.snapshot_plan.extend((vm, name, description, ago) for name, description, ago in taken)

    # -- networks beyond one NIC per network -------------------------------------------------

    def private_network(self, name: str, *, description: str = "") -> str:
        """A single-host internal network: a bridge with no PIF, guests on one host only."""
        return network_model.create_private_network(self.store, name, description)

    def vlan(self, device: str, tag: int, name: str) -> str:
        """A VLAN network over `device` on every host (pool-wide, as pool.create_VLAN makes it)."""
        bases = network_model.pool_vlan_bases(self.store, device)
        created, _ = network_model.create_pool_vlan(self.store, bases, tag, name_label=name)
        return created

    def bond(self, devices: tuple[str, str], name: str, mode: str = "active-backup") -> str:
        """A bond of two NICs on every host; its master PIF carries a new network."""
        return network_model.create_pool_bond(self.store, devices, name, mode=mode)


class Pools:
    """Hands a scenario a fresh store for each pool it lays out; seeds differ but are derived."""

    def __init__(self, seed: int | None) -> None:
        self.seed = seed
        self.stores: list[Store] = []

    def new(self) -> Store:
        seed = None if self.seed is None else self.seed * 1000 + len(self.stores)
        store = Store(seed=seed)
        self.stores.append(store)
        return store
