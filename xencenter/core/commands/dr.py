"""Disaster recovery verbs on a pool: Configure Disaster Recovery... (which shared SRs hold a copy of the pool's
metadata) and Disaster Recovery... (the wizard recovering a lost pool's VMs and vApps into this one).

Each says why it cannot run: the role first, then the pool's licence (restrict_dr), then what the pool lacks: an SR
that can hold replicated metadata (a shared NFS, iSCSI or HBA SR) for the first, one to recover from for the second.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ..cache import ObjectCache
from ..i18n import LazyText
from ..licensing import pool_edition, restricted
from .base import Command, Selection
from .wizard import WizardCommand, WizardVerb

DR_SR_TYPES = ("nfs", "lvmoiscsi", "lvmohba")  # SM drivers that keep pool metadata


def replication_srs(cache: ObjectCache) -> list[tuple[str, dict[str, Any]]]:
    """The pool's SRs that can hold its replicated metadata (shared, of a driver with metadata), by name."""
    found = [(ref, dict(sr)) for ref, sr in cache.items("SR")
             if sr.get("shared") and sr.get("type") in DR_SR_TYPES]
    return sorted(found, key=lambda item: (str(item[1].get("name_label", "")).casefold(), item[0]))


def licence_reason(cache: ObjectCache) -> str | None:
    if restricted(cache, "restrict_dr"):
        return QCoreApplication.translate("Commands", "The pool's edition ({0}) does not include disaster "
                                                      "recovery.").format(pool_edition(cache))
    return None


class ConfigureDrCommand(WizardCommand):
    """Configure Disaster Recovery...: choose the SRs the pool replicates its metadata to."""

    def can_execute(self, selection: Selection, argument: Any = None) -> str | None:
        reason = super().can_execute(selection, argument)
        if reason is not None:
            return reason
        cache = selection[0].connection.cache
        reason = licence_reason(cache)
        if reason is not None:
            return reason
        if not replication_srs(cache):
            return QCoreApplication.translate("Commands", "The pool has no shared NFS, iSCSI or HBA storage to "
                                                          "replicate its metadata to.")
        return None


class DrWizardCommand(WizardCommand):
    """Disaster Recovery...: failover, failback or a test failover into this pool."""

    def can_execute(self, selection: Selection, argument: Any = None) -> str | None:
        reason = super().can_execute(selection, argument)
        if reason is not None:
            return reason
        return licence_reason(selection[0].connection.cache)


CONFIGURE_DR = WizardVerb(id="pool.configure_dr", text=LazyText("Commands", "Configure Disaster Recovery..."),
                          icon="pool", wizard="configure_dr", on=frozenset({"pool"}),
                          select=LazyText("Commands", "Select a pool."),
                          permissions=("sr.enable_database_replication", "sr.disable_database_replication"))
DR_WIZARD = WizardVerb(id="pool.disaster_recovery", text=LazyText("Commands", "Disaster Recovery..."),
                       icon="pool", wizard="dr", on=frozenset({"pool"}),
                       select=LazyText("Commands", "Select the pool to recover into."),
                       permissions=("dr_task.create", "dr_task.destroy", "vdi.open_database", "vm.recover",
                                    "vm_appliance.recover"))


def dr_commands() -> list[Command]:
    return [ConfigureDrCommand(CONFIGURE_DR), DrWizardCommand(DR_WIZARD)]
