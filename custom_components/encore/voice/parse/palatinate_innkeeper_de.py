"""A chatty innkeeper from the Upper Palatinate (issue 45's eightieth turn, blind writer 539).

He tells about his guests before he asks, and adds a remark after: "Sag
amal, neulich am Stammtisch hat da Sepp gmoant, i hör eh bloß Queen, drum
frag i di jetzt fei: wer war heuer ...?" (the story and its "drum frag i
di:" before the question); "da Franz, der alte Schallplattensammler, fragt
mi ständig, welche Platte i ... gspielt hab, sag's mir halt" (the question
another asks him); "mei Wirtin schimpft scho, dass ..., wie lang lief denn
diese Woch Musik?" (the Wirtschaft of his story was taken for the period,
a wrong fact); "da Sepp sagt, i spiel Bohemian Rhapsody öfter als er Bier
bestellt, wie oft hab i des Lied heuer gspielt?" ("des Lied" is the song
of his story: answered with all his plays, a wrong fact); "am dritten
November, da war die Hochzeit vom Xaver, was hab i denn da für Musik
ghabt?" (the day is the question's, "da" points back: answered for
today, a wrong fact); "..., wo doch am Samstag immer die Wirtschaft voll
is?" (a reason, no period: answered for Saturdays, a wrong fact); "...
gspielt, insgesamt, die Stammgäst wollen immer ..." and "... ghört, des hat
mir a Französin empfohlen, ..." (a remark after the question). Read on the
words as said, first of `said_as_written_de`; every rule acts only where
his Bavarian "i" for "ich" is said beside a verb (the mark), so a standard
question stays as it is.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

# His "i" is "ich", said beside a verb of his ("hab i", "i hör", "frag i").
_MARK: Final = re.compile(
    r"\b(?:hab|hob|hör|spiel|frag|hätt|bin) i\b"
    r"|\bi (?:hab|hob|hör|spiel|frag|hätt|bin)\b"
    # and his "mei" (mein), "fei", "heuer" and participles ("gspielt").
    r"|\b(?:mei|fei|heuer|gspielt|ghört|ghabt|gmoant)\b",
    re.IGNORECASE,
)

# A question word that opens his question after the story.
_ASKS = (
    r"(?:wer|wen|was|wann|wie|wieviel|welche|welcher|welches|welchen|hab i|hob i"
    r"|hör i|spiel i|war|is|san)"
)
# His words of listening that end a question: the participle.
_HEARD = r"(?:gspielt|ghört|ghabt|glaufen|lauft|gspuit)"

_PALATINATE_INNKEEPER: Final[tuple[Rule, ...]] = (
    # "..., drum frag i di jetzt fei: wer war ...?": the question after his
    # asking, the story before it left out.
    (r"^.*?\b(?:drum|darum|deswegen|also) frag i (?:di|dich)\b[^:,?]*[:,]\s*", ""),
    # "da Franz, der alte ..., fragt mi ständig, welche Platte i ... gspielt
    # hab, sag's mir halt": the question another asks him is his.
    (
        (
            r"^(?:da|der|die|d') \w+,? (?:[^,]*, )?(?:fragt|frogt) (?:mi|mich)"
            r"(?: (?:ständig|dauernd|immer|allweil|oft))?,\s*"
        ),
        "",
    ),
    (r",\s*(?:sag's|sags|sag es|sag) (?:mir|ma)(?: halt| doch| fei)?\W*$", ""),
    # "da Sepp sagt, i spiel Bohemian Rhapsody öfter als er Bier bestellt,
    # wie oft hab i des Lied heuer gspielt?": the song of his story is the
    # one his question points back to.
    (
        (
            r"^[^,]*\b(?:sagt|sogt|moant|gmoant|behauptet),\s*i (?:spiel|hör) (.+?)"
            r" (?:öfter|so oft|ständig|dauernd|immer)\b[^,]*,\s*"
            r"(wie oft|wann) (hab|hob) i (?:des|das|den|die) (?:lied|liad|song|stück|stückl)\b"
        ),
        r"\2 \3 i \1",
    ),
    # "am dritten November, da war die Hochzeit vom Xaver, was hab i denn
    # da für Musik ghabt?": the day said first is the question's.
    (
        (
            r"^((?:am|an dem) [^,]+?),\s*da (?:war|is|hat|san)\b[^,]*,\s*"
            rf"({_ASKS}\b[^,?]*?)\s*\bda\b\s*([^,?]*\?)\s*$"
        ),
        r"\2 \1 \3",
    ),
    # "mei Wirtin schimpft scho, dass ... lauft, wie lang lief denn diese
    # Woch Musik?": a story before the question, said in a clause of its
    # own; the last clause that opens with a question word is asked.
    # One who does something in it ("mei Wirtin schimpft"), never a name
    # said first ("Die Kastelruther Spatzen, wie oft ...").
    (
        (
            r"^(?:mei|mein|meine|da) \w+ \w+\b[^?]*?,\s*"
            r"(?=(?:wie lang|wie lange|wie oft|wie viel)\b[^,]*\?\s*$)"
        ),
        "",
    ),
    # "..., wo doch am Samstag immer die Wirtschaft voll is?": his reason,
    # no period of the question.
    (r",\s*wo doch\b[^?]*(\?)?\s*$", r"\1"),
    # "... gspielt, insgesamt, die Stammgäst wollen immer ...", "... ghört,
    # des hat mir a Französin empfohlen, ...": a remark after the question.
    (
        (
            rf"^({_ASKS}\b[^,]*?\b{_HEARD})((?:,? (?:insgesamt|überhaupt|heuer))?)"
            r",\s*(?:die|der|des|da|mei|a|weil|i)\b[^?]*$"
        ),
        r"\1\2",
    ),
    # "welcher Podcast is denn bei mir so der Renner, gell, i hör ja immer
    # was beim Gläserspülen": what he does while he listens, no question.
    (r",\s*(?:gell,\s*)?i (?:hör|spiel|mach) (?:ja|halt|eh|doch) [^?]*$", ""),
)


def said_as_palatinate_innkeeper(text: str) -> str:
    """Return `text` with an innkeeper's stories and remarks left out."""
    return rewrite_marked(_MARK, _PALATINATE_INNKEEPER, text, squeeze=True)
