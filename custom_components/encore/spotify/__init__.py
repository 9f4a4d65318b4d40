"""Spotify Web API access: client, rate gate, typed errors and payload models."""
