"""A question only hinted at in German: a bet, a guess or a wish that asks.

Issue 45's sixty-eighth turn, blind writer 463: a speaker who never asks
straight but wonders aloud. "Ich wette, ich hab gestern viel Eres gehört"
asks how often Eres played yesterday; "ich glaub, ich hab vorgestern gar
kein Air gehört, oder" whether Air played; "ich wette, Radiohead hab ich
letztes Jahr kein einziges Mal gehört" whether Radiohead did; "ich wette,
ich hab letzten Freitag locker fünfzig Songs abgespielt" how many songs
played; "ich wette, ich überspring ganz schön viel" how much is skipped;
"ich wette, es gibt ein Lied, das ich jedes Mal wegdrücke" which song is
skipped most. The bet was read as no question (or as the net's "what do
you want to know"). The wonder was said with words no reader knew: "ob du
weißt, wann ...", "würd mich mal interessieren, ...", "ob ich ... gehört
hab, frag ich mich grad"; "ob du weißt, wann ich Wet Leg das letzte Mal
gehört hab" had lost its name and answered the last song (a wrong fact).
A remark said before the wonder ("in der Küche läuft ja gefühlt immer
dasselbe, ich frag mich welches Lied am meisten") was read as the repeat
rate (a wrong fact): the question is the wonder, the remark's room its room.

Each rule needs the bet's or the wonder's own words at the start (or the
wonder's "frag ich mich" last) and the statement of listening after it
("ich hab ... gehört"), so "ich wette, du kannst das Lied nicht
überspringen" and "ich frag mich, ob es regnet" are left as they are.
"""

import re
from typing import Final

from .rules import Rule, rewrite

# The bet or guess said first: "ich wette", "ich glaub", "ich tipp mal".
_BET: Final = (
    r"^(?:ich )?(?:wette|wett|glaub|glaube|tipp|tippe|schätz|schätze)(?: mal)?,? "
)
# The amount a bet stakes: "locker fünfzig", "bestimmt zwanzig".
_STAKE: Final = (
    r"(?:locker|bestimmt|sicher|mindestens|gut|so|easy|über|fast|knapp)"
    r" (?:\d+|zehn|zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig"
    r"|hundert|zweihundert|tausend)"
)
_SONGS: Final = r"(?P<what>songs|lieder|titel|tracks|stücke|folgen|podcasts)"
_HEARD: Final = r"(?:gehört|abgespielt|gespielt|laufen lassen|angehört)"
# A household's rooms, said before the wonder as where the remark is.
_ROOM: Final = r"(?:in der|im|in meinem|in unserem|bei uns im|bei uns in der) \w+"

