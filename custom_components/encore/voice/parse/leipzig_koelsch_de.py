"""Leipzig's Saxon and Cologne's Kölsch in a listening question (issue 45, blind round ten).

Blind writers 481 (a Saxon from Leipzig) and 482 (a Kölsch speaker) asked
in words no reader knew, and some got answers to broader questions: "lief
vorgästern ni Air bei mir" counted Air over all time, "Wat war hück
Nommendach dat letzte Lied?" answered the whole day, "Wat lief am dritten
November als eetstes?" summed the day up instead of naming its first song,
"bei welchem Künstlor drück isch am ehesten weitor" ranked the most played
artists instead of the most skipped.

Saxony's sounds: the "-er" said "-or" in more words ("weitor", "runnor",
"Nummor"), "zwee" (zwei) and "dausend" in a year said as one word
("zweedausendfünfunzwanzsch"), "ewas" (etwas), "denn" clipped onto any
verb ("liefen'n"), "-mäßsch" (-mäßig), "ni" in a yes-or-no question asked
the other way round ("lief vorgästern ni Air": did Air play), "weiterdrücken"
(to skip) "als Quote" (the skip rate). Cologne's: "op" (auf), "su" (so),
"eets-" (erst-: "dat eetste Lied", "als eetstes", "zum eetste Mol"),
"Folje" (Folgen), "ens" (mal), "am Haken" (hooked: the most played), "wat
för" and a kind said after the question ("..., welche Band is dat?").

`SOUNDS_LEIPZIG_KOELSCH_DE` is read before Saxony's and the Rhineland's own
rules (`dialect_de_east`, `dialect_de_rhine`), which expect these words
plain; `PHRASES_LEIPZIG_KOELSCH_DE` after every dialect's rules, on the
question's plain words. The words of time of both (Saxony's "gästern",
Cologne's "Nommendach") are `dialect_times_de`'s, where an answer's check
of the times said reads them too: a time read nowhere is asked back.
"""

from typing import Final

from .rules import Rule, rewrite

SOUNDS_LEIPZIG_KOELSCH_DE: Final[tuple[Rule, ...]] = (
    # Saxony's "-or" for "-er" in more of a question's words; only these
    # words, so a title's "Motor" or "Thor" stays.
    (r"\b(rauf|ruff|hoch) (?:und|un) runn?(?:or|er)\b", r"\1 und runter"),
    (r"\bweitor\b", "weiter"),
    (r"\bnummor\b", "nummer"),
    # A year said as one word: "zweedausendfünfunzwanzsch" (2025). "Un"
    # before the tens is "und"; Saxony's "zwanzsch" is read after this.
    (r"\bzwee(?=dausend|tausend\b|tausend\w)", "zwei"),
    (r"(?<=zwei)dausend|\bdausend\b", "tausend"),
    (
        r"(?<=\w)(ein|zwei|drei|vier|fünf|fümf|sechs|sieben|acht|neun)un(zwan|dreiß)",
        r"\1und\2",
    ),
    (r"\bzwee\b", "zwei"),
    (r"\beens\b", "eins"),
    # "Ewas von Queen": etwas, said before a name (never a name's word).
    (r"\be(?:w|ww)as\b", "etwas"),
    # "Denn" clipped onto a verb in the plural: "liefen'n", "warn'n",
    # "kamen'n"; never a preposition's article ("mit'n", "für'n").
    (
        r"\b(liefen|liefn|kamen|warn|waren|hatten|hörten|spielten|sind|habn|haben)'n\b",
        r"\1",
    ),
    # "Musigmäßsch", "podcastmäßsch": "-mäßig".
    (r"\b(\w+)mäßsch\b", r"\1mäßig"),
    (r"\bmusigmäßig\b", "musikmäßig"),
    # "Vorjes Jahr" (Leipzig), "vürijes Johr", "de vürije Woch" (Cologne):
    # the last year, the last week.
    (r"\bv[oöü]ri?je(s|n|r|m)?\b", r"vorige\1"),
    # Cologne's "am mieste" (am meisten).
    (r"\b(?:am|et|dat) mieste(?:n)?\b", "am meisten"),
    # Cologne: "op wen", "op wat" (auf), "su" (so) beside a word it
    # qualifies, "ens" (mal), "Folje" (Folgen), "eets-" (erst-), "zom".
    (r"\bop (?=(?:wen|wat|was|wem|welche\w*)\b)", "auf "),
    (r"\bsu\b(?= (?:jeck|am haken|vill|off|oft|lang|lange|richtig|gepackt)\b)", "so"),
    (r"(?<=\bjetz )su\b|(?<=\bjetzt )su\b|(?<=\bzeit )su\b", "so"),
    (r"\bens\b", "mal"),
    (r"\bfolje(n)?\b", "folgen"),
    (r"\b(aller)?eets?t(e|es|er|en|em)\b", r"\1erst\2"),
    (r"\bzom (?=(?:erste|ersten|letzte|letzten|eetste)\b)", "zum "),
    (r"\bzum erste (?=(?:mol|mal)\b)", "zum ersten "),
    (r"\bwie vill\b", "wie viel"),
    (
        r"\bwie viel (?=(?:folgen|lieder|leeder|songs|sachen|podcasts)\b)",
        "wie viele ",
    ),
    # "Hät misch ... am Haken": has me hooked, what is played most.
    (r"\bhät (?=(?:misch|mich|uns)\b)", "hat "),
    (
        r"\b(hat|hatte) (?:misch|mich) (.*?)(?:so |su )?(?:richtig |voll |total |echt )?am haken\b",
        r"\1 mich \2so gepackt",
    ),
)

