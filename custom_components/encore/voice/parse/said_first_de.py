"""A German name said first, the question after it (issue 45's twentieth turn).

A household says the song or artist first and asks after it, with or
without a comma, the question then having no name of its own: "Eres von
Café Tacvba, seit wann", "one more time von daft punk, wie oft
insgesamt", "around the world von daft punk wie oft letzte jahr", "da
funk wann war das erste mal bei mir", "dieses Sexy Boy von Air, wie oft
hab ich das ... laufen lassen". Read plainly, the name is put where the
question's object stands; left alone, the question asked about everything
(the day's first song: a wrong fact).
"""

import re

from .rules import Rule, rewrite

# The name: a few words, never a question word, a command or a filler first.
_NAME = (
    # "Sach ma, The Daily, wann war dat zuletzt auf Sendung": an opener first.
    r"^(?:(?:sach|sag|sog|sach mal|sag mal) (?:ma|mal|mol|amoi|emol),?\s+)?"
    r"(?!(?:wie|wann|was|wer|welche\w*|seit|hab|habe|hat|ich|wir|spiel\w*|mach\w*"
    r"|stell\w*|schalt\w*|dreh\w*|sag|zeig\w*|also|und|aber|ok|okay|hey|na|ja|nein"
    r"|gestern|heute|letzte\w*|diese\w*|die letzten|die vergangenen|den letzten)\b)"
    r"(?P<name>[^,.?!]{2,60}?)[,.]? "
)
# The name said with no comma after it ("around the world von daft punk wie oft").
_NAME_BARE = _NAME.replace("[,.]? ", " ")


def _bare_name(name: str) -> str:
    """Return the name without Bavaria's article: "des Eres vo dene Café Tacuba".

    "des" opens no title, and "vo dene" is "by those"; "das" is kept, as
    titles open with it ("Das Model").
    """
    name = re.sub(
        r"^des\s+(?!(?:album|lied|liad|song|stück|platte|podcast|titel)\b)",
        "",
        name,
        flags=re.IGNORECASE,
    )
    return re.sub(r"\bvon? (?:dene|denen)\b", "von", name, flags=re.IGNORECASE)


# What may follow a count said without its own object: a total or a period.
_AFTER_COUNT = (
    r"(?P<after>(?: (?:insgesamt|überhaupt|bisher|so|ungefähr|etwa|denn|eigentlich"
    r"|im|in|den|der|die|dem|am|an|seit|letzte[nmrs]?|vorige[nmrs]?|diese[nmrs]?"
    r"|vor|heute|gestern|woche|wochen|monat|monaten|monate|jahr|jahren|tag|tage"
    r"|tagen|sommer|winter|frühling|herbst|wochenende|zwei|drei|vier|fünf|sechs"
    r"|sieben|acht|zehn|\d+|januar|februar|märz|april|mai|juni|juli|august"
    r"|september|oktober|november|dezember))*)$"
)
_PRONOUN_DE = r"(?:das|des|det|es|den|die|ihn|sie|dat)"
# The dialects' participles and "hanne" (Swabia's "hab ich") too (issue 45's
# sixty-fifth turn: "Radiohead, wie oft hanne des g'hört").
_VERB_DE = (
    r"(?:gehört|gespielt|abgespielt|angehört|aufgelegt|gehabt|laufen lassen"
    r"|g'hört|ghört|gheart|jehört|g'spielt|gspielt|jespielt)"
)

