"""Collectors: what each source tells the history while Home Assistant runs."""