PHRASES_LEIPZIG_KOELSCH_DE: Final[tuple[Rule, ...]] = (
    # A yes-or-no question asked the other way round: "lief vorgestern ni
    # Air bei mir", "hab ich gestern nicht Queen gehört" ask whether it
    # played. Only in a question opened by its verb, and never before a
    # participle or a word of amount ("hab ich nicht gehört" stays).
    (
        (
            r"^((?:lief|liefen|kam|hab ich|habe ich|hatte ich|haben wir|hatten wir)\b.*?) "
            r"(?:ni|nich|nicht|net|nit) "
            r"(?!(?:gehört|gespielt|gelaufen|übersprungen|mehr|so|viel|oft|lange|lang|da|dabei"
            r"|bei|an|drin|einmal|ein|eine|einen|nichts)\b)"
        ),
        r"\1 ",
    ),
    # "Hatt isch im Sommer ens Café Tacvba an": had it on, played it; only
    # with its "ens" (mal), never "hatte ich das Licht an".
    (r"^(hatte|hatten) (ich|wir)\b(.+? mal .+?) an$", r"\1 \2\3"),
    # Skips said as pressing on: "wie oft drück ich weiter so als Quote" is
    # the skip rate; "drück ich weiter" alone is read as a skip already.
    (
        (
            r"^wie oft (?:drück|drücke|überspring|überspringe|skip|skippe) (ich|wir)\b(.*?)"
            r"(?: weiter)?(?: so)? (?:als|in) (?:quote|prozent|rate)$"
        ),
        r"wie hoch ist meine skip-quote\2",
    ),
    # "Auf wen bin ich in letzter Zeit so jeck, welche Band ist das": the
    # most played, of the kind said after the question.
    (
        (
            r"^auf wen (?:bin|war) (ich|wir)\b(.*?) (?:so |total |voll )?jeck"
            r" (?:welche[rsn]?|wat för en|was für ein) (band|künstler\w*|sänger\w*|gruppe|interpret\w*)"
            r" (?:is|ist|war) (?:dat|das|et|es)$"
        ),
        r"welche \3 habe \1\2 am meisten gehört",
    ),
    (
        r"^auf wen (?:bin|war) (ich|wir)\b(.*?) (?:so |total |voll )?jeck$",
        r"wen habe \1\2 am meisten gehört",
    ),
)


def undo_leipzig_koelsch_sounds(words: str) -> str:
    """Return lower-cased German words with Leipzig's and Cologne's sounds made plain."""
    return rewrite(SOUNDS_LEIPZIG_KOELSCH_DE, words)


def undo_leipzig_koelsch_phrases(words: str) -> str:
    """Return plain German words with Leipzig's and Cologne's turns of a question said plainly."""
    return rewrite(PHRASES_LEIPZIG_KOELSCH_DE, words)
