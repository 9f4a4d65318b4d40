"""English as a New Zealand sheep farmer says it (issue 45's seventy-first turn).

Blind writer 480 asked in Kiwi English, and its words were read as names,
rooms or nothing: "the weekend just been" (last weekend; "just" became a
name), "knocked off" episodes (listened to), "what tunes did I have cranking"
(played), "bout ten past eight" (about; the clock was read this morning, a
wrong fact), "artists I'd never heard before" (new artists), "the artist I
give the flick to" (skip), "what's been getting thrashed" (on repeat), "a
tiki tour of September" (its recap), "reckon I've spent heaps of time on
podcasts this year, how much all up" (a guess said first, the question
last), "did I chuck X on Saturday or was that Sunday" (whether X played on
the first day: its last play, today, says nothing of either). Each rule is
a word of that speech bound to its place, read on the words as said.
"""

import re
from typing import Final

from .rules import Rule, rewrite

_MONTH: Final = (
    r"(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)"
)
# A past span that does not reach today: its last play says nothing of it.
_PAST_DAY: Final = (
    r"(?:yesterday|last night|the day before(?: yesterday)?|last (?:week|weekend|month)"
    r"|the week before|(?:on |last )?(?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)(?: night| morning| arvo| afternoon| evening)?)"
)
# A word of playing hard: "thrashed", "hammered", "flogged", "caned".
_HARD: Final = r"(?:thrashed|hammered|flogged|caned|smashed|rinsed|cranked|pumped)"

