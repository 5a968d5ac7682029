"""A desktop study app for the Russo-Japanese Agreements (日露協約) of 1907–1916."""

__version__ = "0.1.0"
