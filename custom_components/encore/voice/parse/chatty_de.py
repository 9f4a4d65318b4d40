"""German as a chatty Swabian says it (issue 45's twenty-first turn).

A chatty writer from Stuttgart asked her question and kept talking: "Wie
oft lief letztes Jahr Helene Fischer bei mir, gell, die mag ich ja" was
read as her taste (the remark's "mag ich"), "..., so sagt man ja heut
nimmer, gell, aber du weißt was ich mein" as a time nobody asked ("heut"),
and "Am Samstag, hab ich da was von Daft Punk gehört" as what played on
Saturday, not whether Daft Punk did: wrong facts. The rules:

- A remark after the question, in a clause of its own, is dropped: one
  that holds the particle "ja" ("die mag ich ja", "die sind ja von hier"),
  the tag "gell" and what follows it, "(aber) du weißt (schon) was ich
  mein", "ich komm grad nicht drauf", and a story of the moment ("da hat
  grad die Nachbarin geklingelt"). A clause that asks (a question word)
  is never a remark.
- A time said first and pointed back at with "da" ("Am Samstag, hab ich
  da was von Daft Punk gehört", "Gestern, hab ich da Queen gehört"): the
  time goes where it stood (Cologne's "lief da" is read in
  `dialect_de_cologne`); a name said first and pointed back at with
  Swabia's "des" ("Digital Love, wann lief des bei mir zum allerersten
  Mal").
- "Wen hab ich so arg oft laufen lassen": "oft" beside who asks who was
  played most ("wen hab ich so oft gehört", "wen hör ich arg viel").
"""

import re

from .rules import Rule, rewrite

# A question word: a clause holding one asks, and is never a remark.
_ASKS = (
    r"(?:wer|wen|wem|was|wann|wie|welche\w*|wo|wieso|warum|wat|wieviel\w*|"
    r"hab ich|habe ich|hat|lief|liefen|war|gab)"
)

_REMARKS: tuple[Rule, ...] = (
    # "..., gell, die mag ich ja": the tag ends the question; a remark may
    # follow it ("gell, aber du weißt was ich mein", "gell?").
    (r"[,;]?\s+\b(?:gell|gelle|gell\?)\b(?:[,;?]\s*[^,;?]*)?\s*[.?!]?\s*$", ""),
    # "..., aber du weißt (schon), was ich mein", "du weißt schon".
    (
        r"[,;]\s+(?:aber |na |also )?du weißt (?:schon|ja|eh)?,?\s*(?:was ich (?:mein|meine|mein')\b)?[^,;?]*$",
        "",
    ),
    # "..., ich komm grad nicht drauf", "ich weiß es nimmer".
    (
        r"[,;]\s+(?:ich|i) (?:komm|komme) (?:grad |gerade |jetzt |halt )*(?:nicht|net|nit|nimmer) (?:mehr )?drauf\b[^,;?]*$",
        "",
    ),
    (
        r"[,;]\s+(?:ich|i) (?:weiß|woiß) (?:es |des |das )?(?:nimmer|nicht mehr|net mehr)\b[^,;?]*$",
        "",
    ),
    # "..., da hat grad die Nachbarin geklingelt": what happened at that
    # moment, said after the question about it.
    (
        r"[,;]\s+da (?:hat|hatte|war|ist|kam) (?:grad|gerade|just|eben) [^,;?]*$",
        "",
    ),
    # "..., die mag ich ja", "die sind ja von hier", "so sagt man ja heut
    # nimmer": a clause with the particle "ja" that asks nothing.
    (
        (
            rf"[,;]\s+(?!{_ASKS}\b)(?:die|der|des|das|den|er|sie|es|ich|isch|ick|i|man|so|weil|und|aber)\b"
            r"(?:(?![,;?]).)*?\bja\b[^,;?]*(?=[,;]|\s*[.!?]?\s*$)"
        ),
        "",
    ),
)

