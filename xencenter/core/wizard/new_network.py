"""The New Network wizard's logic (XenCenter's NewNetworkWizard): an external network (a VLAN on a NIC of every
server), a single-server private network (no NIC), a cross-server private network (GRE tunnels over each server's
management interface: the distributed switch), or a bonded network (2-4 NICs of one server). Finish runs one
Operation that creates the network and then its VLANs, tunnels or bond; a failing step removes the network again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..cache import ObjectCache
from ..connection import Connection
from ..i18n import LazyText, translate
from ..operation import Operation
from ..operations import OperationList, OperationRunner
from .page import PageLogic, Problem
from .plan import PlanRun, Step, start_plan

EXTERNAL, INTERNAL, PRIVATE, BONDED = "external", "internal", "private", "bond"
KINDS = (EXTERNAL, INTERNAL, PRIVATE, BONDED)
BOND_MODES = ("balance-slb", "active-backup", "lacp")
MTU_RANGE = (1280, 9216)


@dataclass
class NetworkChoices:
    connection: Connection
    kind: str = EXTERNAL
    name: str = ""
    description: str = ""
    automatic: bool = True  # other_config:automatic: new VMs get an interface on it
    device: str = ""  # the NIC the VLAN rides on (external)
    vlan: int = 1
    mtu: int = 1500
    host: str = ""  # the bond's server
    members: list[str] = field(default_factory=list)  # the bond's PIFs
    mode: str = BOND_MODES[0]
    hashing: str = "tcpudp_ports"  # LACP's hashing algorithm

    @property
    def cache(self) -> ObjectCache:
        return self.connection.cache


def kind_text(kind: str) -> str:
    return {EXTERNAL: translate("NewNetwork", "External network"),
            INTERNAL: translate("NewNetwork", "Single-server private network"),
            PRIVATE: translate("NewNetwork", "Cross-server private network"),
            BONDED: translate("NewNetwork", "Bonded network")}[kind]


def physical_pifs(cache: ObjectCache, host: str = "") -> list[tuple[str, dict[str, Any]]]:
    """The physical NICs (not VLANs, bonds or tunnels), of `host` or of every server."""
    found = []
    for ref, pif in cache.items("PIF"):
        if not pif.get("physical") or (host and pif.get("host") != host):
            continue
        found.append((ref, dict(pif)))
    return sorted(found, key=lambda item: (str(item[1].get("host", "")), str(item[1].get("device", ""))))


def devices(cache: ObjectCache) -> list[str]:
    return sorted({str(pif.get("device", "")) for _, pif in physical_pifs(cache)})


def vlan_used(cache: ObjectCache, device: str, tag: int) -> bool:
    return any(pif.get("device") == device and int(pif.get("VLAN", -1)) == tag for _ref, pif in cache.items("PIF"))


def default_choices(connection: Connection) -> NetworkChoices:
    cache = connection.cache
    hosts = sorted((str(rec.get("name_label", ref)), ref) for ref, rec in cache.items("host"))
    choices = NetworkChoices(connection, name=translate("NewNetwork", "New Network"))
    names = devices(cache)
    choices.device = names[0] if names else ""
    choices.host = hosts[0][1] if hosts else ""
    while vlan_used(cache, choices.device, choices.vlan):
        choices.vlan += 1
    return choices


class KindPage(PageLogic[NetworkChoices]):
    key = "kind"
    title = LazyText("NewNetwork", "Network Type")

    def problems(self, state: NetworkChoices) -> list[Problem]:
        if state.kind in (EXTERNAL, BONDED) and not physical_pifs(state.cache):
            return [Problem("kind", translate("NewNetwork", "The servers have no physical NIC to use."))]
        return []

    def summary(self, state: NetworkChoices) -> list[tuple[str, str]]:
        return [(translate("NewNetwork", "Type"), kind_text(state.kind))]


class NamePage(PageLogic[NetworkChoices]):
    key = "name"
    title = LazyText("NewNetwork", "Name")

    def problems(self, state: NetworkChoices) -> list[Problem]:
        name = state.name.strip()
        if not name:
            return [Problem("name", translate("NewNetwork", "Type a name for the network."))]
        if any(rec.get("name_label") == name for _ref, rec in state.cache.items("network")):
            return [Problem("name", translate("NewNetwork", "A network named '{0}' already exists.").format(name))]
        return []

    def summary(self, state: NetworkChoices) -> list[tuple[str, str]]:
        yes, no = translate("NewNetwork", "Yes"), translate("NewNetwork", "No")
        return [(translate("NewNetwork", "Name"), state.name.strip()),
                (translate("NewNetwork", "Added to new VMs"), yes if state.automatic else no)]


class DetailsPage(PageLogic[NetworkChoices]):
    key = "details"
    title = LazyText("NewNetwork", "Network Settings")

    def problems(self, state: NetworkChoices) -> list[Problem]:
        problems = []
        if not MTU_RANGE[0] <= state.mtu <= MTU_RANGE[1]:
            problems.append(Problem("mtu", translate("NewNetwork", "The MTU must be between {0} and {1}.").format(
                *MTU_RANGE)))
        if state.kind == EXTERNAL:
            if state.device not in devices(state.cache):
                problems.append(Problem("device", translate("NewNetwork", "Choose the NIC the network uses.")))
            elif not 1 <= state.vlan <= 4094:
                problems.append(Problem("vlan", translate("NewNetwork", "A VLAN tag is between 1 and 4094.")))
            elif vlan_used(state.cache, state.device, state.vlan):
                problems.append(Problem("vlan", translate("NewNetwork", "VLAN {0} is already used on {1}.").format(
                    state.vlan, state.device)))
        if state.kind == BONDED:
            problems += self._bond_problems(state)
        return problems

    @staticmethod
    def _bond_problems(state: NetworkChoices) -> list[Problem]:
        mine = {ref: pif for ref, pif in physical_pifs(state.cache, state.host)}
        if not 2 <= len(state.members) <= 4:
            return [Problem("members", translate("NewNetwork", "A bond joins 2 to 4 NICs of one server."))]
        for ref in state.members:
            pif = mine.get(ref)
            if pif is None:
                return [Problem("members", translate("NewNetwork", "Choose NICs of the bond's server."))]
            if pif.get("bond_slave_of", "OpaqueRef:NULL") != "OpaqueRef:NULL":
                return [Problem("members", translate("NewNetwork", "{0} is already in a bond.").format(
                    pif.get("device")))]
        if state.mode not in BOND_MODES:
            return [Problem("mode", translate("NewNetwork", "Choose the bond's mode."))]
        return []

    def summary(self, state: NetworkChoices) -> list[tuple[str, str]]:
        lines = [(translate("NewNetwork", "MTU"), str(state.mtu))]
        if state.kind == EXTERNAL:
            lines += [(translate("NewNetwork", "NIC"), state.device),
                      (translate("NewNetwork", "VLAN"), str(state.vlan))]
        if state.kind == BONDED:
            names = [str((state.cache.get("PIF", ref) or {}).get("device", ref)) for ref in state.members]
            lines += [(translate("NewNetwork", "Bonded NICs"), ", ".join(names)),
                      (translate("NewNetwork", "Mode"), state.mode)]
        return lines


class SummaryPage(PageLogic[NetworkChoices]):
    key = "summary"
    title = LazyText("NewNetwork", "Finish")


def network_pages() -> list[PageLogic[NetworkChoices]]:
    return [KindPage(), NamePage(), DetailsPage(), SummaryPage()]


def _management_pifs(cache: ObjectCache) -> list[str]:
    return [ref for ref, pif in cache.items("PIF") if pif.get("management")]


def start_create(operations: OperationList, choices: NetworkChoices) -> Operation:
    name = choices.name.strip()

    async def create(plan: PlanRun) -> None:
        record = {"name_label": name, "name_description": choices.description, "MTU": str(choices.mtu),
                  "other_config": {"automatic": "true" if choices.automatic else "false"}}
        network = str(await plan.call("network.create", record))
        plan.values["network"] = network

        async def undo(runner: OperationRunner) -> None:
            await runner.call("network.destroy", network)

        plan.undo(name, undo)

    async def attach(plan: PlanRun) -> None:
        network = plan.values["network"]
        if choices.kind == EXTERNAL:
            await plan.call("pool.create_VLAN", choices.device, network, str(choices.vlan))
        elif choices.kind == PRIVATE:
            for pif in _management_pifs(choices.cache):
                await plan.call("tunnel.create", pif, network)
        elif choices.kind == BONDED:
            properties = {"hashing_algorithm": choices.hashing} if choices.mode == "lacp" else {}
            await plan.task("Bond.create", network, choices.members, "", choices.mode, properties)

    steps = [Step(LazyText("NewNetwork", "Creating the network"), create, 0.5),
             Step(LazyText("NewNetwork", "Connecting it to the servers"), attach, 1.0)]
    title = translate("NewNetwork", "Creating network '{0}'").format(name)
    return start_plan(operations, title, choices.connection, [], steps)
