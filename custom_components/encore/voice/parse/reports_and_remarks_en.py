"""English said as a report, and the remarks said after a question.

Issue 45's fifty-third turn (blind writers 324 to 331). A retired officer
asked in clipped reports: the subject first and the order after it ("Queen.
How often this week?", "Air. Any of it this morning?", "Moon Safari. Been
played recently, has it?", "Most played track this year. Name it, and the
artist."), a report's own words ("Sitrep on October, listening-wise",
"Debrief me on the week's listening", "Duration of listening") and the
twenty-four hour clock said in words ("nineteen fifty hours", "oh-eight-
fifteen", "twenty-one hundred hours"). Others closed a question with a word
that asks nothing (Cork's "..., boy", "..., sure", "this week like"; a
mother's "ben leave your sister alone") or said it their own way round: a
Spanish speaker's "i am listening actually" (these days), "i put more"
(played most), "are sounded for me", "the daily, i listened it today"; a
Texan's "that cafe tacuba bunch, they come on last week?"; Pretoria's "I
played lots of Justice since Monday, is it? how many times then" (a count,
never a yes: a wrong fact). Read on the words as said, commas kept, with
`everyday_en`'s rules.
"""

import re
from typing import Final

from .rules import Rule

_HOURS: Final = {
    "oh": 0, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "twenty-one": 21, "twenty one": 21, "twenty-two": 22, "twenty two": 22,
    "twenty-three": 23, "twenty three": 23,
}  # fmt: skip
_MINUTES: Final = {
    "hundred": 0, "oh five": 5, "oh-five": 5, "ten": 10, "fifteen": 15,
    "twenty": 20, "twenty-five": 25, "twenty five": 25, "thirty": 30,
    "thirty-five": 35, "thirty five": 35, "forty": 40, "forty-five": 45,
    "forty five": 45, "fifty": 50, "fifty-five": 55, "fifty five": 55,
}  # fmt: skip
_HOUR_WORDS: Final = "|".join(sorted(map(re.escape, _HOURS), key=len, reverse=True))
_MINUTE_WORDS: Final = "|".join(sorted(map(re.escape, _MINUTES), key=len, reverse=True))


def _military(found: re.Match[str]) -> str:
    """Return "nineteen fifty hours" as "19:50", "oh-eight-fifteen" as "08:15"."""
    hour = _HOURS[found["hour"].lower()] + (10 if found["oh_teen"] else 0)
    minute = _MINUTES[found["minute"].lower()]
    return f"{hour:02d}:{minute:02d}"


