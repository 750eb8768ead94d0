"""The composition root: options, QApplication and qasync loop, translations, core objects, main window, simulator.

`Console` holds the parts and their start-up and shutdown (tests drive it on their own loop); `main` runs it.
`install_translations` loads Qt's own and the console's translations for the system locale (or `--lang CODE`)
before any window is built; the .qm files come from `python packaging/i18n.py build`.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .core.asyncutil import spawn
from .core.commands import CommandRegistry
from .core.connection import Connection, ConnectionState
from .core.gccollect import GuiThreadCollector
from .core.i18n import translate
from .core.language import saved_language
from .core.lessons import language as lesson_language
from .core.manager import ConnectionManager, NoPassword
from .core.operations import OperationList
from .core.servers import MemorySecretStore, MemorySettings, SecretStore, SettingsBackend, default_secret_store
from .core.tls import FingerprintStore, PinnedTransport
from .core.xenapi.errors import XenAPIError
from .simprocess import SimEndpoint, SimError, SimProcess, sim_command

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QTranslator

log = logging.getLogger("xencenter.app")

CLOSE_TIMEOUT = 5.0
CHECK_TIMEOUT = 120.0  # --check: how long every connection may take to connect or fail
TRANSLATIONS = "xencenter"  # xencenter_<language>.qm in the package's resources/i18n folder


@dataclass(frozen=True)
class Options:
    connect: str | None = None
    user: str = "root"
    password: str | None = None  # from --password-stdin
    sim: str = "demo"
    db: str | None = None
    speed: float | None = None
    settings: str | None = None  # an ini file instead of the user's settings
    sim_extra: tuple[str, ...] = ()
    lang: str | None = None  # a language code ("es", "gl_ES") instead of the system locale
    check: bool = False  # start, connect, print one line and quit (install checks, scripts)
    lesson: str | None = None  # a lesson file or a shipped lesson's name for the simulator to play
    sim_given: bool = False  # --sim was given (else a lesson's own scenario is used)

    @property
    def uses_sim(self) -> bool:
        return self.connect is None


def parse_args(argv: Sequence[str] | None = None, stdin_password: str | None = None) -> Options:
    parser = argparse.ArgumentParser(prog="xencenter", description="A management console for Xen pools. Without "
                                     "arguments it starts the simulated demo pools and connects to them.")
    parser.add_argument("--connect", metavar="URL", help="connect to this server instead of starting the simulator")
    parser.add_argument("--user", default="root", help="user name for --connect (default root)")
    parser.add_argument("--password-stdin", action="store_true",
                        help="read the --connect password from the first line of stdin (for scripts)")
    parser.add_argument("--sim", metavar="SCENARIO", help="simulator scenario (default demo)")
    parser.add_argument("--scenario-file", metavar="LESSON",
                        help="have the simulator play a lesson: a lesson file (TOML) or a shipped lesson's name "
                             "(1-architecture, 2-memory, 3-xenmotion-ha); also in the simulation toolbar's Lessons")
    parser.add_argument("--db", metavar="FILE", help="open a xapi database dump through the simulator")
    parser.add_argument("--speed", type=float, help="simulated seconds per real second")
    parser.add_argument("--settings", metavar="FILE", help="keep settings in this ini file")
    parser.add_argument("--lang", metavar="CODE",
                        help="show the console in this language (e.g. es, gl) instead of the system's")
    parser.add_argument("--check", action="store_true",
                        help="start as usual, wait until every server has connected or failed, print one line and "
                             "quit (status 0 when all connected): checks an installation")
    args = parser.parse_args(argv)
    if args.password_stdin and not args.connect:
        parser.error("--password-stdin needs --connect")
    if args.scenario_file and (args.connect or args.db):
        parser.error("--scenario-file needs the simulator's scenarios (not --connect or --db)")
    if args.lang is not None and not _known_language(args.lang):
        parser.error(f"--lang: unknown language code {args.lang!r}")
    password = stdin_password
    if args.password_stdin and password is None:
        password = sys.stdin.readline().rstrip("\r\n")
    lesson = args.scenario_file
    if lesson and Path(lesson).exists():
        lesson = str(Path(lesson).resolve())  # the simulator child may not share our working directory
    return Options(args.connect, args.user, password, args.sim or "demo", args.db, args.speed, args.settings,
                   lang=args.lang, check=args.check, lesson=lesson, sim_given=args.sim is not None)


def _known_language(code: str) -> bool:
    from PySide6.QtCore import QLocale

    return QLocale(code).language() != QLocale.Language.C or code.upper() in ("C", "POSIX")


def translations_dir() -> Path:
    from importlib import resources

    return Path(str(resources.files("xencenter.resources").joinpath("i18n")))


def install_translations(app: QCoreApplication, lang: str | None = None,
                         directory: Path | None = None) -> list[QTranslator]:
    """Install Qt's own (qtbase: standard buttons and dialogs) and the console's translations for `lang`, or for
    the system locale without one. What is not found is skipped: the English source text shows. Returns the
    installed translators (children of `app`; remove them with app.removeTranslator)."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    locale = QLocale(lang) if lang else QLocale.system()
    if lang:
        QLocale.setDefault(locale)  # Qt's own formatting and dialogs follow the forced language too
    folders = (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
               (TRANSLATIONS, str(directory if directory is not None else translations_dir())))
    installed: list[QTranslator] = []
    for name, folder in folders:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder) and app.installTranslator(translator):
            log.info("translations: %s", translator.filePath())
            installed.append(translator)
        else:
            translator.deleteLater()
            if lang and name == TRANSLATIONS and locale.language() != QLocale.Language.English:
                log.warning("no %s translation for %s in %s", name, locale.name(), folder)
    return installed


