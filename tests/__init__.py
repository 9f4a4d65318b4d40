"""Tests for Encore."""
