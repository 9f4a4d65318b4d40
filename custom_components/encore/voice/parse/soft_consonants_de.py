"""German said with soft consonants, in any dialect (issue 45's thirty-fourth turn).

Franconia, Saxony, the Palatinate and Hesse say "t", "p" and "k" soft, and
speech-to-text writes what it hears: "ledzde Woch" (letzte Woche), "am
meisdn" (am meisten), "Monad", "Freidag", "Samsdag", "Künsdler", "erschde"
(erste), "nachmiddag", "zwanzich". Earlier turns undid such words one by one
in each dialect's module; a writer from Nuremberg then said twenty of them
nobody had listed, and "ledzdn Freidag" was read as today, a wrong fact.

So the words a listening question is built from (its periods, weekdays,
counts and ordinals) are listed here once, in standard German, and each is
also heard with its consonants softened: "t" as "d", "p" as "b", "k" as "g",
"tt" as "dd", "st" as "sd" or "schd", "tz" as "dz", "-ig" as "-ich", the "-en"
ending as "-n" and a final "e" dropped. A word changes only when it is no
standard German word itself ("Dage" becomes "Tage", "Tage" stays), and only
to one of these words, so a title keeps every other word it has.
"""

from functools import cache
import re

# The words of a listening question that dialects soften, in standard
# German. Inflected forms are listed where the ending carries meaning.
# "Woche" is left to the dialects: "die Woch" (this week) and "Wochn" (a
# count's weeks) are read there with the words beside them.
_HARD_WORDS = (
    "letzte",
    "letzten",
    "letzter",
    "letztes",
    "meisten",
    "meiste",
    "monat",
    "monate",
    "monaten",
    "wochentag",
    "wochentage",
    "werktag",
    "werktage",
    "werktags",
    "wochenende",
    "tag",
    "tage",
    "tagen",
    "montag",
    "dienstag",
    "freitag",
    "samstag",
    "sonntag",
    "nachmittag",
    "nachmittags",
    "mittag",
    "mittags",
    "künstler",
    "erste",
    "ersten",
    "erstes",
    "zwanzig",
    "dreißig",
    "vierzig",
    "fünfzig",
    "sechzig",
    "podcast",
    "podcasts",
    "insgesamt",
    "gestern",
    "vorgestern",
    "heute",
    "oktober",
    "september",
    "dezember",
    "platte",
    "gespielt",
    "zuletzt",
    "meistgespielte",
    "meistgespielten",
    "meistgehörte",
    "meistgehörten",
    "lieblingskünstler",
    "lieblingspodcast",
    "rückblick",
    "statistik",
    # A Thuringian's "Schdunden", "Middwoch", "am dridden", "weider",
    # "underschiedliche" (issue 45's thirty-sixth turn).
    "stunden",
    "stunde",
    "mittwoch",
    "dritten",
    "dritte",
    "weiter",
    "unterschiedliche",
    "unterschiedlichen",
    "abgespielt",
    "hintereinander",
)
# Soft sounds for hard spellings, longest first: what each may be heard as.
_SOFTENED = (
    ("ßig", "(?:ßig|ßich|sig|sich|ssig|ssich)"),
    ("zig", "(?:zig|zich|zisch)"),
    ("tz", "(?:tz|dz|ds|z|tsch|dsch)"),
    ("st", "(?:st|sd|scht|schd)"),
    ("tt", "(?:tt|dd|t|d)"),
    ("t", "[td]"),
    ("p", "[pb]"),
    ("k", "[kg]"),
)


def _heard(word: str) -> str:
    """Return a pattern for a standard word as soft consonants say it."""
    stem, ending = word, ""
    if word.endswith("en"):
        stem, ending = word[:-2], "(?:en|n)"
    elif word.endswith("e"):
        stem, ending = word[:-1], "e?"
    pattern, rest = "", stem
    while rest:
        for hard, soft in _SOFTENED:
            if rest.startswith(hard):
                pattern += soft
                rest = rest[len(hard) :]
                break
        else:
            pattern += re.escape(rest[0])
            rest = rest[1:]
    return pattern + ending


@cache
def _soft_words() -> tuple[re.Pattern[str], dict[str, str]]:
    """Return one pattern for every softened word, and each group's word."""
    groups = {f"w{index}": word for index, word in enumerate(_HARD_WORDS)}
    pattern = "|".join(f"(?P<{name}>{_heard(word)})" for name, word in groups.items())
    return re.compile(rf"\b(?:{pattern})\b"), groups


# Standard words a softened pattern also matches, which stay as they are:
# "Tag" is no softened "Tage", "erst" no clipped "erste".
_STANDARD = frozenset(_HARD_WORDS) | {"erst", "meist", "platt", "heut"}


def undo_soft_consonants(words: str) -> str:
    """Return normalized German words with softened listening words made hard."""
    pattern, groups = _soft_words()

    def _hard(found: re.Match[str]) -> str:
        said = found.group(0)
        if said in _STANDARD:
            return said
        return groups[str(found.lastgroup)]

    words = re.sub(_TENS_AND_ONES, _tens_and_ones, words)
    words = pattern.sub(_hard, words)
    # "Am meiste" (Hesse, the Palatinate): its "n" dropped, not the form.
    # At the end only: "wo isch am meiste gehört hab" is read by the
    # dialects with the words after it.
    words = re.sub(r"\bam meiste\W*$", "am meisten", words)
    words = re.sub(r"\binsgsamt\b", "insgesamt", words)
    # "Die letzten 30 Dag", "drei Monat": a count's noun said singular.
    return re.sub(_COUNT_SINGULAR, _plural, words)


_COUNT = (
    r"(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|vierzehn"
    r"|zwanzig|dreißig|sechzig|neunzig)"
)
_COUNT_SINGULAR = rf"\b(letzten {_COUNT}|{_COUNT}) (tag|monat|woche)\b"
_PLURALS = {"tag": "tage", "monat": "monate", "woche": "wochen"}


def _plural(found: re.Match[str]) -> str:
    """Return a count with its noun in the plural."""
    return f"{found.group(1)} {_PLURALS[found.group(2)]}"


# "Fünfazwanzich", "zweiazwanzg": the "und" of a year's tens said as "a".
_TENS_AND_ONES = (
    r"\b(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)(?:a|e|n|und|un)"
    r"(zwan|dreiß)(?:z|d)?(?:ig|ich|g)\b"
)


def _tens_and_ones(found: re.Match[str]) -> str:
    """Return a year's ones and tens as one standard number word."""
    tens = "zwanzig" if found.group(2) == "zwan" else "dreißig"
    return f"{found.group(1)}und{tens}"
