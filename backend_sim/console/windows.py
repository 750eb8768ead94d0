"""A Windows guest's console: firmware, the boot logo, a lock screen, sign-in, then a desktop."""

from __future__ import annotations

import functools
import time

from PIL import Image, ImageDraw, ImageFont

from .framebuffer import Framebuffer
from .keys import KeyPress
from .linux import CONSOLE_MODE, TEXT_MODE, firmware_lines
from .program import GuestProgram
from .terminal import Terminal
from .world import GiB, GuestWorld, VmFacts

BOOT_LOGO_AT = 1.5
LOCK_SCREEN_AT = 10.0
WELCOME_SECONDS = 2.0
BLUE, DARK, TEAL, WHITE, GREY = (0, 120, 215), (16, 32, 64), (0, 99, 117), (255, 255, 255), (200, 200, 200)


@functools.cache
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size)


def _canvas(colour: tuple[int, int, int]) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    image = Image.new("RGB", CONSOLE_MODE, colour)
    return image, ImageDraw.Draw(image)


def _centred(draw: ImageDraw.ImageDraw, y: int, text: str, size: int, fill: tuple[int, int, int] = WHITE) -> None:
    draw.text((CONSOLE_MODE[0] // 2, y), text, font=_font(size), fill=fill, anchor="mm")


def boot_logo() -> Image.Image:
    image, draw = _canvas((0, 0, 0))
    cx, cy = CONSOLE_MODE[0] // 2, CONSOLE_MODE[1] // 2 - 60
    for dx, dy in ((-42, -42), (2, -42), (-42, 2), (2, 2)):
        draw.rectangle((cx + dx, cy + dy, cx + dx + 40, cy + dy + 40), fill=BLUE)
    _centred(draw, cy + 140, "Starting Windows", 22)
    return image


def lock_screen(now: float) -> Image.Image:
    image, draw = _canvas(DARK)
    draw.text((60, 520), time.strftime("%H:%M", time.gmtime(now)), font=_font(96), fill=WHITE)
    draw.text((64, 640), time.strftime("%A, %d %B", time.gmtime(now)), font=_font(32), fill=WHITE)
    _centred(draw, 730, "Press Ctrl+Alt+Delete to unlock.", 18, GREY)
    return image


def sign_in(user: str, typed: int, message: str) -> Image.Image:
    image, draw = _canvas(DARK)
    cx = CONSOLE_MODE[0] // 2
    draw.ellipse((cx - 80, 170, cx + 80, 330), fill=(90, 110, 140))
    draw.ellipse((cx - 30, 200, cx + 30, 260), fill=GREY)
    draw.pieslice((cx - 55, 265, cx + 55, 375), 180, 360, fill=GREY)
    _centred(draw, 380, user, 36)
    draw.rectangle((cx - 150, 430, cx + 150, 466), fill=WHITE, outline=GREY)
    if typed:  # the font has no bullet: a dot per character typed
        for index in range(min(typed, 24)):
            x = cx - 136 + index * 10
            draw.ellipse((x, 444, x + 7, 451), fill=(0, 0, 0))
    else:
        draw.text((cx - 140, 448), "Password", font=_font(18), fill=(120, 120, 120), anchor="lm")
    draw.rectangle((cx + 118, 432, cx + 148, 464), fill=BLUE)
    draw.polygon(((cx + 127, 440), (cx + 141, 448), (cx + 127, 456)), fill=WHITE)
    if message:
        _centred(draw, 510, message, 18)
    return image


def desktop(facts: VmFacts, now: float) -> Image.Image:
    image, draw = _canvas(TEAL)
    width, height = CONSOLE_MODE
    for index, label in enumerate(("Recycle Bin", "This PC", "Network")):
        y = 20 + index * 90
        draw.rectangle((30, y, 78, y + 44), fill=(230, 230, 230), outline=WHITE)
        draw.text((54, y + 60), label, font=_font(13), fill=WHITE, anchor="mm")
    box = (250, 120, 850, 520)
    draw.rectangle(box, fill=(245, 245, 245), outline=(80, 80, 80))
    draw.rectangle((box[0], box[1], box[2], box[1] + 32), fill=WHITE)
    draw.text((box[0] + 12, box[1] + 16), "System", font=_font(15), fill=(0, 0, 0), anchor="lm")
    ip = next((nic.ip for nic in facts.nics if nic.ip), "(none)")
    rows = [("Device name", facts.name), ("Edition", facts.os_name or "Windows"),
            ("Processor", facts.cpu_model), ("Virtual processors", str(facts.vcpus)),
            ("Installed RAM", f"{facts.memory_actual / GiB:.2f} GB"), ("System type", "64-bit operating system"),
            ("IPv4 address", ip), ("Hypervisor", f"Xen {facts.xen_version}"),
            ("PV drivers", "installed" if facts.pv_drivers else "not installed")]
    for index, (label, value) in enumerate(rows):
        y = box[1] + 60 + index * 36
        draw.text((box[0] + 24, y), label, font=_font(15), fill=(90, 90, 90))
        draw.text((box[0] + 220, y), value, font=_font(15), fill=(0, 0, 0))
    draw.rectangle((0, height - 40, width, height), fill=(32, 32, 40))
    for dx, dy in ((12, 10), (23, 10), (12, 21), (23, 21)):
        draw.rectangle((dx, height - 40 + dy, dx + 9, height - 40 + dy + 9), fill=(80, 160, 255))
    draw.text((width - 60, height - 20), time.strftime("%H:%M", time.gmtime(now)), font=_font(14), fill=WHITE,
              anchor="mm")
    return image


class WindowsGuest(GuestProgram):
    def __init__(self, world: GuestWorld, facts: VmFacts, screen: Framebuffer) -> None:
        super().__init__(world, facts, screen)
        screen.resize(*TEXT_MODE)
        self.page = "firmware"
        self.password = ""

    async def run(self) -> None:
        terminal = Terminal(self.screen)
        for offset, line in firmware_lines(self.facts):
            await self.at(offset)
            terminal.write(line + "\n")
        await self.at(BOOT_LOGO_AT)
        self.screen.resize(*CONSOLE_MODE)
        self.page = "boot"
        self.screen.paste_image(boot_logo())
        await self.at(LOCK_SCREEN_AT)
        self.show("lock")

    def show(self, page: str, message: str = "") -> None:
        self.page = page
        now = self.world.now()
        if page == "lock":
            self.password = ""
            self.screen.paste_image(lock_screen(now))
        elif page == "sign-in":
            self.screen.paste_image(sign_in("Administrator", len(self.password), message))
        elif page == "desktop":
            self.screen.paste_image(desktop(self.refresh(), now))

    def key(self, press: KeyPress) -> None:
        if self.page == "lock" and (press.ctrl_alt_del or press.name in ("Return", "Escape") or press.text == " "):
            self.show("sign-in")
        elif self.page == "sign-in":
            if press.name == "Escape":
                self.show("lock")
            elif press.name == "Return":
                self.page = "welcome"
                self.screen.paste_image(sign_in("Administrator", 0, "Welcome"))
                self.world.spawn(f"console-welcome:{self.facts.ref}", self._welcome())
            elif press.name == "BackSpace":
                self.password = self.password[:-1]
                self.show("sign-in")
            elif press.text and not press.ctrl:
                self.password += press.text
                self.show("sign-in")
        elif self.page == "desktop" and press.ctrl_alt_del:
            self.show("lock")

    async def _welcome(self) -> None:
        await self.world.sleep(WELCOME_SECONDS)
        if self.page == "welcome" and not self.screen.ended:
            self.show("desktop")
