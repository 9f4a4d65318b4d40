"""Remarks said around a German question, and its turns said another way round.

Issue 45's fifty-third turn (blind writers 324 to 331): what a speaker adds
after the question was read as its name or its kind ("..., büschen viel
oder wat", "..., nich viel oder", "... oder war das wer anders", "...
neue Künstler entdeckt oder immer nur dasselbe": a wrong fact, the repeat
rate answered), a question asked as whether anything played ("Hab ich
letzte Nacht noch was gehört, oder war ich da schon im Bette?"), a day
placed by its week ("am Freitag letzte Woche", read in
`dialect_times_de`), the field said first ("Gestern Abend, das letzte Lied,
was war'n das gleich?"), and a young speaker's
or a learner's words ("mein absoluter Banger", "neu am Start", "wer ist neu
bei mir", "mein Künstler"). Read on the words as said, commas kept, before
a comma clips the question.
"""

import re

from .rules import Rule, rewrite

# What a word to a child holds: never a word of the question.
_OF_THE_QUESTION = (
    r"was|wie|wann|wer|welch\w*|ich|wir|mein\w*|gehört|gespielt|gelaufen|lief|lieder?"
    r"|songs?|musik|podcasts?|mal|oft|heute|gestern"
)

ASIDES_AND_TURNS_DE: tuple[Rule, ...] = (
    # A child spoken to after the question (issue 45's sixty-fourth turn, a
    # Hamburg father, blind writer 421): "..., Jonas, Hände waschen". A name
    # said with its capital, then a short bidding with no word of the
    # question, ending in an infinitive or a bidding word, is dropped; it
    # had been read as the name asked about.
    (
        (
            r",\s*(?-i:[A-ZÄÖÜ])[a-zäöüß]{2,},\s*"
            rf"(?![^,]*\b(?:{_OF_THE_QUESTION})\b)(?:[\wäöüß]+ ){{0,3}}"
            r"(?:[\wäöüß]+en|lass das|hör auf|nicht jetzt|jetzt nicht|komm her|sofort|aus|weg)"
            r"\s*[!.]*\s*([?.!]*)$"
        ),
        r"\1",
    ),
    # Said after the question, asking nothing of it.
    (
        r",?\s*(?:büschen|bisschen|bissel|bissl) viel,? oder (?:wat|was|nich|net|nicht)\s*([?.!]*)$",
        r"\1",
    ),
    (r",?\s*nich[t]? viel,? oder\s*([?.!]*)$", r"\1"),
    # A young speaker's guess at the answer after the question (issue 45's
    # eighty-third turn, blind writer 555): "..., voll wenig oder", ",
    # safe voll viel, ne". It had been read as the name asked about.
    (
        (
            r",\s*(?:(?:voll|echt|mega|safe|richtig|bestimmt|sicher|ganz schön|krass) )+"
            r"(?:wenig|viel|viele|oft|selten|lang|lange)(?:,? (?:oder|ne|nä|oder nicht|oder wat"
            r"|oder was|oder so|wa|ey))?\s*([?.!]*)$"
        ),
        r"\1",
    ),
    (r",?\s*oder war (?:das|des|dat) (?:wer|jemand) anders\s*([?.!]*)$", r"\1"),
    # "Neue Künstler entdeckt oder immer nur dasselbe": whether there were
    # new ones, never the repeat rate (a wrong fact, blind writer 330).
    (
        (
            r"\b(neue (?:künstler\w*|bands?|artists?|musik|lieder|songs) (?:entdeckt|gefunden|gehört)),?"
            r" oder (?:immer |nur |immer nur )?(?:dasselbe|das gleiche|das selbe|die gleichen"
            r"|dieselben)\b[^?]*"
        ),
        r"\1",
    ),
    # "Hab ich letzte Nacht noch was gehört, oder war ich da schon im
    # Bette?": what played then, or that nothing did.
    (
        (
            r"^(?:hab|habe) ich (?P<when>(?=[^,?]*\b(?:gestern|heute|vorgestern|letzte\w*|nacht|abend"
            r"|morgen|früh|am|im|wochenende|woche)\b)(?:(?!\b(?:davon|von|vom|jeden)\b)[^,?])+?)"
            r" (?:noch )?(?:überhaupt )?(?:was|etwas|irgendwas) gehört\b.*$"
        ),
        r"was habe ich \g<when> gehört",
    ),
    # "Gestern Abend, das letzte Lied, was war'n das gleich?": the time and
    # the field said first, the question word last.
    (
        (
            r"^(?P<when>[^,?]{3,30}),\s*(?:das|des|'s|s) (?P<rank>allerletzte|letzte|erste|allererste)"
            r" (?P<kind>lied|song|stück|liedchen|titel),\s*was war'?n? (?:das|des|dat)\b.*$"
        ),
        r"was war das \g<rank> \g<kind> \g<when>",
    ),
    # A recap asked with what it covers said again: "Zusammenfassung vom
    # letzten Jahr, was ich so alles gehört hab" (read as what played).
    (
        (
            r"\b(zusammenfassung|überblick|rückblick) (vo[mn] [^,?]+?),?\s*was ich (?:da )?(?:so )?"
            r"(?:alles )?gehört hab\w*"
        ),
        r"\1 \2",
    ),
    # A young speaker's and a learner's words.
    (r"\bmein absoluter banger\b", "mein Lieblingslied"),
    (r"\bneu am start\b", "neu entdeckt"),
    (r"\b(?:ganz )?nei debei\b", "neu dabei"),
    (
        r"^wer (?:ist|war|sind|waren) (?:denn )?neu bei (mir|uns)\b",
        r"welche Künstler sind neu bei \1",
    ),
    (
        r"\bwer (war|ist) (?:(?:da|do|dann|denn) )*mein? (?:künstler|kinschtler)\b(?! (?:des|vom) )",
        r"wer \1 mein Lieblingskünstler",
    ),
    # Issue 45's fifty-fourth turn (blind writers 337, 338): a period said
    # first and summed up after ("mein Jahr, puh, fass mal zusammen"); a
    # song named again by what it is ("..., dat Tanzlied von Justice"); an
    # artist asked as the one "wo ich nich von loskomm, so'n Künstler".
    (
        r"^(mein|meine|unser|unsere) (\w+),?\s*(?:puh,?\s*)?fass (?:mal |mir |doch )?zusammen\b",
        r"fass \1 \2 zusammen",
    ),
    # "Eine Folge von The Daily" heard is The Daily heard: the episode is no
    # part of the name (blind writer 339: "nothing called eine Folge von
    # The Daily").
    (r"\b(?:eine|ne|'ne) (?:folge|episode) (?:von|vom) (?=\S)", ""),
    (
        r"\b(gehört|gespielt),\s*(?:dat|das|des) \w*(?:lied|song|stück) von [^,?.!]+([?.!]*)$",
        r"\1\2",
    ),
    # Blind round twenty-six's German (issue 45's eighty-seventh turn):
    # Bielefeld's "Dat Dingens, Moon Safari." (the thingy: a filler before
    # the name, read as the name, 582); a learner's name said first and
    # "wann ich habe das gehört die letzte Mal", "wann hab ich gehört
    # zuletzt" (583, 584: the name had been left out); "in der History"
    # (585: no room).
    (r"^(?:dat|das|des|so'?n|so ein) dingens,?\s+", ""),
    (
        (
            r"^(?P<name>[^,?.!]{2,40}),\s*wann (?:ich habe|ich hab|hab ich|habe ich)"
            r" (?:(?:das|die|den|es|ihn|sie) )?(?:gehört|gespielt)"
            r" (?:die letzte mal|das letzte mal|letzte mal|zuletzt|zum letzten mal)\W*$"
        ),
        r"wann habe ich \g<name> zuletzt gehört",
    ),
    (
        r"\s+in der history\b",
        "",
    ),
    (
        r"^wer war (?:dat|das|des) (?:denn )?(.+?),? wo ich nich[t]? (?:von |mehr )?loskomm\w*,? so'?n künstler\b",
        r"welchen Künstler habe ich \1 am meisten gehört",
    ),
)


def said_asides_and_turns_de(text: str) -> str:
    """Return `text` with the remarks around it left out and its turns put plainly."""
    return rewrite(ASIDES_AND_TURNS_DE, text, re.IGNORECASE)
