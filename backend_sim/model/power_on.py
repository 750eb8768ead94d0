"""Host power-on: the remote methods xapi knows (`host.power_on_mode` and `power_on_config`).

`wake-on-lan` needs a live pool member on the host's network to send the magic packet; `DRAC` (and iLO, which
older releases had) needs the management controller's address, user and a `secret` holding the password; any
other non-empty mode names a custom power-on script in /etc/xapi.d/plugins, which the simulator accepts. An empty
mode turns remote power-on off, and `host.power_on` then fails in xapi's power-on plugin.
"""

from __future__ import annotations

from typing import Any

from .. import errors
from ..errors import ApiError
from ..store.store import Store
from . import hosts

WAKE_ON_LAN, DRAC, ILO = "wake-on-lan", "DRAC", "iLO"
CONTROLLER_KEYS = ("power_on_ip", "power_on_user", "power_on_password_secret")


def _secret_exists(store: Store, uuid: str) -> bool:
    return any(record.get("uuid") == uuid for record in store.table("secret").values())


def _plugin_failure(message: str) -> ApiError:
    return ApiError(errors.XENAPI_PLUGIN_FAILURE, "power_on", "", message)


def assert_can_power_on(store: Store, host: str) -> None:
    """What xapi's power-on plugin checks before it wakes the host."""
    record = store.get("host", host)
    mode = str(record.get("power_on_mode", ""))
    config: dict[str, Any] = dict(record.get("power_on_config") or {})
    if not mode:
        raise _plugin_failure("Power-on is disabled for this host (power_on_mode is empty)")
    if mode == WAKE_ON_LAN:
        if not any(hosts.is_live(store, other) for other in store.table("host") if other != host):
            raise _plugin_failure("No live host in the pool can send the Wake-on-LAN packet")
        return
    if mode in (DRAC, ILO):
        missing = [key for key in CONTROLLER_KEYS if not config.get(key)]
        if missing:
            raise _plugin_failure(f"power_on_config lacks {', '.join(missing)}")
        if not _secret_exists(store, str(config["power_on_password_secret"])):
            raise _plugin_failure("The password secret in power_on_config does not exist")


def forget_old_secret(store: Store, old: dict[str, str], new: dict[str, str]) -> None:
    """As xapi: a password secret the new config no longer names is destroyed."""
    uuid = old.get("power_on_password_secret", "")
    if not uuid or uuid == new.get("power_on_password_secret"):
        return
    for ref, record in list(store.table("secret").items()):
        if record.get("uuid") == uuid:
            store.destroy("secret", ref)
