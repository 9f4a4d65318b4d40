"""English as a grandparent in their eighties asks it (issue 45's nineteenth turn, writer 62).

Beside what `elderly_en` undoes (an address, a remark after the question),
an older speaker unsure of the device puts a polite tag after the question
("..., would you happen to know?", "..., do you suppose?", "..., would you
say?"), a hedge between commas (", roughly,"), a plea after it ("Could you
help an old lady out?", "Just a rough number will do."), speaks of
themselves in the third person ("what the old girl likes"), names a kind
first and asks of "them" after ("Is there a band I keep passing over? Which
of them ..."), and says periods the old way ("the week before this one",
"the summer of last year", "since you were put in", "Saturdays and
Sundays") and the old words ("long-playing records", "the gramophone",
"time and again", "had the most turns", "sum up").

Two readers: `said_as_grandparent_en` reads the whole text with its
punctuation before the question's own clause is clipped (a tag or a hedge
would otherwise be taken for the clause the question is in), and
`undo_grandparent_en` rewrites the words, before `elderly_en`'s.
"""

import re

from .rules import Rule, compiled, rewrite

_KINDS = r"(?:band|group|singer|artist|song|tune|track|record|album|podcast|programme|program|show)"

_TAGS = (
    r"would you (?:happen to )?know|would you say|would you think|do you suppose"
    r"|do you think|do you know|do you happen to know|i wonder|i should think"
    r"|if you (?:would|could) be so (?:kind|good)|if it's no trouble|if you please"
    # A chatty speaker's "..., do you know that offhand?", "..., would you
    # know that off the top of your head?" (writer 76).
    r"|(?:do|would) you (?:happen to )?know (?:that|it|this)(?: offhand| off the top of your head"
    r"| by any chance| by heart)?|(?:do|would) you know offhand|you know that offhand"
    # "First thing I played this year, ..., do you know what it was?"
    r"|(?:do|would) you (?:happen to )?know what (?:it|that) (?:was|is)|any idea what (?:it|that) (?:was|is)"
)

