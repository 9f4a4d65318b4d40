"""German said as a keyword command (issue 45's seventeenth turn).

A writer typed the question as a note to self: "Abspielungen seit Montag"
(plays), "Letztes Mal Daft Punk?" (when Daft Punk was last heard). The
other keyword commands ("Skips?", "Stunden heute", "Dauerschleife?",
"Justice gestern?") the reader already read; the German net holds them
(`sentences/de.yaml`). Each rule turns a keyword into the words a full
question says; a name keeps its words. "Letztes Lied" alone stays Home
Assistant's (the previous track).
"""

from .rules import rewrite

# Words that say what is asked, never a name: "letztes Mal gehört", "letztes
# Mal Lied" are not a name's last play.
_NOT_NAME = (
    r"(?:gehört|gespielt|gelaufen|lied|song|titel|album|künstler|band|podcast|folge"
    r"|musik|wiedergabe\w*|heute|gestern|vorgestern|diese\w*|letzte\w*|seit|im|in"
    r"|am|um|als|wann|was|wer|wie|habe|hab|hat|ich|wir|du|mein\w*|das|der|die|den)"
)

# A period said in a note to self: a time word opening up to three words.
_MONTH = (
    r"(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november"
    r"|dezember)"
)
_DAY = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende)"
_SPAN = (
    r"(?:in letzter zeit|heute|gestern|vorgestern|(?:diese|letzte|vorige)[nmrs]? \w+"
    rf"|seit (?:dem )?(?:{_MONTH}|{_DAY}|\w+ten)|im (?:{_MONTH}|sommer|winter|herbst|frühling)"
    rf"|am (?:{_DAY}|\w+ten(?: {_MONTH})?)|{_MONTH})"
    r"(?: (?:früh|morgen|vormittag|mittag|nachmittag|abend|nacht))?"
)
# A name said in a note to self: up to five words, none of a question's own.
_OWN = (
    r"(?!(?:ich|wir|habe?|hat|hatte|am|welche[nmrs]?|was|wie|wann|wer|wen|mein\w*"
    r"|von|die|der|das|den|licht|timer|wetter|lauter|leiser"
    # What is counted is no name ("Verschiedene Lieder letzte Woche, Anzahl"
    # counts different songs).
    r"|verschiedene\w*|unterschiedliche\w*|andere\w*|lieder|songs?|titel|tracks?"
    r"|künstler\w*|bands?|alben|podcasts?|folgen|wiedergaben|streams?|musik|stunden"
    r"|minuten|skips?)\b)"
)
_NAMED = rf"((?:{_OWN}\S+ ){{1,5}}?)"
# The same name said last ("in letzter Zeit mal Café Tacvba").
_NAMED_LAST = rf"({_OWN}\S+(?: {_OWN}\S+){{0,4}})"

