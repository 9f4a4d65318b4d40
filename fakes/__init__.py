"""The protocol peers Encore is tested and demonstrated against.

`fakes.spotify` is a fake Spotify (Web API and accounts service) over real
HTTP; `fakes.sonos` emulates a Sonos household over real UPnP (SOAP control,
GENA events) for SoCo. The tests, the demo and the benchmarks use them; they
never ship with the integration. Encore is pointed at them by injection
(`custom_components.encore.spotify.endpoints`), not by patching constants.
"""
