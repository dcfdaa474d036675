"""Offline look-alike site detection."""
