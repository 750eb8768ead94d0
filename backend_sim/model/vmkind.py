"""What kind of guest a VM is (HVM or PV) and whether a host can run that kind."""

from __future__ import annotations

from typing import Any


def needs_hvm(vm: dict[str, Any]) -> bool:
    return vm.get("domain_type") == "hvm" or (vm.get("HVM_boot_policy") or "") != ""


def host_supports_hvm(host: dict[str, Any]) -> bool:
    return any(cap.startswith("hvm") for cap in host.get("capabilities", ()))
