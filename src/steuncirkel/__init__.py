"""steuncirkel: your support circle, private and offline."""

__version__ = "0.1.0"
