"""The Migrate wizard's logic: a VM's destination, its disks' and VIFs' mapping, and the migration plan.

- `choices.MigrateChoices`: the state every page shares (destination pool and host, disk -> SR, VIF -> network,
  migration network); `choices.retarget` fills the maps for a destination.
- `check.MigrateCheck`: each host's eligibility, the server's `VM.assert_can_migrate` with the default maps,
  asked through ChoiceEligibility (parallel, cached).
- `pages`: one PageLogic per page (destination, storage, networking, migration network, summary).
- `run.start_migration`: ONE Operation: `VM.pool_migrate` within a pool when the disks stay, else
  `host.migrate_receive` on the destination and `VM.migrate_send` with the maps; then XenMotion's pre-copy figures.
"""

from __future__ import annotations

from .check import MigrateCheck
from .choices import MigrateChoices, retarget
from .pages import migrate_pages
from .run import migration_steps, precopy_text, start_migration

__all__ = ["MigrateCheck", "MigrateChoices", "migrate_pages", "migration_steps", "precopy_text", "retarget",
           "start_migration"]
