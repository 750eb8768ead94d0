"""Where connections are remembered: the server list in an injected settings backend, passwords in a secret store.

Passwords never go into settings. `default_secret_store()` uses the `keyring` package when it is importable;
without it passwords are simply not saved (the user is asked again).
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from typing import Any, Protocol

log = logging.getLogger("xencenter.settings")

SERVERS_KEY = "connections/servers"
KEYRING_SERVICE = "xencenter"


@dataclass(frozen=True)
class ServerEntry:
    url: str
    user: str
    name: str = ""


class SettingsBackend(Protocol):
    """The two calls we need from QSettings (the app passes a QSettings; tests a MemorySettings)."""

    def value(self, key: str, defaultValue: Any = None) -> Any: ...

    def setValue(self, key: str, value: Any) -> None: ...


class MemorySettings:
    def __init__(self) -> None:
        self.data: dict[str, Any] = {}

    def value(self, key: str, defaultValue: Any = None) -> Any:
        return self.data.get(key, defaultValue)

    def setValue(self, key: str, value: Any) -> None:
        self.data[key] = value


class SecretStore(Protocol):
    @property
    def can_save(self) -> bool: ...

    def get(self, url: str, user: str) -> str | None: ...

    def set(self, url: str, user: str, password: str) -> None: ...

    def delete(self, url: str, user: str) -> None: ...


class NullSecretStore:
    """No secret storage available: nothing is saved, nothing is found; `reason` says why (for the UI)."""

    can_save = False

    def __init__(self, reason: str = "") -> None:
        self.reason = reason

    def get(self, url: str, user: str) -> str | None:
        return None

    def set(self, url: str, user: str, password: str) -> None:
        return None

    def delete(self, url: str, user: str) -> None:
        return None


class MemorySecretStore:
    """For tests and for "remember for this session only"."""

    can_save = True

    def __init__(self) -> None:
        self.secrets: dict[tuple[str, str], str] = {}

    def get(self, url: str, user: str) -> str | None:
        return self.secrets.get((url, user))

    def set(self, url: str, user: str, password: str) -> None:
        self.secrets[(url, user)] = password

    def delete(self, url: str, user: str) -> None:
        self.secrets.pop((url, user), None)


class KeyringSecretStore:
    """The desktop's keyring (Secret Service, Keychain, Windows Credential Locker) through `keyring`.

    A keyring that refuses to save (locked, its daemon gone) turns saving off for the rest of the run: `can_save`
    becomes False and `reason` says why, so the console says so once and asks for passwords each time."""

    def __init__(self, keyring_module: Any) -> None:
        self._keyring = keyring_module
        self.can_save = True
        self.reason = ""

    def _key(self, url: str, user: str) -> str:
        return f"{user}@{url}"

    def get(self, url: str, user: str) -> str | None:
        try:
            secret = self._keyring.get_password(KEYRING_SERVICE, self._key(url, user))
        except Exception as exc:  # keyring backends raise their own types; a missing secret is not fatal
            log.warning("keyring lookup failed: %s", exc)
            return None
        return secret if isinstance(secret, str) else None

    def set(self, url: str, user: str, password: str) -> None:
        try:
            self._keyring.set_password(KEYRING_SERVICE, self._key(url, user), password)
        except Exception as exc:
            log.warning("keyring could not save the password: %s", exc)
            self.can_save = False
            self.reason = str(exc) or type(exc).__name__

    def delete(self, url: str, user: str) -> None:
        try:
            self._keyring.delete_password(KEYRING_SERVICE, self._key(url, user))
        except Exception as exc:
            log.info("keyring delete: %s", exc)


def _safe_backend(backend: Any) -> bool:
    """A backend that keeps secrets safe: not the fail/null ones, never a plain-text file (keyrings.alt)."""
    module = type(backend).__module__
    if module.startswith("keyrings.alt") or module.endswith(("backends.fail", "backends.null")):
        return False
    return getattr(backend, "priority", 1) > 0


def default_secret_store() -> SecretStore:
    """The desktop keyring when a safe backend works here, else a store that saves nothing and says why."""
    try:
        import keyring
    except ImportError:
        return NullSecretStore("the keyring package is not installed")
    try:
        backend = keyring.get_keyring()
        chain = list(getattr(backend, "backends", None) or [backend])
    except Exception as exc:  # a broken keyring configuration must not stop the console
        log.warning("no usable keyring: %s", exc)
        return NullSecretStore(str(exc))
    if not chain or not _safe_backend(chain[0]):
        return NullSecretStore("no secure keyring (Secret Service, KWallet, Keychain or Windows Credential "
                               "Locker) is available")
    return KeyringSecretStore(keyring)


def load_servers(settings: SettingsBackend) -> list[ServerEntry]:
    """The saved server list; malformed settings are logged and skipped, never fatal."""
    raw = settings.value(SERVERS_KEY, "[]")
    try:
        items = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        log.warning("ignoring an unreadable server list in the settings")
        return []
    entries: list[ServerEntry] = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict) and isinstance(item.get("url"), str) and isinstance(item.get("user"), str):
            entries.append(ServerEntry(item["url"], item["user"], str(item.get("name", ""))))
        else:
            log.warning("ignoring a malformed server entry: %r", item)
    return entries


def save_servers(settings: SettingsBackend, entries: list[ServerEntry]) -> None:
    settings.setValue(SERVERS_KEY, json.dumps([asdict(entry) for entry in entries]))
