"""A local radio DJ's on-air patter (issue 45's seventy-second turn, blind writer 493).

`dj_en` and `radio_cottage_en` know a DJ's decks and logs; this speaker
talks as if on air. The patter around a question asks nothing ("alright
alright alright,", "countdown time baby,", "stay tuned folks,", "coming at
ya with the monthly wrap,", "..., what's the damage", "..., let's run em
down from ten to one": its "ten to one" is no clock time), and the air is
where the speaker's music plays: "put on air", "been on the air", "was on
air", "go out over the air", "hit my airwaves", "make the playlist". Said
plainly: "on-air time" is listening time, "spins" and "spinning" plays and
playing, "acts" artists, "fresh faces" new artists, "back-to-back" days in
a row, a "sign-off song" the last song, a "hot rotation track" the one on
repeat, "could I just not stop spinning" the most played, "that monster"
the hit named first, "how was October for the ears" October's recap,
", songs only" the content counted.

A wrong fact had come of it: "how many episodes did I put on air in
September" was read as the band Air. "Air" stays a name unless the words
around it say a broadcast ("put on air" after what was put, "on the air",
"was on air" closing a clause). Read on the words as said, before a comma
clips the question.
"""

import re

from .rules import Rule, rewrite_marked

_KIND = r"(?:songs?|tracks?|tunes?|episodes?|podcasts?|records?|spins?|plays?|cuts?)"
_HIT = r"(?:monster|banger|smash|smash hit|hit|classic|anthem|jam|number|tune|track|record)"
_AIRED = r"(?:airwaves|playlist|rotation|decks|turntables?|airplay)"

