"""Annotations coming back in: read a colleague's JSON or CSV, place each on an article's text, plan the merge."""
