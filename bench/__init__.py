"""Benchmarks: speed and quality figures, printed as tables. Not tests."""
