"""Translations: the committed .ts files are current, every visible string is extracted, and a translation loads.

The .ts files in resources/i18n are made by `python packaging/i18n.py update` (pyside6-lupdate); when a test here
fails after a text change, run that and commit the .ts files.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtWidgets import QDockWidget, QMenu

sys.path.insert(0, str(Path(__file__).parent / "ui"))

from ui_support import qloop_fixture  # noqa: F401

from xencenter.app import install_translations, parse_args

ROOT = Path(__file__).resolve().parents[2]

# (context, source) -> location: literal strings lupdate cannot see and that are known to wait for a fix.
KNOWN_UNEXTRACTED: dict[tuple[str, str], str] = {}
# Calls that take a translation pair as (context, source): Qt's and ours (core/i18n.py).
TRANSLATING = frozenset({"translate", "QT_TRANSLATE_NOOP", "LazyText"})
# Widget texts a literal must not reach untranslated (a heuristic: the usual setters and constructors).
VISIBLE = frozenset({"setText", "setWindowTitle", "setToolTip", "setStatusTip", "setPlaceholderText",
                     "setAccessibleName", "setAccessibleDescription", "setTitle", "addItem", "setHeaderLabels",
                     "setInformativeText", "setDetailedText", "addRow", "addTab", "setTabText", "setWhatsThis",
                     "showMessage", "addMenu", "setLabelText", "QLabel", "QPushButton", "QAction", "QCheckBox",
                     "QGroupBox", "QMenu", "QToolBar", "QRadioButton", "QDockWidget"})
NOT_TEXT = {("xencenter/ui/dialogs/add_server.py", "root")}  # the default user name, not a sentence


def i18n_tool() -> ModuleType:
    name = "xencenter_packaging_i18n"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / "i18n.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def tool_or_skip(name: str) -> str:
    tool = i18n_tool()
    try:
        return str(tool.tool(name))
    except tool.ToolMissing as exc:
        pytest.skip(str(exc))


Key = tuple[str, str, str, bool]  # context, source, disambiguation, plural


def messages(ts: Path) -> dict[Key, ET.Element]:
    root = ET.parse(ts).getroot()
    found: dict[Key, ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "",
                   message.get("numerus") == "yes")
            found[key] = message
    return found


def committed() -> dict[str, Path]:
    tool = i18n_tool()
    return {language: tool.ts_file(language) for language in tool.LANGUAGES}


def test_the_ts_files_are_current(tmp_path: Path) -> None:
    tool_or_skip("pyside6-lupdate")
    tool = i18n_tool()
    fresh_ts = tmp_path / "fresh.ts"
    run = subprocess.run(tool.lupdate_command(fresh_ts, "es", locations="none"), cwd=ROOT, capture_output=True,
                         text=True, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    fresh = set(messages(fresh_ts))
    assert len(fresh) > 100  # lupdate did read the sources
    for language, ts in committed().items():
        assert ts.is_file(), f"{ts.relative_to(ROOT)} is missing: run python packaging/i18n.py update"
        assert ET.parse(ts).getroot().get("language") == language
        have = set(messages(ts))
        missing = sorted(fresh - have)
        stale = sorted(have - fresh)
        assert not missing, (f"{ts.name} lacks {len(missing)} strings (run python packaging/i18n.py update): "
                             f"{missing[:10]}")
        assert not stale, (f"{ts.name} keeps {len(stale)} strings the sources no longer use (run python "
                           f"packaging/i18n.py update): {stale[:10]}")


def _module_strings(tree: ast.Module) -> dict[str, str]:
    return {target.id: node.value.value for node in tree.body if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
            for target in node.targets if isinstance(target, ast.Name)}


def _called(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    return node.func.attr if isinstance(node.func, ast.Attribute) else None


def _aliases(tree: ast.AST) -> frozenset[str]:
    """The module's other names for a translating call (`QT_TRANSLATE_NOOP as N`): lupdate sees them only when
    packaging/i18n.py declares them, which this test then proves."""
    return frozenset(alias.asname for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                     for alias in node.names if alias.name in TRANSLATING and alias.asname)


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def sources() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted((ROOT / "xencenter").rglob("*.py")):
        yield path.relative_to(ROOT).as_posix(), ast.parse(path.read_text(encoding="utf-8"))


def test_every_literal_translation_is_in_the_ts_files() -> None:
    """What lupdate cannot see (a context in a variable, a call shape its parser drops) is missing from the .ts
    files even when they are current: find every translate/QT_TRANSLATE_NOOP/LazyText with a literal source."""
    have = {(key[0], key[1]) for key in messages(committed()["es"])}
    missing: dict[tuple[str, str], str] = {}
    unresolved: list[str] = []
    for rel, tree in sources():
        constants = _module_strings(tree)
        translating = TRANSLATING | _aliases(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _called(node) not in translating or len(node.args) < 2:
                continue
            source = _literal(node.args[1])
            if not source:
                continue  # a dynamic source: its literals are listed with QT_TRANSLATE_NOOP where they are defined
            context = _literal(node.args[0])
            if context is None and isinstance(node.args[0], ast.Name):
                context = constants.get(node.args[0].id)
            if context is None:
                unresolved.append(f"{rel}:{node.lineno}")
            elif (context, source) not in have:
                missing[(context, source)] = f"{rel}:{node.lineno}"
    assert not unresolved, f"translation contexts must be literal strings: {unresolved}"
    unexpected = {key: where for key, where in missing.items() if key not in KNOWN_UNEXTRACTED}
    assert not unexpected, ("not in the .ts files (a literal context lets lupdate see them; then run python "
                            f"packaging/i18n.py update): {unexpected}")
    fixed = sorted(set(KNOWN_UNEXTRACTED) - set(missing))
    assert not fixed, f"extracted now: remove them from KNOWN_UNEXTRACTED: {fixed}"


def test_visible_texts_are_not_untranslated_literals() -> None:
    offenders: list[str] = []
    for rel, tree in sources():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _called(node) not in VISIBLE:
                continue
            for arg in node.args:
                for value in (arg, *(arg.elts if isinstance(arg, ast.List | ast.Tuple) else ())):
                    text = _literal(value)
                    if text is not None and any(c.isalpha() for c in text) and (rel, text) not in NOT_TEXT:
                        offenders.append(f"{rel}:{node.lineno}: {text!r}")
    assert not offenders, f"wrap these in translate(\"Context\", ...): {offenders}"


def test_lang_option() -> None:
    assert parse_args([]).lang is None
    assert parse_args(["--lang", "gl"]).lang == "gl"
    assert parse_args(["--lang", "es_ES"]).lang == "es_ES"
    with pytest.raises(SystemExit):
        parse_args(["--lang", "qq"])


# -- loading translations -------------------------------------------------------------------------------------


def pseudo_ts(source: Path, target: Path) -> None:
    """A copy of `source` where every translation is the source text twice, finished."""
    tree = ET.parse(source)
    for message in tree.getroot().iter("message"):
        text = (message.findtext("source") or "") * 2
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if forms:
            for form in forms:
                form.text = text
        else:
            translation.text = text
    tree.write(target, encoding="utf-8", xml_declaration=True)


def lrelease(ts: Path, qm: Path) -> None:
    tool_or_skip("pyside6-lrelease")
    i18n_tool().lrelease(ts, qm)
    assert qm.is_file()


@pytest.fixture
def translated(qapp: Any) -> Iterator[list[Any]]:
    """Translators installed by the test, removed (and the default locale restored) afterwards."""
    from PySide6.QtCore import QLocale

    installed: list[Any] = []
    default = QLocale()
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(default)


def main_window(qtbot: Any, preferences: Any = None) -> Any:
    from xencenter.core.commands import CommandRegistry
    from xencenter.core.manager import ConnectionManager
    from xencenter.core.operations import OperationList
    from xencenter.core.servers import MemorySecretStore, MemorySettings
    from xencenter.ui.mainwindow import MainWindow

    window = MainWindow(ConnectionManager(MemorySettings(), MemorySecretStore()), OperationList(), CommandRegistry(),
                        preferences=preferences)
    qtbot.addWidget(window)
    return window


@pytest.mark.gui
def test_a_pseudo_translation_changes_the_main_window(qtbot: Any, qloop: Any, qapp: Any, tmp_path: Path,
                                                      translated: list[Any]) -> None:
    pseudo_ts(committed()["gl"], tmp_path / "pseudo_gl.ts")
    lrelease(tmp_path / "pseudo_gl.ts", tmp_path / "xencenter_gl.qm")
    translated.extend(install_translations(qapp, "gl", directory=tmp_path))
    assert str(tmp_path / "xencenter_gl.qm") in [t.filePath() for t in translated]
    window = main_window(qtbot)
    assert window.menuBar().findChild(QMenu, "fileMenu").title() == "&File&File"
    assert window.toolbar.windowTitle() == "ToolbarToolbar"
    assert window.verb_actions["verb.shutdown"].text() == "Shut DownShut Down"  # a command's LazyText
    assert window.navigation.tree.accessibleName() == "ResourcesResources"


PLACEHOLDER = re.compile(r"\{\d+\}|%n|%\d|</?(?:b|i|br|p|a|ul|li|tt|code)\b[^>]*>")


@pytest.mark.parametrize("language", ["gl", "es"])
def test_every_message_is_translated_with_its_placeholders(language: str) -> None:
    """No unfinished or empty translation; the same {0}/%n placeholders and HTML tags as the source; one
    accelerator where the source has one (lupdate keeps a new string unfinished until it is translated:
    python packaging/i18n.py missing LANG lists them, apply fills them)."""
    problems: list[str] = []
    for (context, source, _comment, plural), message in messages(committed()[language]).items():
        translation = message.find("translation")
        text = translation.text if translation is not None else None
        where = f"{context}: {source!r}"
        if plural and translation is not None:  # a count: every form of the language, each with its %n
            forms = [form.text or "" for form in translation.findall("numerusform")]
            if translation.get("type") or len(forms) < 2 or not all("%n" in form for form in forms):
                problems.append(f"{where}: plural forms {forms!r}")
            continue
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") or not text:
            problems.append(f"{where} is not translated")
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"{where}: placeholders or tags differ in {text!r}")
        accelerators = len(re.findall(r"&[^&\s]", source.replace("&&", "")))
        if accelerators == 1 and len(re.findall(r"&[^&\s]", text.replace("&&", ""))) != 1:
            problems.append(f"{where}: the accelerator is lost in {text!r}")
    assert not problems, f"{len(problems)} problems in {language}: {problems[:15]}"


def shown_texts(window: Any) -> list[str]:
    """What the main window shows as text: menus and their items (submenus too), toolbars, dock titles, tab
    titles, button and label texts."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget, QToolBar

    texts: list[str] = []

    def walk(actions: list[Any]) -> None:
        for action in actions:
            texts.append(action.text())
            if action.menu() is not None:
                texts.append(action.menu().title())
                walk(action.menu().actions())

    walk(window.menuBar().actions())
    for bar in window.findChildren(QToolBar):
        texts.append(bar.windowTitle())
        walk(bar.actions())
    texts += [dock.windowTitle() for dock in window.findChildren(QDockWidget)]
    for tabs in window.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    texts += [button.text() for button in window.findChildren(QAbstractButton)]
    texts += [label.text() for label in window.findChildren(QLabel)]
    return [text for text in texts if text]


