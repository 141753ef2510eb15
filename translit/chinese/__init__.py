"""Chinese names in Sino-Korean readings (습근평 → 习近平, Xi Jinping): see :mod:`.reading`."""

from translit.chinese.reading import (
    ChineseReading,
    english_forms,
    english_probabilities,
    is_chinese_name,
    readings,
)

__all__ = [
    "ChineseReading",
    "english_forms",
    "english_probabilities",
    "is_chinese_name",
    "readings",
]
