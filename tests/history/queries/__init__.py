"""Tests of the history's queries, against independent computations."""
