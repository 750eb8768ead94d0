"""xencenter: a desktop management console for Xen pools (PySide6)."""

__version__ = "0.1.0"
