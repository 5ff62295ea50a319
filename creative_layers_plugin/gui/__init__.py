"""Widgets: the dock, dialogs, map tools. Each .py sits beside its .ui, loaded at run time."""
