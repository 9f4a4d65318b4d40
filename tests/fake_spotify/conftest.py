"""Make the fake's fixtures available to its own tests."""

from .fixtures import fake_spotify, shared_data

__all__ = ["fake_spotify", "shared_data"]
