"""Words only a question about listening says, in either language.

Two readers need them: the net that gives the rest of the home back to Home
Assistant ("how was the weather last week" says none of them) and the
reader of asides ("-- buddy, shoes on --" says none of them, "-- no, the
songs --" does). One list, so a word taught to one is known to both.
"""

import re
from typing import Final

# "Was lief", "what was on" are said of the television too: not here.
LISTENING_WORDS: Final = {
    "en": (
        r"listen\w*|hear|heard|hearing|play|plays|played|playing|replay\w*"
        # "What time is it? I lost track, I been on my feet all day": the
        # time lost, no track (issue 45's seventy-eighth turn, blind writer 529).
        r"|songs?|(?<!lost )(?<!lose )(?<!losing )(?<!keep )(?<!kept )(?<!keeping )track\b"
        r"|tracks|tunes?|music\w*|artists?|bands?|singers?|musicians?"
        r"|albums?|records?|discs?|lps?|podcasts?|episodes?|shows?|streams?"
        r"|streamed|streaming|skip\w*|spins?|playlists?|spotify|sonos|recap"
        r"|wrapped|genres?|scrobbl\w*|taste|listener"
        # "Do me one of them year in review things, like they do on the TV":
        # the recap's own name, as "Rückblick" is (blind writer 544).
        r"|(?:year|month|week)(?: |-)in(?: |-)review"
    ),
    "de": (
        r"hör\w*|gehört|angehört|spiel\w*|gespielt|abgespielt"
        # The South's and Austria's participles ("Wen hab i denn de Wochn am
        # meisten ghört?" after "zu kalt sagt er", blind writer 549).
        r"|ghört|g'hört|gspielt|g'spielt|gspüt|gspuit"
        r"|lieder?|liedern|songs?|titel|tracks?|musik\w*|künstler\w*|bands?"
        r"|sänger\w*|alben|album|platten?|scheiben?|podcasts?|folgen?|episoden?"
        r"|sendung\w*|stream\w*|gestreamt|übersprungen|weggeklickt|geskippt"
        r"|skip\w*|playlists?|spotify|sonos|rückblick|geschmack|genres?"
    ),
}

LISTENING: Final = {
    language: re.compile(rf"\b(?:{words})\b")
    for language, words in LISTENING_WORDS.items()
}
