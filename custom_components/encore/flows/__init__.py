"""The config flow's parts that are not the flow itself.

Home Assistant loads `config_flow.py` by name; what it offers beyond adding a
Spotify account, Sonos speakers and the history settings lives here, one
module per concern (see README.md).
"""
