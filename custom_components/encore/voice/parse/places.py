"""The room and the person a question is about ("in the kitchen", "Ada's")."""

from datetime import datetime, tzinfo
import re

from .periods import find_period

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
        r"|music|radio|whole|turntable|record|gramophone|wireless|vinyl|jukebox"
        r"|general|long|end|grand|balance|main|aggregate|meantime|interim|current"
        r"|helmets?|old|good|bad|days?"
        # "On the go", "on the speaker": no room, whatever played anywhere.
        r"|go|speaker|speakers|sonos|stereo|hifi|hi-fi|sound system"
        # "On the third (of November)": a day, no place.
        r"|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
        r"|twelfth|\w+teenth|twentieth|thirtieth|twenty|thirty|\d{1,2}(?:st|nd|rd|th)"
        # "in my plays", "in my listening", "in my rotation": the history.
        r"|plays|listening|listens|rotation|heavy|library|stats|statistics|records|mo"
        r"|collection|streams|spins|data|log|account|spotify|calendar"
        # "Spent on the podcasts": what is timed, no place.
        r"|podcasts?|pods?|episodes?|shows?|songs?|tunes?|tracks?|albums?)\b)"
        r"(?:[\w'-]+)(?: (?:room|speakers?|player|stereo|sonos|area))?)"
        r"(?= |$)"
    ),
    "de": re.compile(
        r"\b(?P<place>(?:im|in der|in dem|auf dem|auf der|über den|über die)"
        r" (?!(?:moment|laufe|letzter|letzten|ganzen|jahr|monat|september|oktober"
        r"|november|dezember|januar|februar|märz|april|mai|juni|juli|august|schnitt"
        r"|durchschnitt|folge|verlauf|großen|allgemeinen"
        r"|historie|geschichte|hörverlauf|statistik|rotation|sammlung|kalenderjahr"
        r"|plattenteller|teller|plattenspieler|grammophon|radio|verhältnis|vergleich"
        r"|prinzip|grunde|wesentlichen|endeffekt|nachhinein|übrigen|großen"
        # A season's part or a feast ("im Spätsommer", "im Hochsommer"),
        # never "im Wintergarten" (a room).
        r"|\w*(?:sommer|winter|frühling|herbst|urlaub|ferien|advent|fasching"
        r"|karneval)\b"
        # "Im Zeitraum der vergangenen Woche": a span of time, no room
        # (its "-raum" had made it one; blind writer 486).
        r"|\w*zeitraums?)\b)"
        r"(?:[\w'-]+)(?:[ -]?(?:lautsprecher|box|anlage|zimmer))?)(?= |$)"
    ),
}
# Words of what played, never someone's name (issue 45's ninth turn): "how
# long was stuff playing", "did anything by Justice play", "wie lange hat
# Musik gespielt", "hat irgendwas von Air gespielt".
_PLAYED_WORDS = {
    "en": r"(?:anything|something|everything|nothing|stuff|music|tunes?|songs?"
    r"|tracks?|things?|records?|albums?|podcasts?|episodes?|shows?|radio|spotify"
    r"|by|from|of"
    # An article is no one's name ("had a listen to The Daily").
    r"|a|an|the"
    # A question's own verbs ("which song has been played most"): no one.
    r"|been|being|be|got|gotten|ever|never|not|just|really|actually|already"
    # Cork's recent past ("what was I after listening to"): no one's name.
    r"|after)\b",
    "de": r"(?:irgendwas|irgendetwas|etwas|was|alles|nichts|zeug|kram|sachen|musik"
    r"|lieder|lied|songs?|titel|stücke?|alben|album|podcasts?|folgen?|radio"
    r"|spotify|von|vom|worden|schon|noch|nie|jemals|ein|eine|einen|der|die|das"
    # The speaker that played, called "die Kiste" ("was hat die Kischt heit
    # Morje gespielt", issue 45's fifty-ninth turn, the Saarland).
    r"|kiste|kischt|box|lautsprecher|anlage)\b",
}
NO_PERSON = {
    language: re.compile(rf"\b{words}") for language, words in _PLAYED_WORDS.items()
}
PERSON = {
    "en": re.compile(
        r"^(?:(?:what(?: \w+)?|who|which \w+(?: \w+)?|how \w+(?: \w+){0,3}|when) )?"
        r"(?:did|has|does|had|was|is|can|can't|cannot|couldn't) (?!"
        + _PLAYED_WORDS["en"]
        + r")"
        r"(?!(?:stop|keep|just|really|not|never|ever|even|still|usually|always|i|we|you"
        r"|today|yesterday|tonight|this|last|that|it|me|my|your"
        # "What's our listening time" (blind writer 478): the household's,
        # never a person called "our".
        r"|our)\b)"
        # "Which artist is getting played maximum" (issue 45's forty-eighth
        # turn, an Indian speaker): a verb's "-ing", never a person.
        r"(?!\w+ing\b)(?P<person>[a-z]+)"
        r" (?=(?:ever |first |last |usually |mostly |not |just )?(?:listen|play|hear|stream"
        r"|skip|put|catch|start|discover|finish|end|wake|open|kick|stop|replay"
        r"|hooked on|got on repeat|got on a loop"
        # "which artist has Ada had on most", never "has Queen had this year".
        r"|ha(?:d|ve) on\b)"
        r"|been (?:listening|playing|streaming|replaying|hooked|caning|bingeing))"
        # "What kind of music does Bob like" (issue 45's seventy-fifth turn):
        # Bob's taste, never the asker's. Only after a taste's own words, so
        # "did Digital Love get a spin" keeps its song.
        r"|^what (?:music|(?:kind|sort|type) of (?:music|stuff|songs)) (?:does|did)"
        r" (?!(?:i|we|you)\b)(?P<person2>[a-z]+) (?=(?:like|love|enjoy|listen)\b)"
    ),
    # "Wen hat Ada gestern gehört", never "wie viele Wiedergaben hat Queen".
    "de": re.compile(
        r"^(?!.*\bwiedergaben (?:hat|hatte)\b)(?:.+ )?(?:hat|hatte)"
        r" (?:die |der )?(?!" + _PLAYED_WORDS["de"] + r")(?P<person>[a-zäöüß]+)\b"
        r".*\b(?:gehört|gespielt|gestreamt|abgespielt|entdeckt|übersprungen|geskippt)\b"
        # "Welche Band überspringt die Ada am meisten", "die Ada, wen
        # überspringt die am liebsten": the present, with the article a
        # name takes in the South (issue 45's thirty-eighth turn).
        r"|^(?:.+ )?(?:überspringt|skippt|hört|drückt|spielt) (?:die|der|d')"
        r" (?!(?:band|gruppe|künstler\w*|sänger\w*|musik|leute|kinder)\b)(?!"
        + _PLAYED_WORDS["de"]
        + r")"
        r"(?P<person2>[a-zäöüß]{2,}) (?=am|immer|oft|so|mehr|eher|eigentlich|in|lieder|songs)\b"
        r"|^(?:die|der|d') (?P<person3>[a-zäöüß]{2,}),? (?:wen|was|welche\w*) (?:überspringt|hört|spielt)"
        r" (?:die|der|sie|er)\b"
    ),
}
# Whose favourite, said the way German speech says a possessor (issue 45's
# thirty-fourth turn, a Frankfurt and a Nuremberg speaker): "de Ada ihr
# Lieblingslied", "die Ada ihr Lieblingskünstler" ("Adas Lieblingslied" is
# read so in `dialect_de`). Only before what a person has in the history (a
# favourite, a top, a taste).
POSSESSOR_DE = re.compile(
    r"(?:^|\b(?:war|ist|is|sind|waren|wer|was|welche[rsn]?|nenn|zeig|sag|mir)\s)"
    r"(?:(?:die|der|de|d)\s)?(?P<person>[a-zäöü]{3,}?)"
    r"(?:\s(?:ihr|ihre|ihren|ihrer|sein|seine|seinen|seiner)\s(?=lieblings|top|meistgehört"
    r"|meistgespielt|musikgeschmack|geschmack|hörzeit|jahresrückblick|rückblick|nummer eins"
    r"|serie|hörserie|streak))"
)
NOT_PERSONS = frozenset(
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
        # Words after "hat" in a Palatinate question ("was hot dann heit
        # Morje gspielt"), never a person.
        "heute",
        "gestern",
        "denn",
        "dann",
        "da",
        "do",
        # "Wer hatte im Sommer / überhaupt am meisten ...": no one.
        "im",
        "in",
        "bei",
        "am",
        "mir",
        "uns",
        "überhaupt",
        "insgesamt",
        "eigentlich",
        "schon",
        "so",
    }
)
WE = {
    "en": re.compile(r"\b(?:we|us|our)\b"),
    "de": re.compile(r"\b(?:wir|uns|unsere?n?)\b"),
}


def find_place(
    joined: str, language: str, now: datetime, zone: tzinfo
) -> re.Match[str] | None:
    """Return the room or speaker said, never words of the question's period.

    "In der vergangenen Woche", "im vergangenen Monat", "in the current
    month": the words after "in der", "im", "in the" begin a period there,
    and the period is read first; a place is looked for beside it.
    """
    pieces = joined.split()
    span = find_period(pieces, language, now, zone)
    if span is None:
        return _PLACE[language].search(joined)
    start = len(" ".join(pieces[: span.start])) + (1 if span.start else 0)
    end = start + len(span.words)
    for found in _PLACE[language].finditer(joined):
        if found.end("place") <= start or found.start("place") >= end:
            return found
    return None
