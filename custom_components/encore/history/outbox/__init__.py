"""Scrobbling out: the plays of a person that go to their Last.fm or ListenBrainz."""
