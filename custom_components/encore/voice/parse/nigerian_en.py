"""English as Lagos says it (issue 45's twenty-ninth turn).

A Lagos engineer (blind writer 138) asked in Nigerian English: "which
podcast do I listen to pass" (the most), "wetin I play on saturday" (what
did I play), "the album I dey play pass na which one" (the one I play
most), "abeg" (please), "sef", "sha" and "o" to close, "for kitchen" (in
the kitchen), "how far" as a greeting. None was understood, or "pass"
and "na" were taken for a name. Each rule is a word of the way of
speaking bound to its place; "pass" is "most" only after a listening verb.
"""

import re
from typing import Final

from .lagos_again_en import said_as_in_lagos_again
from .rules import Rule, rewrite

_VERBS: Final = r"(?:play|played|playing|listen to|listened to|listening to|hear|heard|skip|skipped)"

_NIGERIAN_EN: Final[tuple[Rule, ...]] = (
    # Issue 45's sixty-fourth turn, blind writer 422 (a Lagos banker):
    # "artiste" (a ranking of "artistes" was answered with songs, a wrong
    # fact); "count am for me, how many ..." (count it for me) before the
    # question; "abeg" between a period said first and its question ("in
    # August abeg how many times"), said after it; "na true say I play X" (is it
    # true that I played X); "wetin Ada listen to" (someone's plays); "the
    # tune wey I no fit stand, the one I skip pass, which one" (the second
    # description says what is asked); "how my October take go", "how my
    # listening dey go" (how was it).
    (r"\bartiste(s)?\b", r"artist\1"),
    (
        r"^(?:abeg,? )?(?:count|check|find|tell) am(?: for (?:me|us))?(?: abeg)?,?\s+(?=(?:how|what|which|who|when|wetin)\b)",
        "",
    ),
    (
        r"^((?:in|on|last|this|since|yesterday|today)\b[^,]*?)\s+abeg,?\s+((?:how|what|which|who|when|wetin)\b.*?)\W*$",
        r"\2 \1",
    ),
    (
        r"^(?:na |e be )?true (?:say|sey) (i|we) (?:dey |don )?(play|hear|listen to)\b",
        r"did \1 \2",
    ),
    (
        r"^wetin (?!(?:i|we|you|dey|be|don|e|it|na|play|played)\b)((?-i:[A-Z]\w+)|my \w+) (?:dey |don )?(listen to|play|hear)\b",
        r"what did \1 \2",
    ),
    (
        (
            r"^(?:abeg,? )?(?:the|that) (song|tune|track|artist|band|album|podcast) (?:wey|that) [^,]+,"
            r"\s*the one (i|we) (?:dey )?(skip|play|hear|listen to)(?:ped|ed)? (?:most|pass)"
            r"(?:,? (?:na )?which one)?\W*$"
        ),
        r"which \1 do \2 \3 the most",
    ),
    (
        (
            r"^how (my|our) (listening|music|january|february|march|april|may|june|july"
            r"|august|september|october|november|december|weekend) (?:take|dey|don) go\b"
        ),
        r"how was \1 \2",
    ),
    # Issue 45's fifty-eighth turn, blind writer 366 (a Lagos speaker, the
    # weakest of the turn): "ehn" and "sef" anywhere, "I don hook on"
    # (have been hooked on), "I no fit drop" (can't stop playing: the
    # most), "X I don hear them since ..." and
    # "I hear X ... abi I no hear" (whether I did), "wetin I dey hear" (what
    # was playing), "which song dey play" (was playing), "when be" (was),
    # "what kind of sound I dey into" (the taste; read as what played, a
    # wrong fact), "the song wey I no dey ever let finish" (skipped most),
    # "new artists for 2025 who I find that year" (in 2025).
    (r"^ehn[,!]?\s+", ""),
    (r"\s+sef\b", ""),
    (r"^(?:abeg,? )?remind me,?\s+(?=(?:abeg\s+)?wetin\b)", ""),
    (r"\b(i|we) don hook(?:ed)? on\b", r"have \1 been hooked on"),
    (r"\b(i|we) no fit (?:drop|leave)(?: am| it)?\b", r"\1 played the most"),
    (
        r"^what kind of (?:sound|sounds|music|vibe|vibes) (i|we) (?:dey |don )?(?:into|like|feel|dey feel)\b",
        r"what kind of music am \1 into",
    ),
    (
        r"^new (artists|singers|bands) (?:in|for) (\d{4}),? (?:who|wey|that) (?:i|we) (?:find|found|discover|discovered)(?: (?:that|for that|dat) year)?\W*$",
        r"new \1 in \2",
    ),
    (
        (
            r"^(?P<name>(?!(?:what|which|who|when|how|na|abeg|i|we)\b)[^,]+?),? (?P<who>i|we) don"
            r" (?:hear|play|listen to) (?:them|am|it|him|her) (?P<when>[^?]*?)\W*$"
        ),
        r"did \g<who> listen to \g<name> \g<when>",
    ),
    (
        r"^(i|we) (?:hear|play|listen to) (.+?),? (?:abi|or) (?:i|we) no (?:hear|play|listen(?: to)?)(?: am| it| dem)?\W*$",
        r"did \1 listen to \2",
    ),
    (
        r"^(?P<name>(?!(?:what|which|who|when|how|na|abeg|i|we)\b).+?) (?:play|played|dey play) (?P<when>.+?),? (?:or|abi) e no (?:play|dey play)\W*$",
        r"did i play \g<name> \g<when>",
    ),
    (r"\bwetin (i|we) dey (?:hear|play|listen(?: to)?)\b", r"what was \1 listening to"),
    (r"\b(song|track|tune|music) dey play\b", r"\1 was playing"),
    (r"^when be the\b", "when was the"),
    (
        r"^since when (i|we) (?:dey |don )?(play|listen to|hear) (.+?),? like (?:the )?(?:very )?first time\W*$",
        r"when did \1 first \2 \3",
    ),
    (
        r"^(?:abeg\s+)?the (song|track|tune) (?:wey|that) (i|we) no (?:dey )?(?:ever )?(?:let|allow) (?:it |am )?(?:to )?finish\b.*$",
        r"which \1 do \2 skip the most",
    ),
    (
        r"^(?:abeg\s+)?(?:different|distinct) (songs|tracks|tunes|artists) (?:wey|that) (i|we) (?:dey )?(?:listen to|play|hear)(?: (.+?))?,? how many\W*$",
        r"how many different \1 did \2 listen to \3",
    ),
    (
        (
            r"^(?:abeg\s+)?how many (songs|tracks|tunes) (?!(?:i|we|you|they|were|was|are|is|have|has|had|did|do|does|got|get)\b)"
            r"(\w+) (?:play|dey play|listen to|hear)\b"
        ),
        r"how many \1 did \2 play",
    ),
    (
        r"^na (?:the )?(weekends?|weekdays?) (i|we) (?:dey )?(?:play|listen to|listen|hear)( music)? pass,? or (?:na )?(?:during )?the (week|weekdays|weekends?)\W*$",
        r"do \2 listen to more\3 at weekends or during the week",
    ),
    # Issue 45's fifty-third turn (blind writer 327): "na" opening a
    # question or closing it ("na which", "na who"), "ehn", "abi" last;
    # "wey" (that), "play am" (played it), "don dey rock well well" (have
    # been playing most), "jam pass" (played most), "wetin be" (what was),
    # "wetin play" (what played), "for September" (in September), "how my
    # year take go" (how was it), "I no fit stop to play" (can't stop).
    (r"^na (?=(?:who|which|what|wetin)\b)", ""),
    (r"(?:,\s*|\s+)na (?:which|who|which one)(?:\s+sef)?\s*[?.!]*$", ""),
    (
        r"^(?:this|the) (artist|song|album|podcast|band|tune) (?:that|wey) (i|we) (?:don )?(?:dey )?obsess over\b",
        r"which \1 have \2 been obsessed with",
    ),
    (r"[,\s]+(?:ehn|abi)\s*[?.!]*$", ""),
    (r"^out of all the (?:shows|songs|artists|albums),?\s+", ""),
    (
        r"^na (?!(?:who|which|what|wetin)\b)(.+?) (i|we) (?:play|played|dey play) (.+?)\s*[?.!]*$",
        r"did \2 play \1 \3",
    ),
    (
        (
            r"^(?P<name>[^,]+), (?P<who>i|we) (?:don )?(?:play|played|hear|heard|listen to) am"
            r" (?P<when>[^?]*?)(?:,? or (?:no|not)\s*[?.!]*|\s*\?+)$"
        ),
        r"did \g<who> play \g<name> \g<when>",
    ),
    (r"\s+sef,", ","),
    (r"\b(i|we) don play am\b", r"\1 have played it"),
    (r"(?<!\bdon )\b(?:play|played) am\b", "played it"),
    (r"\b(i|we) don dey (?:rock|play|jam|bang)\b", r"\1 have been playing"),
    # "Well well" is "a lot" only after a playing verb: "well well, which
    # song ..." opens a question and asks no ranking.
    (
        r"\b((?:play|played|playing|listen|listened|listening|hear|heard)(?: (?:am|it|to it))?) well well\b",
        r"\1 the most",
    ),
    (r"\b(?:jam|jammed|rock|rocked|bang|banged)\s+pass\b", "played most"),
    # Issue 45's sixtieth turn, blind writer 383 (a Lagos banker): "the track
    # wey I no dey allow finish" (read as the last play, a wrong fact) is
    # the one skipped most, as "let finish" is; "whose songs I dey jump
    # pass" jumps over them most: skips them most.
    (r"\b(?:dey )?jump(?:ed)? (?:over )?pass\b", "skip most"),
    # "That X, how many times e play last month", "X, e play at all
    # yesterday": "e" is it, the name said first (writer 383, a name read
    # as "month"); "as at today" is as of today.
    (
        r"^(?P<name>(?!(?:what|which|who|when|how|na|abeg|i|we)\b)[^,]{2,60}),\s*how many times (?:e|it) (?:play|dey play|don play|played)\b",
        r"how many times did I play \g<name>",
    ),
    (
        r"^(?P<name>(?!(?:what|which|who|when|how|na|abeg|i|we)\b)[^,]{2,60}),\s*(?:e|it) (?:play|dey play|don play|played)(?: at all)?\b",
        r"did I play \g<name>",
    ),
    (r"\bas at (today|now|this moment|date)\b", r"as of \1"),
    # "na weekend I dey listen pass abi weekdays": which of the two, never
    # the most played.
    (
        r"\bna (weekends?|weekdays?) (i|we) (?:dey )?listen pass,? (?:abi|or) (weekends?|weekdays?)\b",
        r"do \2 listen more at \1 or \3",
    ),
    (r"\blisten pass\b(?!,? (?:abi|or)\b)", "listen to most"),
    (r"\bobsess over\b", "been obsessed with"),
    (r"\bwey (?:play|played)\b", "played"),
    (r"\bwey\b", "that"),
    (r"\bwetin be\b", "what was"),
    (r"^(?:fill me in|tell me),?\s+(?:abeg\s+)?wetin (?:play|played)\b", "what played"),
    (r"\bwetin (?:play|played)\b", "what played"),
    (r"^wetin dey play by\b", "what was playing at"),
    (r"^how often (i|we) (?:dey )?(skip|play|listen)", r"how often do \1 \2"),
    (
        r"^how (my|our) (day|week|month|year|summer)(?: (?:for|in) music)? take go\b",
        r"how was \1 \2",
    ),
    (r"\bno fit stop (?:to )?(?:play|playing)\b", "can't stop playing"),
    (
        r"\b(most|pass) for (january|february|march|april|may|june|july|august|september|october|november|december)\b",
        r"\1 in \2",
    ),
    (
        r"^(?:na )?which (band|artist|song|tune|track) (?:i|we) no (?:too )?like(?: sef)?,? the one (i|we) skip(?:ped)? (?:most|pass)\s*[?.!]*$",
        r"which \1 do \2 skip most",
    ),
    # A greeting and "please", wherever they stand.
    (r"^(?:how far|how far now|my guy|oga)[,!]?\s+", ""),
    # "Oya" (come on) said first; "shey I played X", "abi I listened to X":
    # the question whether I did (issue 45's fiftieth turn, blind writer 294).
    (r"^oya(?: now)?[,!]?\s+", ""),
    (r"^(?:shey|abi)[,!]? (i|we) (?:played|play) ", r"did \1 play "),
    (r"^(?:shey|abi)[,!]? (i|we) (?:listened to|listen to) ", r"did \1 listen to "),
    (r"^(?:shey|abi)[,!]? (i|we) (?:heard|hear) ", r"did \1 hear "),
    (r"(?:^|(?<=\s))abeg[,!]?\s*", ""),
    (r"[,\s]+(?:sef|sha|o|oh|abeg)\W*$", ""),
    # "Wetin I play", "wetin I dey listen to": what did I play.
    (rf"^wetin (i|we) (?:dey |don )?({_VERBS})\b", r"what did \1 \2"),
    # "On November 3rd wetin I listen to" (blind writer 366): the time
    # said first.
    (
        rf"^((?:on|in|last|this|yesterday|today)\b[^,]*?),? wetin (i|we) (?:don )?({_VERBS})\b",
        r"what did \2 \3 \1",
    ),
    (r"\b(i|we) dey (?=(?:play|listen|hear|skip|rinse))", r"\1 "),
    # "How much Queen I don hear", "how many hours I don spend" (blind
    # writer 233): "don" is the perfect.
    (
        r"\b(i|we) don (hear|play|listen|spend|skip)\b",
        lambda m: (
            f"{m[1]} have "
            + {"hear": "heard", "spend": "spent", "skip": "skipped"}.get(
                m[2], m[2] + "ed"
            )
        ),
    ),
    # "Rinse pass": played the most; "no fit stop playing": can't stop.
    (r"\brinsed? pass\b", "played most"),
    (r"\bno fit stop (playing|listening|hearing)\b", r"can't stop \1"),
    # "How my week for music be": how was it.
    (r"^how (my|our) (day|week|month|year|summer)\b(.*?) be\W*$", r"how was \1 \2\3"),
    # "Who be the artist", "which one be that": is.
    (r"\b(who|which one|what) be\b", r"\1 is"),
    # "Played pass", "gets played pass": the most.
    (rf"\b({_VERBS}|gets played|get played)\s+pass\b(?: everything| all)?", r"\1 most"),
    # "…, na which one", "which one be that": the question said again.
    (r"(?:,\s+(?:na )?|\s+na )which one(?: is| be)?(?: that| it)?\W*$", ""),
    (r"\bthe song wey\b", "the song that"),
    # "For kitchen", "for this house": in the kitchen, in this house.
    (r"\bfor (kitchen|bedroom|living room|bathroom|office|garage)\b", r"in the \1"),
    (r"\bfor this house\b", "in this house"),
    # "Wednesday by nine for night" (issue 45's thirtieth turn, a wrong fact
    # left then): the hour at night, "by" for "at".
    (
        (
            r"\bby (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
            r"(?: o'?\s?clock)? for night\b"
        ),
        r"at \1 pm",
    ),
    (r"\bfor night\b", "at night"),
    # "The one song that I played pass everything": the song I played most.
    (r"^i want to know the one (song|artist|album|podcast) that\b", r"which \1"),
    (
        r"^(this|the) (song|artist|album|podcast) (i|we) have been playing since\b",
        r"which \2 have \3 been playing lately",
    ),
)


def said_as_in_lagos(text: str) -> str:
    """Return a Lagos speaker's question in plain English, commas kept.

    A Lagos accountant's words (`lagos_again_en`) first: "by 8 in the night"
    before "abeg" and "sef" go, "I don dey rinse" before "I dey".
    """
    return rewrite(_NIGERIAN_EN, said_as_in_lagos_again(text), re.IGNORECASE)