_SAID_FIRST_DE: tuple[Rule, ...] = (
    # A busy parent's "One More Time, das von Daft Punk, wie oft ...": the
    # artist said after the title, as "One More Time von Daft Punk" (issue
    # 45's sixty-first turn, blind writer 389). Never a period ("das von
    # letzter Woche").
    (
        (
            r"^(?P<title>[^,.?!]{2,40}),\s*(?:das|des|dat|der|den|die|dieses|diesen) (?:von|vo|vun)"
            r" (?P<artist>(?!(?:letzt|vorig|dies|gestern|heute|neulich|vorhin|der|dem|den|dir|mir)\w*\b)"
            r"[^,.?!]{2,30}),\s*"
        ),
        r"\g<title> von \g<artist>, ",
    ),
    # "Eres von Café Tacvba, seit wann": since when is the first play.
    (
        (
            rf"{_NAME}(?:seit wann|wann zum ersten mal|wann das erste mal|wann zuerst)"
            r"(?: (?:eigentlich|denn|so|bei mir))*$"
        ),
        r"wann habe ich \g<name> zum ersten mal gehört",
    ),
    # "da funk wann war das erste mal bei mir", "Genesis, wann war das letzte mal".
    (
        (
            rf"{_NAME}wann (?:war|ist) das (?P<which>erste|letzte) mal(?: (?:bei mir"
            # "..., wann war das erste Mal in meinem Verlauf" (issue 45's
            # sixty-first turn, blind writer 397: a wrong fact).
            r"|eigentlich|denn|so|in meinem verlauf|in meinem hörverlauf|in meiner history))*\W*$"
        ),
        r"wann habe ich \g<name> zum \g<which>n mal gehört",
    ),
    (
        (
            rf"{_NAME}wann (?:zuletzt|das letzte mal|zum letzten mal)(?: (?:eigentlich"
            r"|denn|so|bei mir))*$"
        ),
        r"wann habe ich \g<name> zuletzt gehört",
    ),
    # A Bavarian's "The Daily, wann war des zuletzt dran?", "Queen, wann lief
    # das denn zuletzt?", "Genesis, wann kam des zum ersten Mal": the pronoun
    # ("des", "das", "es") is the name said first; left alone the name was
    # clipped and the day's last song answered (issue 45's twenty-first
    # turn, writer 84: a wrong fact).
    (
        (
            # Zurich's "Eres, wenn isch das zletscht glofe", "Sexy Boy, wenn
            # isch das s erschte Mal uftaucht" (issue 45's thirty-eighth turn).
            # Vienna's "Wet Leg, wann woa de zletzt dran" (the forty-eighth).
            rf"{_NAME}(?:wann|wenn|wänn) (?:(?:war|woa|woar|wor|waren|warn|lief|liefen|kam|kamen|spielte|gab'?s|ist|is|isch)(?: (?:das|des|dees|dat|es|der|die|de))?"
            r"|dat|das|des)"
            # "Dance von Justice, wann lief des bei mir des erste Mal" (the
            # sixty-first turn, blind writer 399: a wrong fact).
            r"(?: (?:denn|eigentlich|so|bei mir|bei uns))* (?P<which>zuletzt|zletzt|zletscht|das letzte mal"
            r"|zum letzten mal|zum letzte mal|dat letzte mal|letzte mal|s letschte mal"
            r"|zuerst|das erste mal|zum ersten mal|zum erste mal|dat erste mal|erste mal"
            r"|s erschte mal|zum erschte mal"
            # Bavaria's "as erste Moi" (issue 45's fifty-second turn).
            # The Saarland's "es letschde Mol" (the fifty-third turn).
            # Bavaria's "der s'letzte Moi" (the sixty-third turn, blind writer 408).
            r"|(?:(?:das|des|dat|zum|s|as|es) |s'|'s )(?:erste|erschte|erschde|erstn|ersten|letzte|letschte|letschde"
            # South Tyrol's "es letzte Mal" (the fifty-fifth).
            r"|leddschde|letztn|letzten) (?:mol|moi|mal))"
            r"(?: (?:dran|drauf|an|bei mir|denn"
            r"|eigentlich|so|im radio|auf sendung|aufgetaucht|uftaucht|gelaufen|glofe|gloffe|glaffa|gespielt"
            r"|g'laufa|g'laufe|glaufa|glaufen|glaufn|gelaaf|gelaafe"
            # South Tyrol's "g'laufen" (the sixty-eighth turn, blind writer 465).
            r"|g'laufen|g'laufn"
            r"|gehört|ghört|gheert|glost))*[?.!]*$"
        ),
        lambda m: (
            f"wann habe ich {_bare_name(m['name'])} "
            + (
                "zuletzt"
                if re.search("let|zl", m["which"].lower())
                else "zum ersten mal"
            )
            + " gehört"
        ),
    ),
    # "one more time von daft punk, wie oft insgesamt", "around the world
    # von daft punk wie oft letzte jahr". With a comma and a period alone
    # after ("The Daily, wie oft im Oktober") the question is read as said.
    (
        (
            rf"{_NAME_BARE}(?:wie oft|wie häufig|wie viele mal)"
            rf"{_AFTER_COUNT}"
        ),
        r"wie oft habe ich \g<name>\g<after> gehört",
    ),
    (
        (
            rf"{_NAME}(?=.*\b(?:insgesamt|überhaupt|bisher)\b)(?:wie oft|wie häufig"
            rf"|wie viele mal){_AFTER_COUNT}"
        ),
        r"wie oft habe ich \g<name>\g<after> gehört",
    ),
    # Issue 45's twenty-seventh turn (blind writers 113 and 115): "Queen, wie
    # oft lief das in den letzten dreißig Tagen?", "La femme d'argent, lief
    # dat vorgestern? Mia, nu is aber gut" (then a word to a child), "seit
    # wann is Wet Leg bei mir drin".
    (
        (
            rf"{_NAME}(?:wie oft|wie häufig) (?:lief|liefen|kam|spielte) (?:das|des|dat|es|die"
            r"|der)\b(?! (?:stück|lied|song|album|ding|teil|werk)\b)(?P<rest>[^?.!]*)[?.!]*$"
        ),
        r"wie oft habe ich \g<name>\g<rest> gehört",
    ),
    # "Justice, wie oft isch des die Woch gloffa" (issue 45's thirty-second
    # turn, an Allgäu farmer): the pronoun with "ist ... gelaufen".
    (
        (
            rf"{_NAME}(?:wie oft|wie häufig) (?:ist|is|isch|war) (?:das|des|dat|es|die|der|de)\b"
            r"(?! (?:stück|lied|song|album|ding|teil|werk)\b)(?P<rest>[^?.!]*?)"
            # Bavaria's "grennt", "glaffa" (issue 45's fifty-second turn).
            r" (?:gelaufen|glaufen|gloffa|gloffe|glaufe|gespielt|gspielt|grennt|g'rennt|glaffa)[?.!]*$"
        ),
        r"wie oft habe ich \g<name>\g<rest> gehört",
    ),
    # "Queen, wie oft war des im Oktober" (issue 45's fifty-ninth turn, a
    # Viennese): "war" alone says it played, a period after it.
    (
        (
            rf"{_NAME}(?:wie oft|wie häufig) (?:war|warn|waren) (?:das|des|dat|es|die|der|de)\b"
            r"(?! (?:stück|lied|song|album|ding|teil|werk)\b)"
            r"(?P<rest> (?:im|am|in|seit|letzte\w*|diese\w*|heute|heit|gestern|vorgestern)\b[^?.!]*?)[?.!]*$"
        ),
        r"wie oft habe ich \g<name>\g<rest> gehört",
    ),
    (
        (
            rf"^(?![^,?]*\b(?:wie|wann|was|welche\w*|wer|hab|habe)\b){_NAME}(?:lief|liefen|kam)"
            r" (?:das|des|dat|es|die|der)\b(?! (?:stück|lied|song|album|ding|teil|werk)\b)"
            r"(?P<rest>[^?.!]*)[?.!]*"
            r"(?:\s+\w+, (?:nu |jetzt |so )?(?:is|ist) (?:aber |jetzt )?(?:gut|schluss|genug)\W*)?$"
        ),
        r"habe ich \g<name>\g<rest> gehört",
    ),
    # "Air, letzte drei Monate, lief da was?", "The Daily heut früh, lief
    # die?" (a terse Munich commuter): the name, its time, a yes-or-no.
    (
        (
            r"^(?!(?:wie|wann|was|wer|welche\w*|seit|hab|habe|ich|wir|also|und|ok|okay)\b)"
            r"(?P<name>[^,.?!]{2,40}?),? (?P<time>(?:letzte[nrs]?|diese[nrs]?|vergangene[nrs]?)"
            r" (?:\w+ )?(?:woche|wochen|monat|monate|monaten|jahr|tage|tagen|wochenende)"
            r"|heute?(?: früh| morgen| nachmittag| abend)?|gestern(?: abend| früh)?|vorgestern"
            r"|(?:am )?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag))"
            r",? (?:lief|liefen|kam) (?:da )?(?:was|die|der|das|es|des|er|sie)\W*$"
        ),
        r"habe ich \g<name> \g<time> gehört",
    ),
    # "Wann lief das letzte Mal was von Daft Punk": something by the name.
    (
        (
            r"\bwann lief (das letzte mal|zuletzt|zum letzten mal|das erste mal|zum ersten mal)"
            r" (?:was|etwas|wat|irgendwas|irgendwat) von\b"
        ),
        r"wann lief \1",
    ),
    (
        r"^seit wann (?:is|ist) (?P<name>.+?) (?:bei mir|bei uns) (?:drin|dabei)\b.*$",
        r"wann habe ich \g<name> zum ersten mal gehört",
    ),
    # "dieses Sexy Boy von Air, wie oft hab ich das in den letzten drei
    # Monaten laufen lassen": the pronoun is the name said first. Saxony's
    # and the Rhineland's "hab isch" too ("Phantom von Justice wann hab isch
    # das zuletzt gehabt", blind writer 481: the day's last song had been
    # answered, a wrong fact).
    (
        (
            rf"{_NAME}(?P<ask>wie oft|wie häufig|wann) (?:(?:hab|habe|hatte) (?:ich|i|isch|ick)|hanne|hob i|hon i)"
            rf" {_PRONOUN_DE}\b(?P<rest>.*?) {_VERB_DE}(?!\w).*$"
        ),
        r"\g<ask> habe ich \g<name>\g<rest> gehört",
    ),
)


def front_name_de(text: str) -> str:
    """Return a German question with the name said first put where it belongs."""
    return rewrite(_SAID_FIRST_DE, text, re.IGNORECASE)
