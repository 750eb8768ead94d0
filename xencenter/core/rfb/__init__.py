"""An RFB (VNC) client core without widgets: the CONNECT tunnel to a xapi console, the protocol, decoders into
a numpy framebuffer, keysyms and scan codes, and ConsoleSession, which follows a VM's console through reboots
and migrations. The widget that shows it is xencenter.ui.widgets.rfb_view."""