TERSE_DE: tuple[tuple[str, str], ...] = (
    # "Dieses Jahr: Werktage gegen Wochenende": the time said first, as a heading.
    (rf"^({_SPAN}):", r"\1"),
    # "Podcastzeit letzten Monat", "Musikzeit heute": the listening time of
    # that content, as "Podcast-Stunden" is.
    (r"\b(podcast|musik)zeit\b", r"\1 hörzeit"),
    # "Oktober zusammengefasst", "letzte Woche kurz zusammengefasst",
    # "Zusammenfassung Oktober": the recap of that period.
    (
        (
            rf"^(?:mein |meine |meinen )?({_SPAN}) (?:kurz |mal )?(?:zusammengefasst"
            r"|im rückblick|im überblick|in kurz|kurz und knapp)$"
        ),
        r"fass \1 zusammen",
    ),
    (
        (
            rf"^(?:zusammenfassung|rückblick|überblick|bilanz|recap)(?: (?:für|von|vom))?"
            rf" ({_SPAN})$"
        ),
        r"fass \1 zusammen",
    ),
    # "Rückblick. Woche." (an East Frisian, issue 45's fiftieth turn): the
    # recap of this one, as "meine Woche" is.
    (
        r"^(?:zusammenfassung|rückblick|überblick|bilanz|recap) woche$",
        "fass diese woche zusammen",
    ),
    (
        r"^(?:zusammenfassung|rückblick|überblick|bilanz|recap) monat$",
        "fass diesen monat zusammen",
    ),
    (
        r"^(?:zusammenfassung|rückblick|überblick|bilanz|recap) jahr$",
        "fass dieses jahr zusammen",
    ),
    # The East Frisian's "Podcast-Zeit seit Montag.", "Wie viel gespielt,
    # letzte sieben Tage", "Dritter November, wat lief da." (issue 45's
    # fiftieth turn): the listening time, the plays, the day.
    (r"\b(podcast|musik) zeit\b", r"\1 hörzeit"),
    (r"^wie (viel|oft) (gespielt|gehört|gelaufen)\b", r"wie \1 habe ich \2"),
    (r"^habe ich (.+?) wie oft (gespielt|gehört|gelaufen)$", r"wie oft habe ich \1 \2"),
    (
        (
            r"^(erst|zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt|elft|zwölft|\w+zehnt|\w+zigst)er"
            r" (januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)\b"
        ),
        r"am \1en \2",
    ),
    # "Air diese Woche, ja oder nee": the yes or no of a note to self.
    (r" (?:ja oder nee|ja oder ne|ja nee|oder nee|oder ne)$", " ja oder nein"),
    # "The Daily heute früh gelaufen?", "Air gestern gespielt": whether the
    # name played then (the name and its time, then the participle).
    (
        rf"^{_NAMED}({_SPAN}) (?:gelaufen|gespielt|gestreamt|gehört)$",
        r"habe ich \1\2 gehört",
    ),
    # "Da Funk letzte Woche. Zahl", "Fettes Brot, wie oft gelaufen": how
    # often the name played (the count said last, after the name).
    (
        (
            rf"^{_NAMED}((?:{_SPAN} )?)(?:zahl|anzahl|wie oft"
            r"(?: gelaufen| gehört| gespielt)?|wie viele male|wievielmal)$"
        ),
        r"\1\2wie oft",
    ),
    # "In letzter Zeit mal Café Tacvba?", "gestern was von Air": whether the
    # name played then, the time said first.
    (
        rf"^({_SPAN}) (?:mal|was von|etwas von|irgendwas von|überhaupt) {_NAMED_LAST}$",
        r"habe ich \1 \2 gehört",
    ),
    # The same with the time said last ("wie viele gelaufen gestern", as a
    # hurried user's question word is put first).
    (
        rf"^wie viele? (?:gespielt|gelaufen|abgespielt) ({_SPAN})$",
        r"wie viele wiedergaben \1",
    ),
    # "Heute Nachmittag, wie viel gespielt": how many plays then.
    (
        rf"^(?:habe ich )?({_SPAN}) wie viele? (?:gespielt|gelaufen|abgespielt)$",
        r"wie viele wiedergaben \1",
    ),
    # "Worauf steh ich eigentlich": the taste, as "auf was stehe ich".
    (
        (
            r"^(?:worauf|auf was|auf welche musik) (?:steh|stehe|stehen) (?:ich|wir)"
            r"(?: so| eigentlich| denn| halt| überhaupt)*\b(.*)$"
        ),
        r"wie ist mein musikgeschmack\1",
    ),
    # "Hör ich immer denselben Kram": the same songs again.
    (
        r"\b(?:denselben|den gleichen|dasselbe|das gleiche|immer gleichen) (?:kram|zeug|mist)\b",
        "dieselben lieder",
    ),
    # "Womit bin ich heut in den Tag", "womit ging letzte Woche los": the
    # first song of today or of that period.
    (
        (
            r"^womit (?:bin|habe|hab) (?:ich|wir) (heute?) (?:in den tag|den tag)"
            r"(?: gestartet| begonnen| angefangen| rein)?$"
        ),
        "was war heute mein erstes lied",
    ),
    (
        rf"^womit (?:ging|fing|begann|startete) ({_SPAN}) (?:los|an)$",
        r"womit habe ich \1 angefangen",
    ),
    # "Übliche Uhrzeit, üblicher Tag": when I usually listen.
    (
        (
            r"^(?:meine |die )?(?:übliche|typische|gewöhnliche) (?:uhrzeit|tageszeit|hörzeit)"
            r"(?: (?:und |,? )?(?:üblicher|typischer|gewöhnlicher) (?:tag|wochentag))?$"
        ),
        # All listening, no "Musik": the terse note names none.
        "wann höre ich meistens",
    ),
    # "Werktage gegen Wochenende", "morgens vs abends": the parts compared.
    (
        (
            r"\b(werktage|wochentage|arbeitstage|unter der woche|morgens|abends|vormittags"
            r"|nachmittags|nachts) (?:gegen|vs|versus|im vergleich zu|gegenüber)"
            r" (?=wochenende|morgens|abends|vormittags|nachmittags|nachts)"
        ),
        r"\1 oder ",
    ),
    # "Eher Morgen- oder Abendhörer": the parts of the day compared.
    (
        (
            r"\b(morgen|vormittag|nachmittag|abend|nacht)s?-? oder "
            r"(morgen|vormittag|nachmittag|abend|nacht)s?hörer(?:in)?\b"
        ),
        r"höre ich \1s oder \2s",
    ),
    # "Abspielungen", "Abspiele": the plays.
    (r"\babspielungen\b", "wiedergaben"),
    (
        r"\babspiele\b(?= (?:heute|gestern|seit|dies\w*|letzt\w*|insgesamt)\b|$)",
        "wiedergaben",
    ),
    # "Unterschiedliche Künstler diese Woche": how many different ones.
    (
        r"\bunterschiedliche(n?)\b(?= (?:lieder|songs|titel|künstler|bands|alben)\b)",
        r"verschiedene\1",
    ),
    # "Letztes Mal Daft Punk", "zuletzt Daft Punk": its last play.
    (
        (
            rf"^(?:letztes|das letzte|zum letzten) mal (?!{_NOT_NAME}\b)(.+?)"
            r"(?: gehört| gespielt)?$"
        ),
        r"wann habe ich \1 zuletzt gehört",
    ),
    (
        rf"^zuletzt (?!{_NOT_NAME}\b)(.+?)(?: gehört| gespielt)?$",
        r"wann habe ich \1 zuletzt gehört",
    ),
    # "Vormittag oder Abend, wann mehr gehört" (the same typist): the parts
    # of the day compared, never a name "mehr Vormittag".
    (
        (
            r"^(?:habe ich )?(vormittags?|morgens|morgen|nachmittags?|abends?|nachts?|früh) oder"
            r" (vormittags?|morgens|morgen|nachmittags?|abends?|nachts?),? wann (?:mehr|am meisten)"
            r" (?:gehört|gespielt)$"
        ),
        r"höre ich mehr \1 oder \2",
    ),
    (
        (
            r"^wann (?:mehr|am meisten) (vormittags?|morgens|morgen|nachmittags?|abends?|nachts?|früh)"
            r" oder (vormittags?|morgens|morgen|nachmittags?|abends?|nachts?) (?:gehört|gespielt)$"
        ),
        r"höre ich mehr \1 oder \2",
    ),
    # "Top3 Künstler Okt": a count written onto "Top".
    (r"\btop(\d{1,2})\b", r"top \1"),
    # "Eres zuletzt gespielt?" (issue 45's sixty-fourth turn, a Viennese
    # typist, blind writer 428): the name's last play; the last song had
    # been answered (a wrong fact), as "gehört" was already read.
    (
        rf"^(?:habe ich )?(?!{_NOT_NAME}\b)(?!(?:was|wer|wen|welche\w*|wie|wann|ich|wir)\b)(.+?) zuletzt gespielt$",
        r"wann habe ich \1 zuletzt gehört",
    ),
)


def undo_terse_de(words: str) -> str:
    """Return `words` with a German keyword command said as a question."""
    return rewrite(TERSE_DE, words)
