"""A Saarlander's and a Kaiserslautern Palatine's German (issue 45's seventy-fifth turn, blind round fourteen).

Blind writers 508 (the Saarland) and 511 (the West Palatinate) speak the
Rhine Franconian both regions share, and got no answer or a wrong one:

- Their clock: "Viertel nooh fünf" (nach), "Vertel no acht" (548), "halwer nein" (halb neun: the
  dialect's "nein" is nine), "um zehe", "um zwelf". Left unread, the
  moment was answered as the whole afternoon or morning, a wrong fact;
  read here, a moment, and a dialect number after "um" or "halb" that no
  table holds still reaches the check for unread times as a clock's
  "halb"/"Viertel" (`utterance.unread_time`).
- Their counts of days and months with a w for b: "die letschde vierzeh
  Daach" (had been the last song, no time read), "fuffzeh", "Novemwer",
  "Septemwer", "Dezemwer" (read beside "Oktower" in `dialect_times_de`).
- Their words of listening: "gehert" (gehört), "iwwersprung" (übersprungen),
  "iwwerhaupt", "aagfang" (angefangen), "neu dazukomm", "dezu kumm" (new),
  "Liedsche" (Lied), "in de Kich" (in der Küche), "isch's letschte Mol"
  (ich das letzte Mal), "es allererschde Mol" (das allererste Mal).
- Their ways of asking: "sahmol" said first (sag mal), "Wieviel is dann
  insgesamt gelaaf" (how many plays), "wie oft hot Daft Punk bei mer
  gelaaf" (the name ran: how often I heard it), a remark after a question
  of new artists ("..., so Leit wo isch vorher net kennt hab").

Read on the words as said, in `said_as_written_de`, only where a word only
these dialects say is heard (`_MARK`); each rule holds to its own words, so
a command ("mach mol es Lied vun Queen aan") keeps them and asks nothing.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"\b(?:hann|hot|isch|isch's|mer|gelaa?f\w*|laaft|geschder|vorgeschder|letsch\w*"
    r"|daach|dag|iwwer\w*|gehert|liedsch\w*|kich|owend|morje|oktower|novemwer"
    r"|septemwer|dezemwer|nooh|noh|halwer|dezu|dezukomm\w*|dazukomm\w*|kumm|aagfang\w*"
    r"|sahmol|emol|mol|woch|wocheend|nommidaach\w*|zwelfe?|zehe|zeh|siwwe|\w+zeh|\w+zisch|vertel|dreivertel"
    r"|leit|kennt|vun|vum)\b",
    re.IGNORECASE,
)

# The dialect's numbers of the clock and of counts, in standard German.
_NUMBER: Final = {
    "ääns": "eins",
    "ens": "eins",
    "zwää": "zwei",
    "zwo": "zwei",
    "fimf": "fünf",
    "fünfe": "fünf",
    "sechse": "sechs",
    "siwwe": "sieben",
    "siwwene": "sieben",
    "aacht": "acht",
    "achte": "acht",
    "nein": "neun",
    "neine": "neun",
    "zeh": "zehn",
    "zehe": "zehn",
    "zehne": "zehn",
    "elfe": "elf",
    "zwelf": "zwölf",
    "zwelfe": "zwölf",
}
_DIALECT_NUMBER: Final = "|".join(_NUMBER)
# A clock said before its hour: "um", "gegen", "halb", "Viertel nach/vor".
_BEFORE_HOUR: Final = r"(?:um|gegen|halb|nach|vor|bis|viertel|dreiviertel)"

# A clock of the late morning or noon: "halb zwölf", "Viertel vor zwölf".
_LATE_MORNING: Final = r"(?:(?:halb |viertel nach |viertel vor |dreiviertel )?(?:zehn|elf|zwölf)|halb eins)"

# "Vierzeh", "fuffzeh", "siwwezeh": the teens without their n.
_TEENS: Final = {
    "drei": "dreizehn",
    "vier": "vierzehn",
    "fuff": "fünfzehn",
    "fünf": "fünfzehn",
    "sech": "sechzehn",
    "siwwe": "siebzehn",
    "sieb": "siebzehn",
    "acht": "achtzehn",
    "nein": "neunzehn",
    "neun": "neunzehn",
}
_TEEN: Final = re.compile(r"\b(" + "|".join(_TEENS) + r")zehe?\b(?!n)", re.IGNORECASE)
# "Dreißisch", "fuffzisch": the tens with the dialect's soft ending.
_TEN: Final = {
    "zwan": "zwanzig",
    "dreiß": "dreißig",
    "vier": "vierzig",
    "fuff": "fünfzig",
    "fünf": "fünfzig",
    "sech": "sechzig",
    "sieb": "siebzig",
    "siwwe": "siebzig",
    "acht": "achtzig",
    "nein": "neunzig",
    "neun": "neunzig",
}
_TENS: Final = re.compile(r"\b(" + "|".join(_TEN) + r")zisch\b", re.IGNORECASE)

# "Es erschde", "'s letschte", "des allererschde": the ordinal said with
# the dialect's "es" for "das".
_ORDINAL: Final = {
    "erschde": "erste",
    "erschte": "erste",
    "allererschde": "allererste",
    "allererschte": "allererste",
    "letschde": "letzte",
    "letschte": "letzte",
    "allerletschde": "allerletzte",
    "allerletschte": "allerletzte",
}
_ORDINALS: Final = re.compile(
    # Never after "hanni" (hab ich), which the Alemannic readers read.
    r"(?<!\bhanni )\b(?:es|'s|des|das) ("
    + "|".join(_ORDINAL)
    + r") (mol|mal|lied|liedsche|song|stick)\b",
    re.IGNORECASE,
)

# "Isch's letschte Mol": the "es" clipped onto "isch".
_CLIPPED_ES: Final = re.compile(
    r"(?<=\w)'s (?=" + "|".join(_ORDINAL) + r")", re.IGNORECASE
)

_COUNTED: Final = (
    r"(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|dreizehn|vierzehn"
    r"|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn|zwanzig|dreißig|vierzig|fünfzig|paar|\d+)"
)

_RULES: Final[tuple[Rule, ...]] = (
    # "Ei sahmol, ...": say, said first.
    (r"^(?:ei,? )?(?:sahmol|sah mol|saa emol|sah emol|sahemol)\b,? ", ""),
    # "Wieviel Stunne ... hann isch ... geheert": hours, read before the
    # count's name is looked for (it had been a name "stunden im august").
    (r"\b(?:stunne|stunn)\b", "stunden"),
    # The clock: "Viertel nooh fünf", "zehn noh acht", "halwer nein";
    # "vertel", "dreivertel" its quarters.
    (r"\b(drei)?vertel\b", r"\1viertel"),
    (r"\b(viertel|zehn|fünf|zwanzig|\d+) (?:nooh|noh|noo)\b", r"\1 nach"),
    # "Vertel no acht" (blind writer 548): the bare "no" only before an
    # hour, where it can be no "noch" ("zehn no ebbes" is none).
    (
        (
            r"\b(viertel|zehn|fünf|zwanzig|\d+) no\b(?= (?:eins|ääns|zwei|zwää|drei|vier|fünf|fimf"
            r"|sechs|sieben|siwwe|acht|aacht|neun|nein|zehn|zeh|zehe|elf|elfe|zwölf|zwelf|zwelfe|\d+)\b)"
        ),
        r"\1 nach",
    ),
    # "Halwer" before an hour, even one no table reads ("halwer nin"), so
    # the check for unread times sees a clock's "halb"; "e halwer Stunn"
    # is half an hour, no clock.
    (
        (
            r"\bhalwe(?:r)?\b(?= (?!(?:stunn|stunne|stund|stunde|stunden|johr|jahr|daach|dag"
            r"|tag|woch|woche|minudd\w*|minute\w*)\b)\w)"
        ),
        "halb",
    ),
    (
        rf"\b({_BEFORE_HOUR}) ({_DIALECT_NUMBER})\b",
        lambda found: f"{found[1]} {_NUMBER[found[2].lower()]}",
    ),
    # "Um halwer zwelf heit Middag": "Middag" is the afternoon after "heit"
    # (`dialect_times_de`), but beside a clock of the late morning or noon
    # it is noon (halb zwölf had been 23:30, a wrong fact).
    (
        rf"\b((?:um|gegen) {_LATE_MORNING}\b[^,.?!]*?\b(?:heit|heut|heute)) middag\b",
        r"\1 mittag",
    ),
    (
        rf"\b(?:heit|heut|heute) middag\b(?=[^,.?!]*?\b(?:um|gegen) {_LATE_MORNING}\b)",
        "heute mittag",
    ),
    # Counted days, weeks and months: "die letschde siwwe Daach".
    (r"\bsiwwe\b(?= (?:daach|dag|däg|daa|tage|woche|wochen|monat|monate)\b)", "sieben"),
    (rf"\b({_COUNTED}) (?:daach|dag|däg|daa)\b", r"\1 tage"),
    # ... and a count no table reads ("die letschde zwölwe Daach"): days
    # still, so the check for unread times asks back.
    (r"\b(letzten|letschde|letschte) (\w+) (?:daach|dag|däg|daa)\b", r"\1 \2 tage"),
    # Months said with a w for the b.
    (r"\b(okto|nove|septe|deze)(?:mwer|wer)\b", r"\1mber"),
    (r"\boktomber\b", "oktober"),
    # Words of listening.
    (r"\b(?:uff|uf)geh(?:e|ee)rt\b", "aufgehört"),
    (r"\bgeher[td]\b", "gehört"),
    (
        r"\biwwer(?:sch)?(?:sprung|sprunge|sprungen|schbrung|schbrunge)\b",
        "übersprungen",
    ),
    (r"\biwwer(?:sch)?(?:spring|springe|schbring|schbringe)\b", "überspringe"),
    # "Iwwerhaupt" after a name's pronoun ("Radiohead, wie oft hann isch die
    # iwwerhaupt gehert"), never after "do" where an older reader reads it.
    (r"(?<!\bdo )\biwwerhaupt\b", "überhaupt"),
    (r"\b(?:aagfang|aagfange|aangfang|aangfange|ougfang|ougfange)\b", "angefangen"),
    (
        r"\b(?:neu )?(?:dazu|dezu) ?(?:komm|komme|kumm|kumme|kummt)\b",
        "neu dazugekommen",
    ),
    (r"\bneu neu\b", "neu"),
    (r"\blieblingsliedsche\b", "lieblingslied"),
    (r"\bliedscher\b", "lieder"),
    (r"\bliedsche\b", "lied"),
    (r"\bin (?:de|der|da|die) (?:kich|kisch)\b", "in der Küche"),
    (r"\bkich\b", "Küche"),
    (r"\bbei mer\b", "bei mir"),
    # "Hann isch", "hann mir" (the Saarland's "mir" for "wir"), "hann mer";
    # never before "do" or "den" ("hann isch do Air gehert", "Roland Kaiser,
    # hann isch den letscht Johr") or after "Podcast" ("wieviel Minudde
    # Podcast hann isch"), which an older Palatine reader reads.
    (
        r"(?<!podcast )(?<!podcasts )\bhann (?:isch|ich)\b(?! (?:do|den)\b)(?!')",
        "habe ich",
    ),
    (
        r"\bhann (?:mir|mer)\b(?= (?!(?:des|das|es|was|ebbes|mol|emol|do|den)\b))",
        "haben wir",
    ),
    (r"\bes es\b", "es"),
    # "Wieviel is dann insgesamt gelaaf": how much ran, the plays.
    (
        (
            r"^wie ?viel (?:is|ist|sin|sinn|sind)(?: dann| denn)?( [^,?!.]*?)?"
            r" gelaa?f(?:e|en)?\b"
        ),
        r"wie viele wiedergaben hatte ich\1",
    ),
    # "Wie oft hot Daft Punk bei mer gelaaf": the name ran, I heard it.
    (
        r"\bwie oft (?:hot|hat|is|ist) (.+?) bei (?:mer|mir) gelaa?f(?:e|en)?\b",
        r"wie oft habe ich \1 gehört",
    ),
    (
        r"\bwie oft (?:hot|hat|is|ist) (.+?) bei (?:uns) gelaa?f(?:e|en)?\b",
        r"wie oft haben wir \1 gehört",
    ),
    # "..., so Leit wo isch vorher net kennt hab": who is new, said again.
    (
        (
            r",? (?:so )?(?:leit|leute|künschtler|künstler|sänger|bands?) (?:wo|die) (?:isch|ich|mer"
            r"|mir) (?:vorher |vorhär |noch |bis dahin )?(?:net|nit|nicht|nie) (?:kennt|gekennt"
            r"|gekannt|gehert|gehört) (?:hab|habe|hann|hatt|han)\W*$"
        ),
        "",
    ),
)


def said_in_saarland_or_palatinate(text: str) -> str:
    """Return a Saarlander's or a Palatine's words said in standard German."""
    if _MARK.search(text) is None:
        return text
    text = _TEEN.sub(lambda found: _TEENS[found[1].lower()], text)
    text = _TENS.sub(lambda found: _TEN[found[1].lower()], text)
    text = _CLIPPED_ES.sub(" es ", text)
    text = _ORDINALS.sub(
        lambda found: f"das {_ORDINAL[found[1].lower()]} {found[2]}", text
    )
    return rewrite_marked(_MARK, _RULES, text, squeeze=True)
