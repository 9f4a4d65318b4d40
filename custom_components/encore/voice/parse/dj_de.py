"""German as a Berlin techno nerd says it (issue 45's eighteenth turn).

A writer nobody here had seen (writer 53) speaks German with a DJ's English
words and word order: "aufgelegt" for played ("was hat Ada heute
Nachmittag aufgelegt"), "Lieblingstrack", "meinen Sound beschreiben" (the
taste), "neu für mich" (new artists), a rough figure asked for ("Anzahl
Plays im August, grob"), a name said first and then "die Platte", "der
Track" or "die" standing for it ("Moon Safari von Air, wie oft hab ich die
Platte ... aufgelegt", "Genesis von Justice, wann lief der Track bei mir zum
allerersten Mal"), and a question with its "habe ich" left out ("seit
Oktober mal X gehört?").

`front_dj_de` reads the raw words (their commas set a name said first
apart), before the asides are clipped. Rules read function words and word
shapes, never a name: a name is moved whole, never changed. Where a rule
might change what is asked it does not fire.
"""

import re

from .rules import rewrite

# A name said first, up to its comma: never a question's own words.
_NAME = (
    r"(?P<name>(?!(?:äh|ähm|hm|hmm|so|ok|okay|und|also|na|sag|du|hey|hallo)\b)"
    r"(?:(?!\b(?:was|wer|wie|wann|welche[rsmn]?|hab|habe|hat|haben|ich|wir|mir"
    r"|mein|meine|war|waren)\b)[^,.?!]){2,60}?)"
)
# What stands for the name in the question after it.
_IT = (
    r"(?:die platte|das album|die scheibe|die lp|den track|der track|den song|der song"
    r"|das lied|den titel|der titel|die nummer|das ding|die|den|das|ihn|sie|es|er)"
)
# The verbs a DJ says for a record played.
_PLAYED = r"(?:aufgelegt|gespielt|gehört|gestreamt|laufen lassen|gedreht|angehört)"
# ... and as the dialects say them (issue 45's fifty-third turn, the
# Palatinate's "Air, hab ich die vorgeschdern gheert oder nit").
_PLAYED_SAID = (
    r"(?:aufgelegt|gespielt|gehört|gestreamt|laufen lassen|gedreht|angehört|gheert|ghert"
    r"|gheerd|ghört|g'hört|gheat|gspielt|g'spielt)"
)
# A period said first in a question without "habe ich": "seit Oktober",
# "letzte Woche", "diesen Monat", "im August".
_PERIOD = (
    r"(?P<period>(?:seit|im|in den letzten|in der|letzte[nsm]?|diese[nsm]?|vorige[nsm]?"
    r"|vergangene[nsm]?|heute|gestern|vorgestern)(?: [\wäöüß]+){0,2}?)"
)
# Words that ask for a rough figure after the question: "..., grob".
_ROUGHLY = (
    r"(?:grob|ganz grob|so grob|grob geschätzt|ungefähr|so ungefähr|circa|ca|etwa"
    r"|pi mal daumen|über den daumen|schätzungsweise)"
)

_FRONT_DE: tuple[tuple[str, str], ...] = (
    # A football fan's words (issue 45's eighteenth turn): a song "auf der
    # Bank" is skipped; a record "im Einsatz" played.
    (
        r"\b(?:sitzt|sitzen|landet|landen|saß|sass|landete) (?P<mid>(?:[^?,.]* )?)auf der bank\b",
        r"wird \g<mid>übersprungen",
    ),
    (
        r"\bwann war (das|die|der|er|sie|es) zuletzt im einsatz\b",
        r"wann lief \1 zuletzt",
    ),
    # "Anzahl Plays im August, grob": the count is the count.
    (rf",? {_ROUGHLY}[.?!]*$", ""),
    # "Moon Safari von Air, wie oft hab ich die Platte letzten Sommer aufgelegt".
    (
        (
            rf"^{_NAME}, (?P<ask>wie oft|wie viele male|wann|wann zuletzt|wann zuerst)"
            rf" (?:hab|habe) ich {_IT} (?P<rest>(?:(?!\b{_PLAYED}\b)[^,.?!])*?)"
            rf" ?\b{_PLAYED}\b"
        ),
        r"\g<ask> habe ich \g<name> \g<rest> gehört",
    ),
    # "Ellen Allien, hab ich die letztes Jahr mal gestreamt": whether it played.
    (
        (
            rf"^{_NAME}, (?:hab|habe|hann|hob|hawwe) (?:ich|isch|i) {_IT}"
            rf" (?P<rest>(?:(?!\b{_PLAYED_SAID}\b)[^,.?!])*?)"
            rf"(?: mal| je| jemals| überhaupt)? ?\b{_PLAYED_SAID}\b"
        ),
        r"habe ich \g<name> \g<rest> gehört",
    ),
    # "Genesis von Justice, wann lief der Track bei mir zum allerersten Mal".
    (
        (
            rf"^{_NAME}, wann (?:lief|kam|lief denn|kam denn) {_IT}(?: bei mir| bei uns)?"
            r" (?:zum )?(?:aller)?(?P<which>ersten|letzten) mal\b"
        ),
        r"wann habe ich \g<name> zum \g<which> mal gehört",
    ),
    # "Seit Oktober mal Don't Stop Me Now gehört?": "habe ich" left out.
    (
        (
            rf"^{_PERIOD} (?:mal|schon mal|überhaupt|je|jemals) (?P<name>[^,.?!]{{2,60}}?)"
            rf" {_PLAYED}(?P<end>[?!.]*)$"
        ),
        r"habe ich \g<name> \g<period> gehört\g<end>",
    ),
    # "Was hat Ada heute Nachmittag aufgelegt": played, in a question.
    (
        r"^(?P<ask>(?:was|wen|wer|welche[nrs]?|wie oft|wann)\b.*\b)aufgelegt\b",
        r"\g<ask>gehört",
    ),
    (r"^(?P<ask>(?:hab|habe|hat|haben|hast) \w+\b.*\b)aufgelegt\b", r"\g<ask>gehört"),
    # "Wie würdest du meinen Sound beschreiben": the taste.
    (
        (
            r"^(?:und )?wie (?:würdest|würden|kannst|könntest) (?:du|sie) (?:meinen|unseren)"
            r" (?:sound|musikgeschmack|geschmack|stil|musikstil) beschreiben\b"
        ),
        "was ist mein Musikgeschmack",
    ),
    (r"^(?:und )?was ist (?:so )?(mein|unser) sound\b", r"was ist \1 Musikgeschmack"),
    # "Welche Künstler waren letzten Sommer neu für mich": new artists.
    (
        (
            r"^(?:welche|was für) (?:künstler|künstlerinnen|bands|acts|artists|leute)"
            r" (?:waren|sind) (?P<rest>[^,.?!]*?) ?neu für (?:mich|uns)\b"
        ),
        r"welche neuen Künstler habe ich \g<rest> entdeckt",
    ),
)


def front_dj_de(text: str) -> str:
    """Return `text` with a DJ's German said plainly, a name said first in place."""
    return " ".join(rewrite(_FRONT_DE, text, re.IGNORECASE).split())
