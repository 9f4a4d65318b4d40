"""Last.fm and ListenBrainz: reading a user's scrobbles, and scrobbling (a source)."""
