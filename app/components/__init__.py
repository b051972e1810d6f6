"""Pieces of the dashboard pages: each module exposes show(...) and returns the widget value."""
