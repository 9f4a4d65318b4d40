"""How well a known name fits what was said: the scores and the scorer.

`matching` looks names up in the store and keeps the best; this module only
scores one normalised name against one query, by tiers (exact, prefix,
words, a slip of a letter or two, a name that sounds or is heard alike),
each below the one before, so that a better kind of match always wins.
"""

from collections import Counter
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache
import re

from .inside_words import INSIDE_SKIP

EXACT_SCORE = 1.0
PREFIX_SCORE = 0.9
PREFIX_MIN_CHARS = 3
"""A prefix of fewer letters ("d", "da") fits a name by chance, not by intent."""
PREFIX_MID_WORD_MIN_CHARS = 4
"""A prefix that ends inside a word needs a letter more: "cro" is the rapper
Cro, never "Cross" (issue 45's thirty-third turn); "beyon" is Beyoncé."""


def is_prefix(query: str, norm: str) -> bool:
    """Return whether `query` starts `norm` by intent (`PREFIX_MIN_CHARS`)."""
    if not norm.startswith(query) or len(query) < PREFIX_MIN_CHARS:
        return False
    return len(query) >= PREFIX_MID_WORD_MIN_CHARS or norm[
        len(query) : len(query) + 1
    ] in (
        "",
        " ",
    )


WORDS_SCORE = 0.88
"""Each word said starts a known name's next word ("bo rhap" is "Bohemian
Rhapsody"), or the words said are whole words inside it ("floyd" is "Pink
Floyd"): below a prefix of the whole, above any fuzzy match."""
FUZZY_SCALE = 0.85
"""A fuzzy match scores its difflib ratio times this: below any prefix."""
FUZZY_CUTOFF = 0.8
"""The least difflib ratio that counts as a match: a slip of a letter or
two ("daft pung", "qeen"), never another name that shares half its letters."""
SOUND_SCORE = 0.7
"""A name that sounds the same (`sound_key`: "beyonsay" is "Beyoncé",
"rammstin" "Rammstein"), below every fuzzy match."""
SOUND_CUTOFF = 0.65
"""The least difflib ratio a name that sounds the same needs."""
SOUND_KEY_MIN = 3
"""Shorter sound keys ("kn") fit too many names to mean one."""
HEARD_SCORE = 0.66
"""A name heard alike as a whole (`heard_key`: "bohemian rap city" is
"Bohemian Rhapsody"), below a name that sounds the same letter for letter."""
HEARD_CUTOFF = 0.6
"""The least difflib ratio a name heard alike needs: its letters still
mostly the said name's."""
HEARD_KEY_MIN = 5
"""A key of fewer sounds fits many titles of a real library by chance: only
a long name is matched by how it is heard ("rap city" alone is nobody)."""
SPOKEN_SCORE = 0.62
"""A name written as the recogniser heard it, vowels and all (`spoken_key`:
"kwien" is "Queen", "die deili" "The Daily", "just is" "Justice"), below
every other tier: a short name's consonants alone fit too many."""
SPOKEN_KEY_MIN = 4
"""Shorter spoken keys ("kwi") fit too many names to mean one."""
EAR_SCORE = 0.61
"""An English name as a German child writes it by ear (`ear_key`: "daff
pank" is "Daft Punk", "dschastis" "Justice"), below every other tier."""
EAR_KEY_MIN = 5
"""Shorter ear keys fit too many names to mean one."""
FUZZY_MARGIN = 0.04
"""A fuzzy match is taken when no other name scores within this of it
(about 0.05 of difflib's ratio): one known name clearly closest."""
WORDS_MIN_CHARS = 4
"""The least letters said for a match by words: "bo" alone fits too much."""


_SOUNDS = (
    ("sch", "s"),
    ("ph", "f"),
    ("ck", "k"),
    ("sh", "s"),
    ("ce", "se"),
    ("ci", "si"),
    ("cy", "sy"),
    ("c", "k"),
    ("q", "k"),
    ("z", "s"),
    ("x", "ks"),
    ("v", "f"),
    ("dt", "t"),
)
_SILENT = str.maketrans("", "", "aeiouyhw")


