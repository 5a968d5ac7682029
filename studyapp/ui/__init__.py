"""The desktop app. PySide6 lives here and nowhere else in the package."""
