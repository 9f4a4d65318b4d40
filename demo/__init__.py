"""The Encore demo: a Home Assistant with Encore, a fake Spotify and emulated Sonos speakers.

`scripts/develop --demo` builds a fresh demo configuration (`demo/prepare.py`) and
starts Home Assistant on it; the demo-only integration `encore_demo` starts the
fakes on loopback inside that Home Assistant and sets Encore up against them.
Nothing here ships with Encore.
"""
