"""SR drivers (one per SR type), their device_config checks and capabilities; the storage constants."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ...errors import ApiError
from ...store.store import Store

KiB = 1024
MiB = 1024 * KiB
GiB = 1024 * MiB

DATA_KEY = "sim-data"  # the VDI's own written bytes (not an xapi key: the simulator's bookkeeping)
PARENT_KEY = "vhd-parent"
VHD_BLOCK = 2 * MiB
MAX_VHD_SIZE = 2040 * GiB
MAX_CHAIN = 30  # SM refuses to snapshot past this depth (SnapshotChainTooLong)
COPY_BYTES_PER_SECOND = 256 * MiB
COPY_SETUP_SECONDS = 1.0

VHD_CAPS = ("SR_PROBE", "SR_UPDATE", "SR_SCAN", "SR_ATTACH", "SR_DETACH", "VDI_CREATE", "VDI_DELETE",
            "VDI_ATTACH", "VDI_DETACH", "VDI_CLONE", "VDI_SNAPSHOT", "VDI_RESIZE", "VDI_UPDATE",
            "VDI_GENERATE_CONFIG", "VDI_MIRROR", "VDI_RESET_ON_BOOT/2", "VDI_INTRODUCE")
# SM's SR_CACHING: the file-based types xapi accepts as an IntelliCache local cache (ext, nfs).
FILE_CAPS = (*VHD_CAPS, "SR_CACHING")
ISO_CAPS = ("SR_SCAN", "SR_ATTACH", "SR_DETACH", "VDI_CREATE", "VDI_DELETE", "VDI_ATTACH", "VDI_DETACH")


@dataclass(frozen=True)
class Driver:
    """An SM driver: how it stores VDIs and which device_config keys its load() insists on."""

    type: str
    name: str
    vhd: bool  # VHD chains: snapshot and clone share blocks
    thin: bool  # space follows what is written (files) rather than the virtual size (LVs)
    content_type: str
    default_size: int
    required: tuple[tuple[str, int, str], ...]  # (device_config key, SM error code, SM description)
    capabilities: tuple[str, ...]


_DEVICE = (("device", 90, "The request is missing the device parameter"),)
DRIVERS: dict[str, Driver] = {d.type: d for d in (
    Driver("lvm", "Local LVM", True, False, "user", 500 * GiB, _DEVICE, VHD_CAPS),
    Driver("ext", "Local EXT3 VHD", True, True, "user", 500 * GiB, _DEVICE, FILE_CAPS),
    Driver("nfs", "NFS VHD", True, True, "user", 1024 * GiB,
           (("server", 102, "The request is missing the server parameter"),
            ("serverpath", 101, "The request is missing the serverpath parameter")), FILE_CAPS),
    Driver("lvmoiscsi", "LVM over iSCSI", True, False, "user", 1024 * GiB,
           (("target", 95, "The request is missing the target parameter"),
            ("targetIQN", 96, "The request is missing or has an incorrect target IQN parameter"),
            ("SCSIid", 107, "The SCSIid parameter is missing or incorrect")), VHD_CAPS),
    Driver("lvmohba", "LVM over FC (hardware HBA)", True, False, "user", 1024 * GiB,
           (("SCSIid", 107, "The SCSIid parameter is missing or incorrect"),), VHD_CAPS),
    Driver("iso", "ISO", False, True, "iso", 200 * GiB,
           (("location", 94, "The request is missing the location parameter"),), ISO_CAPS),
)}


def backend_failure(code: int, description: str, opterr: str = "") -> ApiError:
    """An SM error as xapi relays it: SR_BACKEND_FAILURE_<n> ["", message, ""]."""
    text = f"{description} [opterr={opterr}]" if opterr else description
    return ApiError(f"SR_BACKEND_FAILURE_{code}", "", text, "")


def validate_device_config(sr_type: str, device_config: Mapping[str, str]) -> Driver:
    """The driver for `sr_type`, or the error its load() raises (SR_UNKNOWN_DRIVER for no driver)."""
    driver = DRIVERS.get(sr_type)
    if driver is None:
        raise ApiError("SR_UNKNOWN_DRIVER", sr_type)
    for key, code, description in driver.required:
        if not device_config.get(key):
            raise backend_failure(code, description)
    if sr_type == "nfs" and not device_config["serverpath"].startswith("/"):
        raise backend_failure(103, "The serverpath argument is not valid")
    return driver


def driver_of(store: Store, sr: str) -> Driver | None:
    return DRIVERS.get(store.get("SR", sr)["type"])


def has_capability(store: Store, sr: str, capability: str) -> bool:
    driver = driver_of(store, sr)
    return driver is not None and capability in driver.capabilities
