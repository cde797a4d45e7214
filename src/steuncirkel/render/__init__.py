"""Renderers: pure functions from a circle (or a view of it) to text for a person or program."""
