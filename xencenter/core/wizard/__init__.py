"""The wizard framework's logic (no widgets, so it is tested without a window).

- `flow.WizardFlow`: the ordered pages, which of them apply to the state now, Back/Next with the state kept.
- `page.PageLogic`: one page's title, its problems for the state (each beside a field), its summary lines.
- `plan.Step` / `plan.start_plan`: Finish runs ONE Operation of named steps with progress and cancel; a step
  registers how to undo what it created, and a failure or a cancel undoes it all, newest first.
- `eligibility.EligibilityCache`: checks such as "can this VM run on that host" as parallel background calls,
  cached, each ending as None (fine) or a sentence.

`ui/wizards/` shows them: a WizardWindow of PageWidgets, one per PageLogic. `new_vm/` is the first wizard.
"""

from __future__ import annotations

from .eligibility import Eligibility, EligibilityCache
from .flow import WizardFlow
from .page import PageLogic, Problem
from .plan import PlanRun, Step, start_plan

__all__ = ["Eligibility", "EligibilityCache", "PageLogic", "PlanRun", "Problem", "Step", "WizardFlow",
           "start_plan"]
