"""Editions and licensing: the course's feature matrix (Xen Cloud Platform against XenServer Free, Advanced,
Enterprise and Platinum, plus today's XCP-ng, Standard and Premium) as data in this one place, and what an edition
sets as xapi does: `host.edition`, `host.license_params` (sku, expiry, restrict_* keys), `host.license_server`, and
`pool.restrictions` (a feature is restricted in the pool when any host's edition lacks it). Gated calls refuse with
LICENCE_RESTRICTION [feature]. Consoles read the matrix through the `sim` plugin's `editions` function.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import ApiError
from ..store.store import Store

COURSE_EDITIONS = ("xcp", "free", "advanced", "enterprise", "platinum")
TODAY_EDITIONS = ("xcp-ng", "standard", "premium")
EDITIONS = COURSE_EDITIONS + TODAY_EDITIONS
TITLES = {"xcp": "Xen Cloud Platform", "free": "XenServer Free", "advanced": "XenServer Advanced",
          "enterprise": "XenServer Enterprise", "platinum": "XenServer Platinum", "xcp-ng": "XCP-ng",
          "standard": "XenServer Standard", "premium": "XenServer Premium"}
SKU = {"xcp": "free", "free": "free", "advanced": "advanced", "enterprise": "enterprise", "platinum": "platinum",
       "xcp-ng": "free", "standard": "standard", "premium": "premium"}
FREE_LICENCE_DAYS = 365  # the course: XenServer Free is licensed (at no cost) once a year
OPEN = frozenset({"xcp", "xcp-ng"})  # open platforms: no licence to renew
ALL = frozenset(EDITIONS)
PAID_COURSE = frozenset({"advanced", "enterprise", "platinum"})


@dataclass(frozen=True)
class Feature:
    key: str
    title: dict[str, str]  # by language: the course's own rows in Galician
    editions: frozenset[str]
    restriction: str = ""  # xapi's pool.restrictions key ("" when no call is gated by it)
    simulated: bool = True  # StorageLink and the provisioning services are history: shown, not simulated


def _f(key: str, en: str, gl: str, es: str, editions: frozenset[str], restriction: str = "",
       simulated: bool = True) -> Feature:
    return Feature(key, {"en": en, "gl": gl, "es": es}, editions, restriction, simulated)


FEATURES: tuple[Feature, ...] = (
    _f("hypervisor", "XenServer hypervisor", "Hipervisor XenServer", "Hipervisor XenServer", ALL),
    _f("intellicache", "IntelliCache", "IntelliCache", "IntelliCache",
       ALL - {"free", "standard"}, "restrict_intellicache"),
    _f("management", "Flexible distributed management architecture",
       "Arquitectura de administración distribuída flexible", "Arquitectura de administración distribuida flexible",
       ALL),
    _f("disk_snapshots", "VM disk snapshot and revert", "Reversión e instantánea (Snapshot) de disco de MV",
       "Reversión e instantánea de disco de MV", ALL),
    _f("console", "XenCenter graphical management console", "Consola gráfica de administración XenCenter",
       "Consola gráfica de administración XenCenter", ALL),
    _f("conversion", "Conversion tools", "Ferramentas de conversión", "Herramientas de conversión", ALL),
    _f("xenmotion", "Live migration with XenMotion", "Migración en quente (vivo) con XenMotion",
       "Migración en caliente con XenMotion", ALL),
    _f("heterogeneous_pools", "Heterogeneous server pools", "Pools de servidores heteroxéneos",
       "Pools de servidores heterogéneos", ALL - {"free"}, "restrict_cpu_masking"),
    _f("dmc", "Dynamic memory control", "Control dinámico da memoria", "Control dinámico de la memoria",
       ALL - {"free"}, "restrict_dmc"),
    _f("performance_alerts", "Performance reporting and alerting", "Xeración de informes e alertas de rendemento",
       "Informes y alertas de rendimiento", ALL - {"free"}, "restrict_email_alerting"),
    _f("vswitch", "Distributed virtual switching", "Conmutación virtual distribuída",
       "Conmutación virtual distribuida", PAID_COURSE | {"xcp-ng", "standard", "premium"},
       "restrict_vswitch_controller"),
    _f("ha", "High availability (HA)", "Alta dispoñibilidade (HA)", "Alta disponibilidad (HA)",
       PAID_COURSE | {"xcp-ng", "standard", "premium"}, "restrict_ha"),
    _f("vmss", "Automated VM protection and recovery", "Recuperación e protección automática da MV",
       "Recuperación y protección automática de la MV", ALL - {"free", "standard"}, "restrict_vmss"),
    _f("power_management", "Host power management", "Administración de enerxía do host",
       "Administración de energía del host", PAID_COURSE | {"xcp-ng", "standard", "premium"}),
    _f("checkpoint", "Live memory snapshot and revert", "Reversión e instantánea da memoria en quente (vivo)",
       "Reversión e instantánea de la memoria en caliente", PAID_COURSE | {"xcp-ng", "standard", "premium"},
       "restrict_checkpoint"),
    _f("rbac", "Role-based administration", "Administración baseada en roles", "Administración basada en roles",
       PAID_COURSE | {"xcp-ng", "standard", "premium"}, "restrict_rbac"),
    _f("wlb", "Dynamic workload balancing", "Balance dinámico de carga", "Balance dinámico de carga",
       frozenset({"enterprise", "platinum", "xcp-ng", "premium"}), "restrict_wlb"),
    _f("virtual_provisioning", "Provisioning services (virtual)", "Servizos de aprovisionamento (virtuais)",
       "Servicios de aprovisionamiento (virtuales)", frozenset({"enterprise", "platinum"}), simulated=False),
    _f("storagelink", "StorageLink", "StorageLink", "StorageLink", frozenset({"enterprise", "platinum"}),
       simulated=False),
    _f("web_console", "Web management console with delegated admin",
       "Consola de xestión web con administrador delegado", "Consola de gestión web con administrador delegado",
       PAID_COURSE | {"xcp-ng", "premium"}),
    _f("dr", "Site recovery (disaster recovery)", "Recuperación", "Recuperación (ante desastres)",
       frozenset({"advanced", "platinum", "xcp-ng", "premium"}), "restrict_dr"),
    _f("physical_provisioning", "Provisioning services (physical)", "Servizos de aprovisionamento físicos",
       "Servicios de aprovisionamiento físicos", frozenset({"platinum"}), simulated=False),
)
BY_KEY = {feature.key: feature for feature in FEATURES}


def restrictions_of(edition: str) -> dict[str, str]:
    """xapi's restrict_* keys for one edition ("true": the feature is not licensed)."""
    keys = {f.restriction: "false" for f in FEATURES if f.restriction}
    for feature in FEATURES:
        if feature.restriction and edition not in feature.editions:
            keys[feature.restriction] = "true"
    return keys


