"""core/tls.py: trust on first use of a self-signed certificate, and a warning when it changes."""

from __future__ import annotations

import asyncio
import datetime
import re
import ssl
from pathlib import Path
from typing import Any

import httpx
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from xencenter.core.servers import MemorySettings
from xencenter.core.tls import CertificateRejected, FingerprintStore, PinnedTransport, fingerprint
from xencenter.core.xenapi.client import XenAPIClient

from conftest import start_sim


def self_signed(directory: Path, name: str) -> tuple[ssl.SSLContext, str]:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now)
            .not_valid_after(now + datetime.timedelta(days=1)).sign(key, hashes.SHA256()))
    cert_file, key_file = directory / f"{name}.pem", directory / f"{name}.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    return context, fingerprint(cert.public_bytes(serialization.Encoding.DER))


async def serve(context: ssl.SSLContext) -> asyncio.Server:
    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while await reader.readline() not in (b"\r\n", b""):
                pass
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")
            await writer.drain()
        except (ConnectionError, ssl.SSLError):
            pass
        finally:
            writer.close()

    return await asyncio.start_server(answer, "127.0.0.1", 0, ssl=context)


def test_first_use_prompts_then_pins_and_a_changed_certificate_warns(tmp_path: Path) -> None:
    first, first_fp = self_signed(tmp_path, "one")
    second, second_fp = self_signed(tmp_path, "two")
    settings = MemorySettings()
    prompts: list[tuple[str, str, str | None]] = []
    answers = [True, False]

    async def prompt(origin: str, seen: str, previous: str | None) -> bool:
        prompts.append((origin, seen, previous))
        return answers.pop(0)

    async def scenario() -> None:
        server = await serve(first)
        port = server.sockets[0].getsockname()[1]
        url = f"https://127.0.0.1:{port}/"
        async with httpx.AsyncClient(transport=PinnedTransport(FingerprintStore(settings), prompt)) as client:
            assert (await client.get(url)).text == "ok"
            assert (await client.get(url)).text == "ok"  # pinned: no second prompt
        assert prompts == [(f"127.0.0.1:{port}", first_fp, None)]
        async with httpx.AsyncClient(transport=PinnedTransport(FingerprintStore(settings), prompt)) as client:
            assert (await client.get(url)).text == "ok"  # remembered across sessions
        assert len(prompts) == 1
        server.close()
        await server.wait_closed()
        server = await serve(second)
        port2 = server.sockets[0].getsockname()[1]
        settings.setValue(f"tls/fingerprints/127.0.0.1:{port2}", first_fp)  # as if this origin had the old one
        async with httpx.AsyncClient(transport=PinnedTransport(FingerprintStore(settings), prompt)) as client:
            try:
                await client.get(f"https://127.0.0.1:{port2}/")
            except CertificateRejected:
                pass
            else:
                raise AssertionError("a refused changed certificate must fail the request")
        assert prompts[1] == (f"127.0.0.1:{port2}", second_fp, first_fp)
        server.close()
        await server.wait_closed()

    asyncio.run(scenario())


# --- against the simulator itself, served with --https --------------------------------------------------------------


def sim_fingerprint(server: Any) -> str:
    """The SHA-256 the simulator printed beside its ready line."""
    for text in server.output_tail:
        match = re.search(r"^xapi-sim tls sha256=(\S+) certificate=", text)
        if match:
            return match[1]
    raise AssertionError("the simulator printed no fingerprint:\n" + "".join(server.output_tail))


def test_trust_on_first_use_against_the_simulator_over_https(tmp_path: Path) -> None:
    settings = MemorySettings()
    prompts: list[tuple[str, str, str | None]] = []

    async def prompt(origin: str, seen: str, previous: str | None) -> bool:
        prompts.append((origin, seen, previous))
        return True

    async def login(url: str) -> str:
        transport = PinnedTransport(FingerprintStore(settings), prompt)
        client = XenAPIClient(url, transport=transport)
        try:
            session = await client.login("root", "xensim")
            assert (await client.call("pool.get_all")) != []
            return session
        finally:
            await client.aclose()

    server = start_sim("--scenario", "empty", "--https", "--data-dir", str(tmp_path / "one"))
    try:
        assert server.url.startswith("https://127.0.0.1:")
        printed = sim_fingerprint(server)
        origin = server.url.removeprefix("https://")
        asyncio.run(login(server.url))
        asyncio.run(login(server.url))  # remembered: no second question
        assert prompts == [(origin, printed, None)]
    finally:
        server.stop()
    # The same data directory keeps the same certificate: a restarted simulator is still trusted.
    again = start_sim("--scenario", "empty", "--https", "--data-dir", str(tmp_path / "one"),
                      "--port", origin.rsplit(":", 1)[1])
    try:
        assert sim_fingerprint(again) == printed
        asyncio.run(login(again.url))
        assert len(prompts) == 1
    finally:
        again.stop()
    # Another data directory is another certificate on the same origin: the user is warned with both.
    other = start_sim("--scenario", "empty", "--https", "--data-dir", str(tmp_path / "two"),
                      "--port", origin.rsplit(":", 1)[1])
    try:
        changed = sim_fingerprint(other)
        assert changed != printed
        asyncio.run(login(other.url))
        assert prompts[1] == (origin, changed, printed)
        # Plain http stays the default.
        assert start_sim_default_scheme() == "http"
    finally:
        other.stop()


def start_sim_default_scheme() -> str:
    server = start_sim("--scenario", "empty")
    try:
        return str(server.url.split("://", 1)[0])
    finally:
        server.stop()


def test_the_sdk_talks_to_the_simulator_over_https_with_an_unverified_context(tmp_path: Path) -> None:
    import XenAPI

    server = start_sim("--scenario", "demo", "--https", "--data-dir", str(tmp_path))
    try:
        session = XenAPI.Session(server.url, ignore_ssl=True)
        session.xenapi.login_with_password(server.user, server.password, "1.0", "pytest-https")
        try:
            assert session.xenapi.pool.get_name_label(session.xenapi.pool.get_all()[0]) == "Course lab"
        finally:
            session.xenapi.session.logout()
            session("close")()
        # A verifying client refuses the self-signed certificate: the TLS layer is real.
        refused = XenAPI.Session(server.url)
        try:
            refused.xenapi.login_with_password(server.user, server.password)
        except ssl.SSLError:
            pass
        else:
            raise AssertionError("a verifying client accepted a self-signed certificate")
    finally:
        server.stop()
