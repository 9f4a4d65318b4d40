"""Fixtures for the emulator's own tests (other test trees import ``fixtures``)."""

from .fixtures import *  # noqa: F403
