"""Separ: an offline digital-safety checklist whose every item is linked to its sources."""

__version__ = "0.1.0"
