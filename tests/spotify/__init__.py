"""Tests of the Spotify package: client, player, URIs."""
