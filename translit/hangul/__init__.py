"""Hangul analysis: syllables as position-aware jamo, input text checks and script detection."""
