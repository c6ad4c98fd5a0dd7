"""Qt-free core: domain types, anchoring, importers, exporters and suggestion engines."""
