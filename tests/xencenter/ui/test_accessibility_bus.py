"""The real console window under Xvfb, walked over the desktop's accessibility bus (AT-SPI) as a screen reader or a
dogtail-style GUI test tool walks it: every showing interactive element (buttons, tabs, tree items, menu items, text
fields, ...) has a name; tabs and menus are found by their visible names and pressed through AT-SPI actions, and
what they show is walked too. Skips, saying why, where Xvfb, D-Bus, at-spi2-core or Qt's xcb libraries are missing.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from functools import partial
from typing import Any

import pytest
from atspi_support import INTERACTIVE, Accessible, Desktop, label, missing_requirements

pytestmark = [pytest.mark.slow, pytest.mark.skipif(bool(missing_requirements()), reason=missing_requirements())]

APP_NAME = "XenCenter-Qt"  # QCoreApplication.applicationName, what the bus lists the console as
POOL_TABS = ("General", "Memory", "Storage", "Networking", "Performance", "Users", "Logs", "Search")
MENUS = ("File", "View", "Pool", "Server", "VM", "Tools", "Help")


@pytest.fixture(scope="module")
def desktop() -> Iterator[Desktop]:
    made = Desktop()
    try:
        yield made
    finally:
        made.close()


def eventually(desktop: Desktop, condition: Callable[[], Any], timeout: float = 60.0) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        found = condition()
        if found:
            return found
        desktop.assert_running()
        assert time.monotonic() < deadline, "the window never got there"
        time.sleep(0.2)


def showing(app: Accessible) -> list[tuple[Accessible, str, str, set[int]]]:
    return list(app.walk())


def find(app: Accessible, role: str, name: str) -> Accessible | None:
    return next((node for node, r, n, _ in showing(app) if r == role and n == name.replace("&", "")), None)


def is_selected(node: Accessible) -> bool:
    return 23 in node.states()  # AT-SPI's STATE_SELECTED: for a page tab, the current one


def unnamed(app: Accessible) -> list[str]:
    """The showing interactive elements a screen reader could only call by their role."""
    return [label(role, name, node.path) for node, role, name, _ in showing(app)
            if role in INTERACTIVE and not name.strip()]


@pytest.fixture(scope="module")
def app(desktop: Desktop) -> Accessible:
    found = desktop.application(APP_NAME)
    eventually(desktop, lambda: find(found, "tree item", "Course lab") and find(found, "page tab", "General"))
    return found


def test_the_main_window_names_every_interactive_element(app: Accessible) -> None:
    nodes = showing(app)
    roles = {role for _, role, _, _ in nodes}
    assert {"tree", "tree item", "page tab", "push button", "menu item", "text"} <= roles, roles
    assert not unnamed(app)


def test_each_tab_found_by_its_name_opens_and_names_its_controls(desktop: Desktop, app: Accessible) -> None:
    problems: dict[str, list[str]] = {}
    for title in POOL_TABS:
        tab = eventually(desktop, partial(find, app, "page tab", title))
        tab.do("Press")
        eventually(desktop, partial(is_selected, tab))
        missing = unnamed(app)
        if missing:
            problems[title] = missing
    assert not problems


def test_each_menu_found_by_its_name_opens_with_named_items(desktop: Desktop, app: Accessible) -> None:
    problems: dict[str, list[str]] = {}
    for title in MENUS:
        menu = eventually(desktop, partial(find, app, "menu item", title))
        menu.do(menu.actions()[0])
        popup = eventually(desktop, lambda: next((node for node, role, _, _ in showing(app) if role == "popup menu"),
                                                 None))
        items = [(role, name) for _, role, name, _ in popup.walk() if role.endswith("menu item")]
        assert items, f"the {title} menu shows no items"
        missing = [label(role, name, node.path) for node, role, name, _ in popup.walk()
                   if role in INTERACTIVE and not name.strip()]
        if missing:
            problems[title] = missing
        menu.do(menu.actions()[0])  # closes it again
        eventually(desktop, lambda: not any(role == "popup menu" for _, role, _, _ in showing(app)))
    assert not problems