class Console:
    """Everything one console run owns. Needs a running qasync loop and a QApplication."""

    def __init__(self, options: Options, *, settings: SettingsBackend | None = None,
                 secrets: SecretStore | None = None, preferences: SettingsBackend | None = None) -> None:
        from .ui.commandui import DialogCommandUi  # widgets only once a QApplication exists
        from .ui.mainwindow import MainWindow

        self.options = options
        self.settings = settings if settings is not None else self._settings(options)
        self.secrets = secrets if secrets is not None else (
            MemorySecretStore() if options.uses_sim else default_secret_store())
        self.fingerprints = FingerprintStore(self.settings)
        self.ui = DialogCommandUi(can_save_password=self.secrets.can_save)
        self.manager = ConnectionManager(self.settings, self.secrets, factory=self._connection)
        self.manager.saving_failed.connect(self._passwords_not_saved)
        self.operations = OperationList()
        self.registry = CommandRegistry()
        self.sim: SimProcess | None = None
        suffix = translate("Console", "simulator") if options.uses_sim else ""
        self.preferences = preferences if preferences is not None else preferences_store(options)
        self.window = MainWindow(self.manager, self.operations, self.registry, self.ui, suffix,
                                 preferences=self.preferences)
        self.ui.parent = self.window
        self.manager.added.connect(self.operations.watch)
        self.closed = asyncio.Event()
        self.window.closed.connect(self.closed.set)
        self.startup_error = ""

    @staticmethod
    def _settings(options: Options) -> SettingsBackend:
        if options.uses_sim and not options.settings:
            return MemorySettings()  # simulator ports change every run: do not save them as servers
        return preferences_store(options)

    def _connection(self, url: str, user: str, name: str) -> Connection:
        transport = PinnedTransport(self.fingerprints, self.ui.ask_trust) if url.startswith("https:") else None
        return Connection(url, user, name=name, transport=transport)

    # -- start-up ------------------------------------------------------------------------------------------------

    async def start(self) -> None:
        """Connect as the options say; failures are shown, never raised."""
        if self.options.uses_sim:
            await self._start_sim()
        else:
            reason = getattr(self.secrets, "reason", "")
            if not self.secrets.can_save and reason:  # said once; the password is then asked for each time
                self.window.statusBar().showMessage(translate(
                    "Console", "Passwords cannot be remembered: {0}. You will be asked for them each time.").format(
                    reason), 20000)
            self.manager.restore()
            await self._connect_given()
            for connection in self.manager.connections():
                if connection.url != self._given_url() and self.manager.saved_password(connection) is not None:
                    spawn(self._open(connection, None), name=f"connect {connection.url}")

    def _passwords_not_saved(self, reason: str) -> None:
        """The keyring refused a password: the Add Server dialog stops offering to remember, and we say so once."""
        self.ui.can_save_password = False
        self.window.statusBar().showMessage(translate(
            "Console", "Passwords cannot be remembered: {0}. You will be asked for them each time.").format(
            reason or translate("Console", "the keyring refused")), 20000)

    def _given_url(self) -> str:
        connection = self.manager.find(self.options.connect or "", self.options.user)
        return connection.url if connection is not None else ""

    async def _connect_given(self) -> None:
        assert self.options.connect is not None
        try:
            connection = self.manager.add(self.options.connect, self.options.user)
        except ValueError as exc:
            await self._error(translate("Console", "Cannot connect"), str(exc))
            return
        password = self.options.password
        if password is None and self.manager.saved_password(connection) is None:
            password = await self.ui.ask_password(connection, "")
            if password is None:
                return
        await self._open(connection, password)

    async def _start_sim(self) -> None:
        extra = list(self.options.sim_extra)
        if self.options.lesson:
            extra += ["--scenario-file", self.options.lesson, "--lesson-language", lesson_language()]
        scenario = self.options.sim if self.options.sim_given or not self.options.lesson else None
        command = sim_command(scenario=scenario, db=self.options.db, speed=self.options.speed, extra=extra)
        self.sim = SimProcess(command)
        try:
            await self.sim.start(self._sim_ready)
        except SimError as exc:
            await self._error(translate("Console", "The simulator did not start"), str(exc).splitlines()[-1], str(exc))

    def _sim_ready(self, endpoint: SimEndpoint) -> None:
        connection = self.manager.add(endpoint.url, endpoint.user, name=endpoint.pool)
        spawn(self._open(connection, endpoint.password), name=f"connect {endpoint.url}")

    async def _open(self, connection: Connection, password: str | None) -> None:
        try:
            await self.manager.open(connection, password)
        except NoPassword:
            pass
        except XenAPIError as exc:  # shown in the tree (failed, with the reason as tooltip)
            log.info("connecting to %s failed: %s", connection.url, exc)

    async def _error(self, title: str, text: str, details: str = "") -> None:
        self.startup_error = text
        log.error("%s: %s", title, details or text)
        await self.ui.show_error(title, text, details)

    async def check(self, timeout: float = CHECK_TIMEOUT) -> int:
        """--check: start as usual, wait until every connection has connected or failed, say how it went on stdout.
        Returns the exit status: 0 when every server connected."""
        await self.start()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        settled = (ConnectionState.CONNECTED, ConnectionState.FAILED)
        while loop.time() < deadline and not self.startup_error:
            connections = self.manager.connections()
            if connections and all(c.state in settled for c in connections):
                break
            await asyncio.sleep(0.1)
        connections = self.manager.connections()
        connected = sum(1 for c in connections if c.is_connected)
        line = f"xencenter check: {connected} of {len(connections)} server(s) connected"
        if self.startup_error:
            line += f"; {self.startup_error}"
        print(line, flush=True)
        return 0 if connections and connected == len(connections) and not self.startup_error else 1

    # -- shutdown ------------------------------------------------------------------------------------------------

    async def shutdown(self) -> None:
        """Cancel what runs, log out of every server (bounded), stop the simulator."""
        self.operations.cancel_all()
        try:
            await asyncio.wait_for(self.manager.close_all(), CLOSE_TIMEOUT)
        except TimeoutError:
            log.warning("closing the connections timed out")
        self.stop_sim()

    def stop_sim(self) -> None:
        if self.sim is not None:
            self.sim.stop()

    async def run(self) -> int:
        self.window.show()
        if self.options.check:
            status = await self.check()
            await self.shutdown()
            return status
        spawn(self.start(), name="start-up")
        await self.closed.wait()
        await self.shutdown()
        return 0


