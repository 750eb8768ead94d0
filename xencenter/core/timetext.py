"""xapi's datetimes read as aware datetimes, and any instant written in the user's locale and time zone.

xapi writes "20261203T06:00:12Z" (XML-RPC dateTime.iso8601 and the JSON form), sometimes with an offset or
dashes; the epoch means "never". People read local time in their own locale's format (QLocale's default,
which --lang changes), never the wire form.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from PySide6.QtCore import QDateTime, QLocale

_XAPI_TIME = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})T(\d{2}):?(\d{2}):?(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$")


def parse_xapi_time(value: Any) -> datetime | None:
    """An xapi datetime ("20261124T08:11:32Z", ISO 8601 or a datetime) as an aware UTC datetime; None if unusable."""
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    match = _XAPI_TIME.match(str(value or "").strip())
    if match is None:
        return None
    year, month, day, hour, minute, second = (int(g) for g in match.groups()[:6])
    try:
        stamp = datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except ValueError:
        return None
    offset = match.group(7)
    if offset and offset != "Z":
        sign = 1 if offset[0] == "+" else -1
        digits = offset[1:].replace(":", "")
        stamp = stamp.replace(tzinfo=timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))))
    # xapi's "never" is the epoch
    return None if stamp.year <= 1970 else stamp.astimezone(UTC)


def parse_epoch(value: Any) -> datetime | None:
    """Epoch seconds as xapi keeps them in other_config ("1306414984." or "1306414984.25") as UTC; None if not."""
    try:
        seconds = float(str(value).strip())
    except ValueError:
        return None
    if not seconds > 0 or seconds > 253402300799:  # not after 9999-12-31, NaN refused too
        return None
    return datetime.fromtimestamp(seconds, UTC)


def local_time_text(stamp: datetime | None, unknown: str = "") -> str:
    """`stamp` in the local time zone, in the user's locale's short date and time format; `unknown` for None."""
    if stamp is None:
        return unknown
    local = QDateTime.fromSecsSinceEpoch(int(stamp.timestamp()))  # local time: Qt reads the system zone
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)
