"""The teacher's hold on the simulated clock, through the `sim` plugin: pause, resume, speed, state.

Every function answers the clock's state as JSON: {"now": epoch seconds, "speed": simulated
seconds per real second, "running": false while paused or on a --manual-clock}. A console polls
`clock_state` and extrapolates between polls while the clock runs.
"""

from __future__ import annotations

import json
import math

from ..clock import SimClock

MAX_SPEED = 10_000.0  # beyond this a boot is over before a console can draw it


def clock_state(clock: SimClock) -> str:
    return json.dumps({"now": clock.now(), "speed": clock.speed, "running": not clock.manual}, sort_keys=True)


def _speed(args: dict[str, str]) -> float:
    try:
        speed = float(args.get("speed", ""))
    except ValueError:
        raise ValueError("speed must be a number") from None
    if not math.isfinite(speed) or not 0 < speed <= MAX_SPEED:
        raise ValueError(f"speed must be above 0 and at most {MAX_SPEED:g}")
    return speed


def control(clock: SimClock, fn: str, args: dict[str, str]) -> str:
    """Run one of CLOCK_FUNCTIONS; bad arguments raise ValueError with the sentence to send back."""
    if fn == "clock_pause":
        clock.pause()
    elif fn == "clock_resume":
        clock.resume()
    elif fn == "clock_set_speed":
        clock.set_speed(_speed(args))
    return clock_state(clock)


CLOCK_FUNCTIONS = frozenset({"clock_state", "clock_pause", "clock_resume", "clock_set_speed"})
