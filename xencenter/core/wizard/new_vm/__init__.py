"""The New VM wizard's logic: what a template offers, the choices, each page's checks, and the creation plan.

- `template.TemplateInfo`: what a template (built-in, custom, or a snapshot) sets and allows.
- `choices.NewVmChoices`: the state every page shares; `choices.defaults` fills it from a template (Quick Create
  uses it as it is).
- `pages_*`: one PageLogic per page, refusing what xapi would refuse, with the reason.
- `create.creation_steps`: clone -> provision -> set fields -> VIFs -> media -> (start), with rollback.
"""

from __future__ import annotations

from .choices import DiskChoice, NewVmChoices, VifChoice, defaults, unique_name
from .create import creation_steps, start_creation
from .pages import new_vm_pages
from .template import TemplateInfo

__all__ = ["DiskChoice", "NewVmChoices", "TemplateInfo", "VifChoice", "creation_steps", "defaults", "new_vm_pages",
           "start_creation", "unique_name"]
