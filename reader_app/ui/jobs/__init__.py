"""Worker threads: each runs one piece of work off the UI thread and reports back with signals."""
