"""German as Baden's Alemannic says it (issue 45's thirty-seventh turn).

A sleepy speaker from Baden (blind writer 210) was understood in 32 of 86
questions: her words of time were read by `dialect_times_de`, but her
questions' own words were not. "Wa han i ... ghört", "wa hemmer", "wa het
d'Ada" (was); "s'erschte Lied", "s'letschte", "s'meischtgspielte" (das
...); "min", "mini", "mine" (mein); "verzell mol" (erzähl mal); "hesch mir
hit ... gspielt" (the house's speaker asked what it played: what was heard);
"wo i grad nit ufhöre ka" (on repeat); "bi wa bin i iigschlofe" (the last
song); "Morge- oder Obe-Hörer"; "s'Gliche widder" (the same again);
"verschiedeni", "hinternander", "nomol", "gspielt wore".

Read before Vorarlberg's and Switzerland's rules (`dialect_de_alemannic`,
`dialect_de_swiss`), which read "isch", "gsi" and "ghört" after them. Each
rule holds to the dialect's function words, so a title keeps its words.
"""

import re

from .rules import Rule, rewrite


def _first_or_last(said: re.Match[str]) -> str:
    """Return when the title (and its artist, where said) first or last played."""
    name = said["name"] if said["by"] is None else f"{said['name']} von {said['by']}"
    return f"wann habe ich {name} zum {said['which']}n mal gehört"


_VERB = r"(?:han|hemmer|hesch|het|hät|hän|isch|war|drück|bin|sin|hör)"

