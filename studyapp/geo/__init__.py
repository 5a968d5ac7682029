"""Qt-free geometry for the map: the extent, projection, simplification, routing, shapes."""
