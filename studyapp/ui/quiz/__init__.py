"""The quiz: flashcards with spaced repetition, answered by flipping, choosing or typing."""
