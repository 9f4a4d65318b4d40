"""Bringing plays in from files: Spotify's export, the upload, the jobs."""
