"""The bundled agreements database: models, read-only queries and search. No Qt here."""
