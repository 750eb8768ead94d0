"""Widgets and helpers shared by tabs, panes, dialogs and the window: icons, tables, lists with buttons, throttles.

The bottom layer of the UI with the models: nothing here imports a tab, pane, dialog or the main window.
"""
