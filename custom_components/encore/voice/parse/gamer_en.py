"""English as a gamer teenager says it (issue 45's twenty-first turn).

A fifteen-year-old gamer from Texas asked in his games' words: a comparison
said last ("..., like steam hours but for music", "like my main in a game",
"like spotify wrapped"), "playtime" for listening time, "my main artist"
(the character one plays most) for the top one, "run it back", "bump" and
"spam" for playing a song again and again, and "was Phantom on this morning
or nah" for a yes-or-no. The comparison was read as a period or a measure
("hours": listening time; "wrapped": this year's recap, a wrong fact
for "wrap up last summer ... like spotify wrapped"). Each rule keeps to a
gamer's word in its place in a question; a command ("run it back", "bump
this") has no "did I"/"have I" and is left alone.
"""

import re

from .rules import Rule, rewrite

# A comparison said after the question names a game, an app or a stat page:
# "like steam hours but for music", "kinda like my main in a game", "like a
# spotify wrapped". Only such words follow "like" here: "like Queen" names no
# game and stays.
_GAME = (
    r"(?:spotify|steam|xbox|playstation|ps[345]|nintendo|fortnite|minecraft"
    r"|valorant|roblox|discord|twitch|tiktok|youtube|apple music|games?|gaming"
    r"|ranked|leaderboards?|achievements?|battle pass|k ?d|kd ratio|my main)"
)
# The question's own clip may have taken the "like" already: then an app
# and its stat page ("..., steam hours but for music") say the comparison.
_BRAND = (
    r"(?:spotify|steam|xbox|playstation|ps[345]|nintendo|fortnite|minecraft"
    r"|valorant|roblox|discord|twitch|tiktok|youtube|apple music)"
)
_ASIDE = re.compile(
    rf" (?:(?:like|kinda like|kind of like|sort of like|basically|just) (?:a |an |the |my |in )?"
    rf"(?=(?:\S+ ){{0,4}}{_GAME}\b)|(?:a |an |the |my )?{_BRAND} (?=(?:hours|wrapped|stats"
    rf"|style|achievements?|but|for)\b)).*$"
)
# A period said before the comparison: "wrap up last summer ... like spotify
# wrapped" recaps last summer, "my top song like my spotify wrapped" asks the
# top song; with neither, "wrapped" is the year's recap and stays.
_PERIOD = re.compile(
    r"\b(?:today|yesterday|tonight|lately|recently|ever|all time|last|this|past"
    r"|since|days|weeks?|months?|years?|summer|weekend|january|february|march"
    r"|april|may|june|july|august|september|october|november|december"
    r"|top|most|favou?rite|main|how|which|who|whos|when|whens)\b"
)

# What "run it back" runs: a pointing word, or nothing ("run back X").
_IT = r"(?:(?:it|that|this|them|those) )?"

# Playing a song over and over, in a gamer's words.
_SPAM = r"(?:spamming|running back|running it back|looping|grinding|farming|bumping|blasting)"

