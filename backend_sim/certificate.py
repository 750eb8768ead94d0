"""The simulator's TLS identity for `--https`: a self-signed certificate kept per data directory, as xapi keeps one.

xapi generates `/etc/xensource/xapi-ssl.pem` (private key and certificate in one file) on first start and keeps
it, so a client that trusted it once is not asked again. The same here: `ensure_certificate(data_dir)` makes
`<data_dir>/xapi-ssl.pem` once (RSA 2048, SHA-256, ten years, the names it is served under as subject
alternative names) and later only reads it back; its SHA-256 fingerprint is what clients pin.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import ipaddress
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

FILE_NAME = "xapi-ssl.pem"
VALID_DAYS = 3650


class CertificateError(Exception):
    """The data directory's certificate cannot be made or read (a clear sentence for the command line)."""


@dataclass(frozen=True)
class Certificate:
    path: Path  # key and certificate in one PEM file
    fingerprint: str  # SHA-256 of the DER certificate, colon-separated upper-case hex (as XenCenter shows it)
    created: bool  # made by this start, not found


def default_data_dir() -> Path:
    """Where the simulator keeps what outlives a run: the platform's per-user data directory."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "xapi-sim"


def fingerprint_of(der: bytes) -> str:
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i:i + 2] for i in range(0, len(digest), 2))


def ensure_certificate(data_dir: str | os.PathLike[str], names: Sequence[str]) -> Certificate:
    """The certificate kept in `data_dir`, made (for `names`: host names or addresses) if there is none yet."""
    directory = Path(data_dir)
    path = directory / FILE_NAME
    created = False
    try:
        if not path.exists():
            directory.mkdir(parents=True, exist_ok=True)
            _write_private(path, _self_signed(names))
            created = True
        pem = path.read_bytes()
    except OSError as exc:
        raise CertificateError(f"cannot keep a certificate in {directory}: {exc.strerror or exc}") from None
    try:
        certificate = x509.load_pem_x509_certificate(pem)
        serialization.load_pem_private_key(pem, password=None)
    except ValueError as exc:
        raise CertificateError(f"{path} does not hold a PEM private key and certificate: {exc}") from None
    return Certificate(path, fingerprint_of(certificate.public_bytes(serialization.Encoding.DER)), created)


def _self_signed(names: Sequence[str]) -> bytes:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    common_name = next((name for name in names if name), "localhost")
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    alternatives: list[x509.GeneralName] = []
    for name in dict.fromkeys([*names, "localhost", "127.0.0.1"]):
        try:
            alternatives.append(x509.IPAddress(ipaddress.ip_address(name)))
        except ValueError:
            if name:
                alternatives.append(x509.DNSName(name))
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))  # clocks a little behind still accept it
        .not_valid_after(now + datetime.timedelta(days=VALID_DAYS))
        .add_extension(x509.SubjectAlternativeName(alternatives), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    return (key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption())
            + certificate.public_bytes(serialization.Encoding.PEM))


def _write_private(path: Path, data: bytes) -> None:
    """Only the owner may read the key; written under a temporary name so a half-written file is never used."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
