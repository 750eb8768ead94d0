"""Network verbs: Properties (name, description, MTU, whether new VMs get it), Delete Network (its VLAN
interfaces and tunnels first, as XenCenter does), and a server's Management Interface (which NIC and its IP)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ..i18n import LazyText
from ..network_settings import (
    AUTOMATIC_KEY,
    ManagementChoice,
    NetworkProperties,
    current_management,
    management_nics,
    network_properties,
)
from ..objects import Host, Network, the_pool
from ..operations import OperationRunner
from .base import Command, CommandContext, SelectedItem, Verb
from .subject import HOSTS, NETWORKS, ObjectCommand

NULL_REF = "OpaqueRef:NULL"


class NetworkPropertiesCommand(ObjectCommand):
    subject = NETWORKS

    def object_reason(self, obj: Any, item: SelectedItem, argument: Any) -> str | None:
        return None

    async def run(self, context: CommandContext) -> None:
        item = context.selection[0]
        network = Network.lookup(item.connection.cache, item.ref)
        if network is None or self.reason(item) is not None:
            return
        answer = await context.ui.ask_network_properties(network.name, network_properties(dict(network.record)))
        if answer is not None:
            context.argument = answer
            self.start(context, item)

    async def job(self, runner: OperationRunner, ref: str, argument: Any) -> Any:
        wanted: NetworkProperties = argument
        await runner.call("network.set_name_label", ref, wanted.name.strip())
        await runner.call("network.set_name_description", ref, wanted.description)
        await runner.call("network.set_MTU", ref, wanted.mtu)
        await runner.call("network.remove_from_other_config", ref, AUTOMATIC_KEY)
        await runner.call("network.add_to_other_config", ref, AUTOMATIC_KEY, "true" if wanted.automatic else "false")


class DeleteNetworkCommand(ObjectCommand):
    subject = NETWORKS

    def object_reason(self, obj: Any, item: SelectedItem, argument: Any) -> str | None:
        cache = item.connection.cache
        for pif_ref in obj.record.get("PIFs", []):
            pif = cache.get("PIF", pif_ref) or {}
            if pif.get("physical"):
                return QCoreApplication.translate("Commands", "The network is on the servers' NICs; it cannot be "
                                                              "deleted.")
            if pif.get("bond_master_of"):
                return QCoreApplication.translate("Commands", "The network belongs to a bond: delete the bond "
                                                              "from the NICs tab.")
            if pif.get("management"):
                return QCoreApplication.translate("Commands", "The network carries a management interface.")
        users = sorted({str((cache.get("VM", str((cache.get("VIF", v) or {}).get("VM", ""))) or {}).get(
            "name_label", "")) for v in obj.record.get("VIFs", [])} - {""})
        if users:
            return QCoreApplication.translate("Commands", "VMs still use the network ({0}); remove their "
                                                          "interfaces on it first.").format(", ".join(users))
        return None

    async def job(self, runner: OperationRunner, ref: str, argument: Any) -> Any:
        for pif in await runner.call("network.get_PIFs", ref):
            vlan = await runner.call("PIF.get_VLAN_master_of", pif)
            if vlan != NULL_REF:
                await runner.call("VLAN.destroy", vlan)
                continue
            for tunnel in await runner.call("PIF.get_tunnel_access_PIF_of", pif):
                await runner.call("tunnel.destroy", tunnel)
        await runner.call("network.destroy", ref)


class ManagementInterfaceCommand(ObjectCommand):
    subject = HOSTS

    def object_reason(self, obj: Any, item: SelectedItem, argument: Any) -> str | None:
        pool = the_pool(item.connection.cache)
        if pool is not None and pool.record.get("ha_enabled"):
            return QCoreApplication.translate("Commands", "Turn off high availability first.")
        host: Host = obj
        if host.metrics is not None and not host.is_live:
            return QCoreApplication.translate("Commands", "The server is not reachable.")
        return None

    async def run(self, context: CommandContext) -> None:
        item = context.selection[0]
        cache = item.connection.cache
        host = Host.lookup(cache, item.ref)
        if host is None or self.reason(item) is not None:
            return
        current = current_management(cache, item.ref) or ManagementChoice("", "DHCP")
        answer = await context.ui.ask_management_interface(host.name, management_nics(cache, item.ref), current)
        if answer is not None:
            context.argument = answer
            self.start(context, item)

    async def job(self, runner: OperationRunner, ref: str, argument: Any) -> Any:
        choice: ManagementChoice = argument
        if choice.mode == "Static":
            await runner.call("PIF.reconfigure_ip", choice.pif, "Static", choice.ip.strip(), choice.netmask.strip(),
                              choice.gateway.strip(), choice.dns.replace(" ", ""))
        else:
            await runner.call("PIF.reconfigure_ip", choice.pif, "DHCP", "", "", "", "")
        await runner.call("host.management_reconfigure", choice.pif)


PROPERTIES = Verb(id="network.properties", text=LazyText("Commands", "Network Properties..."), icon="network",
                  title=LazyText("Commands", "Changing the properties of network '{0}'"),
                  permissions=("network.set_name_label", "network.set_MTU", "network.add_to_other_config"))
DELETE = Verb(id="network.delete", text=LazyText("Commands", "Delete Network"), icon="network",
              title=LazyText("Commands", "Deleting network '{0}'"),
              confirmation=LazyText("Commands", "Delete the network {0}? Its VLAN interfaces and tunnels on every "
                                                "server are deleted with it."),
              permissions=("network.destroy", "vlan.destroy", "tunnel.destroy"))
MANAGEMENT = Verb(id="host.management_interface", text=LazyText("Commands", "Management Interface..."),
                  icon="network", title=LazyText("Commands", "Changing the management interface of '{0}'"),
                  permissions=("pif.reconfigure_ip", "host.management_reconfigure"))


def network_commands() -> list[Command]:
    return [NetworkPropertiesCommand(PROPERTIES), DeleteNetworkCommand(DELETE),
            ManagementInterfaceCommand(MANAGEMENT)]
