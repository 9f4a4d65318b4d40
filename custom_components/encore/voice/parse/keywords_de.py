"""German typed like a search box, Denglisch keywords and all (issue 45's eighteenth turn).

A power user (writer 56) types the question as a query, half in the
English of the apps: "Play Count <Name> seit März", "Anzahl unique Songs",
"<Name> gehört letzte Woche? ja/nein", "Geschmacksprofil dieses Jahr",
"Peak-Zeit: wann hör ich meistens", "History: erster Play <Name>",
"letzter gespielter Song", "aktueller Heavy-Rotation-Song". Each rule turns
one keyword into the words of the plain German question; applied in
`speech.prepare` after `terse_de`, whose keyword commands these extend.

A name keeps its words; a rule that needs a period asks nothing without
one. "Letzter Song" alone stays Home Assistant's (the previous track): only
"gespielter"/"gehörter" makes it the history's.
"""

from .rules import Rule, rewrite

# Words a period opens with in a terse German question.
_PERIOD = (
    r"(?:seit|im|in|am|diese[nmrs]?|letzte[nmrs]?|heute|gestern|vorgestern|heuer"
    r"|insgesamt|jemals|bisher|vor)"
)
# Words a name never opens with: what is asked, a listener, a period.
_NOT_NAME = (
    rf"(?:habe|hab|hat|haben|wie|was|wann|welche\w*|wer|ich|wir|du|mein\w*|die|der"
    rf"|das|plays?|wiedergaben|lieder|songs?|titel|künstler|{_PERIOD})"
)
# A name holds no word of a question's own ("air hab ich gehört ...": the
# question, said with its name first, is no keyword query).
_NAME = (
    rf"((?!{_NOT_NAME}\b)[\w'.&-]+"
    r"(?: (?!(?:hab|habe|hat|haben|ich|wir|am|meisten|wen|was|wie)\b)[\w'.&-]+){0,5}?)"
)

