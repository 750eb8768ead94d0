"""The wizard framework's logic (no widgets, so it is tested without a window).

- `flow.WizardFlow`: the ordered pages, which of them apply to the state now, Back/Next with the state kept.
- `page.PageLogic`: one page's title, its problems for the state (each beside a field), its summary lines.
- `plan.Step` / `plan.start_plan`: Finish runs ONE Operation of named steps with progress and cancel; a step
  registers how to undo what it created, and a failure or a cancel undoes it all, newest first.
- `eligibility.ChoiceEligibility`: the server's answer to "can this VM run on that host" (or migrate there), asked
  as parallel background calls through the app's ChoiceChecks and cached, each pending, fine, or a sentence.

`ui/wizards/` shows them: a WizardWindow of PageWidgets, one per PageLogic. `new_vm/` is the first wizard.
"""

from __future__ import annotations

from .eligibility import ChoiceEligibility, Eligibility
from .flow import WizardFlow
from .page import PageLogic, Problem
from .plan import PlanRun, Step, start_plan

__all__ = ["ChoiceEligibility", "Eligibility", "PageLogic", "PlanRun", "Problem", "Step", "WizardFlow",
           "start_plan"]