# The whole text, its punctuation kept: what would be clipped as the question.
SAID_EN: tuple[Rule, ...] = (
    # "Is there a band I keep passing over? Which of them gets skipped most":
    # the kind said first is the kind asked of; "them" never falls back to
    # songs (issue 45's nineteenth turn: a wrong fact).
    (
        (
            rf"^\s*(?:is there|are there|have i got|have i)\s+(?:a|an|any|some)\s+(?P<kind>{_KINDS})s?\b"
            r"[^?.!]*[?.!]\s*(?:and\s+)?(?P<which>which|what)(?: one)? of (?:them|those|the lot)\b"
        ),
        r"\g<which> \g<kind>",
    ),
    # "Of all the albums I've got, which one ...": the kind, asked of.
    (
        rf"^\s*of all the (?:long[- ]playing )?(?P<kind>{_KINDS})s (?:i've got|i have|i've|i own),\s*which(?: one)?\b",
        r"which \g<kind>",
    ),
    # "I'm trying to recall what I had on": a lead-in before the question.
    (
        r"^\s*(?:i'm|i am) trying to (?:recall|remember|think)\s+|^\s*i (?:can't|cannot) (?:recall|remember)\s+",
        "",
    ),
    # "..., would you happen to know?", "..., do you suppose?": a polite tag
    # set apart by a comma at the question's end.
    (rf",\s*(?:{_TAGS})\s*(?=[?.!]|$)", ""),
    # "What did I play last, like the very last thing", "what did I put on
    # first, I mean the very first one": the very first or last play, the
    # restatement said to be sure (writer 77),
    # read before an Australian's ", like ..." is dropped as chat.
    (
        (
            r"^(?:so |ok |okay |and )?what did (i|we) (?:play|played|put on|listen to|hear|have on|stream)"
            r" (first|last),?\s+(?:like,? |i mean,? |as in |you know,? )?(?:the )?very \2"
            r"(?: (?:thing|one|song|track|tune))?\W*$"
        ),
        r"what was the very \2 thing \1 played",
    ),
    # The fields of the usual time said after the question: "what's my peak
    # listening time, like the hour and the day?", "when am I usually at my
    # music, the hour I mean, and the day": which hour and which day, no
    # period ("the day" is no today here).
    (
        (
            r",\s*(?:like,? |i mean,? |so )?(?:the |which )(hour|time)(?:,? i mean)?,?"
            r" (and|or) (?:the |which )?day(?: of the week)?\b"
        ),
        r" \1 \2 day",
    ),
    # "When am I usually at my music", "when are we mostly at the wireless":
    # when one listens.
    (
        (
            r"\b(am|are) (i|we) (usually |mostly |most often |generally |normally )?at (?:my|our|the)"
            r" (?:(music|records|tunes)|wireless|radio|gramophone|record player)\b"
        ),
        lambda m: f"do {m[2]} {m[3] or ''}listen" + (" to music" if m[4] else ""),
    ),
    # A follow-up opened with "and" ("And the day before yesterday, what did
    # I have on then?"): the question alone.
    (r"^\s*and\s+(?=(?:the|last|this|on|yesterday|today|what|which|who|how)\b)", ""),
    # "First thing I played this year, like on New Year's": the first day of
    # the year said again, as an example of this year's first play.
    (
        r"(?<=\bthis year),\s*(?:like |i mean |so )?(?:on |at )?new year'?s(?: day)?(?=\s*[,?.!]|\s*$)",
        "",
    ),
    # "How many separate tunes ..., not counting the same one twice": how
    # many different, said again; nothing left out. "How many songs this
    # week, not counting repeats" asks the different songs too.
    (
        (
            r"^(.*?\bhow many )(?!different|separate|distinct|unique)(songs|tunes|tracks|records|artists"
            r"|bands|singers)\b(?=.*\b(?:not counting|without counting|not including)"
            r" (?:the same|repeats?|duplicates|the repeats?))"
        ),
        r"\1different \2",
    ),
    (
        (
            r",?\s*\b(?:not counting|without counting|leaving out|not including) (?:the same (?:one|song|tune"
            r"|track|record)s? (?:twice|again|more than once)|repeats?|duplicates|the repeats?)\s*(?=[,?.!]|$)"
        ),
        "",
    ),
    # The old word corrected to today's: "which gramophone record, well,
    # song I suppose you'd call it now, did I play the most", "what tune,
    # or track as they say, ...": the kind said last is the kind asked.
    (
        (
            r"\b(which|what) (?:[\w'-]+ ){0,2}?(?:record|records|disc|discs|platter|tune|tunes|number|turn)"
            r",\s*(?:well|or rather|i mean|or|rather),?\s*(?:a |the )?"
            r"(song|songs|track|tracks|album|albums|artist|artists|band|bands|singer|podcast)\b"
            r"(?:,?\s*(?:i suppose|i expect|i believe|as) (?:you'd|you would|they|people|the young ones"
            r"|the youngsters|the kids|one would) (?:call|say)(?: (?:it|them|that))?"
            r"(?: (?:now|nowadays|these days|today))?"
            # "..., or album as I gather they are now called," (issue 45's
            # sixty-fifth turn, blind writer 430).
            r"|,?\s*as (?:i|we) (?:gather|believe|understand|am told|'m told|hear) (?:they are|they're|it is"
            r"|it's|one is|you say) (?:now |nowadays |these days )?(?:called|known)(?: (?:now|nowadays|these days))?)?(?:\s*,)?"
        ),
        r"\1 \2",
    ),
    # A remark about oneself after the question: ", my memory's not what it
    # was", ", I'm getting on", ", at my age" (writer 78).
    (
        (
            r",\s*(?:(?:my|the) memory(?:'s| is) not (?:what it (?:was|used to be)|so good|great)"
            r"|(?:i'm|i am) (?:getting on|getting old|not getting any younger)|at my age"
            r"|(?:i )?(?:forget|can't keep track|cannot keep track|lose track)(?: these days)?)\s*(?=[?.!]|$)"
        ),
        "",
    ),
    # "And the day before yesterday, what did I have on then?": a follow-up
    # whose "then" points back to the time said first.
    (
        (
            r"^(?=[^?]*\b(?:yesterday|today|tonight|week|weekend|month|year|morning|evening"
            r"|afternoon|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b[^?]*,)"
            r"([^?]*?),?\s+then\s*(?=[?.!]|$)"
        ),
        r"\1",
    ),
    # ", roughly," / "roughly how many": a hedge, never a time ("at roughly
    # nine" keeps its "at").
    (r",\s*roughly\s*,\s*", " "),
    (r"\b(?:just |only )?roughly,?\s+(?=how\b)", ""),
    # "..., on Monday or whenever it was": a guess at the day, dropped only
    # when another time is left (`said_as_grandparent_en` checks).
    # "The Daily, that news programme, when ...": the description of a
    # name said first.
    (
        rf"^(?P<name>[^,?.!]{{2,40}}),\s*that (?:[\w'-]+ ){{0,2}}{_KINDS},\s*",
        r"\g<name>, ",
    ),
    # "That Bohemian Rhapsody, that's the Queen one isn't it, how many
    # times ...": a Welsh grandmother checks whose a name is between commas
    # (issue 45's sixtieth turn, blind writer 385; no name was found).
    (
        (
            r"^(?:that )?(?P<name>[^,?.!]{2,40}),\s*(?:that's|that is|that'll be|it's) (?:the |that )?[\w' -]{1,30}?"
            rf" (?:one|{_KINDS})(?:,? (?:isn't it|isn't that|innit|is it|aye|right|wasn't it))?,\s*"
            r"(?=(?:how|did|when|what|have|has)\b)"
        ),
        r"\g<name>, ",
    ),
)