# Issue 45's sixty-fifth turn (a Berlin pensioner, blind writer 437):
# "Mensch" said to the speaker before or after the question (it had been
# read as the listener type: a wrong fact), "..., alles zusammen" said after
# it, "bei uns" after the participle ("Ham wa im Oktober ooch Daft Punk
# jehört bei uns": the name had been lost) and "auch" before the name.
_BERLIN: tuple[Rule, ...] = (
    (r"[,;]\s+mensch\W*$", ""),
    (r"^mensch[,!]\s+", ""),
    (
        r"[,;]\s+(?:so |also |ja )?alles zusammen\W*(?:[,;]\s+wa\W*)?$",
        "",
    ),
)

# Other speakers of the same rounds, read in the same pass: a Munich
# grandmother, a Russian learner, a recogniser's "ur".
_OTHERS: tuple[Rule, ...] = (
    # A Munich grandmother's "de Buam von Daft Punk" (the lads: the band) and
    # "..., de Buam aus Frankreich" said after the name (blind writer 441).
    (r"\b(?:de|die) (?:buam|jungs|buben|burschen|mädels|madln) (?:von|vo)\s+", ""),
    (
        r"[,;]\s+(?:de|die) (?:buam|jungs|buben|burschen|mädels|madln)\b[^,;?]*(?=\W*$)",
        "",
    ),
    # "Welchen Podcast hör i denn in letzter Zeit so gern": the most.
    (
        r"\b(hör|höre|hören) (i|ich|wir|mia) ([^,;?]*?)\bso gern\b",
        r"\1 \2 \3am meisten",
    ),
    # A Russian learner's "kak lange" (how long), "wie viel war gespielt"
    # (how many plays), "wann zum ersten Mal lief X" (the order).
    (r"^(?:nu,? )?kak\b", "wie"),
    (
        r"^wie viele? (?:war|waren|wurde|wurden) (?:gespielt|gehört)\b",
        "wie viele wiedergaben hatte ich",
    ),
    (
        r"^wann (zum (?:ersten|letzten) mal|zuletzt|zuerst) (lief|liefen) (.+?)(?: bei (?:mir|uns))?(?=\W*$)",
        r"wann \2 \3 \1",
    ),
    # Speech to text's "ur" for "Uhr" after a clock's words.
    (r"\b(um wie ?viel|um \d{1,2}|\d{1,2}) ur\b", r"\1 uhr"),
)

# Berlin's again, read after the others as they always were: "ooch" before
# a name, "bei uns" after the participle, "lief'n det" after a name.
_BERLIN_NAME_FIRST: tuple[Rule, ...] = (
    (
        r"\b((?:hab|habe|haben|hatte|hatten|ham) (?:ich|wir|wa|i)\b[^,;?]*?) (?:auch|ooch) (?=(?-i:[A-Z]))",
        r"\1 ",
    ),
    (r"\b(gehört|gespielt|jehört|jespielt) bei (?:uns|mir)(?=\W*$)", r"\1"),
    # "Radiohead, wie oft lief'n det bei mir": the name said first.
    (r"\b(wie oft|wann) lief'?n (?:det|dit)\b", r"\1 lief das"),
)

# Who asks, said first (issue 45's sixty-fifth turn): "Ada hier, wie viele
# Lieder ...", a child's "die Mama fragt, wie lang wir ...": the question
# after it is what is asked (the asker's name had been read as a name of
# the history). A child's "das Lied, wo Bohemian Rapsodie heißt": the name.
_WHO_ASKS: tuple[Rule, ...] = (
    (
        r"^(?:(?:hier ist|hier spricht) (?-i:[A-ZÄÖÜ])\w+|(?-i:[A-ZÄÖÜ])\w+ hier)[,.:!]\s+(?=(?:wie|was|wer|wen|welche\w*|wann|hab|habe|hat|sag|gib|zeig|erzähl|kannst|seit)\b)",
        "",
    ),
    (
        r"^(?:die |der |meine? )?(?:mama|papa|mami|papi|mutti|vati|oma|opa|omi|opi) (?:fragt|will wissen|möchte wissen|wüsste gern)[,:]?\s+(?:ob\s+)?",
        "",
    ),
    (
        r"\b(?:das|dem|den|der|die) (?:lied|song|album|band|podcast) (?:wo|das|der|die|den),? (.+?),? (?:heißt|heisst)\b",
        r"\1",
    ),
)

