"""The agreements view."""
