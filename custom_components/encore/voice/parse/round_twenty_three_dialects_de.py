"""Blind round twenty-three's dialect German (issue 45's 86th and 87th turns: 560, 562, 563).

Three speakers, each read only where her own marks are heard. Their words
("Liad", "Summa", "glost", "Nocht", "hob i", "Leed", "dat", "hück", "ham
mia") are every Austrian's, Bavarian's or Kölsch speaker's too, and read by
the older readers; so none of them is a mark (the eighty-fourth turn's marks
were, and "Eres, des Liad vo Café Tacvba" had lost its band): each mark is a
word or a frame of hers that no older speaker's question says.

- a Klagenfurt woman's Carinthian (560): "Liad", "Liadl", "Liada",
  "liabstn", "glost", "glaufn", "eingschaltn", "Nochmittog", "Nocht",
  "Summa", "Werktog", "hob i", "hamma". Her words are said in standard
  German; a name said first and pointed back to ("Und den Daft Punk, wie
  oft hamma den im Oktober laufn ghabt?": the name had been lost), a time
  said first before "wos wor do für Musik" (what played, had been asked of
  nothing) and "wann hob i mehr glost, Werktog oder Wochenend" (weekdays
  against weekends, had been the first play of a name "mehr werktog");
- a Cologne carnival woman's Kölsch (562): "wat", "dat", "et", "hück",
  "eeschte", "Leed", "hät", "jehört", "jemacht". "Un die Ada, wat hät die
  ... jehört?" (Ada's, had been a person "diese"), "Mit wat han ich
  letzten Freitag Schluss jemacht" (that day's last song: its recap had
  been answered, a wrong fact), "dat eeschte Leed" (the first song);
- a Munich eight-year-old (563): "Mama hat gesagt i soll fragen ..." (who
  sent her is no listener: "gesagt" had been read as a person), "ham mia
  ... ghabt" (what we played), "... ganz oft ghabt wo der Maxi immer so
  rumgehüpft is" (the song played most: the clause after is a story),
  "der Podcast den i seit Oktober so oft hör" (the top podcast: what
  played had been answered, a wrong fact).

Read first of `said_as_written_de`, after the noisy room. Kept apart from
`round_twenty_three_de` (the same round's Leipzig learner and East Frisian,
564 and 561), whose marks are theirs.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

# The Carinthian woman's marks: words and frames of hers no older speaker's
# question says ("Liad", "Summa", "glost", "Nocht", "hob i" are every
# Austrian's and Bavarian's, and read by `dialect_de_carinthia` and the
# older readers: never a mark here).
_CARINTHIA: Final = re.compile(
    r"\bsog ma amol\b|\bliabstn liada\b|\beingschaltn\b|\bwerktog\b"
    r"|\bwos wor (?:do|da) für\b"
    r"|^(?:und |un )?(?:den|die|des|das|der|dem) [^,]+, (?:wie oft|wann|seit wann)"
    r" (?:hamma|ham ma|hob i|hab i|ham mia) (?:den|die|de|des|das|eam|se|es|ihn)\b",
    re.IGNORECASE,
)

# Who listened, as she says it and in standard German.
_CARINTHIAN_LISTENER: Final = {
    "hamma": "haben wir",
    "ham ma": "haben wir",
    "ham mia": "haben wir",
    "hob i": "habe ich",
    "hab i": "habe ich",
}

_CARINTHIAN_RULES: Final[tuple[Rule, ...]] = (
    # "Und den Daft Punk, wie oft hamma den im Oktober laufn ghabt?": the
    # name said first, the pronoun after points back to it; her time is
    # said after the verb, where the parser keeps it out of the name.
    (
        (
            r"^(?:und |un )?(?:den|die|des|das|der|dem) ([^,]+?),? (wie oft|wann|seit wann)"
            r" (hamma|ham ma|hob i|hab i|ham mia) (?:den|die|de|des|das|eam|se|es|ihn)"
            r"( [^?!.]*?)? (?:laufn ghabt|glost|glaufn|gspüt|ghört|gheat|ghabt)\W*$"
        ),
        lambda found: (
            f"{found[2]} {_CARINTHIAN_LISTENER[found[3].lower()]}"
            f" {found[1]} gehört{found[4] or ''}"
        ),
    ),
    # "Letzten Summa, wann hob i mehr glost, Werktog oder Wochenend?"
    (
        (
            r"\bwann (?:hob i|hab i|hab ich|habe ich) (?:mehr|mea|mehra) (?:glost|ghört|gheat),?"
            r" (?:werktog|werktag|unter der wochn?|unter da wochn?)"
            r" oder (?:wochenend|wochenende|am wochenend|am wochenende)\b"
        ),
        "höre ich mehr unter der Woche oder am Wochenende",
    ),
    # "Heit am Nochmittog, wos wor do für Musik?": a time said first.
    (
        r"^([^,?]+?),? (?:wos|was) (?:wor|war) (?:do|da|denn) für (Musik|Musi|Liada)\W*$",
        r"was für \2 lief \1",
    ),
    (r"\bsog ma amol\b", "sag mir mal"),
    (r"\bliabstn\b", "liebsten"),
    (r"\bliada\b", "Lieder"),
    (r"\bliadl?\b", "Lied"),
    (r"\bglost\b", "gehört"),
    (r"\bglaufn\b", "gelaufen"),
    (r"\beingschaltn\b", "eingeschaltet"),
    (r"\bnochmittog\b", "Nachmittag"),
    (r"\bnocht\b", "Nacht"),
    (r"\bsumma\b", "Sommer"),
    (r"\bwerktog\b", "Werktag"),
    (r"\blossn\b", "lassen"),
    (r"\bwor\b", "war"),
    (r"\bheit\b", "heute"),
)

# The Cologne woman's marks: "hät" after "wat" and before who listened,
# "Schluss jemacht" or "anjefange" after "mit wat han ich", "wat wor" before
# "eeschte" or "letzte" ("Leed", "dat", "et", "hück" are every Kölsch
# speaker's, and read by `dialect_de_cologne`: never a mark here).
_COLOGNE: Final = re.compile(
    r"\b(?:wat|was) hät (?:die|dä|der|de|se|he|et)\b"
    r"|^(?:un |und )?mit wat (?:han|hann) (?:ich|isch|mer|mir)\b[^?]*\b(?:schluss jemacht|anjefange)\b"
    r"|^(?:wat|was) wor\b[^?]*\b(?:dat|et) (?:eeschte|eetste|letzte)\b",
    re.IGNORECASE,
)

_COLOGNE_RULES: Final[tuple[Rule, ...]] = (
    # "Un die Ada, wat hät die diese Woch so jehört?": the listener said
    # first, pointed back to by "die".
    (
        (
            r"^(?:un|und) (die|der|dä|de) ([^\W\d_]+),? (?:wat|was) (?:hät|hat|hätt)"
            r" (?:die|dä|der|se|he|et) "
        ),
        lambda found: (
            f"was hat {'der' if found[1].lower() in {'dä', 'der'} else 'die'} {found[2]} "
        ),
    ),
    # "Mit wat han ich letzten Freitag Schluss jemacht, musikalisch?": the
    # last song of a day; "anjefange" is its first.
    (
        (
            r"^(?:un |und )?mit (?:wat|was) (?:han|hann|hab|habe) (?:ich|isch|mer|mir)"
            r" (.+?) (?:schluss|feierabend) (?:jemacht|gemacht)(?:,? musikalisch)?\W*$"
        ),
        r"was war \1 das letzte Lied",
    ),
    (
        (
            r"^(?:un |und )?mit (?:wat|was) (?:han|hann|hab|habe) (?:ich|isch|mer|mir)"
            r" (.+?) (?:anjefange|anjefangen|angefangen)(?:,? musikalisch)?\W*$"
        ),
        r"was war \1 das erste Lied",
    ),
    (r"\b(?:eeschte|eetste)\b", "erste"),
    (r"\bleed\b", "Lied"),
    (r"\bhück\b", "heute"),
    (r"\b(?:dat|et) (erste|letzte)\b", r"das \1"),
    (r"\bwat wor\b", "was war"),
)

# The Munich girl's marks: who sent her to ask, "ham mia ... ghabt" (what
# we had on), the thing "den i ... so oft hör" ("ham mia" alone is every
# Bavarian's: never a mark here).
_MUNICH_CHILD: Final = re.compile(
    r"^(?:die |der )?(?:mama|papa|oma|opa) hat gesagt,? (?:dass )?(?:i|ich) soll\b"
    r"|\bham mia\b[^?]* ghabt\b"
    r"|\b(?:podcast|lied|song|band) (?:den|die|des|das) i\b[^?]* so oft hör\b",
    re.IGNORECASE,
)

# "welcher" as each thing she names wants it.
_WHICH: Final = {
    "podcast": "welchen Podcast",
    "lied": "welches Lied",
    "song": "welchen Song",
    "band": "welche Band",
}

_MUNICH_CHILD_RULES: Final[tuple[Rule, ...]] = (
    # "Mama hat gesagt i soll fragen welche Band ...": who sent her.
    (
        (
            r"^(?:die |der )?(?:mama|papa|oma|opa) hat gesagt,? (?:dass )?(?:i|ich)"
            r" soll (?:di |dich )?(?:fragen|frogn),? "
        ),
        "",
    ),
    # "... ganz oft ghabt wo der Maxi immer so rumgehüpft is": what her
    # brother did then is a story, not part of what she asks.
    (r",? wo (?:der|die) \w+ (?:immer |so |dann |da )*[^?]*? (?:is|ist|hat)\W*$", ""),
    (
        r"\b(?:ganz oft|so oft|voll oft|am öftesten) (?:ghabt|ghört|gehört)\b",
        "am meisten gehört",
    ),
    # "was is der Podcast den i seit Oktober so oft hör": the one she hears most.
    (
        (
            r"^(?:was|wie) (?:is|ist) (?:der|des|das|die) (Podcast|Lied|Song|Band)"
            r" (?:den|die|des|das) (?:i|ich) (.+?) (?:so|ganz|voll) oft (?:hör|hör'|höre)\W*$"
        ),
        lambda found: f"{_WHICH[found[1].lower()]} höre ich {found[2]} am meisten",
    ),
    (r"\b(?:ham|hamma|homa) mia\b", "haben wir"),
    (r"\bfür musik ghabt\b", "für Musik gehört"),
    # "welche Band mia letzte Woche am meisten ghört ham": "mia" is "wir".
    (r"\bmia (.+?) (?:ghört|ghabt) (?:ham|hamm)\b", r"wir \1 gehört haben"),
)


def said_in_round_twenty_three_dialects_de(text: str) -> str:
    """Return `text` with round twenty-three's three speakers' words in standard German."""
    text = rewrite_marked(_CARINTHIA, _CARINTHIAN_RULES, text, squeeze=True)
    text = rewrite_marked(_COLOGNE, _COLOGNE_RULES, text, squeeze=True)
    return rewrite_marked(_MUNICH_CHILD, _MUNICH_CHILD_RULES, text, squeeze=True)