@lru_cache(maxsize=1 << 17)
def sound_key(norm: str) -> str:
    """Return how a normalised name sounds, roughly: its consonants, spelled alike.

    Speech to text spells a name it does not know by its sound
    ("beyonsay", "rammstin", "justis"): the first letter, then the
    consonants with "c", "q", "z", "ph", "v" and doubled letters written
    one way. Cached: the whole artist table is keyed for an unknown name.
    """
    spoken = norm.replace(" ", "")
    for written, said in _SOUNDS:
        spoken = spoken.replace(written, said)
    if not spoken:
        return ""
    rest = spoken[1:].translate(_SILENT)
    key = [spoken[0]]
    for char in rest:
        if char != key[-1]:
            key.append(char)
    return "".join(key)


# Sounds speech to text writes one for another ("rap city" for "rhapsody":
# p and ph, t and d), each class one digit: a coarser key than `sound_key`.
_HEARD_DIGRAPHS = (("sch", "s"), ("ph", "f"), ("ck", "k"), ("ch", "k"))
_HEARD_CLASSES = {
    char: str(sound)
    for sound, chars in enumerate(("bfpv", "cgjkqsxz", "dt", "l", "mn", "r"), 1)
    for char in chars
}


@lru_cache(maxsize=1 << 17)
def heard_key(norm: str) -> str:
    """Return how a whole name is heard: its consonants by class, word breaks ignored.

    Speech to text writes a title it does not know as words it does ("rap
    city" for "Rhapsody", "tacuba" for "Tacvba"): lips (b, p, f, v), the
    back of the tongue and hissing (c, g, k, s, z), its tip (d, t), l, the
    nose (m, n) and r each sound alike there; a vowel, h, w or y or a space
    is no sound of its own, and a sound said twice in a row is one. The
    first letter counts like the rest ("kafe" is "cafe"). Cached as
    `sound_key` is.
    """
    spoken = norm.replace(" ", "")
    for written, said in _HEARD_DIGRAPHS:
        spoken = spoken.replace(written, said)
    key: list[str] = []
    for char in spoken:
        # A letter of no class (a vowel, h, w, y) or a digit is no sound here.
        sound = _HEARD_CLASSES.get(char)
        if sound is not None and (not key or sound != key[-1]):
            key.append(sound)
    return "".join(key)


# A French name's silent ending, as an ear writes it (issue 45's twentieth
# turn): "argent" is said "arschang", "La femme d'argent" heard "la fam
# darschon": a final t, d, s, x or z after a vowel or an n is not said, nor
# the g a German ear writes after a nasal "an" ("darschang").
_SILENT_END = re.compile(r"(?<=[aeiouyn])[tdsxz]\b|(?<=n)g\b")


@lru_cache(maxsize=1 << 17)
def unsaid_key(norm: str) -> str:
    """Return `heard_key` of a name with the endings French leaves unsaid dropped."""
    return heard_key(_SILENT_END.sub("", norm))


# A French soft g after an r ("d'argent", "Georges" aside: only "rge",
# "rgi") is a "zh" an English recogniser may not write at all: "la fam
# daron" for "La femme d'argent" (issue 45's eightieth turn, blind writer
# 541). A second key of the known name only; what was said keeps its own.
_SOFT_G_AFTER_R = re.compile(r"(?<=r)g(?=[ei])")


@lru_cache(maxsize=1 << 17)
def unsaid_soft_key(norm: str) -> str:
    """Return `unsaid_key` of a known name with a French soft g after an r dropped."""
    return unsaid_key(_SOFT_G_AFTER_R.sub("", norm))


