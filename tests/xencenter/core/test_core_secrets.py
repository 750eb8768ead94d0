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
