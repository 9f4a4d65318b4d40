"""Kiezdeutsch: a young Berliner's German (issue 45's eighteenth turn, writer 54).

A writer nobody here had seen asked as young people in Berlin's mixed
neighbourhoods speak, and got no answer or a wrong one: the particles
"lan", "wallah", "digga", "alter", "yallah" before or after the question;
the verb not second ("wie viel ich hör immer gleiche Lieder", "was für
Musik ich mag so"); the article left out ("in letzten zwei Wochen", "immer
gleiche Lieder"); the time said first and the question after it ("in letzten
zwei Wochen wie oft lief Air"); "neu für mich" for discovered; a trailing
"so" or "nochmal" that asks nothing.

Each rule turns one habit into the standard words the readers after it
know; applied in `dialect_de.undo_dialect` first. A rule is a particle, a
function word or an order of them, never a listed sentence; a name after a
verb is kept whole. A command ("spiel Air, lan", "mach lauter, digga") keeps
no question word, so the rules leave it one.
"""

import re

from .rules import Rule, rewrite

# Said to the listener, or to stress: no word of the question.
# Vienna's and Munich's "oida" is "alter" (issue 45's forty-fifth turn, blind
# writer 267: "oida wann hob i zuletzt ... ghört" lost the song).
_PARTICLES = (
    r"(?:lan|wallah|wallahi|vallah|digga|diggah|digger|alter|oida|oide|yallah|yalla"
    r"|ey|bro|bruder|yani|yanni|valla|vallah)"
)
# The question words a fronted time is said before.
_ASK = r"(?:wie oft|wie viele?|wie lange?|wann|was|welche[nrsm]?|wer|wen)"
# A period said first: a preposition or a time word, then up to five words.
_FRONT = (
    r"(?:(?:in|im|seit|am|an|vor|letzte[nmrs]?|diese[nmrs]?)(?: \w+){1,4}"
    r"|gestern|heute|vorgestern)"
)

_RULES: tuple[Rule, ...] = (
    # "Wie viel Stunden lief bei uns gestern" (issue 45's thirty-fourth
    # turn, a learner): how long it played, no name "Stunden".
    (
        r"^wie (?:viel|viele) stunden (?:lief|liefen|lief musik|lief so)\b",
        "wie lange lief",
    ),
    # A Hamburg teenager (issue 45's thirtieth turn, blind writer 142):
    # "welcher Künstler ist safe meine Roman Empire", "welchen Podcast suchte
    # ich grad" (suchten: to binge).
    (r"\b(?:safe|lowkey|literally) (?=mein|meine)", ""),
    (r"\b(?:mein|meine) roman empire\b", "meine obsession"),
    (
        r"^(welche\w*) (künstler|band|lied|song|podcast|album) (?:ist|war) (?:meine?|unsere?) obsession\b",
        r"\1 \2 habe ich am meisten gehört",
    ),
    (
        r"\bsucht(?:e|en)? (ich|wir) (?:grad|gerade|grade)?\s*(?:so)?\b",
        r"höre \1 gerade in dauerschleife ",
    ),
    # "Wer war so meine Obsession in letzter Zeit" (issue 45's
    # twenty-seventh turn, a Neukölln teenager, blind writer 116): the top.
    (
        r"^wer (?:war|ist|waren|sind) (?:so )?(?:meine?|unsere?) (?:obsession|sucht|droge|besessenheit)\b",
        "wen habe ich am meisten gehört",
    ),
    (
        r"^was (?:war|ist|waren|sind) (?:so )?(?:meine?|unsere?) (?:obsession|sucht|droge|besessenheit)\b",
        "welches lied habe ich am meisten gehört",
    ),
    # The article left out before "letzten": "in letzten zwei Wochen".
    (r"\bin letzten\b", "in den letzten"),
    (r"\bimmer gleiche[nr]?\b", "immer die gleichen"),
    # A period first, the question after it: the question first, so a
    # name after its verb ends the sentence ("wie oft lief Air ...").
    (rf"^({_FRONT}) ({_ASK}) (.+)$", r"\2 \3 \1"),
    # "Wie viel ich hör immer die gleichen": how often I hear them.
    (
        r"^(?:wie viel|wie oft) (?:ich|wir) (?:hör|höre|hören) (immer (?:die )?gleichen .+)$",
        r"wie oft höre ich \1",
    ),
    # "Was für Musik ich mag", "welche Lieder ich hör": the verb second.
    # "Feier" is liking it.
    (
        (
            r"^(was für|welche) (musik|lieder|songs|künstler|bands|sachen) (ich|wir)"
            r" (?:mag|mögen|feier|feiere|feiern)\b"
        ),
        r"\1 \2 mag \3",
    ),
    (
        (
            r"^(was für|welche) (musik|lieder|songs|künstler|bands|sachen) (ich|wir)"
            r" (?:hör|höre|hören)\b"
        ),
        r"\1 \2 höre \3",
    ),
    # "Welche Künstler waren neu für mich": the artists I discovered.
    (
        (
            r"^welche (künstler|bands|sänger|sängerin|sängerinnen|musiker) (?:waren|sind|war)"
            r" neu (?:für mich|für uns|bei mir)\b(.*)$"
        ),
        r"welche neuen \1 habe ich\2 entdeckt",
    ),
    # "Welchen Podcast pump isch in letzter Zeit" (issue 45's sixty-fourth
    # turn, a Neukölln teenager, blind writer 422): pumping is playing a lot,
    # the top; "was pump ich grad" asks what plays now and stays.
    (
        r"^(welche[nrsm]?) (podcast|lied|song|track|künstler|band|album) (?:pump|pumpe|pumpt) (?:ich|isch|ist)\b(?! (?:grad|gerade|grade|jetzt)\b)",
        r"\1 \2 höre ich am meisten",
    ),
    # A trailing "so", "nochmal": no word of what is asked.
    (r" (?:so|nochmal|noch mal)$", ""),
)


def undo_kiez(words: str) -> str:
    """Return `words` (normalized German) with Kiezdeutsch habits undone."""
    words = re.sub(rf"^(?:{_PARTICLES} )+|(?: {_PARTICLES})+$", "", words)
    return " ".join(rewrite(_RULES, words).split())
