"""Everyday English phrasings read as their plain words (issue 45's eighteenth turn).

Outside writers said these, and each was dropped or misread: "what music did
I have going" (played), "which song can I just not stop playing" (on
repeat), "which podcast have I been hooked on" (on repeat these days, never
the top of all time), a fan's "prime time" (the usual hour) and a song
"benched" (skipped). Read in `speech.prepare` with the English contractions.
"""

EVERYDAY_EN: tuple[tuple[str, str], ...] = (
    # A formal speaker's words (issue 45's twenty-third turn): "what I awoke
    # to" is the day's first play; "on what date" asks when.
    (r"\b(?:awoke|awakened|awoken|woke) to\b", "woke up to"),
    (r"\bawake to\b", "wake up to"),
    (r"\b(?:on |at )?(?:what|which) date\b", "when"),
    # "Weekends versus the rest of the week": the weekdays, not this week.
    (
        (
            r"\b(weekends?) (versus|vs|or|against|compared to|compared with|and)"
            r" the rest of the week\b"
        ),
        r"\1 \2 weekdays",
    ),
    (
        r"\bthe rest of the week (versus|vs|or|against|and) (?=(?:the )?weekends?\b)",
        r"weekdays \1 ",
    ),
    # A fan's words (issue 45's eighteenth turn): "prime time" is the usual
    # hour; a song "benched" is skipped ("what track do I bench most").
    (r"\bprime[ -]time\b", "peak time"),
    (r"\b(do|did|does) (i|we) bench\b", r"\1 \2 skip"),
    (r"\b(?:gets?|got|get) benched\b", "gets skipped"),
    # "What music did I have going this afternoon": what was played.
    (
        r"\b(did (?:i|we)|(?:i|we)(?:'ve| have)?) (?:have|had) (?:go(?:ing|in)|playing)\b",
        r"\1 play",
    ),
    # "Which podcast have I been hooked on": what is on repeat these days,
    # as "am I hooked on" is, never the top of all time.
    (
        r"\b(?:have i been|i've been|i have been) (hooked|obsessed|addicted)\b",
        r"am i \1",
    ),
    # A name, then whether it was played in other words (issue 45's
    # nineteenth turn): "digital love yesterday, did that get a look in".
    (
        (
            r"^(.+?),? (?:did|has|have) (?:that|it|they|he|she) (?:get|got|gotten|had)"
            r" (?:a look in|a look-in|a spin|a play|any plays|a listen|any airtime)\b"
        ),
        r"did i play \1",
    ),
    # "Which song can I just not stop playing": "can't I stop playing".
    (r"\bcan (i|we) (?:just |simply |really )?not stop\b", r"can't \1 stop"),
)
