"""The bookmarks view."""
