"""Questions about the rest of the home that Encore's wildcards caught.

A listening question's sentence has wildcards around a period or a question
word ("what was on {when}", "how was {x} last week"), so "how was the weather
last week", "what was the temperature in the kitchen yesterday" or "wie viel
Strom haben wir letzten Monat verbraucht" match one of Encore's sentences
before any other agent hears them. Encore cannot answer them and must not
keep them: with an LLM conversation agent and "prefer handling commands
locally", Home Assistant's pipeline hands a question to the LLM only when
the local intent's answer is an error of no match
(`conversation.default_agent.async_handle_intents` keeps an answer with
`FAILED_TO_HANDLE`). So a question that speaks of the rest of the home and
says no word of listening is declined with `NO_INTENT_MATCH`, and a voice
satellite without an LLM hears that it was not understood, never a recap of
the week's music for a question about the weather.

Both word lists are deliberately short and plain: a word of listening
anywhere keeps the question Encore's ("did I listen to Air while it
rained" is a listening question).
"""

import re
from typing import Final

from homeassistant.helpers import intent

from .answers import Wording

# Words only a question about listening says, in any of its families ("was
# lief", "what was on" are said of the television too).
_LISTENING: Final = {
    "en": re.compile(
        r"\b(?:listen\w*|hear|heard|hearing|play|plays|played|playing|replay\w*"
        r"|songs?|tracks?|tunes?|music\w*|artists?|bands?|singers?|musicians?"
        r"|albums?|records?|discs?|lps?|podcasts?|episodes?|shows?|streams?"
        r"|streamed|streaming|skip\w*|spins?|playlists?|spotify|sonos|recap"
        r"|wrapped|genres?|scrobbl\w*|taste|listener)\b"
    ),
    "de": re.compile(
        r"\b(?:hör\w*|gehört|angehört|spiel\w*|gespielt|abgespielt"
        r"|lieder?|liedern|songs?|titel|tracks?|musik\w*|künstler\w*|bands?"
        r"|sänger\w*|alben|album|platten?|scheiben?|podcasts?|folgen?|episoden?"
        r"|sendung\w*|stream\w*|gestreamt|übersprungen|weggeklickt|geskippt"
        r"|skip\w*|playlists?|spotify|sonos|rückblick|geschmack|genres?)\b"
    ),
}

# Words of what else a home is asked about: the weather, energy, doors and
# lights, the television, the calendar, appliances. Not what music is
# played beside (breakfast, the car, sleep, a room such as the garage), nor
# a word a band or a song is often named with ("The Doors", "Purple Rain").
_ELSEWHERE: Final = {
    "en": re.compile(
        r"\b(?:weather|temperatures?|degrees|forecast|humidity|energy|electricity"
        r"|kwh|solar|gas|water usage|door|front door|back door|windows?|locks?"
        r"|locked|unlocked|lights?|lamps?|heating|thermostat|tv|television|telly"
        r"|netflix|movies?|films?|calendar|appointments?|meetings?|packages?"
        r"|parcels?|doorbell|cameras?|motion|battery|vacuum|dishwasher"
        r"|washing machine|dryer|steps|weight|timers?)\b"
    ),
    "de": re.compile(
        r"\b(?:wetter|temperatur\w*|vorhersage|luftfeuchtigkeit|strom\w*"
        r"|energie\w*|verbrauch\w*|solar\w*|gas|heizung|thermostat|haustür"
        r"|türen|fenster|schloss|abgeschlossen|licht|lichter|lampen?|fernseher"
        r"|fernsehen|tv|filme?|kalender|termine?|pakete?|klingel\w*|geklingelt"
        r"|kameras?|bewegung|akku|batterie|staubsauger|spülmaschine"
        r"|waschmaschine|trockner|schritte|gewicht|warm|kalt|wärmer|kälter"
        r"|timer)\b"
    ),
}


def about_something_else(text: str, language: str) -> bool:
    """Whether `text` speaks of the rest of the home and of no listening at all."""
    said = text.casefold()
    elsewhere = _ELSEWHERE.get(language, _ELSEWHERE["en"])
    if not elsewhere.search(said):
        return False
    return not _LISTENING.get(language, _LISTENING["en"]).search(said)


def says_listening(text: str, language: str) -> bool:
    """Whether `text` holds a word only a question about listening says."""
    return bool(_LISTENING.get(language, _LISTENING["en"]).search(text.casefold()))


def decline(intent_obj: intent.Intent, language: str) -> intent.IntentResponse:
    """Answer that nothing matched, so the pipeline may ask its LLM agent instead."""
    response = intent_obj.create_response()
    response.async_set_error(
        intent.IntentResponseErrorCode.NO_INTENT_MATCH,
        Wording(language).text("not_mine"),
    )
    return response