# The question said twice (issue 45's sixty-fifth turn, a Frankfurt taxi
# driver): "seit wann hör isch Justice, wann war des erste Mal" asks once;
# read together, "seit" had been taken for the name. A child's "welches
# Lied kam letzten Freitag ganz am Schluss" (the last one) and "welchen
# Sänger mag ich nicht so und drück immer weiter" (the most skipped).
_SAID_TWICE: tuple[Rule, ...] = (
    (
        r"^(seit wann [^,;?]+?)[,;]\s+(?:also |ich mein\w* )?wann (?:war|wor) (?:das|des|dat|det) (?:aller)?erste mal\W*$",
        r"\1",
    ),
    (
        r"^(welche[snrm]?) (lied|song|stück|titel|künstler|band|album|podcast) (?:kam|lief) (.*?) ?(?:ganz )?(?:am schluss|zum schluss|als letztes|am ende)\W*$",
        r"was war das letzte \2 \3",
    ),
    (
        r"\bmag (ich|i) (?:nicht|net|nit) so und (?:drück|drücke|skipp|skippe|überspring|überspringe) (?:den |die |ihn |sie )?(?:immer|dauernd|ständig|oft) (?:weiter|weg)\b",
        r"drücke \1 am meisten weg",
    ),
)

_SAID_FIRST: tuple[Rule, ...] = (
    # "Digital Love, wann lief des bei mir zum allerersten Mal": Swabia's
    # "des" for "das" pointing back at the name said first, "bei mir" and
    # "aller-" adding nothing, so the name said first is read
    # (`said_first_de`) as "wann lief das zum ersten Mal" is.
    (
        (
            r"\b(lief|liefen|kam|war|hab ich|habe ich|hab i|hanne) des(?: bei mir| bei uns)?"
            r"(?= (?:zum|zuletzt|zuerst|das|denn|eigentlich)\b|\s*[?,]|\s*$)"
        ),
        r"\1 das",
    ),
    (r"\bzum aller(erst|letzt)en mal\b", r"zum \1en Mal"),
    # "Am Samstag, hab ich da was von Daft Punk gehört": the "da" points
    # back at the time said first.
    (
        (
            r"^((?:heut|heute|gestern|vorgestern|am|im|letzte\w*|vorige\w*|diese\w*|in letzter zeit)"
            r"\b[^,;?]{0,30}?)[,;]\s+((?:hab|habe|hatte|haben|hatten) (?:ich|i|wir)) da\b"
        ),
        r"\2 \1",
    ),
    # "Welches Lied hör ich grad ganz oft" (a child, issue 45's sixty-fifth
    # turn): the word that makes "oft" stronger adds nothing; with it the
    # question had been read as what played today, a wrong fact.
    (
        (
            r"\b(hör|höre|hören|spiel|spiele|spielen) (ich|i|wir) "
            r"((?:grad|gerade|zurzeit|jetzt|momentan|im moment|in letzter zeit) )?"
            r"(?:ganz|echt|voll|total|sehr|richtig|so|arg) (oft|viel)\b"
        ),
        r"\1 \2 \3\4",
    ),
    # "Wen hab ich so arg oft laufen lassen": who was played most.
    (
        (
            r"^(wen|wer|welchen künstler|welche band) ((?:hab|habe) (?:ich|i) (?:[^,;?]*? )?)"
            r"(?:so |arg |sehr |echt |ganz |recht )*(?:oft|viel|häufig)"
            r" (gehört|laufen lassen|laufa lassa|gespielt)\b"
        ),
        r"\1 \2am meisten \3",
    ),
)


def drop_chat_de(text: str) -> str:
    """Return the words without a chatty speaker's remarks after the question.

    Also read where an answer checks that every time said was read
    (`banter_en.drop_asides`): "so sagt man ja heut nimmer" asks no today.
    """
    return rewrite(
        (*_WHO_ASKS, *_SAID_TWICE, *_BERLIN, *_OTHERS, *_BERLIN_NAME_FIRST, *_REMARKS),
        text.strip(),
        re.IGNORECASE,
    )


def undo_chatty_de(text: str) -> str:
    """Return a chatty speaker's question without her remarks, commas kept."""
    return rewrite(_SAID_FIRST, drop_chat_de(text), re.IGNORECASE)
