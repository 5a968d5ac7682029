"""The Stats view: painted charts of the review history and the cards' states."""