@pytest.mark.gui
@pytest.mark.parametrize("language", ["gl", "es"])
def test_the_console_starts_in_galician_and_spanish_with_nothing_left_in_english(
        qtbot: Any, qloop: Any, qapp: Any, tmp_path: Path, translated: list[Any], language: str) -> None:
    lrelease(committed()[language], tmp_path / f"xencenter_{language}.qm")
    translated.extend(install_translations(qapp, language, directory=tmp_path))
    window = main_window(qtbot)
    english: set[str] = set()
    for (_context, source, _comment, _plural), message in messages(committed()[language]).items():
        if (message.findtext("translation") or source) != source:
            english |= {source, source.replace("&", "")}
    shown = shown_texts(window)
    assert len(shown) > 40, shown
    left = sorted({text for text in shown if text in english or text.replace("&", "") in english})
    assert not left, f"shown in English in {language}: {left}"
    assert window.menuBar().findChild(QMenu, "fileMenu").title() == {"gl": "&Ficheiro", "es": "&Archivo"}[language]


@pytest.mark.gui
def test_view_language_keeps_the_choice_for_the_next_start(qtbot: Any, qloop: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from xencenter.app import preferences_store
    from xencenter.core.language import saved_language

    options = parse_args(["--settings", str(tmp_path / "prefs.ini")])
    store = preferences_store(options)
    assert saved_language(store) is None  # the system's language by default
    window = main_window(qtbot, store)
    assert window.language_menu.choices[""].isChecked()
    window.language_menu.choices["gl"].trigger()
    assert window.statusBar().currentMessage() == "The console will use this language the next time it starts."
    assert saved_language(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)) == "gl"
    window.language_menu.choices[""].trigger()
    assert saved_language(store) is None


