"""Guest screens: a framebuffer per running VM (and dom0), drawn from the simulated state.

Text consoles are a `Terminal` rendered with a monospace font; each guest kind (Linux, Windows,
dom0, an installer) is a program writing to its screen on the simulated clock and answering keys.
Everything here reads the pool through `GuestWorld` (world.py), never the server itself.
"""
