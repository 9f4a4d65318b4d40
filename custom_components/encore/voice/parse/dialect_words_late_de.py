"""Words of four dialects the other readers did not know (issue 45's sixty-seventh turn).

Blind writers 452 to 458 asked in Nuremberg Franconian, the Saarland's
German, Styrian and a tired Thuringian's, and got answers for another
question (wrong facts) or none:

- Nuremberg's "die Dooch" (these days, as "die Tage"): read as no time,
  so the whole history was answered for "wen hobbi die Dooch am meisdn
  ghörd" and "hobbi die Dooch wen Neis entdeckt", and "lief die Dooch wos
  vo Air" looked for a name "die Dooch wos vo Air". Its "ghörd" (gehört),
  "meisdns", "als letzds" and "Küchn" kept a name or a place unread.
  Its "die selbn Liedla" (the same songs) was no question at all.
- The Saarland's "Lieblingsplatt" (the favourite record: the top song had
  been answered for the top album), "Lieda" (songs: read as a name),
  "dene Monat" (this month: no time), "hann mer" (have we) and a French
  "allez" said first (read into the name).
- Styria's "eh" (anyway) before a name ("hob i gestern auf d'Nacht eh
  Queen g'hört": a name "eh Queen", no Queen found).
- Thuringia's "vorchestern" (vorgestern: today had been answered), "där"
  (der), "jetze" (jetzt) and "überhaupt was" (anything at all: a name).

The sounds (`SOUNDS_LATE_DE`) are read before every other dialect's rules,
which expect the plain words; the phrases (`PHRASES_LATE_DE`) last, once
each dialect's words are plain. Each rule holds to the dialect's word or
to a question's frame, never to a title's words.
"""

from typing import Final

from .rules import Rule, rewrite

SOUNDS_LATE_DE: Final[tuple[Rule, ...]] = (
    # Nuremberg's t said as d (writer 452): "ghörd", "meisdns", "letzds".
    # A participle only after what it ends ("ghörd" closes the question or
    # a clause), an adverb only as itself.
    (r"\b(?:ghörd|gheerd|gehörd)\b", "gehört"),
    (r"\bmeisdns\b", "meistens"),
    # Nuremberg's "die selbn Liedla" (the same songs).
    (r"\b(?:die|de) (?:selbn|selbm|selbna)\b", "dieselben"),
    (r"\b(als|zum) (?:letzds|letzdes)\b", r"\1 letztes"),
    # Nuremberg's "Küchn" (the kitchen), only after the words of a place.
    (r"\b(in der|in da|in dr|aus der|die|der) küchn\b", r"\1 küche"),
    # The Saarland's "Lieda" (songs), after a count or the words that
    # own it: never a title's word alone.
    (
        (
            r"\b(viel|viele|wie viel|wieviel|drei|fünf|zehn|meine|mei|die|selbe|selben"
            r"|gespielte|gespielten|meistgespielten|ich|isch|i|wir|mer) lieda\b"
        ),
        r"\1 lieder",
    ),
    # The Saarland's "dene Monat", "dene Woch" (this month, this week).
    (r"\bdene (monat|woch|woche|johr|jahr)\b", r"diesen \1"),
    (r"\bdiesen woch\b", "diese woche"),
    (r"\bdiesen (?:johr|jahr)\b", "dieses jahr"),
    # The Saarland's "Lieblingsplatt" (the favourite record: an album).
    (r"\blieblingsplatt\b", "lieblingsplatte"),
    # The Saarland's "hann mer" (have we), after the "hann" of "haben".
    (r"\b(?:hann|hann) mer\b", "haben wir"),
    # A French "allez" said first (the Saarland): a sound opening the
    # question, never a word of it.
    (r"^allez,? ", ""),
    # Thuringia's g said as ch in "vorchestern" (writer 458), its "där"
    # and "jetze" (after "bis" or "heute").
    (r"\bvorchestern\b", "vorgestern"),
    (r"\b(in|auf|aus|von) där\b", r"\1 der"),
    (r"\b(bis|heute|grad|gerade) jetze\b", r"\1 jetzt"),
)

PHRASES_LATE_DE: Final[tuple[Rule, ...]] = (
    # Nuremberg's "die Dooch" (these days), read as "die tag" by the
    # Franconian rules: in a question of mine, the recent days. Never
    # after a preposition ("an die Tag", "für die Tag" say other things).
    (
        r"\b(ich|i|hobbi|wir|mer|mir|denn|lief|läuft|halt|fei|etz|so) die tag\b",
        r"\1 in letzter zeit",
    ),
    (r"^die tag\b", "in letzter zeit"),
    (r"\b(am meisten|am häufigsten|am öftesten) (gehört|gespielt) die tag$", r"\1 \2"),
    # "Lief in letzter Zeit was von Air" (did Air play): the name is the
    # one after "von", as "habe ich ... etwas von X gehört" says it.
    (
        r"^lief (in letzter zeit|gestern|heute|vorgestern|diese woche) (?:was|etwas) von (.+)$",
        r"habe ich \1 etwas von \2 gehört",
    ),
    # Styria's "eh" (anyway) between the time and a name: no word of it.
    (
        r"^(habe ich|hab ich|höre ich|haben wir) ((?:\w+ ){0,3}?)eh (?=\w)",
        r"\1 \2",
    ),
    # "Letzte sieben Tage wie oft hab ich Songs nochmal gehört" (held-out
    # writer 572: the plays were counted): songs heard again, with no name,
    # are the repeat rate. Before the count below and before "nochmal" is
    # dropped as a filler.
    (
        (
            r"\bwie oft (?:hab|habe|hatte|haben|höre|hör|hören|spiele|spiel|spielen) (ich|wir)"
            r" (?:(?:die|meine|unsere) )?(?:lieder|songs|titel|stücke|tracks)"
            r" (?:noch einmal|nochmal|noch mal|wieder|erneut)(?: (?:gehört|gespielt|angehört))?\b"
        ),
        lambda found: (
            f"wie oft {'wiederholen wir' if found[1] == 'wir' else 'wiederhole ich'} lieder"
        ),
    ),
    # A count of songs taken for a name: "wie viel Lieda hann isch"
    # reaches here as "wie oft habe ich lieder" (the ways' order for a
    # count of a name); songs are never a name of mine.
    (
        r"\bwie oft (habe|hab) (ich|wir) (lieder|songs|titel|stücke) ",
        r"wie viele \3 \1 \2 ",
    ),
    # Styria's "g'fallt" (gefällt) reaches here without its umlaut.
    (r"\bgefallt (mir|uns)\b", r"gefällt \1"),
    # Styria's "um zwölfe z'Mittag": the clock's noon, as "um zwölf Uhr
    # mittags" (the time had been left unread).
    (r"\bum (zwölf|eins|ein|elf) mittags\b", r"um \1 uhr mittags"),
    # Thuringia's "überhaupt was" (anything at all): anything played.
    (
        r"\b(wie oft .+?) überhaupt (?:was|etwas) (abgespielt|gehört|gespielt)$",
        r"\1 etwas \2",
    ),
)


def undo_sounds_late(words: str) -> str:
    """Return German words with these dialects' sounds read as plain words."""
    return rewrite(SOUNDS_LATE_DE, words)


def undo_phrases_late(words: str) -> str:
    """Return German words with these dialects' phrases read as plain ones."""
    return " ".join(rewrite(PHRASES_LATE_DE, words).split())
