"""Dialogs the window opens: article properties, the company registry, preferences."""
