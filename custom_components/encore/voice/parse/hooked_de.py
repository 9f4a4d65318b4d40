"""Not getting away from a song or an artist, said in German (issue 45's twenty-first turn).

A speaker dictating in a car (writer 86) asked what she is hooked on in
the idiom "nicht loskommen von" and with "besessen" softened by fillers:
"von welchem Lied komm ich nicht los", "von welchem Podcast komm ich in
letzter Zeit nicht los", "von wem bin ich grad so besessen, welcher
Künstler". Nothing was understood. The brief's rule: a song one cannot
get away from is on repeat; an artist, a podcast or an album is the top of
its kind, in the period said or else lately. Only a question that opens
with "von"/"mit"/"auf" and a question word and ends with "nicht los",
"besessen" or "süchtig" (or, since the thirty-fourth turn, Zürich's
"angefressen" and a teenager's "hooked"; and at most the kind said again) is
rewritten,
so "komm ich nicht los" said of anything else stays as it was.
"""

import re

_KINDS = {
    "artist": r"künstler\w*|bands?|sänger\w*|interpret\w*|gruppen?|musiker\w*|wem",
    "show": r"podcasts?|pot ?casts?|pod ?casts?|sendung\w*",
    "album": r"alben|album|platten?",
    "track": r"lied(?:er|li)?|songs?|titel|stücke?|tracks?",
}
_KIND = "|".join(_KINDS.values())

# Fillers between the verb and the idiom: no time, no name.
_FILLERS = frozenset(
    [
        "grad",
        "gerade",
        "so",
        "echt",
        "total",
        "voll",
        "momentan",
        "zurzeit",
        "derzeit",
        "aktuell",
        "irgendwie",
        "einfach",
        "denn",
        "eigentlich",
        "wohl",
        "gar",
        "richtig",
        "ja",
        "mal",
    ]
)

_HOOKED = re.compile(
    r"^(?:(?:von|mit|nach|auf) )?(?:(?:welchem|welcher|welchen|welches|welche) )?"
    rf"(?P<kind>{_KIND}) (?:komm|komme|kam|kommen|bin|war|sind|waren) (?P<who>ich|wir|i)"
    # The idiom as dialects, Zürich and a teenager say it (issue 45's
    # thirty-fourth turn): "nich los", "ned los", "angefressen", "hooked".
    r"(?P<middle>(?: \w+)*?) (?:(?:einfach )?(?:nicht|nich|ni|nit|ned|net) (?:mehr )?los|besessen"
    r"|süchtig|angefressen|angefixt|hooked)"
    rf"(?:,? (?:welche[rnms]?|also|ich mein|ich meine) (?P<again>{_KIND}))?[?.!]?$"
)


# "Welcher Podcast hat mich in letzter Zeit so im Griff, wa", "... hat mi
# so gepackt" (issue 45's twenty-ninth turn): the same, said of the thing.
_GRIPPED = re.compile(
    rf"^(?:welche[rnms]?) (?P<kind>{_KIND}) hat (?:mich|mi|mir) (?P<middle>.*?) ?"
    r"(?:so )?(?:im griff|gepackt|erwischt|gefesselt)\b[,\s]*(?:wa|ne|oder)?\W*$"
)


# "Welchet Lied krieg ich grad nich ausse Ohren" (the Ruhr, issue 45's
# sixty-first turn, blind writer 398): what one cannot get out of one's
# head or ears, the same again.
_OUT_OF_HEAD = re.compile(
    rf"^(?:welche[rnms]?|welchet) (?P<kind>{_KIND}) (?:krieg|kriege|bekomm|bekomme|kriegen) (?:ich|ick|iech|isch|i|wir)\b"
    r"(?P<middle>.*?) (?:nich|nicht|net|ned|nit) (?:mehr )?(?:ausse|aus den|ausm|aus dem|aus'm)"
    r" (?:ohren|ohr|kopp|kopf|schädel)\b.*$"
)


# "Welches Lied lässt mich gerade nicht los", Bern's "Weles Lied laht mi
# grad nid los" (issue 45's eighty-fifth turn, blind writer 567): the
# thing that does not let go of one, the same as not getting away from it.
_LETS_GO = re.compile(
    r"^(?:welche[rnms]?|weles|wele|weli|welle[s]?|welli) "
    rf"(?P<kind>{_KIND}) (?:lässt|lasst|laesst|laht|lat|loht|lot|losst) (?:mich|mi)"
    r"(?P<middle>(?: \w+)*?) (?:nicht|nich|ni|nid|nöd|ned|net|nit) (?:mehr )?los\W*$"
)


# "Was ist das Lied, das ich nicht aufhören kann zu spielen" (issue 45's
# eighty-sixth turn; blind writer 578 said it "wo ich net uffheere kann
# zu spiele", read by `palatine_vintner_de`): the song one cannot stop
# playing is on repeat. Only a song, only with the whole relative clause.
_CANT_STOP = re.compile(
    r"^(?:was|welches) (?:ist|is) (?:das|des) (?:lied|song|stück|titel),? (?:das|wo|den) (?:ich|wir)"
    r" (?:gerade |grad |im moment )?(?:nicht|nich|net) (?:mehr )?aufhören kann zu (?:spielen|hören)\W*$"
)


def _kind_of(word: str) -> str:
    return next(kind for kind, words in _KINDS.items() if re.fullmatch(words, word))


def undo_hooked_de(text: str, language: str) -> str:
    """Return a German question of what one is hooked on as its plain question."""
    if language == "de" and (gripped := _GRIPPED.match(text.strip().lower())):
        text = f"von welchem {gripped['kind']} komm ich {gripped['middle']} nicht los"
    if language == "de" and (lets_go := _LETS_GO.match(text.strip().lower())):
        text = f"von welchem {lets_go['kind']} komm ich{lets_go['middle']} nicht los"
    if language == "de" and _CANT_STOP.match(text.strip().lower()):
        return "welches lied höre ich in dauerschleife"
    if language == "de" and (stuck := _OUT_OF_HEAD.match(text.strip().lower())):
        text = f"von welchem {stuck['kind']} komm ich {stuck['middle'].strip(' ,')} nicht los"
    if language != "de" or (found := _HOOKED.match(text.strip().lower())) is None:
        return text
    kind = _kind_of(found["again"] or found["kind"])
    middle = " ".join(word for word in found["middle"].split() if word not in _FILLERS)
    verb = "haben wir" if found["who"] == "wir" else "habe ich"
    if kind == "track" and middle in ("", "in letzter zeit"):
        # A song one cannot get away from: on repeat (no period).
        return f"welches lied {verb} in dauerschleife"
    period = middle or "in letzter zeit"
    said = {
        "artist": "welchen künstler",
        "show": "welchen podcast",
        "album": "welches album",
        "track": "welches lied",
    }[kind]
    return f"{said} {verb} {period} am meisten gehört"
