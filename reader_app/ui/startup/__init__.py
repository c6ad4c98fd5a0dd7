"""Start-up: the QApplication, one window per library, recovery when the library cannot open, self-checks."""
