"""Hand-written item models over ids, loading rows lazily from the services."""