# How a recogniser writes a sound it does not know as a word: "kw" for
# "qu", "ei" for "ai", "i" for "ee", "ie", "y" at a word's end, "s" for a
# soft "c" or a "z", "t" for "th". Applied in order on a name with its
# article dropped and its spaces left out. Last, the long "ei" is made
# the short "e" a learner says for it: six blind writers in both languages
# (86, 127, 209, 375, 519) wrote "the deli" for The Daily. A British
# recogniser, whose "ear" has no r, writes it for a long "ay" ("the
# dearly" for The Daily, issue 45's eightieth turn, blind writer 541):
# "ear" is the same short "e", before "ea" is read as "i".
_SPOKEN = (
    ("qu", "kw"),
    ("sch", "s"),
    ("ph", "f"),
    ("th", "t"),
    ("ck", "k"),
    ("ce", "se"),
    ("ci", "si"),
    ("cy", "si"),
    ("c", "k"),
    ("z", "s"),
    ("ee", "i"),
    ("ie", "i"),
    ("ear", "e"),
    ("ea", "i"),
    ("ai", "ei"),
    ("ay", "ei"),
    ("y", "i"),
    ("v", "f"),
    ("dt", "t"),
    ("ei", "e"),
)
_SPOKEN_ARTICLES = ("the ", "die ", "der ", "das ", "de ", "da ")


@lru_cache(maxsize=1 << 17)
def spoken_key(norm: str) -> str:
    """Return a name as it is spoken, vowels kept: what a recogniser writes for it.

    An older user's smart speaker writes a name it does not know as it
    hears it ("kwien" for "Queen", "deili" for "Daily", "justiz" or "just
    is" for "Justice"): its article dropped, its words run together, the
    spellings above made one, a final silent "e" and doubled letters
    dropped. Two names with one spoken key are said alike.
    """
    for article in _SPOKEN_ARTICLES:
        if norm.startswith(article):
            norm = norm[len(article) :]
            break
    spoken = norm.replace(" ", "")
    for written, said in _SPOKEN:
        spoken = spoken.replace(written, said)
    if len(spoken) > 3 and spoken.endswith("e"):
        spoken = spoken[:-1]
    key: list[str] = []
    for char in spoken:
        if not key or char != key[-1]:
            key.append(char)
    return "".join(key)


# How a German ear writes an English sound (issue 45's fifteenth turn): "dsch"
# for a "j" ("dschastis"), "tsch" for "ch", "a" for the short "u" of a
# closed syllable ("pank" for "punk", "dschastis" for "Justice"), and no "t"
# heard between an "f" and the next consonant ("daff" for "daft"). Applied to
# the name and to what was said alike, before `spoken_key`.
_EAR = (
    (re.compile(r"dsch"), "j"),
    # "schustiss" for "Justice": a "j" heard as the "sch" it sounds nearest.
    (re.compile(r"\bsch(?=[aeiou])"), "j"),
    (re.compile(r"tsch"), "ch"),
    (re.compile(r"(?<!q)u(?=[^aeiouy\s]{2}|[^aeiouy\s](?:\s|$))"), "a"),
    (re.compile(r"ft(?=[^aeiouy]|$)"), "f"),
)


@lru_cache(maxsize=1 << 17)
def ear_key(norm: str) -> str:
    """Return a name as a German ear writes it: `spoken_key` after the sounds above.

    A child asks for "daff pank", "dschastis", "kwien": each English sound
    spelt as German spells it. Both sides are keyed alike, so a name whose
    key is the said words' key is said alike to a German ear.
    """
    for written, said in _EAR:
        norm = written.sub(said, norm)
    return spoken_key(" ".join(norm.split()))


# How a name's start is written by ear for the start it is spelt with
# (issue 45's twentieth turn): "fantom" for "Phantom", "kwien" for "Queen",
# "schustiss" for "Justice", "mun safari" for "Moon Safari", "kaffee" for
# "Café". Each pair is read both ways; the names so starting join the pool.
_SOUNDED_STARTS = (
    ("f", "ph"),
    ("kw", "qu"),
    ("k", "c"),
    ("dsch", "j"),
    ("sch", "j"),
    ("sch", "sh"),
    ("tsch", "ch"),
    ("w", "v"),
)
_OO_SAID_U = re.compile(r"^([bcdfghjklmnprstvwz])u(?=[^aeiouy])")
"""A German ear writes an English "oo" as "u": "mun" for "moon", "fud" "food"."""
_EAR_SAID_AY = re.compile(r"^([bcdfghjklmnprstvwz])ear")
"""A British recogniser writes a long "ay" as the r-less "ear" ("dearly" for
"daily", issue 45's eightieth turn): the names from the consonant and "a"."""


