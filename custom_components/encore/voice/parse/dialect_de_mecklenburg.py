"""Low German as a Mecklenburg pensioner says it (issue 45's sixty-eighth turn).

Blind writer 459 asked in Mecklenburg Platt and got an answer for another
question twice: "wat sind mine drei Leeder wo ik dise Woche am faken höört
heff" (the three most heard songs) was answered with what played this week,
and "wann heff ik tauletzt Sexy Boy höört" (last heard) with the first
time. Most of the rest went unread: "heff ik" (habe ich), "höört" (gehört),
"höör ik" (höre ich), "wo faken" (how often), "am faken" (the most),
"Leeder" (songs), "veele" (many), "wören" (were), "dor" (there), "hüt"
(today), "fiev" (five), "dissen Monat" (this month), "mien" (my), "wor"
(was), "sünd ... dortau kamen" (have come in), "opphört" (stopped),
"överspring ik" (I skip), "wedder" (again), "dat sülve" (the same),
"unner de Woche" (on weekdays), "wo ik" (that I, after a noun).

The words are undone only in a sentence that says at least one word no
other German says ("heff", "höört", "faken", "Leeder", "tauletzt"...), so
Berlin's "wat" and "dat" and standard German's "wo" keep their readers.
Read before `dialect_de_platt`, whose coastal words ("gistern", "Johr",
"hebbt wi", "överhaupt") then read the rest.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

# Words only Low German says: a sentence holding one is read as Platt.
_PLATT_MARK: Final = re.compile(
    r"\b(?:heff|höört|höör|faken|leeder|leed|tauletzt|veele|veel|wören|sünd"
    r"|dissen|dise|afspeelt|opphört|wedder|sülve|unner|dortau|överspring|hüt"
    r"|mien|fiev)\b"
)

# What a song, an artist or a time is said with, so "wo ik" after it is the
# relative "that I", never "where I".
_NOUN: Final = (
    r"(?:leeder|lieder|leed|lied|songs|song|künstler|bands|band|alben|album"
    r"|podcasts|podcast|titel|stücke|stück)"
)

MECKLENBURG: Final[tuple[Rule, ...]] = (
    # The asker and the verbs: "heff ik", "ik heff", "höör ik", "drück ik",
    # "överspring ik"; the participles "höört", "afspeelt", "opphört".
    # "Wo faken heff ik dat The Daily höört": the article said before a
    # name is no part of it (never before the participle or a song's word).
    (
        r"\b(wo faken heff (?:ik|ick)) dat (?!(?:höört|leed|lied|album|podcast)\b)",
        r"\1 ",
    ),
    (r"\bheff (?:ik|ick)\b", "habe ich"),
    (r"\b(?:ik|ick) heff\b", "ich habe"),
    (r"\bheff\b", "habe"),
    (r"\bhöör (?:ik|ick)\b", "höre ich"),
    (r"\bdrück (?:ik|ick)\b", "drücke ich"),
    (r"\böverspring (?:ik|ick)\b", "überspringe ich"),
    (r"\bhöört\b", "gehört"),
    (r"\bafspeelt\b", "abgespielt"),
    (r"\bopphört\b", "aufgehört"),
    # "wo faken" (how often), "am faken" (the most), "wie veele" (how many).
    (r"\bwo faken\b", "wie oft"),
    (r"\bam faken\b", "am häufigsten"),
    # "veel" is "viel" (how much: "wie veel hett Ada höört" is her hours).
    (r"\bveele\b", "viele"),
    (r"\bveel (?=leeder|lieder|songs|folgen|künstler|bands)", "viele "),
    (r"\bveel\b", "viel"),
    (r"\btauletzt\b", "zuletzt"),
    # The relative "wo ik"/"wat ik" after what was heard: "that I".
    (rf"\b({_NOUN}) (?:wo|wat) (ik|ick)\b", r"\1 die ich"),
    (r"\bleeder\b", "lieder"),
    (r"\bleed\b", "lied"),
    # The words of a period: "dise Woche", "dissen Monat", "hüt", "fiev",
    # "Dag", "unner de Woche".
    (r"\bdi(?:s|ss)e(n?)\b", r"diese\1"),
    (r"\bhüt\b", "heute"),
    (r"\bfiev\b", "fünf"),
    (r"\bdag\b", "tag"),
    (r"\bunner de\b", "unter der"),
    (r"\b(mit|von|in) de\b", r"\1 der"),
    (r"^de (?=dree|drei|twee|zwei|fief|fünf|teihn|zehn)", "die "),
    # The question's little words: "wat", "dat", "is", "wor", "wören",
    # "sünd", "dor", "un", "mien", "mine", "nu", "wedder", "dat sülve",
    # "dortau kamen".
    (r"\bdat sülve\b", "dasselbe"),
    (r"\bwat för'ne\b", "was für eine"),
    (r"\bwat\b", "was"),
    (r"\bdat\b", "das"),
    (r"\bis\b", "ist"),
    (r"\bwor\b", "war"),
    (r"\bwören\b", "waren"),
    (r"\bsünd\b", "sind"),
    (r"\bdor\b", "da"),
    (r"\bun\b", "und"),
    (r"\bmien\b", "mein"),
    (rf"\bmine (?=(?:drei|dree|zwei|twee|fünf|fief|zehn|top|{_NOUN})\b)", "meine "),
    (r"\bnu\b", "jetzt"),
    (r"\bwedder\b", "wieder"),
    (r"\bdortau (?:kamen|kommen)\b", "dazu gekommen"),
)


def undo_mecklenburg(words: str) -> str:
    """Return standard German words for a sentence said in Mecklenburg Platt."""
    return rewrite_marked(_PLATT_MARK, MECKLENBURG, words, flags=0, squeeze=True)