def test_no_helper_hides_its_strings_from_lupdate() -> None:
    """A helper like `def _t(text): return translate("Ctx", text)` makes every string passed to it invisible to
    lupdate (its callers' literals are never extracted, so they stay English in every language)."""
    hiding: list[str] = []
    for rel, tree in sources():
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef):
                continue
            params = {arg.arg for arg in node.args.args}
            for call in ast.walk(node):
                if (isinstance(call, ast.Call) and _called(call) in TRANSLATING and len(call.args) >= 2
                        and isinstance(call.args[1], ast.Name) and call.args[1].id in params
                        and _literal(call.args[0]) is not None):
                    hiding.append(f"{rel}: {node.name}()")
    assert not hiding, f"call translate with the literal text at each place instead: {hiding}"


def test_counts_are_plural_messages_in_every_language(qapp: Any, tmp_path: Path) -> None:
    """A message with a count (`%n`) is marked numerus (lupdate does so for a QObject's tr with a count: they live
    in core/plurals.py) and has the language's two forms; Qt picks the form, and English falls back to its own."""
    from PySide6.QtCore import QTranslator

    from xencenter.core.plurals import Plurals

    for language, ts in committed().items():
        counts = {key: message for key, message in messages(ts).items() if "%n" in key[1]}
        assert counts and all(key[3] for key in counts), (language, [k for k in counts if not k[3]])
    english = Plurals()
    assert (english.days(1), english.days(3), english.objects(0)) == ("1 day", "3 days", "0 objects")
    tool = i18n_tool()
    translator = QTranslator()
    qm = tmp_path / "xencenter_gl.qm"  # compiled here from the committed .ts: the test needs no earlier build
    tool.lrelease(tool.ts_file("gl"), qm)
    assert translator.load(str(qm)), "lrelease compiles the Galician catalogue"
    qapp.installTranslator(translator)
    try:
        galician = Plurals()
        assert (galician.days(1), galician.days(3), galician.minutes(1)) == ("1 día", "3 días", "1 minuto")
    finally:
        qapp.removeTranslator(translator)
