"""Names every item model and delegate shares: the key and sort roles and the index type."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

# The stable content key (agreement, clause, term, bookmark) of a row; None on a group row.
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
# A cell's folded text, so "Ōtsu" sorts with "O" (the Glossary and People tables).
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

# What Qt hands a model or delegate as "an index".
AnyIndex = QModelIndex | QPersistentModelIndex
