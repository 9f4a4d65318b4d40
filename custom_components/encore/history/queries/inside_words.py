"""The words caught with a name, and the names said inside them.

A listed sentence's wildcard catches a name with words around it ("that
around the world song the daft punk one"): the runs of words inside that may
be a name (`inner_spans`), the words that never are one alone
(`INSIDE_SKIP`), and an artist said after "by" whose song before it was not
found (`artist_of_another`). `matching._inside` looks them up.
"""

from ..store.names import normalize_name

INSIDE_MAX_WORDS = 16
"""Longer catches are no name and a few words around it: not searched inside."""
INSIDE_BASE = 0.5
INSIDE_SCALE = 0.3
"""A name found inside scores 0.5 plus 0.3 times the share of the words it
covers: below every exact or prefix match and the longer name first, so
that the longest name inside wins between artists, songs and shows."""
_INSIDE_SKIP_WORDS = (
    # Words that speech holds around a name, never a name alone here: a
    # single word inside is a name only when it is none of these.
    "a an and any at by da das de dem den der des die did do does done du "
    "ein eine einen er es for from ganz get got had has hat hatte have he "
    "her his how i ich im in is it its ja last letzte letzten letzter mal "
    "me mein meine mir my nee nein nicht no noch not of off on one or our "
    "so song songs that the this time times to track tracks und up von was "
    "wait wann war we were what when which who wie wir with yes you"
)
INSIDE_SKIP = frozenset(_INSIDE_SKIP_WORDS.split())


def inner_spans(query: str) -> list[str]:
    """Return the runs of whole words inside `query`, normalised, the longest first."""
    words = query.split()
    if not 2 <= len(words) <= INSIDE_MAX_WORDS:
        return []
    spans: dict[str, None] = {}
    for size in range(len(words) - 1, 0, -1):
        for start in range(len(words) - size + 1):
            run = words[start : start + size]
            if all(word in INSIDE_SKIP for word in run):
                continue
            if size == 1 and len(run[0]) < 3:
                continue
            if span := normalize_name(" ".join(run)):
                spans.setdefault(span)
    return list(spans)


# What speech says before "by" that names no song: "anything by Justice",
# "Lieder von Air" ask about the artist.
_ANY_BY = INSIDE_SKIP | frozenset(
    (
        *("anything", "something", "stuff", "music", "tunes", "tune", "any", "some"),
        *("much", "lot", "lots", "bit", "little", "all", "else", "more", "songs"),
        *("tracks", "records", "albums", "etwas", "irgendwas", "irgendwat", "wat"),
        *("was", "jet", "ebbes", "zeug", "zeugs", "musik", "lieder", "lied"),
        *("titel", "stücke", "sachen", "paar", "bisschen", "bissl", "bissle"),
    )
)


def artist_of_another(query: str, span: str) -> bool:
    """Whether `span` is the artist after "by" of a song said before it.

    "Never Gonna Give You Up by Justice", no song of Justice's: the answer
    about Justice alone would be about another thing than was asked (issue
    45, "never a broader question"); nothing is found, and the name is said
    as not found.
    """
    words = query.split()
    for joiner in ("by", "von"):
        if joiner not in words[1:]:
            continue
        at = len(words) - 1 - words[::-1].index(joiner)
        before, after = words[:at], " ".join(words[at + 1 :])
        said = normalize_name(after)
        if (said == span or said.startswith(span + " ")) and any(
            word not in _ANY_BY for word in before
        ):
            return True
    return False
