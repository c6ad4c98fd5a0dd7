"""Panes: the widgets that show the library (article list, reader, annotation list, suggestions, banners)."""
