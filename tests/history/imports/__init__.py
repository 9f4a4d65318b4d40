"""Tests of the imports: Spotify's exports of every era, hostile files, resuming."""
