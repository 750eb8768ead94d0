"""An RFB (VNC) client core, toolkit-free: the CONNECT tunnel to a xapi console, the protocol, decoders into
a numpy framebuffer, keysyms and scan codes, and ConsoleSession, which follows a VM's console through reboots
and migrations. The console tab's view draws the framebuffer and feeds it keys and pointer events."""
