"""Names every item model and delegate shares: the key role and the index type."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

# The stable content key (agreement, clause, term, bookmark) of a row; None on a group row.
KEY_ROLE = Qt.ItemDataRole.UserRole + 1

# What Qt hands a model or delegate as "an index".
AnyIndex = QModelIndex | QPersistentModelIndex
