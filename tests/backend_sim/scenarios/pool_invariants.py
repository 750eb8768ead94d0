"""The pool's invariants on its records, however they were read: straight from a store (the hypothesis state
machine, tests/backend_sim/model/test_invariants.py) or over the wire (the load test, where the SDK gives ints as
strings, hence the int() everywhere). `tables` maps a class to {ref: record}; it needs VM, VM_metrics, host, VBD,
VIF and VDI. Memory accounting over the wire is scnsim.Pool.check_memory; in a store, the state machine's own.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from backend_sim.datamodel import CLASSES
from backend_sim.datamodel.types import RefT, SetT

NULL = "OpaqueRef:NULL"
Tables = Mapping[str, Mapping[str, Mapping[str, Any]]]
# Bound fields: (class, field) holding one ref <-> (class, field) holding the set of refs pointing back.
BOUND = ((("VBD", "VM"), ("VM", "VBDs")), (("VIF", "VM"), ("VM", "VIFs")), (("VBD", "VDI"), ("VDI", "VBDs")),
         (("VM", "resident_on"), ("host", "resident_VMs")))


def guests(tables: Tables) -> dict[str, Mapping[str, Any]]:
    return {ref: vm for ref, vm in tables["VM"].items() if not vm["is_a_template"] and not vm["is_control_domain"]}


def check_power_states(tables: Tables) -> None:
    """Power state against resident_on, domid, consoles, metrics, device attachment and memory target."""
    for ref, vm in guests(tables).items():
        name = vm["name_label"]
        live = vm["power_state"] in ("Running", "Paused")
        assert (vm["resident_on"] != NULL) == live, name
        assert (int(vm["domid"]) > 0) == live, name
        assert bool(vm["consoles"]) == live, name
        metrics = tables["VM_metrics"].get(vm["metrics"])
        assert metrics is not None and bool(metrics["state"]) == live, name
        for vbd in vm["VBDs"]:
            assert tables["VBD"][vbd]["currently_attached"] == live, name
        for vif in vm["VIFs"]:
            assert tables["VIF"][vif]["currently_attached"] == live, name
        if live:
            assert ref in tables["host"][vm["resident_on"]]["resident_VMs"], name
            assert int(vm["memory_dynamic_min"]) <= int(vm["memory_target"]) <= int(vm["memory_dynamic_max"]), name
        else:
            assert vm["guest_metrics"] == NULL, name
        assert (vm["suspend_VDI"] != NULL) == (vm["power_state"] == "Suspended"), name


def check_bound_fields(tables: Tables) -> None:
    """Each ref field and the set pointing back at it agree, both ways."""
    for (one_cls, one_field), (many_cls, many_field) in BOUND:
        for ref, record in tables[one_cls].items():
            target = record[one_field]
            if target != NULL:
                assert ref in tables[many_cls][target][many_field], f"{one_cls}.{one_field} of {ref}"
        for ref, record in tables[many_cls].items():
            for member in record[many_field]:
                assert tables[one_cls][member][one_field] == ref, f"{many_cls}.{many_field} of {ref}"


def check_refs(tables: Tables) -> None:
    """Every ref (or set of refs) field pointing into a class we have names a live object or NULL."""
    for cls, rows in tables.items():
        for name, field in CLASSES[cls].fields.items():
            xtype = field.type
            many = isinstance(xtype, SetT)
            target = xtype.elem if many else xtype
            if not isinstance(target, RefT) or target.cls not in tables:
                continue
            for ref, record in rows.items():
                values = record[name] if many else [record[name]]
                for value in values:
                    assert value == NULL or value in tables[target.cls], f"{cls}.{name} of {ref}: {value}"


def check_all(tables: Tables) -> None:
    check_power_states(tables)
    check_bound_fields(tables)
    check_refs(tables)