# A plea or a remark after the question, its own sentence.
_PLEA = compiled(
    r"^(?:could|would|can|will) you (?:help|humour|indulge|bear with|oblige)\b"
    r"|^(?:just )?(?:a|any) rough (?:number|figure|count|idea|guess|answer)\b"
    r"|^(?:a|any) (?:ball ?park|round) (?:number|figure)\b"
    r"|^(?:no need to be|it needn't be|doesn't have to be) (?:exact|precise)\b"
    # "Somebody I hadn't listened to before, I mean.": the question said again.
    # Only an indefinite said again: "Queen, I mean." is a correction, kept.
    r"|^(?:somebody|someone|anybody|anyone|something|anything) [^?]{3,80},\s*i mean[.!]?$",
    re.IGNORECASE,
)
_GUESSED_DAY = compiled(
    r",\s*(?:on|in|at|about|around)?\s*[\w' ]{2,25}? or (?:whenever|whichever day|thereabouts)(?: it (?:was|were))?\s*(?=[?.!]|$)",
    re.IGNORECASE,
)
_TIME = compiled(
    r"\b(?:today|tonight|yesterday|week|weekend|month|year|fortnight|since|ago|lately|recently"
    r"|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|january|february|march|april|may|june|july|august|september|october|november|december|\d{4})\b",
    re.IGNORECASE,
)


def said_as_grandparent_en(text: str) -> str:
    """Return `text` with a grandparent's tags, hedges, a plea and kinds said first undone."""
    text = undo_grandparent_en(rewrite(SAID_EN, text, re.IGNORECASE))
    guess = _GUESSED_DAY.search(text)
    if guess is not None and _TIME.search(guess.group(0)):
        # The guess is dropped only when a time of the question's own is left.
        guessless = text[: guess.start()] + text[guess.end() :]
        if _TIME.search(guessless):
            text = guessless
    sentences = [
        part for part in compiled(r"(?<=[?.!])\s+").split(text.strip()) if part
    ]
    while len(sentences) > 1 and _PLEA.match(sentences[-1]):
        sentences.pop()
    return " ".join(sentences)


# The speaker's own words for themselves. "The old man", "the old lady" are
# as often a husband or a mother: never these.
_SELF = r"(?:the old girl|this old (?:girl|lady|dear|boy|man|fellow|chap)|yours truly)"

