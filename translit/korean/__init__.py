"""Korean personal names and words: surnames, romanisation systems, name variants, 두음법칙."""
