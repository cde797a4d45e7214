"""Fonts shipped with steuncirkel: DejaVu Sans, and subset Noto fonts for the scripts it
lacks (see README.md, LICENSE-DejaVu.txt and LICENSE-Noto.txt)."""
