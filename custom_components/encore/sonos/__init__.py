"""Sonos speakers through SoCo: one config entry per Sonos household."""
