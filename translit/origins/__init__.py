"""A foreign name's origin chosen among the readers of each language: see :mod:`.normalize`."""
