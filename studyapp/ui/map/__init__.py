"""The Map view: the spheres and lines of each agreement on north-east Asia."""