def preferences_store(options: Options) -> SettingsBackend:
    """The user's own preferences (the language): the --settings ini file, else the platform's settings store,
    even with the simulator (whose servers are not remembered)."""
    from PySide6.QtCore import QSettings

    if options.settings:
        return QSettings(options.settings, QSettings.Format.IniFormat)
    return QSettings()


def _close_on_signals(console: Console) -> None:
    """Ctrl+C and SIGTERM close the window (an orderly shutdown). Python only sees signals when it runs, so a
    timer hands it control a few times a second while Qt waits."""
    import signal

    from PySide6.QtCore import QTimer

    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: console.window.close())
    ticker = QTimer(console.window)
    ticker.timeout.connect(lambda: None)
    ticker.start(250)


def main(argv: Sequence[str] | None = None) -> int:
    os.environ.setdefault("QT_API", "pyside6")  # qasync would pick PyQt if that were installed too
    logging.basicConfig(level=logging.INFO if os.environ.get("XENCENTER_DEBUG") else logging.WARNING,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    options = parse_args(argv)
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("xencenter")
    app.setApplicationName("XenCenter-Qt")
    app.setQuitOnLastWindowClosed(False)  # we quit after an orderly shutdown (style §4.1)
    preferences = preferences_store(options)
    # Before any widget is built (texts are translated once, at creation): --lang, else View > Language's choice.
    install_translations(app, options.lang or saved_language(preferences))
    collector = GuiThreadCollector(app)  # never let the collector free Qt objects in a worker thread
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    console = Console(options, preferences=preferences)
    from .ui.dialogs.error_report import ErrorReporter, install_reporting

    # Unexpected errors anywhere: a non-modal report, and the console goes on.
    stop_reporting = install_reporting(ErrorReporter(console.window), loop)
    app.aboutToQuit.connect(console.stop_sim)  # the child must not outlive us, however we end
    _close_on_signals(console)
    try:
        with loop:
            return loop.run_until_complete(console.run())
    finally:
        console.stop_sim()
        stop_reporting()
        collector.stop()
