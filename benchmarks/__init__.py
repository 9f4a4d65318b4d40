"""Benchmarks that print figures (scripts/bench); not part of the test suite."""
