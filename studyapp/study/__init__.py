"""Flashcards: card generation, answer checking, scheduling and export. Never imports Qt."""
