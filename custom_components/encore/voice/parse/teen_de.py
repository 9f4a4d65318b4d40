"""A German teenager's words for the listening history (issue 45's twentieth turn).

A teenager (writer 77) asks as teenagers talk: the last and the first made
stronger ("was hab ich als allerletztes gehört"), what is "gerade so mein
Ding" for the most played lately, "krass oft gehört" for the most, the taste
as a "Vibe", the artists one was "unterwegs" with, "was angemacht" for any
play, a name "bei mir drin" since its first play, and a person's listening
in the present ("was hört Ada so in letzter Zeit").

Each rule turns one habit into the plain words the readers after it know;
applied in `speech.prepare` before `terse_de`. A rule needs a question's own
words (a question word, "ich", a kind of thing listened to), so a command
("spiel das allerletzte Lied", "mach was an") keeps no question to read.
"""

from .rules import Rule, rewrite

# What a ranking ranks, as a teenager names it.
_KIND = r"(?:podcasts?|künstler\w*|artists?|bands?|alben|album|songs?|lieder|lied|titel|tracks?)"
# "Gerade", "grad", "im Moment": lately, said of what one is into now.
_NOW = r"(?:gerade|grad|grade|im moment|momentan|aktuell|zurzeit|derzeit)"
# Words that only make "oft" stronger.
_VERY = r"(?:krass|voll|mega|echt|richtig|extrem|super|total|sau|ultra|so)"

_RULES: tuple[Rule, ...] = (
    # "Als allerletztes", "mein allererster Song heute": the last or first
    # made stronger, the same question ("was hab ich als allerletztes
    # gehört" is the last song, never today's summary).
    (r"\baller(letzt|erst)(e[nmrs]?)?\b", r"\1\2"),
    # "Welcher Podcast ist gerade so mein Ding", "welche Band ist im Moment
    # voll mein Ding": the most played of that kind lately.
    (
        (
            rf"^(welche[nrs]? {_KIND}) (?:ist|sind) (?:{_NOW} )?(?:so |voll |total |echt "
            r"|einfach )*(?:mein|unser) (?:ding|top)\b"
        ),
        r"\1 höre ich in letzter zeit am meisten",
    ),
    # "Welches Album hab ich diesen Sommer krass oft gehört", "welchen Song
    # hab ich voll oft gehört": asked with "welche", the most played (the
    # "krass" may be gone already, an exclamation to the readers before).
    (
        (
            rf"^(welche[nrs]? {_KIND}\b.*?) (?:{_VERY} )*oft "
            r"(gehört|gespielt|gepumpt|gefeiert|laufen lassen)$"
        ),
        r"\1 am meisten \2",
    ),
    # "Beschreib mal meinen Vibe, musikmäßig", "beschreib mir meinen Sound":
    # the taste (only "meinen"/"unseren": "beschreib das Lied" is no question
    # about the history).
    (
        (
            r"^(?:beschreib|beschreibe)(?: mir| uns)?(?: mal| doch| bitte| kurz)* (?:meinen"
            r"|unseren) (?:vibe|musikvibe|sound|style|stil|musikstil|geschmack"
            r"|musikgeschmack)\b(.*)$"
        ),
        # The rest stays: a period said after it is asked ("in letzter
        # Zeit", issue 45's sixtieth turn, blind writer 383).
        r"wie ist mein musikgeschmack\1",
    ),
    # "Podcast, an dem ich grad hänge", "die Band, an der ich gerade hänge":
    # what one is hooked on, the most played lately (a song: on repeat).
    (
        (
            r"^(?:der |die |das |mein |meine )?(lied|song|titel|track)s?,? (?:an dem|an den"
            rf"|an der|an denen|woran) (?:ich|wir) (?:{_NOW} |so )*(?:hänge|häng|hängen)"
            r"(?: fest)?$"
        ),
        "welches lied höre ich gerade in dauerschleife",
    ),
    (
        (
            rf"^(?:der |die |das |mein |meine )?({_KIND}),? (?:an dem|an den|an der|an denen"
            rf"|woran) (?:ich|wir) (?:{_NOW} |so )*(?:hänge|häng|hängen)(?: fest)?$"
        ),
        r"welche \1 höre ich in letzter zeit am meisten",
    ),
    # "Mit wie vielen verschiedenen Artists war ich letzten Monat unterwegs":
    # how many different ones were heard.
    (
        (
            r"^mit wie (?:vielen|viel|viele) ((?:verschiedenen |unterschiedlichen )?"
            rf"{_KIND}) (?:war|bin|waren|sind) (ich|wir) (.*?) ?unterwegs(?: gewesen)?$"
        ),
        r"wie viele \1 habe \2 \3 gehört",
    ),
    # "Wie oft hab ich seit Montag überhaupt was angemacht": all the plays.
    (
        (
            r"^wie oft (?:hab|habe|hatte) (ich|wir) (.+?) (?:überhaupt )?(?:was|etwas"
            r"|irgendwas|musik) (?:angemacht|an gehabt|angehabt|laufen lassen|laufen gehabt)$"
        ),
        r"wie viele wiedergaben hatte \1 \2",
    ),
    # "Wie oft hemmer am Wochenend was abgspielt" (a Swabian's speech-to-text,
    # issue 45's fifty-sixth turn, blind writer 354): anything played, so
    # every play; "was" named nothing.
    (
        (
            r"^wie oft (?:hab|habe|hatte|haben|hatten) (ich|wir) (.+?) (?:überhaupt )?"
            r"(?:was|etwas|irgendwas) (?:abgespielt|gespielt|gehört|gestreamt)$"
        ),
        r"wie viele wiedergaben hatte \1 \2",
    ),
    # "Seit wann ist La femme d'argent bei mir drin, also erstes Mal", "seit
    # wann hab ich Air am Start": its first play.
    (
        (
            r"^seit wann (?:ist|sind|hab ich|habe ich) (.+?) (?:bei mir |bei uns )?"
            r"(?:drin|am start|in der rotation|in meiner rotation|im ohr|dabei)"
            r"(?: also)?(?: (?:das |zum )?erste[ns]? mal)?$"
        ),
        r"wann habe ich \1 zum ersten mal gehört",
    ),
    # "Was hört Ada so in letzter Zeit": what that person played then. Only
    # a person's name and a time (never "was hört man", "was hörst du").
    (
        (
            r"^was (?:hört|hören) (?!man\b|ihr\b|du\b|sie\b|es\b|der\b|die\b|das\b)(\w+)"
            r"(?: so| denn| eigentlich)* ((?:in letzter zeit|in den letzten|diese|letzte"
            r"|seit|gestern|vorgestern)\b.*)$"
        ),
        r"was hat \1 \2 gehört",
    ),
    # "Wos war die gscheideste Platte 2025" (issue 45's sixty-fourth turn, a
    # Bavarian teenager, blind writer 431): the best record of a period is
    # the one played most.
    (
        r"^(?:was|wos) (?:war|ist|is) (?:die|der|das|mei|mein|meine) (?:gscheideste|gscheiteste|gscheitste|beste|krasseste)[nrs]? (?:platte|album)\b",
        "was war mein top album",
    ),
    (
        r"^(?:was|wos) (?:war|ist|is) (?:die|der|das|mei|mein|meine) (?:gscheideste|gscheiteste|gscheitste|beste|krasseste)[nrs]? (lied|song|künstler|band|podcast)\b",
        r"was war mein top \1",
    ),
)


def undo_teen_de(words: str) -> str:
    """Return normalized German with a teenager's words said plainly."""
    return rewrite(_RULES, words)
