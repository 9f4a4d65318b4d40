"""A question started again: "did I, did I play", "how many, uh, how many songs".

People thinking aloud begin a question, stop and begin it again ("what did
I, erm, what was I playing", "wen hab ich, äh, wen hab ich letzte Woche am
meisten gehört") or say a word twice ("how many different, like, different
artists"). The first attempt is no part of the question: read twice, its
words became a name ("did i did i play") or a second question. Only a run
said again soon after, and beginning with a question word or of two words
or more, is taken for a restart, so a title that repeats itself once in a
name is left alone unless it is said twice in full ("Don't Stop, Don't Stop
Me Now" is the second).
"""

# Words a question opens with: a run starting with one of them, said again
# within a few words, is a restart even when the words between differ.
_OPENS = {
    "en": frozenset(
        {
            "what",
            "which",
            "who",
            "whom",
            "how",
            "when",
            "did",
            "do",
            "does",
            "have",
            "has",
            "had",
            "was",
            "were",
            "is",
            "am",
            "are",
        }
    ),
    "de": frozenset(
        {
            "was",
            "welche",
            "welcher",
            "welches",
            "welchen",
            "wer",
            "wen",
            "wem",
            "wie",
            "wann",
            "habe",
            "hab",
            "hatte",
            "hast",
            "hat",
            "haben",
            "bin",
            "war",
            "lief",
            "höre",
            "hör",
        }
    ),
}
# Words said twice at once only to stress them ("how many different,
# like, different artists"); any other word said twice may be a title's
# ("Rebel Rebel", "Sugar Sugar") or two words' ("which track did I play
# last last night").
_STRESSED = frozenset(
    {
        "different",
        "distinct",
        "ever",
        "most",
        "top",
        "many",
        "much",
        "verschiedene",
        "meisten",
        "oft",
    }
)
# Question words: one said again a few words later opens the question again
# ("what did I, erm, what was I playing").
_ASKS = frozenset(
    {"what", "which", "who", "how", "when", "wer", "wen", "wem", "wie", "wann"}
    | {"welche", "welcher", "welches", "welchen"}
)
# At most this many words between an attempt and its restart ("how many
# hours did we, the household, how many hours did we listen").
_GAP = 2
# Words that join two questions: "how many plays and how many hours" asks
# both, no restart.
_JOINS = frozenset({"and", "or", "than", "then", "und", "oder", "als", "dann"})
# The longest attempt compared.
_RUN = 6


def _restart_at(pieces: list[str], opens: frozenset[str]) -> tuple[int, int] | None:
    """Return (start, restart) of the first attempt said again, or None."""
    count = len(pieces)
    for start in range(count):
        first = pieces[start]
        for run in range(min(_RUN, count - start), 0, -1):
            if run == 1 and first not in opens | _STRESSED:
                continue
            said = pieces[start : start + run]
            # Said again at once, or (opening a question) a few words later.
            gapped = first in _ASKS or (run > 1 and first in opens)
            for gap in range((_GAP if gapped else 0) + 1):
                again = start + run + gap
                if again + run > count or _JOINS & set(pieces[start + run : again]):
                    break
                if pieces[again : again + run] == said:
                    return start, again
    return None


def drop_restarts(pieces: list[str], language: str) -> list[str]:
    """Leave out each attempt the speaker began again; the last one stays."""
    opens = _OPENS.get(language, _OPENS["en"])
    while (found := _restart_at(pieces, opens)) is not None:
        start, again = found
        pieces = pieces[:start] + pieces[again:]
    return pieces
