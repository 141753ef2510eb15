"""Rule tables as a language: parsing (``language``), forward spelling (``spell``) and the
derived inverse (``inverse``), a lattice search from a spelling back to its sources."""
