"""Saved passwords only in a safe keyring: never a plain-text backend, and a reason when there is none."""

from __future__ import annotations

import sys
import types
from typing import Any

import pytest

from xencenter.core.servers import KeyringSecretStore, NullSecretStore, default_secret_store


def backend(module: str, priority: float = 5) -> Any:
    kind = type("Keyring", (), {"priority": priority, "__module__": module})
    return kind()


@pytest.mark.parametrize(("chosen", "safe"), [
    (backend("keyring.backends.SecretService"), True),
    (backend("keyring.backends.fail", 0), False),
    (backend("keyrings.alt.file"), False),  # a plain-text (or weakly encrypted) file: never
])
def test_only_safe_keyrings_are_used(monkeypatch: pytest.MonkeyPatch, chosen: Any, safe: bool) -> None:
    fake = types.ModuleType("keyring")
    fake.get_keyring = lambda: chosen  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "keyring", fake)
    store = default_secret_store()
    assert isinstance(store, KeyringSecretStore) is safe
    if not safe:
        assert isinstance(store, NullSecretStore) and not store.can_save and "keyring" in store.reason


def test_the_chain_is_judged_by_its_first_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    chain = type("ChainerBackend", (), {"priority": 10, "backends": [backend("keyrings.alt.file"),
                                                                     backend("keyring.backends.kwallet")]})()
    fake = types.ModuleType("keyring")
    fake.get_keyring = lambda: chain  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "keyring", fake)
    assert isinstance(default_secret_store(), NullSecretStore)


def test_keyring_is_a_declared_dependency() -> None:
    import keyring  # installed with the console, not optional

    assert hasattr(keyring, "get_keyring")


class LockedKeyring:
    """A keyring whose daemon refuses to store anything (a locked collection)."""

    def __init__(self) -> None:
        self.asked = 0

    def set_password(self, service: str, key: str, password: str) -> None:
        self.asked += 1
        raise RuntimeError("the collection is locked")

    def get_password(self, service: str, key: str) -> None:
        return None

    def delete_password(self, service: str, key: str) -> None:
        return None


def test_a_keyring_that_refuses_turns_saving_off_says_so_once_and_writes_nothing(qapp: Any) -> None:
    from xencenter.core.manager import ConnectionManager
    from xencenter.core.servers import MemorySettings

    keyring = LockedKeyring()
    store = KeyringSecretStore(keyring)
    settings = MemorySettings()
    manager = ConnectionManager(settings, store)
    said: list[str] = []
    manager.saving_failed.connect(said.append)
    first = manager.add("https://192.0.2.10", "root", password="s3cret", save_password=True)
    assert said == ["the collection is locked"] and not store.can_save
    manager.remember_password(first, "s3cret")
    manager.add("https://192.0.2.11", "root", password="s3cret", save_password=True)
    assert said == ["the collection is locked"] and keyring.asked == 1, "said once; not asked again"
    assert manager.saved_password(first) is None
    assert "s3cret" not in repr(settings.__dict__), "never written in plain text"
