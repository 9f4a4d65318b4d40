"""Tests of live recording: Spotify's player and recently-played, Sonos, other players."""
