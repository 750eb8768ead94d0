"""UserError: an error that already says, in a translated sentence, what went wrong and what would do; the error
report shows its text as it is (a bad file, a refused transfer), never "something unexpected"."""

from __future__ import annotations


class UserError(Exception):
    """Raised with the sentence for the user as its only argument."""
