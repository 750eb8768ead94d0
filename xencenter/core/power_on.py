"""A server's remote power-on settings (xapi's `host.power_on_mode` and `power_on_config`), as XenCenter's Power-On
page edits them: off, Wake-on-LAN, a Dell DRAC or HP iLO management controller (its address, user and password;
the password goes into a xapi `secret`, and only the secret's uuid into the config), or a custom script in
/etc/xapi.d/plugins on the servers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from .operations import OperationRunner

DISABLED, WAKE_ON_LAN, DRAC, ILO, CUSTOM = "", "wake-on-lan", "DRAC", "iLO", "custom"
CONTROLLERS = (DRAC, ILO)
SECRET_KEY = "power_on_password_secret"
MODE_TEXTS = ((DISABLED, QT_TRANSLATE_NOOP("PowerOn", "Disabled")),
              (WAKE_ON_LAN, QT_TRANSLATE_NOOP("PowerOn", "Wake-on-LAN (WoL)")),
              (DRAC, QT_TRANSLATE_NOOP("PowerOn", "Dell DRAC")),
              (ILO, QT_TRANSLATE_NOOP("PowerOn", "HP iLO")),
              (CUSTOM, QT_TRANSLATE_NOOP("PowerOn", "Custom power-on script")))


def mode_text(mode: str) -> str:
    for key, text in MODE_TEXTS:
        if key == mode:
            return QCoreApplication.translate("PowerOn", str(text))
    return QCoreApplication.translate("PowerOn", "Custom script '{0}'").format(mode)


@dataclass
class PowerOnSettings:
    mode: str = DISABLED  # one of the modes above
    address: str = ""  # the controller's (DRAC, iLO)
    user: str = ""
    password: str = ""  # typed anew; "" keeps the secret already set
    script: str = ""  # the custom script's name

    @property
    def wire_mode(self) -> str:
        return self.script.strip() if self.mode == CUSTOM else self.mode


def settings_of(record: dict[str, Any]) -> PowerOnSettings:
    """The settings a server has now (the password is never read back: only whether one is set)."""
    mode = str(record.get("power_on_mode", ""))
    config = dict(record.get("power_on_config") or {})
    known = {key for key, _ in MODE_TEXTS} - {CUSTOM}
    if mode not in known:
        return PowerOnSettings(CUSTOM, script=mode)
    return PowerOnSettings(mode, str(config.get("power_on_ip", "")), str(config.get("power_on_user", "")))


def has_secret(record: dict[str, Any]) -> bool:
    return bool(dict(record.get("power_on_config") or {}).get(SECRET_KEY))


def problem(settings: PowerOnSettings, secret_set: bool) -> str | None:
    """What is missing before the settings can be saved, as a sentence; None when they are complete."""
    if settings.mode in CONTROLLERS:
        if not settings.address.strip():
            return QCoreApplication.translate("PowerOn", "Type the address of the management controller.")
        if not settings.user.strip():
            return QCoreApplication.translate("PowerOn", "Type the controller's user name.")
        if not settings.password and not secret_set:
            return QCoreApplication.translate("PowerOn", "Type the controller's password.")
    if settings.mode == CUSTOM and not settings.script.strip():
        return QCoreApplication.translate("PowerOn", "Type the name of the power-on script.")
    return None


async def apply(runner: OperationRunner, host: str, settings: PowerOnSettings, old: dict[str, Any]) -> None:
    """Save the settings: a new password becomes a secret first; xapi forgets the old secret itself."""
    config: dict[str, str] = {}
    if settings.mode in CONTROLLERS:
        config = {"power_on_ip": settings.address.strip(), "power_on_user": settings.user.strip()}
        previous = dict(old.get("power_on_config") or {}).get(SECRET_KEY, "")
        if settings.password:
            secret = await runner.call("secret.create", {"value": settings.password, "other_config": {}})
            config[SECRET_KEY] = str(await runner.call("secret.get_uuid", secret))
        elif previous:
            config[SECRET_KEY] = str(previous)
    await runner.call("host.set_power_on_mode", host, settings.wire_mode, config)
