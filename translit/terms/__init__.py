"""DPRK political vocabulary: the glossary, its compounds, and the scanner of running text."""
