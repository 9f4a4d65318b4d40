"""What every benchmark reports its timings with."""


def percentile(values: list[float], share: float) -> float:
    """Return the value below which `share` (0 to 1) of `values` lie: the nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))]
