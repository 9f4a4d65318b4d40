"""Tests of the fakes themselves, and the pytest fixtures that start them."""
