"""The glossary view."""