_PATTER: tuple[Rule, ...] = (
    # Patter before the question: it asks nothing.
    (
        (
            r"^(?:(?:alright|all right|okay|ok|yeah)[, ]+){0,2}(?:alright|all right|okay|ok|yeah),\s*"
            r"|^(?:countdown time|it's countdown time|stay tuned|coming at (?:ya|you)"
            r"|you're listening to)(?: [^,]{0,40}?)?,\s*"
        ),
        "",
    ),
    # Patter after it: ", what's the damage", ", let's run em down ...".
    (
        (
            r",\s*(?:what's the damage|what is the damage|let's run (?:em|them|it) down"
            r"(?: from \w+ to \w+)?|let's count (?:em|them|it) down(?: from \w+ to \w+)?"
            r"|hit me|lay it on me|over to you)\W*$"
        ),
        "",
    ),
    # ", songs only": the content counted, said after the question.
    (
        (
            r"^how many (?:spins|plays) (did (?:i|we) (?:rack up|clock up|get|have|spin|play)"
            r"(?: up)?)(.*?),\s*(songs|tracks|tunes|music|episodes|podcasts) only\W*$"
        ),
        r"how many \3 did i play\2",
    ),
    (
        r"^(how many (?:songs|tracks|tunes) .*?),\s*(?:songs|tracks|tunes|music) only\W*$",
        r"\1",
    ),
    (r"\bgimme\b", "give me"),
    # "On-air time": how long the music was on.
    (
        r"^(?:my |the )?total on-?air time (.+)$",
        r"how long did i listen \1",
    ),
    (r"\bhow much on-?air time\b", "how long"),
    # "Which artist could I just not stop spinning": the most played. A song
    # or an album "I can't stop playing" is on repeat, as every speaker says.
    (
        (
            r"\b(which|what) (artist|artists|band|bands|singer|singers|act|acts) (?:could|can"
            r"|did) (i|we) (?:just )?not stop (?:spinning|playing|putting on|listening to)\b"
        ),
        r"\1 \2 did \3 play the most",
    ),
    (r"\b(top|best)((?: \w+)?) acts\b", r"\1\2 artists"),
    # "Any fresh faces on the playlist this month, artists I never had on before".
    (
        (
            r"^(?:any )?fresh faces(?: on (?:the|my) (?:playlist|airwaves|air|rotation))?(.*?)"
            r"(?:,\s*(?:artists|acts|bands|singers) (?:i|we) (?:never|hadn't|had never)"
            r" (?:had on|played|spun|heard)(?: on)?(?: before)?)?\W*$"
        ),
        r"any new artists\1",
    ),
    # "How many episodes did I put on air": what was put on is played;
    # the kind said before keeps "Air" the band out of it.
    (
        rf"\b({_KIND}) (did|have) (i|we) (?:put|putting) (?:out )?on (?:the )?air\b",
        r"\1 \2 \3 play",
    ),
    # "How many days back-to-back have I been on the air": the streak.
    (
        (
            r"\bhow many days (?:back-to-back|back to back|straight|running)"
            r" (?:have|did) (i|we) (?:been |gone )?(?:on the air|on air|spinning|playing|broadcasting)\b"
        ),
        r"how many days in a row have \1 listened",
    ),
    # "When did Justice first hit my airwaves": the first or last play.
    (
        rf"\bwhen did (.{{2,60}}?) (first|last) (?:hit|make|reach|grace) (?:my|the) {_AIRED}\b",
        r"when did i \2 play \1",
    ),
    # "Did any Queen make the playlist yesterday": did I play any.
    (
        rf"\bdid any (.{{2,60}}?) (?:make|hit|reach|grace) (?:my|the) {_AIRED}\b",
        r"did i play any \1",
    ),
    # "Last time The Daily was on air, when was that": its last play.
    (
        (
            r"^(?:the )?last time (.{2,60}?) (?:was|went) (?:on air|on the air|out over the air"
            r"|out on air|spinning),?\s*when (?:was|is) (?:that|it)\W*$"
        ),
        r"when did i last play \1",
    ),
    # "The last song to go out over the air, what was it".
    (
        (
            r"^the (last|first) (song|track|tune|record|episode|podcast) to go out"
            r"(?: over the air| on air| on the air)?,?\s*what (?:was|is) (?:it|that)\W*$"
        ),
        r"what was the \1 \2 i played",
    ),
    # "Yesterday evening's sign-off song, what was the last one".
    (
        (
            r"^(.{3,40}?)'s? (?:sign-?off|sign off|closing) (song|track|tune|record),?"
            r"\s*what was (?:the last one|it|that)\W*$"
        ),
        r"what was the last \2 i played \1",
    ),
    # "What track was spinning at five past eight": playing.
    (r"\b(was|were) spinning\b", r"\1 playing"),
    # "What's my current hot rotation track": the one on repeat.
    (
        (
            r"^what(?:'s| is) my (?:current )?(?:hot|heavy|high|power) rotation"
            r" (song|track|tune)\W*$"
        ),
        r"what \1 do i have on repeat",
    ),
    # "One more time by daft punk, how many plays did that monster get".
    (
        rf"^([^,]{{3,60}}?),\s*how many (plays|spins|times) did (?:that|this|the) {_HIT} get\b",
        r"how many \2 did \1 get",
    ),
    (rf"\bdid (?:that|this) {_HIT} get\b", "did it get"),
    # "How was October for the ears": its recap.
    (
        r"^how was (.{3,30}?) for (?:the|my) ears\W*$",
        r"how was my \1 in music",
    ),
)

_MARK = re.compile(
    r"\b(?:alright|countdown|stay tuned|coming at|damage|run (?:em|them) down|only"
    r"|gimme|on-?air|not stop|acts|fresh faces|on (?:the )?air|back-to-back|back to back"
    r"|airwaves|playlist|rotation|sign-?off|spinning|monster|banger|for (?:the|my) ears"
    r"|over the air)\b",
    re.IGNORECASE,
)


def said_on_air(text: str) -> str:
    """Return a DJ's on-air question without its patter, its words said plainly."""
    return rewrite_marked(_MARK, _PATTER, text)