def sounded_starts(query: str) -> tuple[str, ...]:
    """Return the starts a name said as `query` may be spelt with (its first sound).

    Only the start of the first word: the pool of names read by an indexed
    range for each ("fantom" reads names from "ph", "schustiss" from
    "ju"): two letters, as the pool's own prefix ("ph", "qu", "ju").
    """
    starts: list[str] = []
    for one, other in _SOUNDED_STARTS:
        for said, spelt in ((one, other), (other, one)):
            if query.startswith(said) and len(query) > len(said):
                # "Phantom" from "ph", "Justice" from "ju": the vowel after
                # the sound is often written otherwise ("kwien", "Queen").
                starts.append(
                    spelt + query[len(said) : len(said) + max(0, 2 - len(spelt))]
                )
    if (found := _OO_SAID_U.match(query)) is not None:
        starts.append(f"{found.group(1)}oo")
    if (found := _EAR_SAID_AY.match(query)) is not None:
        starts.append(f"{found.group(1)}a")
    return tuple(start for start in starts if len(start) >= 2)


def words_fit(said: Sequence[str], known: Sequence[str]) -> bool:
    """Whether the words said are a known name's words, clipped or in part.

    From its first word, each word said starts the next known word ("bo
    rhap" is "bohemian rhapsody", "smells like teen" a prefix already);
    inside it, the words said are whole words, the last one may be clipped
    ("floyd" is "pink floyd", "chili pep" "red hot chili peppers"). Words
    speech holds around any name ("the", "my", "song") never fit alone.
    """
    count = len(said)
    if not count or count > len(known) or sum(map(len, said)) < WORDS_MIN_CHARS:
        return False
    if all(word in INSIDE_SKIP for word in said):
        return False
    if all(len(word) >= 2 for word in said) and all(
        name.startswith(word) for word, name in zip(said, known, strict=False)
    ):
        return True
    head, last = said[:-1], said[-1]
    for start in range(1, len(known) - count + 1):
        run = known[start : start + count]
        if list(head) == run[:-1] and (
            run[-1] == last or (len(last) >= 3 and run[-1].startswith(last))
        ):
            return True
    return False


