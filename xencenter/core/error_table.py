"""The error codes whose sentence only names objects or quotes the server's reason.

`about(text, i, j, words=(k,))`: {0}, {1}... are the objects at parameter indexes i, j (named), then the plain values
at `words`. `with_reason(with, without, index)`: the server's free-text reason quoted when present.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP as N

from .error_sentences import Formatter, about, with_reason

TABLE: dict[str, Formatter] = {
    # Sessions and dispatch.
    "SESSION_INVALID": about(N("ErrorText", "Your session has expired; please log in again.")),
    "SESSION_NOT_REGISTERED": about(N("ErrorText", "Your session has expired; please log in again.")),
    "HOST_IS_SLAVE": about(
        N("ErrorText", "This server is a pool member; connect to the pool master at {0} instead."), 0),
    "HOST_STILL_BOOTING": about(N("ErrorText", "The server is still starting up; try again in a minute.")),
    "HOST_IN_EMERGENCY_MODE": about(N("ErrorText", "The server is in emergency mode and cannot do this now.")),
    "MESSAGE_METHOD_UNKNOWN": about(N("ErrorText", "This server does not support '{0}' (it may be too old)."), 0),
    "MESSAGE_REMOVED": about(N("ErrorText", "This server no longer supports this operation.")),
    "MESSAGE_DEPRECATED": about(N("ErrorText", "This server no longer supports this operation.")),
    "NOT_IMPLEMENTED": about(N("ErrorText", "This server does not implement '{0}'."), 0),
    "INTERNAL_ERROR": about(N("ErrorText", "The server had an internal error: {0}"), 0),
    "FIELD_TYPE_ERROR": about(N("ErrorText", "The value given for '{0}' has the wrong type."), 0),
    "INVALID_VALUE": about(N("ErrorText", "The value '{1}' is not valid for '{0}'."), 0, 1),
    "VALUE_NOT_SUPPORTED": about(N("ErrorText", "The value '{1}' is not supported for '{0}': {2}"), 0, 1, 2),
    "MAP_DUPLICATE_KEY": about(N("ErrorText", "The key '{0}' is already set on this object."), 3),
    "EVENTS_LOST": about(N("ErrorText", "Some updates from the server were lost; the view is being refreshed.")),
    "EVENT_FROM_TOKEN_PARSE_FAILURE": about(
        N("ErrorText", "The server did not understand the console's update request.")),
    "EVENT_SUBSCRIPTION_PARSE_FAILURE": about(
        N("ErrorText", "The server did not understand the console's update request.")),
    "TASK_CANCELLED": about(N("ErrorText", "The task was cancelled.")),
    "OPERATION_NOT_ALLOWED": with_reason(N("ErrorText", "The operation is not allowed: {0}."),
                                         N("ErrorText", "The operation is not allowed.")),
    "OPERATION_BLOCKED": about(N("ErrorText", "The operation '{1}' is blocked on '{0}'."), 0, words=(1,)),
    "PERMISSION_DENIED": with_reason(N("ErrorText", "Permission denied: {0}."), N("ErrorText", "Permission denied.")),
    "RBAC_PERMISSION_DENIED": about(N("ErrorText", "Your role does not allow this ({0})."), 0),
    "SESSION_AUTHORIZATION_FAILED": about(
        N("ErrorText", "'{0}' is known to the domain but has no role in this pool; ask "
                                                 "a pool administrator for one."), 0),
    # Users and roles (external authentication).
    "SUBJECT_CANNOT_BE_RESOLVED": about(N("ErrorText", "The domain has no such user or group.")),
    "SUBJECT_ALREADY_EXISTS": about(N("ErrorText", "This user or group is already a user of the pool.")),
    "ROLE_NOT_FOUND": about(N("ErrorText", "The role does not exist, or the subject does not have it.")),
    "ROLE_ALREADY_EXISTS": about(N("ErrorText", "The subject already has this role.")),
    "AUTH_ENABLE_FAILED": with_reason(N("ErrorText", "The pool could not join the domain: {0}."),
                                      N("ErrorText", "The pool could not join the domain.")),
    "AUTH_ALREADY_ENABLED": about(
        N("ErrorText", "The pool has already joined a domain ({0}); leave it first."), words=(1,)),
    "AUTH_IS_DISABLED": about(N("ErrorText", "The pool has not joined a domain.")),
    "AUTH_UNKNOWN_TYPE": about(N("ErrorText", "The server does not know the directory type '{0}'."), words=(0,)),
    "LICENCE_RESTRICTION": with_reason(N("ErrorText", "Your licence does not allow this ({0})."),
                                       N("ErrorText", "Your licence does not allow this (the editions differ).")),
    "FEATURE_RESTRICTED": about(N("ErrorText", "Your licence does not allow this.")),
    "XENAPI_MISSING_PLUGIN": about(N("ErrorText", "The server has no plug-in named '{0}'."), 0),
    "XENAPI_PLUGIN_FAILURE": about(N("ErrorText", "A server plug-in failed: {0}"), 2),
    # VMs.
    "VM_IS_TEMPLATE": about(N("ErrorText", "'{0}' is a template, so '{1}' is not possible."), 0, words=(1,)),
    "VM_IS_SNAPSHOT": about(N("ErrorText", "'{0}' is a snapshot, so '{1}' is not possible."), 0, words=(1,)),
    "PROVISION_ONLY_ALLOWED_ON_TEMPLATE": about(N("ErrorText", "Only a template can be provisioned.")),
    "REVERT_ONLY_ALLOWED_ON_SNAPSHOT": about(N("ErrorText", "Only a snapshot can be reverted to.")),
    "VM_REQUIRES_SR": about(
        N("ErrorText", "The VM '{0}' needs the storage repository '{1}', which this server cannot reach."), 0, 1),
    "VM_REQUIRES_NETWORK": about(
        N("ErrorText", "The VM '{0}' needs the network '{1}', which this server cannot reach."), 0, 1),
    "VM_HVM_REQUIRED": about(
        N("ErrorText", "The VM '{0}' needs hardware virtualization (Intel VT or AMD-V), which this server does not "
            "have."), 0),
    "VM_LACKS_FEATURE": about(
        N("ErrorText", "The VM '{0}' cannot do this: its guest tools are missing or too old."), 0),
    "VM_MISSING_PV_DRIVERS": about(N("ErrorText", "The VM '{0}' needs its guest tools installed for this."), 0),
    "VM_OLD_PV_DRIVERS": about(N("ErrorText", "The guest tools of the VM '{0}' are too old for this."), 0),
    "VM_NON_SUSPENDABLE": about(N("ErrorText", "The VM '{0}' cannot be suspended: {1}"), 0, 1),
    "VM_NO_SUSPEND_SR": about(
        N("ErrorText", "The VM '{0}' cannot be suspended: no storage repository is set for suspend images."), 0),
    "VM_IS_IMMOBILE": about(N("ErrorText", "The VM '{0}' cannot be moved."), 0),
    "VM_SHUTDOWN_TIMEOUT": about(N("ErrorText", "The VM '{0}' did not shut down in time."), 0),
    "VM_FAILED_SHUTDOWN_ACKNOWLEDGMENT": about(
        N("ErrorText", "The VM '{0}' did not acknowledge the shutdown request."), 0),
    "VM_CRASHED": about(N("ErrorText", "The VM '{0}' crashed."), 0),
    "VM_HALTED": about(N("ErrorText", "The VM '{0}' shut down during the operation."), 0),
    "VM_REBOOTED": about(N("ErrorText", "The VM '{0}' rebooted during the operation."), 0),
    "VM_MIGRATE_FAILED": about(N("ErrorText", "Moving the VM '{0}' from '{1}' to '{2}' failed: {3}"), 0, 1, 2, 3),
    "VM_NOT_RESIDENT_HERE": about(N("ErrorText", "The VM '{0}' is not running on '{1}'."), 0, 1),
    "VM_HOST_INCOMPATIBLE_VERSION": about(
        N("ErrorText", "The server '{0}' runs a version that cannot take the VM '{1}'."), 0, 1),
    "VM_HAS_PCI_ATTACHED": about(
        N("ErrorText", "The VM '{0}' has a PCI device passed through, which prevents this."), 0),
    "VM_HAS_VGPU": about(N("ErrorText", "The VM '{0}' has a virtual GPU, which prevents this."), 0),
    "VM_REVERT_FAILED": about(N("ErrorText", "Reverting the VM '{0}' to the snapshot '{1}' failed."), 0, 1),
    "VM_CHECKPOINT_SUSPEND_FAILED": about(N("ErrorText", "The VM '{0}' could not be paused for the checkpoint."), 0),
    "VM_CHECKPOINT_RESUME_FAILED": about(N("ErrorText", "The VM '{0}' could not be resumed after the checkpoint."), 0),
    "VM_HAS_TOO_MANY_SNAPSHOTS": about(N("ErrorText", "The VM '{0}' has too many snapshots; delete some first."), 0),
    "VM_SNAPSHOT_WITH_QUIESCE_NOT_SUPPORTED": about(N("ErrorText", "The VM '{0}' cannot take a quiesced snapshot."), 0),
    "VM_TOO_MANY_VCPUS": about(N("ErrorText", "The VM '{0}' has more virtual CPUs than allowed."), 0),
    "VM_MEMORY_SIZE_TOO_LOW": about(
        N("ErrorText", "The memory of the VM '{0}' is too low for its operating system."), 0),
    "MEMORY_CONSTRAINT_VIOLATION": about(
        N("ErrorText", "The memory settings are not valid: they must satisfy static minimum <= dynamic minimum <= "
            "dynamic "
             "maximum <= static maximum ({0})."), 0),
    "MEMORY_CONSTRAINT_VIOLATION_ORDER": about(
        N("ErrorText", "The memory settings are not valid: they must satisfy static minimum <= dynamic minimum <= "
            "dynamic "
             "maximum <= static maximum.")),
    "MEMORY_CONSTRAINT_VIOLATION_MAXPIN": about(
        N("ErrorText", "The memory settings are not valid: without guest tools the memory cannot vary ({0})."), 0),
    "VM_IS_PART_OF_AN_APPLIANCE": about(
        N("ErrorText", "The VM '{0}' belongs to the vApp '{1}'; manage it there."), 0, 1),
    "VM_CANNOT_DELETE_DEFAULT_TEMPLATE": about(
        N("ErrorText", "'{0}' is a built-in template and cannot be deleted."), 0),
    "VM_IS_PROTECTED": about(N("ErrorText", "The VM '{0}' is protected against this operation."), 0),
    "BOOTLOADER_FAILED": about(N("ErrorText", "The VM '{0}' could not boot: its boot loader failed."), 0),
    "UNKNOWN_BOOTLOADER": about(N("ErrorText", "The VM '{0}' has a boot loader this server does not know."), 0),
    # Hosts and pools.
    "HOST_OFFLINE": about(N("ErrorText", "The server '{0}' is offline."), 0),
    "HOST_NOT_LIVE": about(N("ErrorText", "The server is not live.")),
    "HOST_DISABLED": about(N("ErrorText", "The server '{0}' is disabled (it may be in maintenance mode)."), 0),
    "HOST_NOT_DISABLED": about(N("ErrorText", "The server must be disabled (in maintenance mode) first.")),
    "HOST_HAS_RESIDENT_VMS": about(
        N("ErrorText", "The server '{0}' still has running VMs; move or shut them down first."), 0),
    "HOST_IN_USE": about(N("ErrorText", "The server '{0}' is still in use by '{2}'."), 0, 1, 2),
    "HOST_IS_LIVE": about(N("ErrorText", "The server '{0}' is running; this needs it to be off."), 0),
    "HOST_NOT_ENOUGH_PCPUS": about(
        N("ErrorText", "The server has {1} physical CPUs, fewer than the {0} virtual CPUs asked for."),
                                   0, 1),
    "NO_HOSTS_AVAILABLE": about(
        N("ErrorText", "No server in the pool can start this VM (not enough memory, or every server is "
                                     "disabled or offline).")),
    "HOST_CANNOT_ATTACH_NETWORK": about(N("ErrorText", "The server '{0}' cannot reach the network '{1}'."), 0, 1),
    "HOST_EVACUATE_IN_PROGRESS": about(N("ErrorText", "The server '{0}' is already being evacuated."), 0),
    "CANNOT_CONTACT_HOST": about(N("ErrorText", "The server '{0}' cannot be contacted."), 0),
    "HOST_CANNOT_DESTROY_SELF": about(N("ErrorText", "The server '{0}' cannot remove itself."), 0),
    "JOINING_HOST_CANNOT_CONTAIN_SHARED_SRS": about(N("ErrorText", "A server with shared storage cannot join a pool.")),
    "JOINING_HOST_CANNOT_HAVE_RUNNING_VMS": about(N("ErrorText", "A server with running VMs cannot join a pool.")),
    "POOL_JOINING_HOST_MUST_HAVE_SAME_PRODUCT_VERSION": about(
        N("ErrorText", "The server must run the same version as the pool to join it.")),
    "POOL_JOINING_HOST_CANNOT_BE_MASTER_OF_OTHER_HOSTS": about(
        N("ErrorText", "The server is the master of another pool with members; it cannot join.")),
    "POOL_HOSTS_NOT_HOMOGENEOUS": with_reason(N("ErrorText", "The server is not compatible with the pool: {0}."),
                                              N("ErrorText", "The server is not compatible with the pool.")),
    "POOL_HOSTS_NOT_COMPATIBLE": about(N("ErrorText", "The server runs another product than the pool.")),
    "POOL_JOINING_EXTERNAL_AUTH_MISMATCH": about(
        N("ErrorText", "The server and the pool are not in the same domain; make their external authentication "
            "match.")),
    "POOL_JOINING_HOST_CONNECTION_FAILED": about(
        N("ErrorText", "The server could not reach the pool master to join it.")),
    "HA_IS_ENABLED": about(N("ErrorText", "High availability is on; turn it off first.")),
    "HA_NOT_ENABLED": about(N("ErrorText", "High availability is not on.")),
    "HA_NO_PLAN": about(N("ErrorText", "High availability has no failover plan for this.")),
    "HA_OPERATION_WOULD_BREAK_FAILOVER_PLAN": about(
        N("ErrorText", "This would break the high-availability failover plan.")),
    "HA_CANNOT_CHANGE_BOND_STATUS_OF_MGMT_IFACE": about(
        N("ErrorText", "High availability is on, so the management interface's bond cannot change.")),
    # Storage.
    "SR_HAS_PBD": about(N("ErrorText", "The storage repository '{0}' is still attached; detach it first."), 0),
    "SR_HAS_NO_PBDS": about(N("ErrorText", "The storage repository '{0}' is not attached to any server."), 0),
    "SR_HAS_MULTIPLE_PBDS": about(N("ErrorText", "The storage repository '{0}' is attached to several servers."), 0),
    "SR_NOT_EMPTY": about(N("ErrorText", "The storage repository still holds virtual disks.")),
    "SR_NOT_SHARABLE": about(N("ErrorText", "The storage repository '{0}' cannot be shared between servers."), 0),
    "SR_UNKNOWN_DRIVER": about(N("ErrorText", "This server has no storage driver of type '{0}'."), 0),
    "SR_OPERATION_NOT_SUPPORTED": about(N("ErrorText", "The storage repository '{0}' does not support this."), 0),
    "SR_NOT_ATTACHED": about(N("ErrorText", "The storage repository '{0}' is not attached."), 0),
    "DEFAULT_SR_NOT_FOUND": about(N("ErrorText", "The pool has no default storage repository.")),
    "PBD_EXISTS": about(N("ErrorText", "The storage repository '{0}' is already attached to '{1}'."), 0, 1),
    "VDI_IN_USE": about(N("ErrorText", "The virtual disk '{0}' is in use ({1})."), 0, words=(1,)),
    "VDI_READONLY": about(N("ErrorText", "The virtual disk '{0}' is read-only."), 0),
    "VDI_MISSING": about(N("ErrorText", "The virtual disk '{1}' is missing from '{0}'."), 0, 1),
    "VDI_NOT_AVAILABLE": about(N("ErrorText", "The virtual disk '{0}' is not available."), 0),
    "VDI_IS_NOT_ISO": about(N("ErrorText", "'{0}' is not an ISO image."), 0),
    "VDI_INCOMPATIBLE_TYPE": about(N("ErrorText", "The virtual disk '{0}' is of a type that cannot be used here."), 0),
    "VDI_IS_A_PHYSICAL_DEVICE": about(N("ErrorText", "The virtual disk '{0}' is a physical device."), 0),
    "VDI_IS_SHARABLE": about(N("ErrorText", "The virtual disk '{0}' is sharable, which prevents this."), 0),
    "VDI_NOT_MANAGED": about(N("ErrorText", "The virtual disk '{0}' is not managed by the server."), 0),
    "VDI_NOT_IN_MAP": about(N("ErrorText", "No destination was chosen for the virtual disk '{0}'."), 0),
    "VDI_ON_BOOT_MODE_INCOMPATIBLE_WITH_OPERATION": about(
        N("ErrorText", "The disk is reset at every boot, which prevents this.")),
    "VBD_NOT_REMOVABLE_MEDIA": about(N("ErrorText", "This drive is not a CD or DVD drive.")),
    "VBD_NOT_EMPTY": about(N("ErrorText", "The drive already holds a disc; eject it first.")),
    "VBD_IS_EMPTY": about(N("ErrorText", "The drive is empty.")),
    "VBD_CDS_MUST_BE_READONLY": about(N("ErrorText", "A CD or DVD drive must be read-only.")),
    "VBD_TRAY_LOCKED": about(N("ErrorText", "The guest has locked the drive's tray.")),
    "DEVICE_ALREADY_ATTACHED": about(N("ErrorText", "The device is already attached.")),
    "DEVICE_ALREADY_DETACHED": about(N("ErrorText", "The device is already detached.")),
    "DEVICE_ALREADY_EXISTS": about(N("ErrorText", "A device with this number already exists on the VM.")),
    "DEVICE_DETACH_REJECTED": about(N("ErrorText", "The guest refused to release the device: {0}"), 2),
    "DEVICE_NOT_ATTACHED": about(N("ErrorText", "The device is not attached.")),
    "INVALID_DEVICE": about(N("ErrorText", "The device number '{0}' is not valid."), 0),
    # Networks.
    "NETWORK_CONTAINS_PIF": about(N("ErrorText", "The network still has server interfaces on it.")),
    "NETWORK_CONTAINS_VIF": about(N("ErrorText", "The network still has VMs connected to it.")),
    "NETWORK_ALREADY_CONNECTED": about(N("ErrorText", "The server is already connected to the network '{1}'."), 0, 1),
    "CANNOT_DESTROY_SYSTEM_NETWORK": about(N("ErrorText", "'{0}' is a system network and cannot be deleted."), 0),
    "PIF_IS_PHYSICAL": about(N("ErrorText", "'{0}' is a physical interface and cannot be deleted."), 0),
    "PIF_IS_MANAGEMENT_INTERFACE": about(N("ErrorText", "'{0}' is the management interface, which prevents this."), 0),
    "PIF_ALREADY_BONDED": about(N("ErrorText", "'{0}' is already part of a bond."), 0),
    "PIF_IS_VLAN": about(N("ErrorText", "'{0}' is a VLAN interface, which prevents this."), 0),
    "PIF_VLAN_EXISTS": about(N("ErrorText", "A VLAN with this tag already exists on '{0}'."), 0),
    "PIF_VLAN_STILL_EXISTS": about(N("ErrorText", "'{0}' still carries VLANs; delete them first."), 0),
    "PIF_TUNNEL_STILL_EXISTS": about(N("ErrorText", "'{0}' still carries tunnels; delete them first."), 0),
    "PIF_BOND_NEEDS_MORE_MEMBERS": about(N("ErrorText", "A bond needs at least two interfaces.")),
    "PIF_CANNOT_BOND_CROSS_HOST": about(N("ErrorText", "A bond can only join interfaces of one server.")),
    "PIF_BOND_MORE_THAN_ONE_IP": about(N("ErrorText", "Only one of the bonded interfaces may have an IP address.")),
    "PIF_DOES_NOT_ALLOW_UNPLUG": about(N("ErrorText", "The interface '{0}' cannot be unplugged."), 0),
    "PIF_UNMANAGED": about(N("ErrorText", "The interface '{0}' is not managed by the server."), 0),
    "PIF_NOT_PRESENT": about(N("ErrorText", "The server '{0}' has no interface on the network '{1}'."), 0, 1),
    "PIF_HAS_NO_NETWORK_CONFIGURATION": about(N("ErrorText", "The interface '{0}' has no IP configuration."), 0),
    "VLAN_TAG_INVALID": about(N("ErrorText", "The VLAN tag '{0}' is not valid (it must be from 0 to 4094)."), 0),
    "MAC_INVALID": about(N("ErrorText", "'{0}' is not a valid MAC address."), 0),
    "VIF_IN_USE": about(N("ErrorText", "The virtual interface is in use on the network '{0}'."), 0),
    "VIF_NOT_IN_MAP": about(N("ErrorText", "No destination network was chosen for a virtual interface.")),
    "BRIDGE_NAME_EXISTS": about(N("ErrorText", "A network with the bridge '{0}' already exists."), 0),
    "INVALID_IP_ADDRESS_SPECIFIED": about(N("ErrorText", "'{0}' is not a valid IP address."), 0),
    "OPENVSWITCH_NOT_ACTIVE": about(N("ErrorText", "This needs the Open vSwitch network stack on the server.")),
    "TRANSPORT_PIF_NOT_CONFIGURED": about(N("ErrorText", "The interface '{0}' has no IP address for the tunnel."), 0),
    # Workload balancing (xapi's workload_balancing.ml).
    "WLB_NOT_INITIALIZED": about(N("ErrorText", "Workload balancing is not connected for this pool.")),
    "WLB_DISABLED": about(N("ErrorText", "Workload balancing is paused for this pool.")),
    "WLB_URL_INVALID": about(N("ErrorText", "'{0}' is not a valid workload balancing address (use host:port)."), 0),
    "WLB_CONNECTION_REFUSED": about(N("ErrorText", "The workload balancing server refused the connection.")),
    "WLB_AUTHENTICATION_FAILED": about(N("ErrorText", "The workload balancing server did not accept the user name "
                                                      "and password.")),
    "WLB_XENSERVER_AUTHENTICATION_FAILED": about(N("ErrorText", "The workload balancing server could not log in to "
                                                                "the pool with the account given.")),
}
