"""Services: one function per user action, each write in one transaction. No Qt here."""
