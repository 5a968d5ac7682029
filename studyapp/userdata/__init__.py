"""The user's own data (bookmarks, notes, later review history) in its own SQLite file.

It refers to the bundled content only by stable keys, so a content update never loses it.
No Qt here.
"""
