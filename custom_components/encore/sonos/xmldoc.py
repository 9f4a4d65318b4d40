"""Parsing XML that speakers send: no entities, no network lookups."""

from typing import Any

from lxml import etree  # type: ignore[import-untyped]

_PARSER: Any = etree.XMLParser(resolve_entities=False, no_network=True)


def parse_xml(data: bytes) -> Any:
    """Parse a document from a speaker on the LAN; return its root element."""
    return etree.fromstring(data, _PARSER)
