"""core/tls.py: trust on first use of a self-signed certificate, and a warning when it changes."""

from __future__ import annotations

import asyncio
import datetime
import ssl
from pathlib import Path

import httpx
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from xencenter.core.servers import MemorySettings
from xencenter.core.tls import CertificateRejected, FingerprintStore, PinnedTransport, fingerprint


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