class NameScorer:
    """Score names against one query; most names are far off and cheaply so.

    Two bounds on difflib's ratio turn most names away before it is taken
    (the whole artist table is scored for an unknown name). The ratio
    counts matching characters, so it is at most what `quick_ratio` says:
    the characters the two share, each as often as the rarer side has it.
    The first bound is looser and costs a set: each character the name
    shares with the query, as often as the query has it. For `quick_ratio`
    the query is the matcher's second sequence, whose counts difflib keeps
    between names. The ratio itself is taken query first, as it always was
    (difflib's ratio may differ when its sequences swap places). A name
    that sounds like the query (`sound_key`) needs a lower ratio: the
    bounds are taken at that ratio for it alone.
    """

    __slots__ = (
        "_bound",
        "_counts",
        "_ear",
        "_heard",
        "_heard_de",
        "_joined",
        "_longest",
        "_sound",
        "_spoken",
        "_unsaid",
        "_words",
        "query",
    )

    def __init__(self, query: str) -> None:
        """Prepare the bounds and keys of one normalised query."""
        self.query = query
        self._joined = query.replace(" ", "")
        self._words = query.split()
        # A name the words fit holds the longest word said: a cheap test first.
        self._longest = max(self._words, key=len, default=query)
        sound = sound_key(query)
        self._sound = sound if len(sound) >= SOUND_KEY_MIN else None
        heard = heard_key(query)
        self._heard = heard if len(heard) >= HEARD_KEY_MIN else None
        spoken = spoken_key(query)
        self._spoken = spoken if len(spoken) >= SPOKEN_KEY_MIN else None
        ear = ear_key(query)
        self._ear = ear if len(ear) >= EAR_KEY_MIN else None
        # A German ear writes a "v" as "w" ("tackwa" for "Tacvba"): the lips'
        # sound, where an English "w" is none.
        heard_de = heard_key(query.replace("w", "v")) if "w" in query else ""
        self._heard_de = heard_de if len(heard_de) >= HEARD_KEY_MIN else None
        unsaid = unsaid_key(query)
        self._unsaid = unsaid if len(unsaid) >= HEARD_KEY_MIN else None
        self._counts = Counter(query)
        self._bound = SequenceMatcher(None, autojunk=False)
        self._bound.set_seq2(query)

    def __call__(self, norm: str) -> float:
        """Return how well the normalised name `norm` fits the query (0: not at all)."""
        query = self.query
        if norm == query:
            return EXACT_SCORE
        if is_prefix(query, norm) or (
            len(norm) - norm.count(" ") == len(self._joined)
            and norm.replace(" ", "") == self._joined
        ):
            # Spelled out by its letters: "D.A.N.C.E." is "d a n c e", and
            # speech to text writes it "dance"; "radio head" is Radiohead.
            # As good as a prefix.
            return PREFIX_SCORE
        if self._longest in norm and words_fit(self._words, norm.split()):
            return WORDS_SCORE
        fuzzy = self._fuzzy(norm)
        if fuzzy:
            return fuzzy
        heard = self._heard_alike(norm)
        if heard:
            return heard
        if self._spoken is not None and spoken_key(norm) == self._spoken:
            return SPOKEN_SCORE
        return (
            EAR_SCORE if self._ear is not None and ear_key(norm) == self._ear else 0.0
        )

    def _fuzzy(self, norm: str) -> float:
        """Score a slip of a letter or two, or the same consonants (`sound_key`)."""
        query = self.query
        both = len(query) + len(norm)
        shorter = 2 * min(len(query), len(norm))
        cutoff = (
            SOUND_CUTOFF
            if self._sound is not None
            and shorter >= SOUND_CUTOFF * both
            and sound_key(norm) == self._sound
            else FUZZY_CUTOFF
        )
        # The ratio is at most 2 * shorter / both: skip what cannot reach it.
        if shorter < cutoff * both:
            return 0.0
        counts = self._counts
        shared = sum(counts[char] for char in counts.keys() & set(norm))
        if 2 * shared < cutoff * both:
            return 0.0
        self._bound.set_seq1(norm)
        if self._bound.quick_ratio() < cutoff:
            return 0.0
        ratio = SequenceMatcher(None, query, norm, autojunk=False).ratio()
        if ratio >= FUZZY_CUTOFF:
            return ratio * FUZZY_SCALE
        return SOUND_SCORE if ratio >= cutoff else 0.0

    def _heard_alike(self, norm: str) -> float:
        """Score a long name heard alike as a whole ("bohemian rap city")."""
        query = self.query
        both = len(query) + len(norm)
        # The cheap bound first: most names are of another length.
        if 2 * min(len(query), len(norm)) < HEARD_CUTOFF * both:
            return 0.0
        if self._heard is None and self._heard_de is None and self._unsaid is None:
            return 0.0
        if heard_key(norm) not in (self._heard, self._heard_de) and (
            # "la fam darschon" is "La femme d'argent", its ending unsaid.
            self._unsaid is None
            or self._unsaid not in (unsaid_key(norm), unsaid_soft_key(norm))
        ):
            return 0.0
        ratio = SequenceMatcher(None, query, norm, autojunk=False).ratio()
        return HEARD_SCORE if ratio >= HEARD_CUTOFF else 0.0
