"""A Brazilian learner's German: Portuguese words slip in (issue 45's sixty-eighth turn).

A Brazilian learner of German (blind writer 462) said the words of time,
of counting and the tags in Portuguese: "ontem" (yesterday), "semana
passada" (last week), "quantas vezes" (how often), "quantos Lieder
diferentes", "mais tocados" (most played), "número um", "toda hora" (all the
time), "música", and closed with "né?" or "tudo bem". Four were answered
with a wrong fact: the Portuguese time left unread, all time or today was
answered ("welche Band ich habe gehört am meisten semana passada"), or it
became part of a name ("habe ich Queen gehört semana passada, né?").

The learner also put the participle and the song's "die Lied von" before
the name ("ich habe gehört die Lied von Justice gestern"): a yes-or-no
question whose name had held "von" (as "habe ich Queen gehört letzte
Woche", which `learner_de` reads).

Each Portuguese word is turned into the German one only as a whole phrase
that is no German word (no title is spelt so in German); the time after
the participle is read only when it is one of the closed list of times
and closes the question. Read first among the dialects (`dialect_de`), so
every later reader sees German.
"""

from typing import Final

from .rules import Rule, rewrite

# The times a learner says after the participle, closing the question.
_TIME: Final = (
    r"(?:heute|gestern|vorgestern|letzte woche|diese woche|letzten monat"
    r"|diesen monat|letztes jahr|dieses jahr|am wochenende|letztes wochenende)"
)

LEARNER_PT_DE: Final[tuple[Rule, ...]] = (
    # -- tags said after the question -------------------------------------------------
    # "..., né?", "..., tudo bem", "..., não é?": asking agreement, no word
    # of the question.
    (r"\s*\b(?:né|não é|nao e|tudo bem)$", ""),
    # -- the times said in Portuguese -------------------------------------------------
    # Its days, weeks, months and years are read first, with every other
    # language's (`world_times`); its weekend is no period but the part of
    # the week.
    (r"\b(?:no |o )?fim de semana\b", "am wochenende"),
    # -- the question's words --------------------------------------------------------
    # "Quantas vezes" (how many times), "quantos/quantas" (how many).
    (r"\bquant[ao]s vezes\b", "wie oft"),
    (r"\bquant[ao]s\b", "wie viele"),
    # "Lieder diferentes": different songs.
    (r"\b(lieder|songs|künstler|alben|podcasts) diferentes\b", r"verschiedene \1"),
    (r"\bdiferentes\b", "verschiedene"),
    # "Die fünf Künstler mais tocados" (the most played): the top.
    (
        r"\b(lied|lieder|songs?|künstler|alben|album|bands?|podcasts?) mais (?:tocad[oa]s?|ouvid[oa]s?)\b",
        r"meistgespielten \1",
    ),
    # "Meine Künstler número um": my top artist.
    (
        r"\b(mein|meine|meinen|meiner) (\w+) (?:número|numero) (?:um|uno|1)\b",
        r"\1 top \2",
    ),
    # "Welche música", "música" (a song, or music): after "welche" the song.
    (r"\b(?:welche[snrm]?|was für eine?) (?:música|musica)\b", "welches lied"),
    (r"\b(?:música|musica)\b", "musik"),
    # "Toda hora" (all the time): heard over and over again.
    (r"\btoda (?:hora|vez)\b", "immer wieder"),
    # -- the time after the participle -----------------------------------------------
    # "ich habe gehört die Lied von Justice gestern": whether a song of
    # theirs played then.
    (
        rf"^(?:ich|wir) (habe|haben|hab) gehört (?:die|das|den|ein|eine) (?:lied|song) von (.+?) ({_TIME})$",
        lambda m: f"{m[1]} {'wir' if m[1] == 'haben' else 'ich'} {m[3]} {m[2]} gehört",
    ),
)


def undo_learner_pt_de(words: str) -> str:
    """Return normalized German words with a Brazilian learner's Portuguese read."""
    return rewrite(LEARNER_PT_DE, words)
