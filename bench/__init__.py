"""Benchmarks: `python -m bench NAME` (or `python -m bench all`) prints figures."""
