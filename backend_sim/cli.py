"""`python -m backend_sim` / `xapi-sim`: run a simulated XenServer/XCP-ng pool."""

from __future__ import annotations

import argparse
import asyncio
import functools
import sys
from collections.abc import Sequence

from . import scenarios
from .api import lessons
from .certificate import CertificateError, default_data_dir, ensure_certificate
from .clock import SimClock
from .dbfile import DbFileError, load_db, save_db
from .dbfile.autosave import save_every
from .server import Companion, Endpoint, is_loopback, serve
from .store.store import Store
from .xapi import DEFAULT_PASSWORD, DEFAULT_USER, Xapi, XapiConfig


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="xapi-sim", description="A simulated XenServer / XCP-ng pool that "
                                     "speaks the XenAPI (XML-RPC and JSON-RPC over HTTP).")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port to listen on; 0 picks a free one")
    parser.add_argument("--scenario", default="demo",
                        help=f"pool to simulate: {', '.join(sorted(scenarios.SCENARIOS))} (default demo)")
    parser.add_argument("--user", default=DEFAULT_USER, help="login user name (default root)")
    parser.add_argument("--password", default=None,
                        help=f"login password (default {DEFAULT_PASSWORD!r}; required off loopback)")
    parser.add_argument("--db", metavar="FILE", help="serve a xapi database dump (state.db, xapi-db.xml) as a "
                        "live pool instead of a scenario")
    parser.add_argument("--save", metavar="FILE", help="write the main pool back to FILE in xapi's database "
                        "format when the simulator stops (atomically: a kill at any moment leaves the previous "
                        "complete file or the new one)")
    parser.add_argument("--save-every", metavar="SECONDS", type=float, default=0.0,
                        help="with --save, also save every SECONDS while the pool changes (default: only at stop)")
    parser.add_argument("--https", action="store_true",
                        help="serve https with a self-signed certificate kept in the data directory (its SHA-256 "
                        "fingerprint is printed at start); plain http otherwise")
    parser.add_argument("--data-dir", metavar="DIR", default=None,
                        help=f"where the simulator keeps its certificate (default {default_data_dir()})")
    parser.add_argument("--speed", type=float, default=1.0, help="simulated seconds per real second")
    parser.add_argument("--manual-clock", action="store_true",
                        help="the clock moves only when stepped (through the 'sim' host plugin)")
    parser.add_argument("--seed", type=int, default=1, help="seed for every random choice")
    parser.add_argument("--no-vnc-ports", action="store_true",
                        help="no plain RFB port per running VM on loopback (consoles still tunnel through "
                        "CONNECT /console and WebSocket)")
    parser.add_argument("--scenario-file", metavar="LESSON",
                        help="play a lesson: a lesson file (TOML) or a built-in lesson's name ("
                        f"{', '.join(lessons.builtin())}); its pool is the lesson's scenario unless --scenario "
                        "is given, and its timeline starts with the ready lines")
    parser.add_argument("--lesson-language", default="en", choices=lessons.LANGUAGES,
                        help="language of the lesson's narration (default en)")
    parser.add_argument("--auth-failure-delay", type=float, default=5.0,
                        help="seconds a failed login waits before answering (xapi: 5)")
    args = parser.parse_args(argv)
    args.scenario_given = any(arg == "--scenario" or arg.startswith("--scenario=") for arg in argv or sys.argv[1:])
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if not is_loopback(args.host) and args.password is None:
        print(f"xapi-sim: refusing to listen on {args.host} with the default password; "
              "give --password to serve beyond loopback", file=sys.stderr)
        return 2
    if args.speed <= 0:
        print("xapi-sim: --speed must be positive", file=sys.stderr)
        return 2
    if args.save_every < 0 or (args.save_every and not args.save):
        print("xapi-sim: --save-every needs --save and a positive number of seconds", file=sys.stderr)
        return 2
    certfile = None
    if args.https:
        try:
            certificate = ensure_certificate(args.data_dir or default_data_dir(), [args.host])
        except CertificateError as exc:
            print(f"xapi-sim: {exc}", file=sys.stderr)
            return 2
        certfile = str(certificate.path)
        # Before the ready lines, so whoever waits for them has the fingerprint to compare already.
        print(f"xapi-sim tls sha256={certificate.fingerprint} certificate={certificate.path}"
              f"{' (new)' if certificate.created else ''}", flush=True)
    lesson = None
    if args.scenario_file:
        try:
            lesson = lessons.load(args.scenario_file)
        except lessons.LessonError as exc:
            print(f"xapi-sim: {exc}", file=sys.stderr)
            return 2
        if not args.scenario_given:
            args.scenario = lesson.scenario
    clock = SimClock(speed=args.speed, manual=args.manual_clock)
    try:
        stores = _load_pools(args, clock.now())
    except (scenarios.UnknownScenario, DbFileError) as exc:
        print(f"xapi-sim: {exc}", file=sys.stderr)
        return 2
    config = XapiConfig(user=args.user, password=args.password or DEFAULT_PASSWORD,
                        auth_failure_delay=max(0.0, args.auth_failure_delay), vnc_ports=not args.no_vnc_ports)
    # Every pool shares the clock, so time-stepping one steps the whole simulated world.
    endpoints = [Endpoint(Xapi(store, clock, config), args.host, args.port if index == 0 else 0)
                 for index, store in enumerate(stores)]
    companions: list[Companion] = []
    if lesson is not None:
        companions.append(functools.partial(_play, endpoints[0].xapi, lesson, args.lesson_language))
    if args.save_every:
        companions.append(functools.partial(save_every, stores[0], args.save, args.save_every))
    try:
        asyncio.run(serve(endpoints, certfile=certfile, companions=companions))
    except OSError as exc:
        print(f"xapi-sim: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        pass
    if args.save:
        try:
            save_db(stores[0], args.save)
        except (DbFileError, OSError) as exc:
            print(f"xapi-sim: could not save the pool to {args.save}: {exc}", file=sys.stderr)
            return 1
        print(f"xapi-sim: saved the pool to {args.save}", flush=True)
    return 0


async def _play(xapi: Xapi, lesson: lessons.Lesson, language: str) -> None:
    lessons.start(xapi, lesson, language)


def _load_pools(args: argparse.Namespace, now: float) -> list[Store]:
    if args.db:
        store = Store(seed=args.seed)
        report = load_db(args.db, store)
        print(f"xapi-sim: loaded {report.summary()}", flush=True)
        return [store]
    return scenarios.build(args.scenario, seed=args.seed, now=now)
