"""The pool's console service: guest screens wired to the simulated pool, and the plain VNC ports.

`ConsoleService` (service.py) is what one served pool (xapi.py) owns: it resolves a console request
to a guest screen, keeps console rows' `location` and `other_config:vnc-port` right, and ends
screens with their domain. `PoolGuestWorld` (world.py) is the `GuestWorld` the screens read.
"""
