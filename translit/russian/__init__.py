"""Russian names: the Cyrillic pivot read from DPRK (or South Korean) Hangul, and every form
written from it (DPRK and South Korean Hangul, English and the standard romanisations)."""
