"""English as a French speaker says it (issue 45's fourteenth turn).

A B1 writer whose first language is French carried French words and order
into English: clock times in hours ("at 8 hours", "at five hours and
quarter", "at eight hours less the quarter" for 7:45), "the week last"
(la semaine dernière), "since two weeks" (depuis deux semaines: the last
two weeks), "how much minutes", "is it that" (est-ce que), a past said with
"have" ("with which song i have finished"), "listen" with no "to", "rate of
skip", "zap" for skip, "turns in loop" for on repeat, "passing" for playing,
"days following" for days in a row, "a bilan" for a recap, and the question
word last ("..., who is it"). Read before `learner.LEARNER_EN`, whose rules
then see an English learner's words. Names after a verb are never changed;
each rule holds to function words and word shapes.
"""

_HOUR = (
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
    r"|twenty one|twenty two|twenty three)"
)
_MINUTES = r"(?:five|ten|twenty|twenty five|\d{1,2})"
# "Hours" said after a clock's hour (huit heures), or "o'clock", or nothing.
_HOURS = r"(?: (?:hours?|h|o'clock|o clock|oclock))?"
_NUMBER = (
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fourteen|fifteen|twenty|thirty|a few|several)"
)
_KINDS = (
    r"(?:song|songs|track|tracks|tune|tunes|music|artist|artists|band|bands|group"
    r"|groups|singer|singers|album|albums|podcast|podcasts|thing|things)"
)
_VERBS_PAST = r"(?:listened|heard|played)"