def lowest_edition(feature: str) -> str:
    """The first course edition (then today's) that has `feature`: what a console says the feature needs."""
    editions = BY_KEY[feature].editions
    return next((e for e in (*COURSE_EDITIONS[1:], *TODAY_EDITIONS[1:]) if e in editions), "")


def apply(store: Store, host: str, edition: str, now: float) -> None:
    """Give `host` the edition (its licence params and the pool's restrictions follow)."""
    if edition not in EDITIONS:
        raise ApiError("INVALID_EDITION", edition)
    expiry = now + FREE_LICENCE_DAYS * 86400 if edition not in OPEN and SKU[edition] == "free" else 32503680000.0
    params: dict[str, Any] = {"sku_type": SKU[edition], "sku_marketing_name": TITLES[edition],
                              "expiry": _stamp(expiry), "restrict_hotfix_apply": "false",
                              **restrictions_of(edition)}
    store.update("host", host, {"edition": edition, "license_params": params,
                                "license_server": {"address": "localhost", "port": "27000"}
                                if edition not in OPEN else {}})
    refresh_pool(store)


def move_expiry(store: Store, when: float) -> str:
    """Every expiring licence (not the open platforms') ends at `when`; the new expiry stamp."""
    stamp = _stamp(when)
    for host, record in list(store.table("host").items()):
        if record.get("edition") in OPEN:
            continue
        store.update("host", host, {"license_params": {**dict(record["license_params"]), "expiry": stamp}})
    return stamp


def refresh_pool(store: Store) -> None:
    """pool.restrictions: a feature is restricted when any host's edition lacks it."""
    editions = {str(record.get("edition", "xcp-ng")) for record in store.table("host").values()}
    merged = {f.restriction: "false" for f in FEATURES if f.restriction}
    for edition in editions:
        for key, value in restrictions_of(edition if edition in EDITIONS else "xcp-ng").items():
            if value == "true":
                merged[key] = "true"
    for pool_ref, pool in store.table("pool").items():
        store.update("pool", pool_ref, {"restrictions": {**dict(pool.get("restrictions") or {}), **merged}})


def check(store: Store, feature: str) -> None:
    """LICENCE_RESTRICTION [feature] when the pool's licence lacks `feature`."""
    key = BY_KEY[feature].restriction
    pool = next(iter(store.table("pool").values()), None)
    if pool is not None and str((pool.get("restrictions") or {}).get(key, "false")) == "true":
        raise ApiError("LICENCE_RESTRICTION", feature)


def matrix(language: str = "en") -> dict[str, Any]:
    """What the `sim` plugin's `editions` answers: the editions and, per feature, which have it."""
    return {"editions": [{"name": e, "title": TITLES[e], "course": e in COURSE_EDITIONS} for e in EDITIONS],
            "features": [{"key": f.key, "title": f.title, "editions": [e for e in EDITIONS if e in f.editions],
                          "restriction": f.restriction, "simulated": f.simulated,
                          "needs": TITLES.get(lowest_edition(f.key), "")} for f in FEATURES]}


def _stamp(epoch: float) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(epoch, UTC).strftime("%Y%m%dT%H:%M:%SZ")
