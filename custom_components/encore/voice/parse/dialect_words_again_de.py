"""Dialect and learner words no reader knew, the second time (issue 45's sixty-seventh turn).

Blind writers 445 to 450 were scored again and said words of a question
that no reader knew: the Palatinate's "am ofdeschde" (most often: nothing
was read), "was fer Musigg ... eichentlich" ("für": the top songs were
answered for the taste, a wrong fact) and a name said first with its
pronoun after "hab isch" ("Justice, hab isch die in letschder Zeit mol
gehert": the pronoun and the period became the name); Baden's "ebbis vo
Justice" (something by), "gfallt mir" (pleases me) and "ufdaucht" (turned
up); a Greek learner's "mein meist Künstler" (most played) and "von alles
Zeit" (of all time); Vienna's name and period said first with "hab i do
irgendwos g'hört" after them; Low German's "in de Köök" (the kitchen
was taken for a name); a Greek learner's "símera," said first (the clip
dropped it as an aside). Each is read as the German the readers
know; the words in `dialect_de` after `dialect_words_more_de`, once each
dialect's own words are plain, and what is said before a comma (a name, a
day) in `plainly`, before the clip to the question's clause drops it.
"""

import re
from typing import Final

from .rules import Rule, rewrite

# A question's own first word: never a name said first.
_NOT_A_NAME: Final = (
    r"(?!(?:was|wie|wann|welche[nrsm]?|wer|wen|wem|wo|womit|seit|in|im|am|letzte[nrs]?"
    r"|diese[nrs]?|heute|gestern|vorgestern|habe|hab|ich)\b)"
)
# A period said beside a name: "in letzter Zeit", "letztes Jahr".
_PERIOD: Final = (
    r"(?:in letzter zeit|(?:letzte[nrs]?|diese[nrs]?|vorige[nrs]?) (?:woche|monat|jahr"
    r"|wochenende|sommer)|heute|gestern|vorgestern|seit \w+|im \w+)"
)

DIALECT_WORDS_AGAIN_DE: Final[tuple[Rule, ...]] = (
    # The Palatinate's "am ofdeschde" (its "schd" already read "sd").
    (r"\bam ofdeste[n]?\b", "am öftesten"),
    # The Palatinate's "eichentlich" and "was fer": "für" only before a kind
    # of music ("fer" alone is also the Palatinate's "vor").
    (r"\beichentlich\b", "eigentlich"),
    (r"\bwas fer (musik|lieder|songs|sachen|zeug|bands|künstler)\b", r"was für \1"),
    # Low German's "in de Köök": the kitchen, a room ("Köök" was taken for a name).
    (r"\bin de[rn]? köök\b", "in der küche"),
    # Baden's "gfallt" (pleases), "ufdaucht" (turned up), "ebbis vo" (something by).
    (r"\bgfallt\b", "gefällt"),
    (r"\bufdaucht\b", "aufgetaucht"),
    (r"\bebbis von\b", "etwas von"),
    # A Greek learner's "mein meist Künstler": the most played.
    (r"\bmein meist (künstler|sänger|interpret)\b", r"mein meistgehörter \1"),
    (r"\bmein meist (lied|album|stück)\b", r"mein meistgehörtes \1"),
    (r"\bmeine? meist (band|sängerin|künstlerin)\b", r"meine meistgehörte \1"),
    # "von alles Zeit": of all time.
    (r"\bvon alle[sn]? zeit(?:en)?\b", "aller zeiten"),
    # "hab isch Justice in letschder Zeit mol gehert" (its name put back by
    # `said_name_first_de`): "mal" after the period is no part of the name.
    (rf"^((?:hab|habe) ich {_NOT_A_NAME}.+? {_PERIOD}) mal gehört$", r"\1 gehört"),
    # "Café Tacvba letztes Jahr, hab i do irgendwos g'hört": something by
    # the name said first, in the period said with it.
    (
        (
            rf"^{_NOT_A_NAME}(?P<name>.+?) (?P<when>{_PERIOD}) (?:hab|habe) ich"
            r"(?: (?:da|do|denn|dann))? (?:irgendwas|etwas|was) gehört$"
        ),
        r"habe ich \g<when> etwas von \g<name> gehört",
    ),
)


# A name said first and its comma, then "hab isch die ..." or "hab i do
# irgendwos ...": said before the clip to the question's clause drops it.
_NAME_FIRST: Final = rf"^{_NOT_A_NAME}(?P<name>[^,?.!]+?), (?P<verb>hab|habe|han|hob) (?P<who>isch|ich|i) "
SAID_NAME_FIRST_DE: Final[tuple[Rule, ...]] = (
    # A Greek learner's day said first with its comma ("símera, was war die
    # erste Lied"): the clip took it for an aside and the day was lost.
    (r"^(?:símera|simera)\s*,\s*", "heute, "),
    (r"^(?:chthes|chthés|chtés)\s*,\s*", "gestern, "),
    # "Justice, hab isch die in letschder Zeit mol gehert": the name where
    # its pronoun stands.
    (rf"{_NAME_FIRST}(?:die|den|das|des|ihn|sie|er) ", r"\g<verb> \g<who> \g<name> "),
    # "Café Tacvba letztes Jahr, hab i do irgendwos g'hört": something by it.
    (
        rf"{_NAME_FIRST}(?:(?:do|da|denn) )?(?:irgendwos|irgendwas|ebbes|ebbis|eppes|etwas|was) ",
        r"\g<verb> \g<who> etwas von \g<name> ",
    ),
)


def said_name_first_de(text: str, language: str) -> str:
    """Return a dialect's name said first, its comma, put where it belongs."""
    if language != "de":
        return text
    return rewrite(SAID_NAME_FIRST_DE, text, re.IGNORECASE)


def undo_dialect_words_again(words: str) -> str:
    """Return normalized German words with these writers' words read."""
    return rewrite(DIALECT_WORDS_AGAIN_DE, words)
