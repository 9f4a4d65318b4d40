"""End-to-end tests: a real `hass` process with the demo, driven as a client would."""
