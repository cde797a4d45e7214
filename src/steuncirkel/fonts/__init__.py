"""Fonts shipped with steuncirkel (see LICENSE-DejaVu.txt)."""