_GAMER_EN: tuple[Rule, ...] = (
    # "Which track have I been spamming" with no period: the song on repeat
    # ("what song i been running back", "which track have i been looping").
    # With a period ("... this month") it is that period's most played.
    (
        (
            rf"^(?:which|what) (song|track|tune|beat|banger) (?:have i|i've|ive|i have|i)"
            rf" been {_SPAM}(?: (?:so much|nonstop|non stop|a lot|like crazy|lately|recently))?"
            r"(?: (?:ngl|fr|tbh|no cap|bro|fam|deadass|lowkey|for real))*$"
        ),
        r"which \1 do i have on repeat",
    ),
    # "How much did I run stuff back over the summer": how much was played
    # again, the repeat rate (a teenager, issue 45's twenty-seventh turn).
    (
        (
            r"\bhow much (did|do|have) (i|we) (?:run|ran) (?:stuff|things|songs|tracks|tunes"
            r"|music|it all|everything) back\b"
        ),
        r"how much \1 \2 replay songs",
    ),
    # "What song gets run the most", "how much daft punk i been running
    # lately": a teenager's "run" is play.
    (r"\b(gets?|got|getting) run\b", r"\1 played"),
    (
        r"^how much (.+?) (i|we) (?:have been|'ve been|ve been|been) (?:running|playing)\b",
        r"how much \1 have \2 been playing",
    ),
    (
        r"\b(i|we) (?:have been|'ve been|ve been|been) running\b(?= (?:lately|recently|this|last|today|so much|a lot|$))",
        r"\1 been playing",
    ),
    # "Did I run back One More Time", "which artist did i run back the
    # most": "run it back" is play again, here just play; "how many times
    # did i run that back" too, the song said first (blind writer 550).
    (rf"\b(did|do|have) (i|we) (?:run|ran|running) {_IT}back\b", r"\1 \2 play"),
    (rf"\b(i|we|i've|we've|ive) (?:been )?(?:ran|run) {_IT}back\b", r"\1 played"),
    (rf"\bbeen running {_IT}back\b", "been playing"),
    # "Am i a run it back type person", "am i the replay kinda guy": a habit
    # of playing songs again named as a type of person, the repeat rate
    # (blind writer 550). "Am i a morning type" names no replaying.
    (
        (
            r"^(?:am|are) (i|we) (?:a|an|the) (?:run it back|run-it-back|replay|replaying|repeat"
            r"|repeating|rewind|on repeat|same songs?) (?:type|kind|sort|kinda|sorta)(?: of)?"
            r"(?: (?:person|people|guy|girl|listener)s?)?\b"
        ),
        r"do \1 replay stuff a lot",
    ),
    # "When did I last bump Around the World", "did i bump any queen".
    (r"\b(did|do) (i|we)( last| first| ever| even)? bump\b", r"\1 \2\3 play"),
    # "Phantom by Justice i played that this week or nah": the name first,
    # "that" for it, a yes-or-no (a teenager, issue 45's twenty-seventh turn).
    (
        (
            r"^(?!(?:so|ok|okay|well|yo|bro|and|but|what|which|who|when|how|did|do|have"
            r"|was|is|i|we|it|that|this|there|the (?:lights?|heating|tv))\b)(.{2,50}?)"
            r" (?:i|we) (?:played|heard|listened to|had on|put on|streamed)"
            r" (?:that|it|them|those)( .*?)?(?: or (?:nah|no|not|what))$"
        ),
        r"did i listen to \1\2",
    ),
    # "Playtime" (a game's hours played): the listening time.
    (r"\b(?:total )?(?:playtime|play time)\b", "listening time"),
    # "My main artist" (the character played most): the top one.
    (
        r"\b(my|our) main (artist|band|singer|rapper|song|track|album|podcast)(s?)\b",
        r"\1 top \2\3",
    ),
    # "Was Phantom on this morning or nah": a yes-or-no of the name in the
    # period. A thing of the house ("was the light on this morning") is no
    # name played and stays.
    (
        (
            r"^(?:was|were) (?!(?:it|that|this|there|anything|something)\b)"
            r"(?!.*?\b(?:lights?|lamps?|heating|heater|tv|telly|oven|stove|alarm|door|fan|ac"
            r"|aircon|air con|thermostat|dishwasher|washer|dryer|kettle|radio)\b)(.+?) on"
            r" ((?:this|last|yesterday) (?:morning|afternoon|evening|night|week|weekend|month)"
            r"|today|yesterday|tonight|lately|recently)(?: or (?:nah|no|not|what))?$"
        ),
        r"did i listen to \1 \2",
    ),
)


def undo_gamer_en(words: str) -> str:
    """Return normalized English words with a gamer's comparison and words undone."""
    if (aside := _ASIDE.search(words)) is not None:
        before = words[: aside.start()]
        if "wrapped" not in aside.group() or _PERIOD.search(before):
            words = before
    return rewrite(_GAMER_EN, words)
