"""Before the console opens a window on X11: are the system libraries Qt's xcb platform plugin needs installed?

Without them Qt only says "Could not load the Qt platform plugin "xcb"" and aborts. `ldd` on the plugin names the
missing libraries; we map them to the Debian/Ubuntu and Fedora packages that provide them. Runs with the bootstrap's
Python (stdlib only); the venv's Python is asked where PySide6 lives.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

# library soname -> (Debian/Ubuntu package, Fedora package)
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-xinerama.so.0": ("libxcb-xinerama0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-glx.so.0": ("libxcb-glx0", "libxcb"),
    "libxcb-xinput.so.0": ("libxcb-xinput0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libSM.so.6": ("libsm6", "libSM"),
    "libICE.so.6": ("libice6", "libICE"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
}


def missing_libraries(ldd_output: str) -> list[str]:
    """The sonames `ldd` reports as "not found", in order, without repeats."""
    missing: list[str] = []
    for line in ldd_output.splitlines():
        name, _, rest = line.strip().partition(" => ")
        if rest.strip() == "not found" and name not in missing:
            missing.append(name)
    return missing


def advice(missing: list[str]) -> str:
    """What to tell the user: the libraries and the install commands for both families of distributions."""
    debian = sorted({PACKAGES[lib][0] for lib in missing if lib in PACKAGES})
    fedora = sorted({PACKAGES[lib][1] for lib in missing if lib in PACKAGES})
    unknown = [lib for lib in missing if lib not in PACKAGES]
    lines = ["The console cannot open a window: Qt's X11 (xcb) platform plugin needs system libraries that are not "
             "installed:", "  " + " ".join(missing), ""]
    if debian:
        lines += ["On Debian or Ubuntu:", "  sudo apt-get install " + " ".join(debian), "",
                  "On Fedora:", "  sudo dnf install " + " ".join(fedora), ""]
    if unknown:
        lines += ["Install the packages that provide: " + " ".join(unknown), ""]
    lines.append("Then run the same command again. (QT_QPA_PLATFORM=offscreen runs without a display.)")
    return "\n".join(lines)


def xcb_plugin_files(python: Path) -> list[Path]:
    """The xcb plugin and the Qt libraries it loads, from the venv's PySide6."""
    try:
        out = subprocess.run([str(python), "-c", "import PySide6, os; print(os.path.dirname(PySide6.__file__))"],
                             capture_output=True, text=True, timeout=60, check=True).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return []
    qt = Path(out) / "Qt"
    candidates = [qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6",
                  qt / "lib" / "libQt6Gui.so.6"]
    return [path for path in candidates if path.exists()]


def wants_xcb(environ: dict[str, str] | os._Environ[str]) -> bool:
    """Whether Qt will pick the xcb plugin: Linux, X11 and no other platform forced."""
    platform = environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux"):
        return False
    if platform:
        return platform.split(":")[0] == "xcb"
    return bool(environ.get("DISPLAY")) and not environ.get("WAYLAND_DISPLAY")


def check(python: Path) -> str | None:
    """None when the console can start on this display, else the message to print."""
    if sys.platform.startswith("linux") and not any(os.environ.get(name) for name in
                                                    ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")):
        return ("The console cannot open a window: no display was found (neither DISPLAY nor WAYLAND_DISPLAY is "
                "set).\nRun it inside a desktop session, or set QT_QPA_PLATFORM=offscreen to run without one.")
    if not wants_xcb(os.environ):
        return None
    missing = xcb_missing(python)
    return advice(missing) if missing else None


def xcb_missing(python: Path) -> list[str]:
    """The libraries the xcb plugin of `python`'s PySide6 needs and the system lacks."""
    missing: list[str] = []
    ldd = shutil.which("ldd")
    for path in xcb_plugin_files(python) if ldd is not None else []:
        try:
            output = subprocess.run([str(ldd), str(path)], capture_output=True, text=True, timeout=30).stdout
        except (OSError, subprocess.SubprocessError):
            continue
        missing += [lib for lib in missing_libraries(output) if lib not in missing]
    missing += [lib for lib in dlopened_missing() if lib not in missing]
    return missing


# Loaded by the xcb plugin at run time (dlopen), so ldd never names them; Qt 6.5+ refuses to start without them.
DLOPENED = ("libxcb-cursor.so.0",)


def dlopened_missing() -> list[str]:
    """The DLOPENED libraries the dynamic loader cannot find."""
    import ctypes

    missing = []
    for soname in DLOPENED:
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(soname)
    return missing