GRANDPARENT_EN: tuple[Rule, ...] = (
    # Periods said the old way.
    (r"\bthe (week|month|year) before this one\b", r"last \1"),
    (
        r"\b(?:(?:in|during|over) )?(?:the )?(summer|spring|autumn|winter) of last year\b",
        r"last \1",
    ),
    (
        r"\b(?:(?:in|during|over) )?(?:the )?(summer|spring|autumn|winter) of this year\b",
        r"this \1",
    ),
    # "Since you were put in": since the history began, all of it.
    (
        (
            r"\bsince (?:you were|you've been|you got|we got you|i got you|i had you)"
            r" (?:put in|installed|set up|plugged in|fitted|brought in|given to me|first)\b"
        ),
        "of all time",
    ),
    (r"\bsince (?:i|we) (?:got|had) you\b", "of all time"),
    # "weekdays, or Saturdays and Sundays": the weekends, when compared.
    (r"\bor (?:on )?(?:saturdays and sundays|sundays and saturdays)\b", "or weekends"),
    (r"\b(?:saturdays and sundays|sundays and saturdays),? or\b", "weekends or"),
    # "Is it weekdays, or weekends, when ...": the parts compared, one clause.
    (r"\b(weekdays|weekends),\s*or (weekdays|weekends)\s*,?", r"\1 or \2"),
    # Old words for the kinds and the device.
    (r"\blong[- ]playing records?\b", "albums"),
    (r"\bwhich whole (?:record|album|lp)\b", "which album"),
    (r",?\s*\band not just (?:one|a|the|any) (?:song|tune|track)s?\b", ""),
    (r",?\s*\bon the (?:gramophone|record player|radiogram|wireless set|hi-?fi)\b", ""),
    # Having played a thing often, in the old words.
    (
        r"\b(?:time and again|time after time|again and again and again)\b",
        "over and over",
    ),
    (
        r"\b(has|have|had) had the most (?:turns|spins|outings|airings|goes)\b",
        r"\1 been played the most",
    ),
    (r"\bgot the most (?:use|turns|spins|outings|airings)\b", "got played the most"),
    # "Me and Ben, how many plays did we ...": the household, said by name;
    # "did me and Ben have on" is we.
    (r"^me and \w+,\s+(?=.*\bwe\b)", ""),
    (r"\bdid me and \w+\b", "did we"),
    (r"\bclock(?:ed)? up\b", "play"),
    # "Has Ada had that Sexy Boy by Air on this morning": did she play it.
    (r"^has (\w+) had (?:that |the )?(.+?) on\b", r"did \1 play \2"),
    # "What song's our Ada got on repeat": "'s" is has before "got".
    (r"\b(\w+)'s our (?=[a-z]+ (?:got|been)\b)", r"\1 has our "),
    # Someone of the family by name, the old way: "what has our Ada been
    # listening to", "did our Tom play any Queen": that person, never the
    # household's "our" (writer 78). A room or the house is no one.
    (
        (
            r"\b(has|did|does|had|have|is) our (?!(?:house|household|family|home|kitchen"
            r"|lounge|bedroom|speakers?|radio|wireless|lot|kids|children|grandchildren)\b)"
            r"([a-z]+) (?=(?:been |ever |usually )?(?:listen|play|hear|stream|put|had|got|skip"
            r"|replay|hooked))"
        ),
        r"\1 \2 ",
    ),
    # Someone's favourite by name: "who is Ada's favourite singer this
    # year", "what's Tom's favourite song": what that person played most,
    # never the asker's own ranking. Only "favourite": "Queen's most played
    # song" is the band's.
    (
        (
            r"\b(?:who|what|which)(?: is|'s| was| has been|'s been) (?!(?:my|our|your)\b)"
            r"([a-z]+)'s (?:all[- ]time )?(?:favourite|favorite|fave|go-to)"
            r" (singer|artist|band|group|song|track|tune|album|record|podcast)s?\b"
        ),
        r"which \2 did \1 play the most",
    ),
    # The kind of listener one is: the taste ("what kind of listener am I,
    # would you say", "what sort of music fan would you say I am", "what
    # type of listener am I, going by what I play"). Never the parts of the
    # day or week compared ("am I a morning listener or an evening one").
    (
        (
            r"^(?!.*\b(?:morning|evening|night|afternoon|weekend|weekday|early bird|night owl)s?\b)"
            r"(.*?)\bwhat (?:kind|sort|type) of (?:a )?(?:listener|music (?:fan|lover|listener|person))"
            r" (?:am i|(?:would|do) you (?:say|reckon|think) i am|would you call me)\b"
        ),
        r"\1how would you describe my taste",
    ),
    # What the judgement goes by, said after it: ", judging by what I put
    # on", ", going by what I play": the history itself, no question of
    # what played.
    (
        (
            r",?\s*\b(?:judging|going|to judge) (?:by|from) (?:what|the (?:stuff|music|things|records))"
            r" (?:i|we) (?:put on|play|played|listen to|listened to|have on|had on|'ve had on)\b"
        ),
        "",
    ),
    # A thing one "can't abide" is the one skipped most: "what's the tune I
    # can't abide", "the song I can't stand", "which band can I not bear"
    # (a grandparent and a chatty speaker, writers 76-78). Only a kind or
    # "the one" before it: "I can't stand the rain" names no song.
    (
        (
            r"\b(?P<kind>song|songs|tune|tunes|track|tracks|record|records|band|bands|singer"
            r"|singers|artist|artists|group|groups|one)(?: is it| was it)?(?: that)? (?P<who>i|we)"
            r" (?:apparently |really |just |honestly |simply )?"
            r"(?:can't|cannot|can not|cant|couldn't) (?:stand|abide|bear|stomach)\b"
        ),
        r"\g<kind> \g<who> skip the most",
    ),
    # A listening summed up: a recap.
    (r"\bsum up (my|our)\b", r"give me a recap of \1"),
    # A recap asked for as a report: "tell me how my year has gone,
    # listening-wise", "let me know how my October went": how it was.
    (
        (
            r"\b(?:tell me|let me know|i wonder|i'd like to know) how (my|our) (week|month|year|summer"
            r"|january|february|march|april|may|june|july|august|september|october"
            r"|november|december) (?:has gone|went|has been|was|turned out|has turned out)\b"
        ),
        r"how was \1 \2",
    ),
    # "A little summing-up of my listening", "a quick round-up of my
    # music": a recap; "nothing too long", "keep it short" said after it
    # asks nothing.
    (
        r"\b(?:summing[- ]up|round[- ]?up|wrap[- ]up) of (my|our)\b",
        r"recap of \1",
    ),
    (
        r",?\s*\b(?:(?:please,?\s*)?(?:nothing|not) too long|keep it (?:short|brief)|just briefly)\s*(?=[?.!]|$)",
        "",
    ),
    # A lead-in asking whether the device can count.
    (
        r"\b(?:would|could|will|can) you be able to (?:count up|count|add up|tot up|work out|tell me)\s+",
        "",
    ),
    (r"\b(?:count up|tot up|add up) (how many|how much|how often)\b", r"\1"),
    # "Anybody new turn up": anyone new.
    (r"\b(?:anybody|somebody|someone) new\b", "anyone new"),
    # The speaker in the third person: "what the old girl likes".
    (
        rf"\bdoes {_SELF} (?P<verb>like|listen|play)\b",
        r"do i \g<verb>",
    ),
    (rf"\b{_SELF} (?P<verb>like|listen|play)s?\b", r"i \g<verb>"),
)
"""Words rewritten before the question is clipped (case is ignored)."""

# "In this house", "the whole household's" beside "we"/"our": the household,
# which "we" already says; never a room or a name.
_HOUSE = compiled(
    r",?\s*\b(?:in this (?:house|household)|the whole household(?:'s)?)\b(?=\s*[?.!,]|\s+\w)",
    re.IGNORECASE,
)
_WE = compiled(r"\b(?:we|our|us)\b", re.IGNORECASE)


def undo_grandparent_en(text: str) -> str:
    """Return `text` with a grandparent's old words and periods undone."""
    text = rewrite(GRANDPARENT_EN, text, re.IGNORECASE)
    if _WE.search(text):
        text = _HOUSE.sub("", text)
    return text
