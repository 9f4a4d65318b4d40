"""The room and the person a question is about ("in the kitchen", "Ada's")."""

import re

# -- the room and the person -------------------------------------------------------------

_PLACE = {
    "en": re.compile(
        # "Put on the Daily", "had on the radio": a verb's "on", no place.
        r"\b(?P<place>(?:in|(?<!put )(?<!had )(?<!have )(?<!got )(?<!come )"
        r"(?<!came )(?<!was )(?<!were )on|at|from|through|via) (?:the|my|our) "
        r"(?!(?:last|past|previous|first|morning|afternoon|evening|night|day|week"
        r"|mornings|afternoons|evenings|nights|weekends|weekdays|week"
        r"|month|year|weekend|moment|end|beginning|start|same|kind|sort|type|most"
        r"|top|history|list|row|world|air|summer|winter|spring|autumn|fall|holidays?"
        r"|birthday|anniversary|vacation|trip|way|commute|drive|run|workout"
        r"|christmas|easter|nineties|eighties|seventies|meantime|past|future"
        r"|music|radio|whole"
        # "On the third (of November)": a day, no place.
        r"|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
        r"|twelfth|\w+teenth|twentieth|thirtieth|twenty|thirty|\d{1,2}(?:st|nd|rd|th)"
        # "in my plays", "in my listening", "in my rotation": the history.
        r"|plays|listening|listens|rotation|heavy|library|stats|statistics|records"
        r"|collection|streams|spins|data|log|account|spotify|calendar)\b)"
        r"(?:[\w'-]+)(?: (?:room|speakers?|player|stereo|sonos|area))?)"
        r"(?= |$)"
    ),
    "de": re.compile(
        r"\b(?P<place>(?:im|in der|in dem|auf dem|auf der|über den|über die)"
        r" (?!(?:moment|laufe|letzter|letzten|ganzen|jahr|monat|september|oktober"
        r"|november|dezember|januar|februar|märz|april|mai|juni|juli|august|schnitt"
        r"|durchschnitt|folge|verlauf|großen|allgemeinen"
        r"|historie|geschichte|hörverlauf|statistik|rotation|sammlung|kalenderjahr"
        r"|plattenteller|teller"
        r"|sommer|winter|frühling|herbst|urlaub|ferien|advent)\b)"
        r"(?:[\w'-]+)(?:[ -]?(?:lautsprecher|box|anlage|zimmer))?)(?= |$)"
    ),
}
_PERSON = {
    "en": re.compile(
        r"^(?:(?:what|who|which \w+|how \w+(?: \w+)?|when) )?"
        r"(?:did|has|does|had|was) (?P<person>[a-z]+)"
        r" (?=(?:ever |first |last |usually |mostly )?(?:listen|play|hear|stream"
        r"|skip|put|catch|start|discover)|been (?:listening|playing|streaming))"
    ),
    # "Wen hat Ada gestern gehört", never "wie viele Wiedergaben hat Queen".
    "de": re.compile(
        r"^(?!.*\bwiedergaben (?:hat|hatte)\b)(?:.+ )?(?:hat|hatte)"
        r" (?:die |der )?(?P<person>[a-zäöüß]+)\b.*\b(?:gehört|gespielt|gestreamt|abgespielt"
        r"|entdeckt|übersprungen|geskippt)\b"
    ),
}
_NOT_PERSONS = frozenset(
    {
        "i",
        "we",
        "you",
        "it",
        "that",
        "this",
        "the",
        "my",
        "anyone",
        "ich",
        "wir",
        "du",
        "es",
        "das",
        "man",
        "sie",
        "er",
        "jemand",
    }
)
_WE = {
    "en": re.compile(r"\b(?:we|us|our)\b"),
    "de": re.compile(r"\b(?:wir|uns|unsere?n?)\b"),
}
