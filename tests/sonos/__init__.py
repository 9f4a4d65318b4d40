"""Encore's Sonos players against emulated speakers, with real SoCo."""