DIALECT_BADEN: tuple[Rule, ...] = (
    # "Wa" for was before the dialect's verbs ("wa han i ... ghört", "wa
    # hemmer ...", "wa het d'Ada ...", "bi wa bin i ...", "mit wa ...").
    (rf"(?:^|(?<=, )|(?<=\bbi )|(?<=\bmit )|(?<=\bum ))wa(?= {_VERB}\b)", "was"),
    (
        r"\bbi was bin (i|ich) (.+?) (?:iigschlofe|ingschlofe|eigschlofe|eingschlafe)\b",
        r"was habe ich \2 als letztes gehört",
    ),
    # "Hesch mir hit ... gspielt": what the speaker played, heard by me.
    (
        r"^(?:was|wa) (?:hesch|hast) (?:mir|mr) (.+?) (?:alles )?(?:gspielt|gespielt)\b",
        r"was habe ich \1 gehört",
    ),
    (r"^(?:hesch|hast) (?:mir|mr) (.+?) (?:gspielt|gespielt)\b", r"habe ich \1 gehört"),
    (r",? oder (?:hab|han) (?:i|ich) des tröimt$", ""),
    # Das and the ordinal or superlative joined to it.
    (r"\bs'(aller)?erscht(?:e|i)?\b", r"das \1erste"),
    (r"\bs'(aller)?letscht(?:e|i)?\b", r"das \1letzte"),
    (r"\bs'meischtgspielte\b", "das meistgespielte"),
    (r"\bs'meischtghörte\b", "das meistgehörte"),
    (r"\bs'(?:gliche|gleiche|gliichi)\b", "das gleiche"),
    (r"\bletschti\b", "letzte"),
    (r"\bvu (?=dere|diese|der|de|dem)", "von "),
    # Mein: "min Monet", "mini Serie", "mine fünf Top-Lieder", "mini Nummer eins".
    (
        r"\b(?:min|mi)(?= (?:monet|monat|johr|jahr|woche|wuch|oktober|lieblings\w*|top\w*|serie)\b)",
        "mein",
    ),
    (
        r"\bmini(?= (?:serie|nummer|lieblings\w*|top\w*|lieder|künschtler|künstler)\b)",
        "meine",
    ),
    (
        r"\bmine(?= (?:\w+ )?(?:top-?\w*|lieblings\w*|lieder|künschtler|künstler)\b)",
        "meine",
    ),
    (r"\bverzell (?:mol|mal|mr|mir)\b,?", "erzähl mal"),
    # "Podcascht-Folge" after "wie viel": the plural said as one.
    (r"\bpodcas(?:ch)?t-folge\b", "podcastfolgen"),
    (r"\bpodcascht", "podcast"),
    (
        (
            r"\bwie viel (?=(?:podcastfolgen|folgen|lieder|songs|künstler|bands|verschiedene"
            r"|verschiedeni|unterschiedliche|unterschiedlichi)\b)"
        ),
        "wie viele ",
    ),
    (r"\bverschiedeni\b", "verschiedene"),
    (r"\bunterschiedlichi\b", "unterschiedliche"),
    (r"\bhinternander\b", "hintereinander"),
    (r"\bnomol\b", "nochmal"),
    (r"\bwidder\b", "wieder"),
    (r"\bgspielt wore\b", "gespielt worden"),
    (r"\bsit (?=mändig|montag|oktober|märz|\w+tag\b|\w+ber\b)", "seit "),
    # On repeat: "wo i grad nit ufhöre ka" (that I can't stop now).
    (
        r"\b(?:wo|des|das) (?:i|ich) grad nit ufhöre? ka\b",
        "das ich gerade in dauerschleife höre",
    ),
    # A morning or an evening listener: "e Morge- oder e Obe-Hörer".
    (r"\be morge-? oder e obe-?hörer\b", "ein morgenhörer oder ein abendhörer"),
    (r"\bvorne? (?:gsi|gwä|gwe)\b", "am meisten gehört"),
    (r"\bmeh\b", "mehr"),
    (
        r"\b(zwei)?tausend(ein|zwei|drei|vier|fünf|sechs)ezwanzig\b",
        r"\1tausend\2undzwanzig",
    ),
    # Issue 45's fifty-fourth turn (a Freiburg joiner, blind writer 334):
    # "hebbe mir" (have we), "ebbes vo X ghabt" (had something of X on:
    # heard), "isch X gloffe (oder nit)" (did X play), "uftaucht" (turned
    # up), "drissig Täg", "letschte Friddig".
    (r"\bhebbe (?:mir|mer|wir)\b", "haben wir"),
    (r"\bhebbe (?:i|ich|isch)\b", "habe ich"),
    (r"\b(?:etwas|was|ebbes) (?:von|vo) (.+?) g(?:e)?habt$", r"etwas von \1 gehört"),
    (
        r"^isch (.+?) (?:gloffe|gloffa|gelaufen)(?: oder nit| oder nicht| oder net)?$",
        r"habe ich \1 gehört",
    ),
    (r"\buftaucht\b", "aufgetaucht"),
    (r"\bdrissig\b", "dreißig"),
    (r"\bfriddig\b", "freitag"),
    # Issue 45's fifty-eighth turn (an Allgäu pensioner, blind writer 369):
    # "welle Kapell isch ... vorne gwä" (which band was top: a band, not a
    # song, was read as the top songs), "sin ... glaufe" (have played),
    # "vo allem" (of all: overall).
    (r"\b(welle|welche|welcher|welches) kapell(?:e|n)?\b", r"\1 band"),
    (
        r"^(?:(?:sag|sog) (?:amol|mal|emol),? )?(?:die |de )?(.+?),? sin (?:die |de )?(.+?) (?:glaufe|gloffe|gelaufen)$",
        r"habe ich \1 \2 gehört",
    ),
    (r",? (?:so )?(?:überhaupt,? )?(?:vo|von) allem$", " überhaupt"),
    # "Den X vo de Queen, wann isch der des erschte Mol glaufe": the title
    # said first and then a pronoun for it. Read only once the dialect's
    # words above are plain, and the name kept: it had been dropped, and the
    # first play of anything today answered.
    (
        (
            r"^(?:den |die |das |des )?(?P<name>.+?)(?: (?:vo|von) (?:de |der )?(?P<by>.+?))?"
            r" wann (?:ist|isch) (?:der|die|das|des|er|sie|es) (?:das|des) (?P<which>erste|letzte)"
            r" mal (?:gelaufen|glaufe|gloffe)$"
        ),
        _first_or_last,
    ),
)


def undo_baden(words: str) -> str:
    """Return normalized German words with Baden's habits undone."""
    return " ".join(rewrite(DIALECT_BADEN, words).split())
