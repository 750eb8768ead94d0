"""A login prompt and a line-editing shell on a Terminal: what a class types into a Linux guest."""

from __future__ import annotations

import shlex
from collections.abc import Callable

from .keys import KeyPress
from .terminal import Terminal

Command = Callable[[list[str]], str]


class LoginShell:
    """login: / Password: / prompt; `commands` answers each line; `on_exit` after logout."""

    def __init__(self, terminal: Terminal, hostname: str, commands: Callable[[str, list[str]], str | None],
                 banner: str = "", prompt: Callable[[str], str] | None = None) -> None:
        self.terminal = terminal
        self.hostname = hostname
        self.commands = commands
        self.banner = banner
        self.prompt = prompt or (lambda user: f"{user}@{hostname}:~{'#' if user == 'root' else '$'} ")
        self.user = ""
        self.state = "idle"  # idle -> login -> password -> shell
        self.line = ""
        self.history: list[str] = []
        self._recall = 0

    def start(self) -> None:
        self.state = "login"
        self.terminal.write(f"{self.banner}{self.hostname} login: ")

    def key(self, press: KeyPress) -> None:
        if self.state == "idle":
            return
        if press.control("c"):
            self.terminal.write("^C\n")
            self.line = ""
            self._reprompt()
        elif press.control("l") and self.state == "shell":
            self.terminal.write("\x1b[2J\x1b[H" + self.prompt(self.user) + self.line)
        elif press.control("d") and self.state == "shell" and not self.line:
            self.terminal.write("logout\n\n")
            self._logout()
        elif press.name == "Return":
            line, self.line = self.line, ""
            self.terminal.write("\n")
            self._enter(line)
        elif press.name == "BackSpace":
            if self.line:
                self.line = self.line[:-1]
                if self.state != "password":
                    self.terminal.write("\b \b")
        elif press.name in ("Up", "Down") and self.state == "shell" and self.history:
            self._recall = max(0, min(len(self.history), self._recall + (-1 if press.name == "Up" else 1)))
            recalled = self.history[self._recall] if self._recall < len(self.history) else ""
            self.terminal.write("\b \b" * len(self.line) + recalled)
            self.line = recalled
        elif press.text and not press.ctrl and not press.alt:
            self.line += press.text
            if self.state != "password":
                self.terminal.write(press.text)

    def _reprompt(self) -> None:
        if self.state == "shell":
            self.terminal.write(self.prompt(self.user))
        else:
            self.start()

    def _enter(self, line: str) -> None:
        if self.state == "login":
            if not line.strip():
                self.start()
                return
            self.user = line.strip()
            self.state = "password"
            self.terminal.write("Password: ")
        elif self.state == "password":
            self.state = "shell"
            self.terminal.write(self.commands("__login__", []) or "")
            self.terminal.write(self.prompt(self.user))
        else:
            self._run(line)

    def _run(self, line: str) -> None:
        if line.strip():
            self.history.append(line)
        self._recall = len(self.history)
        try:
            words = shlex.split(line)
        except ValueError:
            self.terminal.write("bash: syntax error: unexpected end of input\n" + self.prompt(self.user))
            return
        if not words:
            self.terminal.write(self.prompt(self.user))
            return
        if words[0] in ("exit", "logout"):
            self._logout()
            return
        if words[0] == "clear":
            self.terminal.write("\x1b[2J\x1b[H" + self.prompt(self.user))
            return
        output = self.commands(words[0], words[1:])
        if output is None:
            output = f"-bash: {words[0]}: command not found\n"
        self.terminal.write(output)
        if self.state == "shell":
            self.terminal.write(self.prompt(self.user))

    def _logout(self) -> None:
        self.user = ""
        self.terminal.write("\x1b[2J\x1b[H")
        self.start()

    def stop(self) -> None:
        """The system is going down: no more prompts."""
        self.state = "idle"
