"""Exporters: turn annotations and their articles into files other tools read."""