HINTED_DE: Final[tuple[Rule, ...]] = (
    # "Ob du weißt, wann ...": asked as "weißt du, wann ...".
    (r"^ob du (?:weißt|weisst|wüsstest)(?: zufällig)?,? ", "weißt du, "),
    # "Würd mich mal interessieren", "würd mich ja echt interessieren": the
    # particles said between are no part of the polite frame.
    (
        (
            r"^((?:es )?(?:würd|würde|tät|täte) mich)(?: (?:ja|mal|schon|echt|doch|wirklich))+"
            r" interessieren\b"
        ),
        r"\1 interessieren",
    ),
    # "Weiß gar nicht mehr, was ...": no idea.
    (
        (
            r"^(?:ich )?(?:weiß|weiss) (?:gar |echt |ehrlich gesagt |auch )?(?:nicht|nich|net|ned)"
            r" mehr,? (?=(?:was|wer|wen|wann|wie|welche[rsnm]?|ob|womit)\b)"
        ),
        "keine Ahnung, ",
    ),
    # "Ob ich ... gehört hab, frag ich mich grad": the wonder said last.
    (
        r"^(?P<q>ob [^,]+?),? (?:frag|frage) ich mich(?: (?:grad|gerade|ja|echt|schon|manchmal))*\W*$",
        r"ich frag mich, \g<q>",
    ),
    # "In der Küche läuft ja gefühlt immer dasselbe, ich frag mich welches
    # Lied am meisten": the remark's room is the wonder's.
    (
        (
            rf"^(?P<at>{_ROOM}) [^,]*\b(?:ja|gefühlt|immer|eh|dauernd|ständig)\b[^,]*,"
            r" (?:ich frag mich|ich frage mich|keine ahnung|würd mich interessieren)(?: ja)?,?"
            r" (?P<q>(?:wer|was|welche[rsnm]?|wie|wann)\b[^,]+?)\W*$"
        ),
        r"ich frag mich, \g<q> \g<at>",
    ),
    # "Wer bei Ada letzten Monat ganz vorne lag": whom Ada heard most.
    (
        (
            r"\bwer (?:lag|war|stand)? ?bei (?P<p>(?-i:[A-Z])[a-zäöüß]+) (?P<rest>.*?)"
            r" ?(?:ganz vorne|ganz vorn|vorne|vorn|an der spitze|auf platz eins)"
            r" ?(?:lag|war|stand)?\W*$"
        ),
        r"wen hat \g<p> \g<rest> am meisten gehört",
    ),
    # "Seit wann One More Time bei mir auftaucht": the verb said last.
    (
        r"\bseit wann (?P<n>.+?) bei (?P<who>mir|uns) (?:auftaucht|aufgetaucht ist)\W*$",
        r"seit wann taucht \g<n> bei \g<who> auf",
    ),
    # "Ich wette, ich hab letzten Freitag locker fünfzig Songs abgespielt":
    # how many.
    (
        rf"{_BET}(?:ich|wir) (?:hab|habe|haben) (?P<rest>.*?) ?{_STAKE} {_SONGS} {_HEARD}\W*$",
        r"wie viele \g<what> hab ich \g<rest> gehört",
    ),
    # "Ich wette, ich hab gestern viel Eres gehört": how often.
    (
        (
            rf"{_BET}(?:ich|wir) (?:hab|habe|haben) (?P<rest>.*?) ?(?:ganz |ziemlich |echt |so )?"
            rf"(?:viel|oft|dauernd|ständig) (?:von )?(?P<name>.+?) {_HEARD}\W*$"
        ),
        r"wie oft hab ich \g<rest> \g<name> gehört",
    ),
    # "Ich glaub, ich hab vorgestern gar kein Air gehört, oder": whether.
    (
        (
            rf"{_BET}(?:ich|wir) (?:hab|habe|haben) (?P<rest>.*?) ?(?:gar |überhaupt )?"
            r"(?:kein|keine|keinen|nix von|nichts von|nichts mehr von) (?!podcasts|folgen|musik"
            rf"|lieder|songs)(?P<name>.+?) {_HEARD}(?:,? (?:oder|oda|ne|gell))?\W*$"
        ),
        r"hab ich \g<rest> \g<name> gehört",
    ),
    # "Ich wette, Radiohead hab ich letztes Jahr kein einziges Mal gehört".
    (
        (
            rf"{_BET}(?P<name>.+?) (?:hab|habe) ich (?P<rest>.*?) ?(?:kein einziges mal|kein mal"
            rf"|keinmal|nicht ein einziges mal|gar nicht|überhaupt nicht|nie) {_HEARD}"
            r"(?:,? (?:oder|oda|ne|gell))?\W*$"
        ),
        r"hab ich \g<rest> \g<name> gehört",
    ),
    # "Ich wette, ich überspring ganz schön viel": how much is skipped.
    (
        (
            rf"{_BET}(?:ich|wir) (?:überspring|überspringe|skipp|skippe|drück|drücke)"
            r" (?:ganz schön|ziemlich|echt|richtig|sehr|so) (?:viel|oft)(?: weg| weiter)?\W*$"
        ),
        "wie viel überspring ich",
    ),
    # "Ich wette, es gibt ein Lied, das ich jedes Mal wegdrücke": which.
    (
        (
            rf"{_BET}es gibt (?:ein|einen) (?P<kind>lied|song|künstler|podcast),?"
            r" (?:das|den) ich (?:jedes mal|immer|ständig|dauernd)"
            r" (?:wegdrücke|überspringe|wegklicke|skippe|weiterdrücke)\W*$"
        ),
        lambda found: (
            f"{'welchen' if found['kind'].casefold() in {'künstler', 'podcast'} else 'welches'}"
            f" {found['kind']} drück ich jedes Mal weg"
        ),
    ),
)


def undo_hinted_de(text: str) -> str:
    """Return a bet, guess or wonder that hints at a question as that question."""
    return rewrite(HINTED_DE, text, re.IGNORECASE)