_RULES: tuple[Rule, ...] = (
    # "Ja/nein", "j/n", "y/n": the yes-or-no a form asks.
    (r",? \b(?:ja/nein|ja / nein|j/n|y/n|yes/no)\b\??$", " ja oder nein"),
    # "Hörverlauf 3. November" (issue 45's sixty-first turn, blind writer
    # 401): what played that day, before the history's name is dropped.
    (
        r"^(?:mein |der )?(?:hörverlauf|verlauf|history|historie) (?:vom |am |von )?(\d{1,2} (?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember))$",
        r"was habe ich am \1 gehört",
    ),
    # "History:", "Verlauf:": the history named before the query, no name.
    (r"^(?:history|verlauf|historie|hörverlauf)\b:? (?=\w)", ""),
    # "Anzahl unique Songs": different ones.
    (
        (
            r"\bunique\b(?= (?:lieder|songs|titel|tracks|künstler|bands|alben"
            r"|interpreten)\b)"
        ),
        "verschiedene",
    ),
    # "Play Count <Name> seit März": how often the name was played then.
    (
        (
            rf"^(?:der |mein )?(?:play ?count|play-count|playcount)(?: (?:von|für))? {_NAME}"
            rf" ({_PERIOD}\b.*)$"
        ),
        r"wie oft habe ich \1 \2 gehört",
    ),
    # "<Name> gehört letzte Woche? ja/nein": whether it was played then.
    (
        (
            rf"^{_NAME} (?:gehört|gespielt|gelaufen|gestreamt) ({_PERIOD}\b.*?)"
            r"(?: ja oder nein| oder nicht)?$"
        ),
        r"habe ich \1 \2 gehört",
    ),
    # Issue 45's sixty-first turn (keywords said to a speaker, blind writer
    # 401): "<Name> Anzahl gespielt" is the name's plays (read as whether,
    # a wrong fact); "Wiedergaben diese Woche gesamt" the week's plays,
    # "gesamt" no name; "Hörverlauf 3. November" what played that day;
    # "welche Musik am Samstag" what played then.
    (
        rf"^(?:habe ich )?{_NAME} (?:anzahl|zahl|wie oft|anzahl wiedergaben) (?:gespielt|gehört|abgespielt|gestreamt)$",
        r"wie oft habe ich \1 gehört",
    ),
    (
        rf"^(wiedergaben|plays|streams|hörzeit|lieder|songs) ({_PERIOD}\b.*?) (?:gesamt|insgesamt|total)$",
        r"\1 \2",
    ),
    (
        r"^welche (musik|lieder|songs|podcasts|folgen) ((?:am|im|letzte\w*|diese\w*|heute|gestern|vorgestern)\b.*)$",
        r"was für \1 habe ich \2 gehört",
    ),
    # "Erster Play <Name>", "letzter Play <Name>": its first or last play.
    (
        (
            rf"^(?:mein |der |die )?(?:erster|erste|ersten) (?:play|wiedergabe|stream"
            rf"|spin|listen)(?: (?:von|vom|mit))? {_NAME}$"
        ),
        r"wann habe ich \1 zum ersten mal gehört",
    ),
    (
        (
            rf"^(?:mein |der |die )?(?:letzter|letzte|letzten) (?:play|wiedergabe|stream"
            rf"|spin|listen)(?: (?:von|vom|mit))? {_NAME}$"
        ),
        r"wann habe ich \1 zuletzt gehört",
    ),
    # "Sexy Boy von Air, letztes Mal wann": the name's last play, as "Air,
    # erstes Mal wann" is its first (it was the last play of anything, a
    # wrong fact; twenty-second turn).
    (
        rf"^{_NAME} (?:das |zum )?letzte[sn]? mal (?:wann|gehört wann|gespielt wann)$",
        r"wann habe ich \1 zuletzt gehört",
    ),
    # "Letzter gespielter Song", "zuletzt gehörter Titel": the last song.
    (
        (
            r"^(?:mein |der )?(?:letzter|letzte|zuletzt) (?:gespielte|gehörte|gelaufene)r?"
            r" (?:song|lied|titel|track)$"
        ),
        "welches lied habe ich zuletzt gehört",
    ),
    # "Geschmacksprofil dieses Jahr", "Taste Profile": the taste.
    (
        (
            r"^(?:mein |das )?(?:geschmacksprofil|geschmacks-profil|musikprofil"
            r"|taste profile|taste-profile|musikgeschmacksprofil)\b"
        ),
        "wie ist mein musikgeschmack",
    ),
    # Hesse's fields (issue 45's thirty-seventh turn): "Mei Woch im
    # Rückblick", "Mehr Mussik mittags oder owends" (the hours' fields are
    # read in `dialect_de_hesse`, before a name is taken from them).
    (
        r"^(?:mei|mein|meine) (woche|woch|monat|jahr|johr) im rückblick$",
        r"wie war meine \1",
    ),
    (
        r"^mehr (?:musik|mussik|musi) (\w+) oder (\w+)$",
        r"höre ich mehr musik \1 oder \2",
    ),
    # "Peak-Zeit: wann hör ich meistens", "Peak Zeit": the usual time.
    (
        (
            r"^(?:meine )?(?:peak[- ]?(?:zeit|zeiten|stunde|uhrzeit|time)|spitzenzeit(?:en)?"
            r"|hauptzeit(?:en)?|hauptrotationszeit)"
            r"(?: (?:wann|um wie viel uhr) (?:hör|höre) ich (?:meistens|am meisten"
            r"|am häufigsten)( musik)?)?\b"
        ),
        # Plain listening is everything: music only where it was said.
        r"wann höre ich meistens\1",
    ),
    # "Aktueller Heavy-Rotation-Song", "Dauerbrenner-Song": what is on repeat.
    (
        (
            r"^(?:(?:mein|meine|der|aktuell\w*|momentan\w*|derzeitig\w*|jetzig\w*) )*"
            r"(?:heavy[- ]?rotation|dauerschleifen|dauerbrenner|dauerschleife)[- ]?"
            r"(?:song|lied|titel|track)$"
        ),
        "welches lied höre ich gerade in dauerschleife",
    ),
)


def undo_keywords_de(words: str) -> str:
    """Return normalized German with a search box's keywords said as a question."""
    return rewrite(_RULES, words).strip()
