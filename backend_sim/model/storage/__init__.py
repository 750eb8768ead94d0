"""Storage: SR drivers, VDI copy-on-write chains, SR accounting and the storage operation rules.

Pure functions over the store (no HTTP, no clock). Sizes are bytes.

Model
- A driver per SR type (`DRIVERS`): lvm, ext, nfs, lvmoiscsi, lvmohba (VHD chains) and iso (plain files).
  Thin types (ext, nfs: VHD files) use what was written; thick types (lvm, lvmoiscsi: LVs) keep every
  writable leaf inflated to its virtual size, and deflate snapshots and base copies to their data.
- Each VDI holds its own written bytes in sm_config `sim-data`; a VHD child names its parent's uuid in
  sm_config `vhd-parent`. Snapshot and clone move the source's data into a hidden "base copy"
  (managed false, read only) that the source and the new VDI then share; the source restarts empty
  and grows again as the guest writes. Destroying a VDI garbage-collects at once: an orphaned base
  copy goes, and a base copy left with one child is coalesced into it (SM's GC, without the delay).
- SR.physical_utilisation = sum of its VDIs' physical_utilisation (base copies included);
  SR.virtual_allocation = sum of the virtual sizes of its managed VDIs. Both are recomputed from
  the VDIs by `refresh_sr`, so they are exact and never negative.

API for VM-level operations (all raise ApiError; none sleeps; none checks operation rules, so call
`check_vdi` first where a client asked for the operation):
- `create_vdi(store, sr, name, size, vdi_type="user", *, data=0, read_only=False, ...) -> ref`
  (SR_FULL when the SR cannot hold it; `data` pre-fills it, e.g. a suspend image).
- `destroy_vdi(store, vdi)`: removes the VDI, its VBDs, and garbage-collects its chain.
- `resize_vdi(store, vdi, size)`: grow only (SR_BACKEND_FAILURE_79 to shrink), SR_FULL.
- `snapshot_vdi(store, vdi, *, now) -> ref`; `clone_vdi(store, vdi, *, name_label=None) -> ref`.
- `copy_vdi(store, vdi, sr, *, into=NULL_REF, base=NULL_REF) -> ref`: a full copy (no chain).
- `copy_seconds(store, vdi, *, base=NULL_REF) -> float`: simulated duration of that copy.
- `snapshot_needs / clone_needs / copy_needs(...) -> {sr: bytes}`, `merge_needs(*needs)` and
  `assert_space(store, needs)`: check a multi-disk operation before doing any of it.
- `guest_writes(store, vdi, nbytes) -> int`: the guest wrote nbytes of new blocks; returns the bytes
  newly allocated (capped by the virtual size and, on thin SRs, by the free space).
- `check_sr / check_vdi / check_vbd(store, ref, op)`: the first error xapi would raise for op;
  `vbd_errors(store, vbd, sharing=...)` is the whole VBD table.
- `refresh_sr(store, sr)`: normalise the SR's VDIs and sums (SR.scan does this; call it after
  creating VDIs by hand, e.g. in the scenario builder).
- `refresh_storage(store, cls, ref)`: recompute allowed_operations (and SR sums) after a change to
  an SR, PBD, VDI, VBD or VM; meant to be hooked into model/refresh.py.
- `assert_sr_plugged(store, sr)` (SR_HAS_NO_PBDS), `sr_attached_on(store, sr, host) -> bool`,
  `destroy_vbd_record(store, vbd)`, `validate_device_config(type, device_config) -> Driver`.

The package, one module per purpose, each building only on those before it: drivers (SR types and
constants), accounting (sizes, SR sums, VHD chains), pbds, rules (check_sr / check_vdi / check_vbd,
vbd_errors), refresh (SR sums and allowed_operations), vdis (VDI operations, VBD rows); beside them
servers (the storage servers a pool reaches: NFS exports, iSCSI targets and LUNs, FC LUNs, CIFS shares)
and devices (SR.probe's answers and what create / forget / destroy / plug leave on those servers).
"""

from __future__ import annotations

from .accounting import (
    assert_space,
    chain,
    children_of,
    content_of,
    data_of,
    merge_needs,
    parent_of,
    physical_of,
    round_vhd_size,
    sr_free,
    sr_usage,
    vhd_overhead,
)
from .drivers import (
    COPY_BYTES_PER_SECOND,
    COPY_SETUP_SECONDS,
    DATA_KEY,
    DRIVERS,
    ISO_CAPS,
    MAX_CHAIN,
    MAX_VHD_SIZE,
    PARENT_KEY,
    VHD_BLOCK,
    VHD_CAPS,
    Driver,
    GiB,
    KiB,
    MiB,
    backend_failure,
    driver_of,
    has_capability,
    validate_device_config,
)
from .pbds import active_vdis_on_pbd, assert_sr_plugged, plugged_pbds, sr_attached_on
from .refresh import refresh_sr, refresh_storage, refresh_vbd, refresh_vdi, sr_allowed_operations
from .rules import (
    BESIDE_COPY,
    PLUG_OPS,
    SR_CAPABILITY,
    SR_OPERATIONS,
    VBD_OPERATIONS,
    VDI_ADVERTISED,
    VDI_CAPABILITY,
    VDI_LIVE,
    check_sr,
    check_vbd,
    check_vdi,
    vbd_errors,
)
from .vdis import (
    clone_needs,
    clone_vdi,
    copy_bytes,
    copy_needs,
    copy_seconds,
    copy_vdi,
    create_vdi,
    destroy_vbd_record,
    destroy_vdi,
    guest_writes,
    resize_vdi,
    snapshot_needs,
    snapshot_vdi,
)

__all__ = [
    "BESIDE_COPY",
    "COPY_BYTES_PER_SECOND",
    "COPY_SETUP_SECONDS",
    "DATA_KEY",
    "DRIVERS",
    "ISO_CAPS",
    "MAX_CHAIN",
    "MAX_VHD_SIZE",
    "PARENT_KEY",
    "PLUG_OPS",
    "SR_CAPABILITY",
    "SR_OPERATIONS",
    "VBD_OPERATIONS",
    "VDI_ADVERTISED",
    "VDI_CAPABILITY",
    "VDI_LIVE",
    "VHD_BLOCK",
    "VHD_CAPS",
    "Driver",
    "GiB",
    "KiB",
    "MiB",
    "active_vdis_on_pbd",
    "assert_space",
    "assert_sr_plugged",
    "backend_failure",
    "chain",
    "check_sr",
    "check_vbd",
    "check_vdi",
    "children_of",
    "clone_needs",
    "clone_vdi",
    "content_of",
    "copy_bytes",
    "copy_needs",
    "copy_seconds",
    "copy_vdi",
    "create_vdi",
    "data_of",
    "destroy_vbd_record",
    "destroy_vdi",
    "driver_of",
    "guest_writes",
    "has_capability",
    "merge_needs",
    "parent_of",
    "physical_of",
    "plugged_pbds",
    "refresh_sr",
    "refresh_storage",
    "refresh_vbd",
    "refresh_vdi",
    "resize_vdi",
    "round_vhd_size",
    "snapshot_needs",
    "snapshot_vdi",
    "sr_allowed_operations",
    "sr_attached_on",
    "sr_free",
    "sr_usage",
    "validate_device_config",
    "vbd_errors",
    "vhd_overhead",
]
