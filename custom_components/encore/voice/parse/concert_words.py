"""A concert-goer's words for a household's pop and podcasts (issue 45's 29th turn).

A classical listener (blind writer 141, Boston and Leipzig) asked about the
history in the concert hall's words: "which piece", "the top ten pieces",
"cut a recording short", "which ensemble", "did Air make it onto my
programme", "my musical profile"; "was stand auf meinem Programm",
"breche ich ab und springe weiter", "von welchem Ensemble komme ich nicht
los", "sind Interpreten dazugekommen". A piece or a recording is a song,
an ensemble a band, the programme what was played.
"""

from typing import Final

from .rules import Rule, rewrite_in

_CONCERT: Final[dict[str, tuple[Rule, ...]]] = {
    "en": (
        (r"\bpieces? of music\b", "song"),
        (r"\bpieces\b", "songs"),
        (r"\bpiece\b", "song"),
        (r"\brecordings\b", "songs"),
        (r"\brecording\b", "song"),
        (r"\bensembles\b", "bands"),
        (r"\bensemble\b", "band"),
        (r"\bperformers\b", "artists"),
        (r"\bperformer\b", "artist"),
        (
            r"\bcut (?:a|the) song short and skip(?: on)?(?: to the next one)?\b",
            "skip songs",
        ),
        (
            r"^did (?:that |the )?(.+?) make it (?:onto|into|on to|on) my programme\b",
            r"did i play \1",
        ),
        (r"\bmy musical profile\b", "my music taste"),
    ),
    "de": (
        (r"\bensembles?\b", "band"),
        (r"^was stand (.*?)auf meinem programm\b", r"was habe ich \1gehört"),
        (
            (
                r"\bbreche ich (?:eigentlich |denn )?(?:etwas |was |ein lied |ein stück |lieder |stücke )?"
                r"ab und springe weiter\b"
            ),
            "überspringe ich",
        ),
        (
            (
                r"^sind (.*?)(interpreten|künstler|bands) dazugekommen,? die ich vorher (?:noch )?nie"
                r" gehört (?:hatte|habe)\b"
            ),
            r"habe ich \1neue \2 entdeckt",
        ),
    ),
}


def said_in_concert_words(text: str, language: str) -> str:
    """Return a concert-goer's question in the history's words."""
    return rewrite_in(_CONCERT, text, language)