REPORTS_AND_REMARKS_EN: tuple[Rule, ...] = (
    # The twenty-four hour clock in words: "nineteen fifty hours", "twenty-
    # one hundred hours", "oh-eight-fifteen" (never "one hundred songs":
    # "hours", or the "oh" of the hour, says a clock).
    (
        (
            rf"\b(?P<oh_teen>)(?P<hour>{_HOUR_WORDS})[- ](?P<minute>{_MINUTE_WORDS}) hours\b"
        ),
        _military,
    ),
    (
        rf"\boh[- ](?P<oh_teen>)(?P<hour>{_HOUR_WORDS})[- ](?P<minute>{_MINUTE_WORDS})\b",
        _military,
    ),
    # A clock's article after "around" (issue 45's fifty-fourth turn, blind
    # writer 338): "last night around a quarter to eight, what was playin'"
    # read a quarter to eight this morning, the article parted the clock
    # from its "around" (a wrong fact). Only a clock that ends its clause:
    # one before its period already reads.
    (
        r"\b(at|around|about|round) a (quarter (?:to|past|after|till) \w+)(?=\s*(?:[,?.!]|$))",
        r"\1 \2",
    ),
    # A report's opener and its order after the subject.
    (r"^(?:report|status report)[.:,]\s+", ""),
    (r"[.,]?\s*name (?:it|them)(?:,? and the artist)?[.!]?\s*$", ""),
    (r"[.,]?\s*(?:title and artist|identify (?:it|them))[.!]?\s*$", ""),
    (r",\s*mind[.!]?\s*$", ""),
    (r"^last (track|song|tune) played[.!?]*$", r"what was the last \1 I played"),
    (r"^kitchen[.:]\s+(.+?)[.?!]*$", r"\1 in the kitchen"),
    (r"\bduration of listening\b", "how long did I listen"),
    (r"\bhas seen the most service\b", "did I play most"),
    (r"\bwent through the speaker\b", "played"),
    (
        r"^my musical (?:preferences|tastes?) (.+?)[.,]\s*(?:characteri[sz]e|describe|summari[sz]e) (?:them|it)[.!]?$",
        r"describe my music taste \1",
    ),
    (
        r"^band i'm quickest to skip(?: past)?[.,]?\s*who\??$",
        "which band do I skip most",
    ),
    (
        r"^debrief me on the (week|month|year)'s listening[.!]?$",
        r"give me a recap of my \1",
    ),
    (r"^sitrep on (.+?),? listening[- ]wise[.!]?$", r"give me a recap of \1"),
    (
        r"^confirm or deny:?\s+(?P<name>.+?) was played (?P<when>.+?)[.!]?$",
        r"did I play \g<name> \g<when>",
    ),
    (
        r"^(?![^.]*\b(?:i|my|we|our|says|said|he|she|they)\b)(?P<name>[^.?,]{2,40})\.\s+how often (?P<rest>[^?.]*)[?.]?$",
        r"how often did I play \g<name> \g<rest>",
    ),
    (
        r"^(?![^.]*\b(?:i|my|we|our|says|said|he|she|they)\b)(?P<name>[^.?,]{2,40})\.\s+any of (?:it|them|that) (?P<rest>[^?.]*)[?.]?$",
        r"did I play any \g<name> \g<rest>",
    ),
    (
        r"^(?![^.]*\b(?:i|my|we|our|says|said|he|she|they)\b)(?P<name>[^.?,]{2,40})\.\s+been played (?P<when>[^?.,]+),? has (?:it|he|she|they)\s*\??$",
        r"did I play \g<name> \g<when>",
    ),
    # Cork's "..., boy", "..., sure", "this week like": nothing asked. Never
    # a title's "boy" ("Sexy Boy"): only after a comma or a time.
    (r",\s*(?:boy|sure)\s*([?.!]*)$", r"\1"),
    (
        r"\b((?:this|last) (?:week|month|year|morning)|today|yesterday|lately) (?:like|boy)\s*([?.!]*)$",
        r"\1\2",
    ),
    (r"\b(how much .+?) had (i|we) on\b", r"\1 did \2 have on"),
    (r"\bthat (.+?) crowd on at all\b", r"\1 on"),
    (
        r"\bhow many of (?:them|those|the) (episodes|songs|tunes|tracks|podcasts)\b",
        r"how many \1",
    ),
    (
        r"^how many goes of (.+?) did (i|we) (listen to|play|hear|have on)\b",
        r"how many times did \2 \3 \1",
    ),
    (
        r"^what was (i|we) at (.+?),? with the (?:listening|music)(?: i mean)?\s*([?.!]*)$",
        r"what did \1 listen to \2\3",
    ),
    # A mother's: "... like hours wise", a child told off after the question.
    (
        r"^how much did (i|we) listen to (.+?),? (?:like )?hours[- ]?wise\s*([?.!]*)$",
        r"how many hours did \1 listen \2\3",
    ),
    (
        # Only after the question's time: "did I play Stop That Train"
        # keeps its title.
        (
            r"\b((?:this|last) (?:week|month|year|morning)|today|yesterday|lately|so far)"
            r"\s+[a-z]+,? (?:leave (?:your|him|her|it|that)|stop (?:it|that|hitting|shouting)"
            r"|put (?:that|it) down|get down|don't touch)\b.*$"
        ),
        r"\1",
    ),
    (
        r"^(?!(?:how|what|which|who|when|did|have|do)\b)(?P<name>[^,?]+?),? how much of (?:them|it|that|him|her) have (?P<who>i|we) had on\b",
        r"how much \g<name> have \g<who> had on",
    ),
    # A Spanish speaker's: "i am listening actually" (these days), "put
    # more" (played most), "are sounded for me", "listened it".
    (r"(?<=\bi am listening )actually\b", "lately"),
    (r"\b(i|we) put more\b", r"\1 played most"),
    (
        r"\bhow many (\w+) (?:are|were|have been|has been) sounded(?: for (?:me|us))?\b",
        r"how many \1 did I play",
    ),
    (
        r"^(?P<name>[^,]+), (?P<who>i|we) (?:listened|heard|played)(?: to)? it (?P<when>[^,?]+?)\s*[?.!]*$",
        r"did \g<who> listen to \g<name> \g<when>",
    ),
    (
        r"^which is the day of the week and the hour that (i|we) listen(?: to music)? (?:more|most)\b",
        r"what day of the week and what hour do \1 listen most",
    ),
    (
        r"^the (last|first) time that sounded (?P<song>.+?) of (?P<artist>[^,]+?),? when was(?: it)?\s*[?.!]*$",
        r"when did I \1 play \g<song> by \g<artist>",
    ),
    (r"\b(i|we) pass without finish(?:ing)? (?:them|it)\b", r"\1 skip"),
    # Issue 45's sixty-fourth turn (blind writer 424): "sounded Cafe Tacuba
    # this week or not" (¿sonó ...?), "the last time that sounded X" (la
    # última vez que sonó X): sonar is to play; never "sounded like",
    # "sounded good". Read before "... or not" makes it "did I listen to".
    (
        r"^(?:has |have )?sounded (?!(?:like|good|great|bad|better|off|weird|strange|nice|fine|ok|okay|so|too|very|a|an|the (?:same|best|worst))\b)(?=\w)",
        "did I play ",
    ),
    (
        r"\b(first|last) time (?:that |when )?(?:has |have )?sounded (?!(?:like|good|great|bad|better|off|weird|strange|nice|fine|ok|okay|so|too|very)\b)",
        r"\1 time I played ",
    ),
    # A Texan's: "episodes'd I get through", "days runnin'", "shake out",
    # "that cafe tacuba bunch, they come on last week?".
    (r"\b(episodes|songs|tunes)'d (i|we) get through\b", r"\1 did \2 listen to"),
    (r"\bdays runnin'? have (i|we)\b", r"days in a row have \1"),
    (r"^how'd my listenin'? (year|week|month) shake out\b", r"how was my \1 in music"),
    (
        r"^that (.+?) (?:bunch|crowd|lot|fellas|boys),? (?:they|he|she) come on (.+?)\s*\??$",
        r"did I play \1 \2",
    ),
    # Pretoria's "is it?" after a claim, the count asked after it.
    (
        r"^(i|we) played (?:lots of|a lot of|loads of) (.+?),? is it\?\s*how many times(?: then)?\s*\??$",
        r"how many times did \1 play \2",
    ),
    (r"\bwas busy playing\b", "was playing"),
)