LEARNER_FR_EN: tuple[tuple[str, str], ...] = (
    # "Is it that I have heard Air" (est-ce que): the question itself.
    (r"^(?:so |and )?(?:is it that|is that|est ce que|est-ce que) (?=(?:i|we)\b)", ""),
    # "Digital love i listened it when the last time" (issue 45's sixty-fifth
    # turn, blind writer 429): the name first, the question word last.
    (
        r"^(?!(?:what|which|who|when|how|did|do|have)\b)(.{2,40}?),? (i|we) (?:listened|played|heard)(?: to)?(?: it| them| him| her)? when (?:the|was the) last time\W*$",
        r"when did \2 last listen to \1",
    ),
    # -- clock times said in hours -------------------------------------------------
    # "At eight hours less the quarter", "at 8 hours less ten": before the hour.
    (
        rf"\bat ({_HOUR}){_HOURS} (?:less|minus) (?:the |a )?quarter\b",
        r"at quarter to \1",
    ),
    (
        rf"\bat ({_HOUR}){_HOURS} (?:less|minus) ({_MINUTES})(?: minutes?)?\b",
        r"at \2 to \1",
    ),
    # "At five hours and quarter", "at eight o'clock and half", "at eight
    # o'clock and ten": after the hour.
    (
        rf"\bat ({_HOUR}){_HOURS} and (?:a |the )?quarter\b",
        r"at quarter past \1",
    ),
    (rf"\bat ({_HOUR}){_HOURS} and (?:a |the )?half\b", r"at half past \1"),
    (
        # Never "five and twenty past five", the old way of 5:25 (issue
        # 45's seventy-third turn, blind writer 498).
        rf"\bat ({_HOUR}){_HOURS} and ({_MINUTES})(?: minutes?)?\b(?! (?:past|to|after)\b)",
        r"at \2 past \1",
    ),
    # "At 8 hours 30", "at 17 h 15": the minutes said after "hours".
    (r"\bat (\d{1,2}) (?:hours?|h) (\d{2})\b", r"at \1:\2"),
    # "At 8 hours", "at seventeen hours": the hour.
    (rf"\bat ({_HOUR}) (?:hours?|h)\b(?! (?:of|long|ago)\b)", r"at \1"),
    # -- periods ----------------------------------------------------------------------
    # "The week last", "the month past" (la semaine dernière): last week.
    (
        (
            r"\b(?:in |during |over |on )?the (week|weekend|month|year|summer|winter"
            r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
            r" (?:last|past|passed)\b"
            r"(?! (?:year|month|week|weekend|summer|winter|night|time)\b)"
        ),
        r"last \1",
    ),
    # "Since two weeks" (depuis deux semaines): the last two weeks; "since
    # two weeks ago" is a point and stays.
    (
        rf"\bsince ({_NUMBER}) (days?|weeks?|months?|years?)\b(?! ago\b)",
        r"in the last \1 \2",
    ),
    # "On the last seven days": in them.
    (
        rf"\bon the (last|past|previous) ({_NUMBER}) (days|weeks|months)\b",
        r"in the \1 \2 \3",
    ),
    # "In general" said of a habit: usually.
    (r"\bin general\b", "usually"),
    # -- what is asked ------------------------------------------------------------------
    # "How much minutes", "how much things": a count.
    (
        r"\bhow much (?=(?:minutes|hours|things|pieces|titles|plays|times|days)\b)",
        "how many ",
    ),
    # "How many things I played": plays.
    (r"\bhow many (?:things|titles|pieces)\b", "how many plays"),
    # "Rate of skip", "rate of repetition" (taux de ...): the rate.
    (
        (
            r"\b(?:rate|percentage|proportion|ratio|part|share|taux) of (?:skips?|skipping"
            r"|zaps?|zapping|jumps?)\b"
        ),
        "skip rate",
    ),
    (
        (
            r"\b(?:rate|percentage|proportion|ratio|part|share|taux) of (?:repetitions?"
            r"|repeats?|repeating|replays?|replaying)\b"
        ),
        "repeat rate",
    ),
    # "Zap" (zapper) is skipping, after "I" only.
    (r"\b(i|we) (?:am |are )?(?:zap|zapped|zapping|zappe)\b", r"\1 skip"),
    # "The song that turns in loop" (qui tourne en boucle): on repeat.
    (
        (
            r"\b(?:that|which) (?:turns?|turning|turned|runs?|running|ran|passes|passing"
            r"|passed|goes|going|went|plays|playing|played) (?:in|on|en) (?:a |the )?"
            r"(?:loop|boucle)\b"
        ),
        "that i have on repeat",
    ),
    # "What was passing", "which song was turning" (passait, tournait): playing.
    (
        (
            rf"^((?:what|which|what {_KINDS}|which {_KINDS})(?: (?:was|were))?)"
            r" (?:passing|turning)\b"
        ),
        r"\1 playing",
    ),
    (
        rf"^((?:what|which|what {_KINDS}|which {_KINDS})) (?:passed|turned)\b",
        r"\1 played",
    ),
    (
        (
            rf"\b((?:what|which|what {_KINDS}|which {_KINDS})) (was|were) (?:passing"
            r"|turning)$"
        ),
        r"\1 \2 playing",
    ),
    # "Which song was at 8": was playing then.
    (
        rf"^((?:what|which) {_KINDS}) (was|were) (?=at (?:{_HOUR}|quarter|half|{_MINUTES})\b)",
        r"\1 \2 playing ",
    ),
    # "The group that I skip the most, who is it", "the song ..., it is
    # which": the question word said last.
    (
        (
            rf"^(?:the|my) ({_KINDS}) (?:(?:that|which|who) )?((?:i|we) .+?),? (?:who is it|what is it"
            r"|which is it|it is which|it is who|it is what|is which|is who|is what|c'est qui"
            r"|c'est quoi|c'est lequel|c'est laquelle)$"
        ),
        r"which \1 \2",
    ),
    # "There is more music the weekend than ...": habits compared.
    (
        (
            r"^(?:there is|there are|there's|is there|are there|is it that there is)"
            r" (more|less) (music|listening|songs|tracks|plays)"
            r" (?:in |on |at |during )?(?:the )?(weekends?|weekdays|mornings?|evenings?"
            r"|afternoons?|nights?)\b"
        ),
        r"do i listen to \1 \2 at the \3",
    ),
    # "More the weekend than the week": than on weekdays.
    (
        r"\b(weekends?) than (?:in |during |on |at )?(?:the )?(?:week|days of work)\b",
        r"\1 than on weekdays",
    ),
    # "There is new artists this month": which new artists.
    (
        (
            r"^(?:there is|there are|there's) (?:some |any )?new (?:artists?|bands?|singers?"
            r"|groups?|musicians)\b"
        ),
        "which new artists did i discover",
    ),
    # "There is artists that I listened for the first time": which ones.
    (
        (
            rf"^(?:there is|there are|there's|is there|are there) (?:some |any )?({_KINDS})"
            r" (?:that|which|who) (?=(?:i|we)\b)"
        ),
        r"which \1 ",
    ),
    # "I am more a person of morning or of evening": which I listen more.
    (
        (
            r"^(?:am )?(?:i|we) (?:am |are )?(?:more )?(?:a |an )?(?:person|people|type|kind)"
            r"(?: more)? of (?:the )?(mornings?|evenings?|afternoons?|nights?) or (?:of )?"
            r"(?:the )?(mornings?|evenings?|afternoons?|nights?)\b"
        ),
        r"do i listen more in the \1 or in the \2",
    ),
    # "Which moment of the day": the time of day.
    (r"\b(?:moment|part|period) of the day\b", "time of day"),
    # "Days following", "days of following" (jours de suite): in a row.
    (
        (
            r"\bdays (?:following|of following|of suite|in suite|successive|successively"
            r"|one after the other|after each other|without interruption)\b"
        ),
        "days in a row",
    ),
    # "Days without break" reads as a streak already (`asked`): kept.
    (r"(?<!days )\bwithout (?:to )?(?:stop|stopping|pause|interruption|break)\b", ""),
    # "A bilan of my listening" (un bilan): a recap.
    (r"\b(?:bilan|balance sheet)\b", "recap"),
    (r"^(?:make|do) me (?=(?:a|the|my) recap\b)", "give me "),
    # -- a past said with "have" ---------------------------------------------------------
    # "With which song I have finished", "I have woke up": did I.
    (
        (
            r"\b(with which(?: \w+)?|with what(?: \w+)?) (i|we) (?:have|has|had)"
            r" (?:finished|ended|terminated)\b"
        ),
        r"\1 did \2 finish",
    ),
    (
        (
            r"\b(with which(?: \w+)?|with what(?: \w+)?) (i|we) (?:have|has|had)"
            r" (?:started|begun|began|commenced)\b"
        ),
        r"\1 did \2 start",
    ),
    (
        (
            r"\b(with which(?: \w+)?|with what(?: \w+)?) (i|we) (?:have|has|had)?"
            r" ?(?:woke|woken|waked|awoke|awaken|awakened) up\b"
        ),
        r"\1 did \2 wake up",
    ),
    # A statement asked as a question ("I have listened Justice the last
    # weekend", "we have heard Air this summer"): did I, only with a period
    # after the name.
    (
        (
            rf"^(?:i|we) (?:have |had )?(?:already |ever )?{_VERBS_PAST}(?: to)?"
            r" (?!(?:to|anything|something|music|songs?|tracks?|the most|most|more|much)\b)"
            r"(.+?) (?=(?:the )?(?:last|this|past|yesterday|today|lately|recently|in|on"
            r"|during|since|over)\b)"
        ),
        r"did i listen to \1 ",
    ),
    # "The last weekend", "the last month" after a name: last weekend.
    (
        (
            r"^(did i listen to .+?) the last (weekend|week|month|year|summer|monday"
            r"|tuesday|wednesday|thursday|friday|saturday|sunday)$"
        ),
        r"\1 last \2",
    ),
    # "Did I listen the Weeknd": "to", never before "the most".
    (
        (
            r"\b(did|do|have|had) (i|we) (?:listen|listened) the (?!(?:most|more|least|best"
            r"|same|whole|entire|first|last|longest|more|ones?)\b)"
        ),
        r"\1 \2 listen to the ",
    ),
)
