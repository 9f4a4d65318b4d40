"""German as Turkish and Polish learners say it (issue 45's seventieth turn).

A Turkish learner with Kiezdeutsch (blind writer 474) and a Polish
grandmother (blind writer 479) dropped the article and "zum" before "erste
Mal" and "letzte Mal" ("wann ich hab letzte Mal cafe tacuba gehört",
"wann erste Mal The Weeknd bei mir gelaufen": "letzte" was taken into the
name), left out the auxiliary of "gelaufen" ("letzte Nacht Sexy Boy
gelaufen bei mir"), said the period first and "letzte Lied" bare
("Wochenende letzte Lied was ich gehört hab": what played, not the last
song), "beste Künstler von Oktober" (a ranking read as a name), "von ganze
Zeit" (ever), "wieviel mal ich hab was gehört" (how many plays, asked back
for a name) and opened with Polish "prosze", "tak" and "no".

Each rule holds to function words and word shapes; a name is moved whole
and never changed. The rules run on the words as said, before a comma
clips the question.
"""

import re
from typing import Final

from .rules import Rule, rewrite

_COUNT: Final = r"(?:zwei|drei|vier|fünf|zehn|\d+)"
_KINDS: Final = r"(?:künstler|lieder|songs|bands|alben|podcasts)"
# The bare times a learner says first, before "letzte Lied".
_FIRST_TIMES: Final = (
    r"(?:(?:am |letztes |letzte )?wochenende|gestern(?: abend| morgen)?|heute"
    r"(?: morgen| früh| nachmittag)?|letzte nacht|letzte woche|(?:am |letzten )?"
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag))"
)

LEARNER_SLIPS_DE: Final[tuple[Rule, ...]] = (
    # Polish fillers before the question: please, yes, well.
    # "No" only before a word of the question: "No Doubt" is a band.
    (r"^(?:prosze|proszę|tak)\b,? (?=\w)", ""),
    (r"^no,? (?=(?:erzähl|sag|wie|was|wann|wer|welche\w*|und)\b)", ""),
    # "..., kurczę, bestimmt viel" (blind writer 303): a Polish "gosh"
    # said after the question asks nothing; left, it was read as the name
    # once a guess after it was left out (issue 45's eighty-third turn).
    (r",\s*(?:kurczę|kurcze|kurde)\s*(?=,|[?.!]*$)", ""),
    # "wann erste Mal", "ich hab letzte Mal": "zum" and the ending left out,
    # only beside the learner's "ich hab" or a bare "gelaufen" ("wann war
    # letzte mal Justice" is read already).
    (r"\b(ich hab\w*) (erste|letzte) mal\b", r"\1 zum \2n mal"),
    (r"^wann (erste|letzte) mal (?=ich hab|.* gelaufen$)", r"wann zum \1n mal "),
    # "wann zum ersten Mal X bei mir gelaufen": the auxiliary left out.
    (
        (
            r"^wann (zum (?:ersten|letzten) mal) (?!(?:ist|war|sind|hat|lief)\b)"
            r"(.+?) gelaufen$"
        ),
        r"wann ist \1 \2 gelaufen",
    ),
    # "letzte Nacht Sexy Boy gelaufen bei mir": a yes-or-no question said
    # as a statement, its auxiliary left out.
    (
        (
            r"^(?!.*\b(?:wann|wie|was|wer|welche\w*|wo|ist|war|sind|hat|lief)\b)"
            r"(?!.*\b(?:ist|war|sind|hat|hab|habe|lief)\b)(.+?) gelaufen"
            r"(?: bei (?:mir|uns))?\??$"
        ),
        r"ist \1 gelaufen",
    ),
    # "Wochenende letzte Lied was ich gehört hab": the period said first,
    # a bare "Wochenende" the one just past.
    (r"^wochenende,? (?=(?:das )?(?:letzte|erste) (?:lied|song)\b)", "am Wochenende "),
    (
        (
            rf"^({_FIRST_TIMES}),? (?:das )?(letzte|erste) (lied|song) "
            r"(?:was|das|wo) ich (?:gehört hab\w*|hab\w* gehört)\??$"
        ),
        r"was war das \2 \3, das ich \1 gehört habe",
    ),
    # "drei beste Künstler von Oktober": a ranking, its ending left out.
    # "Beste" is the most played: no reader after this one ranks by it.
    # Only with a count or "meine": "die besten Lieder" alone may be anyone's.
    (
        rf"^(?:die |meine )?({_COUNT}) besten? ({_KINDS})\b",
        r"meine \1 meistgehörten \2",
    ),
    (rf"^meine besten? ({_KINDS})\b", r"meine meistgehörten \1"),
    # "meine Lieblingslied von ganze Zeit welche ist": of all time.
    (r"\bvon (?:der |die )?ganze[rn]? zeit\b", "aller Zeiten"),
    (r"^(meine?n? lieblings\w+ .+?) welche[rs]? ist\??$", r"welches ist \1"),
    # "wieviel mal ich hab was gehört ... alles zusammen": all the plays.
    (
        r"\bwie ?viel(?:e)? mal ich hab(?:e)? (?:was|etwas|irgendwas) gehört\b",
        "wie viele Wiedergaben hatte ich",
    ),
    (r"^(wie viele wiedergaben hatte ich .*?),? alles zusammen\??$", r"\1 insgesamt"),
)


def said_as_learner_de(text: str) -> str:
    """Return `text` with a Turkish or Polish learner's German slips undone."""
    return " ".join(rewrite(LEARNER_SLIPS_DE, text, re.IGNORECASE).split())
