"""English slurred after a few drinks, as speech-to-text writes it (issue 45's sixty-ninth turn).

Blind writer 471, a tipsy guest at a house party, asked "when did i lasht
play don't shtop me now haha", "top two albums shince march", "did i hear
any queen yeshterday", "howmany shongs did i play today" and "wha' wuz i
lishening to lasht night". A slurred s is written "sh": "lasht" was no
"last" (the first play was answered), "shince march" no "since" (March
alone was ranked), "yeshterday" a name's tail ("queen yeshterday", all
time counted), "thish morning" no morning (all of today): wrong facts. The
rest were not understood at all.

Each rule undoes the slur on a word that is otherwise known and keeps
every real "sh" word and name: an "sh" where English has none ("sht" at a
word's start or end, "shk", "shp", "sh" closing a plural after a
consonant), or a listed word of the listening questions ("shong", "shince",
"thish", "lishen", "yeshterday"). "Wuz", "wha'", "howmany", "wassat" and the
guest's laugh ("haha") are the same party's words. Read first, after the
world's times: every reader after this one knows "last", none "lasht".
"""

import re
from typing import Final

from .rules import Rule, rewrite

# The listed words: an "sh" that is an s, in the words of listening
# questions, each of which is no English word as written.
_WORDS: Final[dict[str, str]] = {
    "shong": "song",
    "shongs": "songs",
    "shince": "since",
    "thish": "this",
    "yesh": "yes",
    "yeshterday": "yesterday",
    "shummer": "summer",
    "shaturday": "saturday",
    "shunday": "sunday",
    "shepptember": "september",
    "sheptember": "september",
    "shecond": "second",
    "shix": "six",
    "sheven": "seven",
    "shixty": "sixty",
    "sheventy": "seventy",
    "shexy": "sexy",
    "hishtory": "history",
    "jushtice": "justice",
    "rapshody": "rhapsody",
    "rotashion": "rotation",
    "deshcribe": "describe",
    "tashte": "taste",
    "wuz": "was",
    "wazzit": "was it",
    "howmany": "how many",
    "howmuch": "how much",
    "howlong": "how long",
}

# "Lishen", "lishening", "lishened": listen.
_LISHEN: Final = re.compile(r"\b(l)ishen", re.IGNORECASE)

# "Sht" opening a word ("shtuff", "shtop", "shtreak"): st. The Yiddish
# loans ("shtick", "shtetl", "shtum", "shtik") keep theirs.
_STARTS: Final = re.compile(
    r"\b(?!shti(?:c?k)\b|shtetl|shtum\b|shtoom\b)sh(?=t[a-z])", re.IGNORECASE
)

# "Sht" closing a word ("lasht", "mosht", "firsht", "artisht", "augusht")
# or before its plural "s": st. English ends no word so.
_ENDS: Final = re.compile(r"(?<=[aeiouyr])sht(?=s?\b)", re.IGNORECASE)

# "Shk", "shp" opening a word ("shkip", "shpend", "shpotify"): sk, sp.
_SK_SP: Final = re.compile(r"\bsh(?=[kp][a-z])", re.IGNORECASE)

# A plural's s slurred after a listening word ("weeksh", "tracksh",
# "daysh", "timesh", "episodesh", "shtreamsh"): s. Only these nouns:
# "fresh", "mesh", "dish" and names keep their "sh".
_PLURALS: Final = re.compile(
    r"\b(song|track|tune|time|episode|stream|play|day|week|weekend|weekday"
    r"|month|year|hour|minute|artist|band|album|podcast|thing|record|show"
    r"|listen|skip|always)sh\b",
    re.IGNORECASE,
)

# "What'sh", "whatsh", "who'sh", "when'sh", "it'sh", "that'sh": 's.
_TAIL_S: Final = re.compile(
    r"\b(what|who|when|where|it|that|how|there|here)'?sh\b", re.IGNORECASE
)

_SLURRED_EN: Final[tuple[Rule, ...]] = (
    # The guest's laugh: nothing asked, wherever it falls.
    (r"(?:,?\s*\b(?:ha){2,}h?\b[,.!?]*)+", ""),
    # "Go go go", "be honest", "go on": urging, said after the question.
    (r",?\s+(?:go )+go\s*[?.!]*\s*$", ""),
    # "Roughly, ish": a hedge, nothing asked.
    (r",?\s+ish\b", ""),
    # "Mate mate who's ...", "... mate": a word of address.
    (r"^(?:mate,?\s+)+", ""),
    (r",?\s+mate\b(?=\s*(?:[,?.!]|$))", ""),
    # "Wha's my": what's, said with its t swallowed.
    (r"\bwha's(?=\s)", "what's"),
    # "Wassat shong ...": what's that song, said as one word; "how many
    # times wassat, dance, by justice": "was that", its title after.
    (r"\btimes wassat\b,?\s*", "times was "),
    (r"\bwassat\b", "what's that"),
    (r"\bwhat wazzit\b", "what was it"),
)


def said_slurred(text: str) -> str:
    """Return a question slurred after a few drinks with its words said plainly."""
    if "sh" not in text.lower() and not re.search(
        r"wuz|wha'|wassat|wazzit|howm|howl|haha", text, re.IGNORECASE
    ):
        return text
    # "Wha' wuz": what, its t swallowed; only before the slurred "wuz", as
    # Jamaica's "wha' was my song of di summer" is read by its own reader.
    text = re.sub(r"\bwha'(?=\s+wuz\b)", "what", text, flags=re.IGNORECASE)
    text = _LISHEN.sub(r"\1isten", text)
    text = _STARTS.sub("s", text)
    text = _ENDS.sub("st", text)
    text = _SK_SP.sub("s", text)
    text = _PLURALS.sub(r"\1s", text)
    text = _TAIL_S.sub(r"\1's", text)
    text = re.sub(
        r"\b(" + "|".join(_WORDS) + r")\b",
        lambda found: _WORDS[found[1].lower()],
        text,
        flags=re.IGNORECASE,
    )
    text = rewrite(_SLURRED_EN, text, re.IGNORECASE)
    return re.sub(r"\s{2,}", " ", text).strip()
