"""Licence expiry on the simulated clock, as the licensing daemon reports it: 30 days before a host's licence
(`license_params:expiry`) ends, a LICENSE_EXPIRES_SOON alert, and when it has ended, LICENSE_EXPIRED, once per
expiry date (renewing, i.e. applying the edition again, moves the date and arms the alerts again). The course's
XenServer Free licence lasts a year; open platforms (XCP, XCP-ng) never expire.

The watcher sleeps until the next moment an alert may be due (at most a simulated day), so a class that speeds
the clock up, or steps it, sees the alert when the day comes.
"""

from __future__ import annotations

from datetime import UTC, datetime

from ..store.store import Store
from . import messages
from .context import SimContext

WARN_DAYS = 30
DAY = 86400.0
PRIORITY = 2  # as xapi: a licence about to stop the pool's features is a major alert


def expiry_of(params: dict[str, str]) -> float | None:
    """`license_params:expiry` ("20271204T00:00:00Z") as epoch seconds; None when unset or far away."""
    try:
        stamp = datetime.strptime(str(params.get("expiry", "")), "%Y%m%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return None
    return stamp.timestamp() if stamp.year < 3000 else None


def check(store: Store, now: float, timestamp: str, posted: set[tuple[str, str, str]]) -> float:
    """Post what is due; returns the seconds until the next moment something may be."""
    wait = DAY
    for ref, host in list(store.table("host").items()):
        params = dict(host.get("license_params") or {})
        expiry = expiry_of(params)
        if expiry is None:
            continue
        warn_at = expiry - WARN_DAYS * DAY
        date = datetime.fromtimestamp(expiry, UTC).strftime("%Y-%m-%d")
        name, uuid = str(host["name_label"]), str(host["uuid"])
        if now >= expiry and (ref, date, "expired") not in posted:
            posted.add((ref, date, "expired"))
            messages.post(store, "LICENSE_EXPIRED", "Host", uuid, timestamp,
                          f"The licence of {name} expired on {date}; renew it to keep its features.", PRIORITY)
        elif warn_at <= now < expiry and (ref, date, "soon") not in posted:
            posted.add((ref, date, "soon"))
            days = max(1, int((expiry - now + DAY - 1) // DAY))
            messages.post(store, "LICENSE_EXPIRES_SOON", "Host", uuid, timestamp,
                          f"The licence of {name} expires on {date}, in {days} days.", PRIORITY)
        for moment in (warn_at, expiry):
            if moment > now:
                wait = min(wait, moment - now)
    return max(wait, 1.0)


async def watch(ctx: SimContext) -> None:
    posted: set[tuple[str, str, str]] = set()
    while True:
        wait = check(ctx.store, ctx.clock.now(), ctx.clock.now_datetime(), posted)
        await ctx.clock.sleep(wait)