_KIWI_EN: Final[tuple[Rule, ...]] = (
    # "Bout ten past eight": about (Kiwi and Irish speech to text drop the
    # a); only before a clock or a time, never "what's it bout".
    (
        (
            r"(?<![\w'])bout (?=(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
            r"|twelve|quarter|half|twenty|\d|midnight|noon|lunch|tea|dinner)\b)"
        ),
        "about ",
    ),
    # A Highland "on Friday past", Bajan and Yorkshire "Saturday gone": the
    # last one (held-out writer 573: "Friday past" on a Friday was read as
    # today, a wrong fact). Never a clock: "Friday past eight".
    (
        (
            r"\b(?:on )?(?:the )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
            r" (?:just )?(?:past|gone)\b(?! (?:\d|one|two|three|four|five|six|seven|eight|nine"
            r"|ten|eleven|twelve|midnight|noon|the hour)\b)"
        ),
        r"last \1",
    ),
    # Scotland's and Ireland's "this while back", Canada's "this past
    # while": lately (held-out writer 573: read as all time).
    (
        r"\b(?:(?:over|in|for|during) )?(?:this while back|(?:this|the) (?:past|last) while)\b",
        "lately",
    ),
    # "The weekend just been", "the week just gone": the last one.
    (
        r"\b(?:over |on |at |during |in )?the (weekend|week|month|fortnight|night) just (?:been|gone|past)\b",
        r"last \1",
    ),
    # "Reckon I've spent heaps of time on podcasts this year, how much all
    # up": the guess said first, the question last.
    (
        (
            r"^(?:yeah,? )?(?:i )?reckon (i|we)(?:'ve| have) (spent|listened to|played|had on|heard)"
            r" (?:heaps|loads|a fair bit|a lot|plenty|a bit|a fair whack|stacks) of (.+?),?"
            r" how (much|many(?: times)?)(?: (?:all up|altogether|in total|total))?(?:,? eh)?\W*$"
        ),
        lambda m: (
            f"how much time have {m[1]} {m[2]}{m[3][4:]}"
            if m[3].lower().startswith("time ")
            else f"how much {m[3]} have {m[1]} {m[2]}"
            if m[3].lower().startswith("music")
            else f"how many times have {m[1]} {m[2]} {m[3]}"
        ),
    ),
    (r"\bhow (much|many)(?: \w+)? all up\b", r"\g<0> in total"),
    (r"\ball up in total\b", "in total"),
    # "How many episodes have I knocked off": listened to, finished. Never
    # "what did I knock off with last night", the day's last song.
    (
        (
            r"\b(have (?:i|we)|did (?:i|we)|(?:i|we)(?:'ve| have)?) (?:knocked|knock)"
            r" (?:off|over|through)\b(?! with\b)"
        ),
        lambda m: (
            f"{m[1]} {'listened' if m[1].startswith(('have', 'i', 'we')) and not m[1].startswith('did') else 'listen'} to"
        ),
    ),
    # "What tunes did I have cranking", "what was cranking last night":
    # played, playing.
    (
        r"\bdid (i|we) have ((?:\w+ ){0,3}?)(?:cranking|pumping|blasting|going|on the go)\b",
        r"did \1 play \2",
    ),
    (r"\b(was|were) (?:cranking|pumping|blasting)\b", r"\1 playing"),
    # "Any artists this year I'd never heard before": new artists.
    (
        (
            r"\b(artists|bands|singers|musicians|acts)\b(.*?)\s+(?:that |who )?(?:i'd|i had|i've|i have"
            r"|we'd|we had) never (?:heard|listened to|come across|heard of)(?: of)?(?: before)?\b"
        ),
        r"new \1\2",
    ),
    # "The artist I give the flick to most", "give X the flick": skip.
    (r"\b(give|gave|giving) the flick to\b", "skip"),
    (r"\b(give|gave|giving) ((?:\w+ ){1,3}?)the flick\b", r"skip \2"),
    (r"\b(?:give|gave|giving) (?:\w+ )?the flick\b", "skip"),
    # "What's been getting thrashed these days, song wise": on repeat.
    (
        (
            rf"^what(?:'s| has| is) been (?:getting|got) {_HARD}(?: (these days|lately|recently|of late))?"
            r"(?:,? (?:song|track|tune)s?[ -]?wise)?(?:,? eh)?\W*$"
        ),
        r"what song have I had on repeat \1",
    ),
    (
        rf"^(?:which|what) (song|track|tune)s? (?:has|have|'s) been (?:getting|got) {_HARD}\b",
        r"which \1 have I had on repeat",
    ),
    # "Take me on a tiki tour of September, what was I into": its recap.
    (
        (
            r"^(?:take|give) (?:me|us) (?:on )?a (?:quick |wee |little )?tiki tour (?:of|through|round|around)"
            rf" ((?:(?:this|last|my) )?(?:{_MONTH}|week|month|year|summer|weekend)(?: just been)?)\b.*$"
        ),
        r"give me a recap of \1",
    ),
    # "Who was top dog in 2025, artist wise": the top artist.
    (
        r"^who (?:was|is|'s|has been) (?:the )?top dog\b(.*?),? artists?[ -]?wise\W*$",
        r"who was my top artist\1",
    ),
    (r"\btop dog\b", "top"),
)

# "Did I chuck X on Saturday or was that Sunday": whether it played on the
# first day. Its last play (today) answers neither day, as it answers "this
# week, or was that last week" (`doubted_en`): so the second day is the
# speaker's doubt, no time asked (`utterance.unread_time` leaves it too).
_DOUBTED_DAY: Final[tuple[Rule, ...]] = (
    (
        (
            rf"^did (i|we) (play|chuck|put on|have on|hear|listen to) (.+?) ({_PAST_DAY})"
            rf",? or (?:was (?:that|it)|is it|did (?:i|we) \w+ (?:it|that)) {_PAST_DAY}\W*$"
        ),
        # "Chuck" is play here: "chuck X on Saturday" is no "chuck X on".
        lambda m: (
            f"did {m[1]} {'play' if m[2].lower() == 'chuck' else m[2]} {m[3]} {m[4]}"
        ),
    ),
)


def said_as_a_kiwi(text: str) -> str:
    """Return a New Zealander's question in plain English, commas kept."""
    return rewrite(_KIWI_EN, without_day_doubted(text), re.IGNORECASE)


def without_day_doubted(text: str) -> str:
    """Return "did I play X on Saturday, or was that Sunday" without its doubt."""
    return rewrite(_DOUBTED_DAY, text, re.IGNORECASE)
