"""English as a chatty evening speaker says it (issue 45's seventeenth turn).

A Canadian writer, terse in the morning and chatty in the evening, said a
story before the question ("so we had people over on Saturday and I was
DJ-ing, remind me, what did I actually put on?", "okay I've got a bet going
with Marc at work, how many times have I played ..."). The story was read as
a name or a period, or the question not at all. Here the words as said,
commas and all, are cut to the question: the last clause that opens with a
question word or a question's auxiliary and "I" and holds a word of
listening. A day the story named ("on Saturday", "yesterday evening", "this
afternoon") is kept when the question itself names no time and asks what
played; any other word of the story is dropped. A name after a verb keeps
its words, and a sentence without a comma is left as it was.
"""

import re

from .rules import Rule, rewrite

# What may stand before a question in its clause: "uh", "so", "like",
# "remind me", "and I'm curious".
_LEAD = (
    r"(?:(?:uh|um|so|and|like|well|okay|ok|alright|right|remind me|honestly"
    r"|and i'm curious|i'm curious|out of curiosity|just wondering|quick one"
    r"|settle this for me|tell me) )*"
)
_OPEN = (
    r"(?:what|what's|whats|which|who|who's|when|when's|how|has|have (?:i|we)"
    r"|had (?:i|we)|did (?:i|we)|do (?:i|we)|does|was (?:i|we|there)"
    r"|give me|can you|could you)\b"
)
# A word of the history in the question kept: it must be one.
_LISTENING = re.compile(
    r"\b(?:play|played|plays|playing|put on|listen|listened|listening|heard|hear"
    r"|song|songs|track|tracks|tune|tunes|artist|artists|band|album|record"
    r"|podcast|podcasts|episodes?|music|skip|skipped|skips|skipping|skip rate"
    r"|hours|minutes|review|rundown|recap|streak|on|history|showed up)\b",
    re.IGNORECASE,
)
_QUESTION = re.compile(rf"^{_LEAD}{_OPEN}", re.IGNORECASE)
# A day or a part of one the story named.
_DAY = re.compile(
    r"\b(?:(?:on |last )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?: (?:morning|afternoon|evening|night))?"
    r"|the day before yesterday|yesterday(?: (?:morning|afternoon|evening))?"
    r"|this (?:morning|afternoon|evening)|last night|tonight)\b",
    re.IGNORECASE,
)
# A time the question names itself.
_TIME = re.compile(
    r"\b(?:today|yesterday|tonight|this|last|since|ever|during|past"
    r"|lately|recently|all time|morning|afternoon|evening|night|noon|midday|o'clock"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?:at|around|about) (?:\d|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|half|quarter)",
    re.IGNORECASE,
)
# A clock the story named: "around quarter to eight".
_CLOCK = re.compile(
    r"\b(?:at|around|about) (?:(?:a quarter|quarter|half|ten|twenty|five|twenty five) (?:past|to|after) )?"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|\d{1,2}(?::\d\d)?)"
    r"(?: ?(?:am|pm|a\.m\.|p\.m\.))?\b",
    re.IGNORECASE,
)
# What played, asked without a time: "what did I put on", "what was it again".
_WHAT_PLAYED = re.compile(
    r"^(?:what|which) (?:did (?:i|we)|was|were)\b(?!.*\b(?:most|top|first|last)\b)",
    re.IGNORECASE,
)
# A tag after the question: "..., or not really?", "..., be honest".
_TAGS: tuple[Rule, ...] = (
    (r"[,;]\s+or not really\W*$", ""),
    (r"[,.;]?\s+like,?\s+(?=ever\W*$)", " "),
    # "Has that Digital Love song been on": the name, without its kind.
    (
        r"\b(has|had|did) that (.+?) (?:song|track|tune|album|record) (been|come|get)\b",
        r"\1 \2 \3",
    ),
    # A record "worn out" is the one played most: "which record did I
    # basically wear out over the last three months", "what album have I
    # worn out this year" (a chatty speaker, writer 76).
    (
        (
            r"\b(did|do|have|had) (i|we) (?:basically |totally |pretty much |practically |just |really )?"
            r"(?:wear|worn|wore)(?: it| them)? out\b"
            # Never a name after it ("did I wear out Discovery" asks of it).
            r"(?=\W*$|,|\s+(?:over|in|this|last|since|during|lately|recently|the past|these|so far)\b)"
        ),
        lambda m: (
            f"{m[1]} {m[2]} "
            + ("play the most" if m[1] in ("did", "do") else "played the most")
        ),
    ),
    # "The first song I put on back on November third": no name "back".
    (r"\b(put on|played|heard|listened to) back (?=(?:on|in) )", r"\1 "),
    # "When was the very first time X showed up in my history": X's first play.
    (
        (
            r"\bwhen was the (?:very )?(first|last) time (.+?) (?:showed|turned|popped"
            r"|came) up(?: in my (?:history|listening))?(?=\W*$)"
        ),
        r"when did I \1 play \2",
    ),
)
# The question's own chatter: "have I ever actually played", "what was it
# again" (what I played).
_QUESTION_SAID: tuple[tuple[str, str], ...] = (
    (
        r"^(have|did|do) (i|we) (ever )?(?:actually|even|really) (?=(?:play|played|heard|hear|listen|listened)\b)",
        r"\1 \2 \3",
    ),
    (r"^what was (?:it|that)(?: again)?$", "what did I play"),
    # "More on weekends than during the work week": the weekdays.
    (r"\b(?:during |in |on |over )?the work(?:ing)? ?week\b", "on weekdays"),
)
# The morning's terse keywords, the name said first (an empty ?(?:...) keeps
# "first Air play ever" apart from a command: no verb opens them).
_TERSE: tuple[tuple[str, str], ...] = (
    (
        r"^(first|last) (?!(?:song|track|tune|one|time|play)\b)(.+?) (play|spin|listen|stream),? ever\W*$",
        r"\1 ever \2 \3",
    ),
    (
        (
            r"^(?!(?:what|how|which|who|when|my|the|play|start|reset|stop)\b)(.+?)"
            r"(?<!\btime)(?<!\bartist)(?<!\bartists)(?<!\bsong)(?<!\bsongs)(?<!\btrack)"
            # "Songs ranked by play count": a ranking's measure, no name's count.
            r"(?<!\btracks)(?<!\balbum)(?<!\bskip)(?<!\bplay)(?<!\bspin)(?<!\bby),? (?:play |spin )?"
            r"count,? (all time|ever|overall|(?:this|last|since|in|over|the past|past) .+?)\W*$"
        ),
        r"how many times did I play \1 \2",
    ),
    (
        r"^(?!(?:what|how|which|who|when|my|the|play|start)\b)(.+?) episodes,? ((?:last|this|since|over|the past|past|today|yesterday)\b.*?)\W*$",
        r"how many times did I play \1 \2",
    ),
)
# Who did what in a story, and a question word it must not hold.
_SUBJECT = re.compile(
    r"\b(?:i|we|my|our|i'm|i've|i'd|we're|we've|it's|it)\b", re.IGNORECASE
)
_ASKS = re.compile(
    r"\b(?:what|which|who|whose|when(?! (?:i|we|it|my)\b)|how|whats|what's|who's|when's)\b",
    re.IGNORECASE,
)
# Words of the question a story may hold, which keep the sentence whole: a
# first, last or most ("last song I played yesterday, what was it"), a room
# ("in the kitchen, ..."), what was counted ("the songs"), a clock said bare.
_KEPT = re.compile(
    r"\b(?:first|most|top|favou?rite|count|songs|tracks|podcasts?|episodes)\b|\blast (?!(?:night|week|weekend|month|year"
    r"|summer|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
    r"|\bin (?:the|my|our) (?!(?:last|past|morning|afternoon|evening)\b)\w+",
    re.IGNORECASE,
)
# A clock said without its "at": "Wednesday, twelve o'clock, I was ...".
_BARE_CLOCK = re.compile(r"\b(?:o'clock|o clock|noon|midday)\b", re.IGNORECASE)
# A lead-in of fillers only: nothing of the question is in it.
_FILLERS = re.compile(
    r"^(?:(?:you know what|i'm curious|just wondering|quick one|okay|ok|so|alright"
    r"|hey|and|honestly|out of curiosity|lemme ask you something|let me ask you something"
    r"|random one|anyway|man|well|right)[,\s]*)+$",
    re.IGNORECASE,
)
# A pronoun for a name the story said ("my buddy asked if I'd heard of Wet
# Leg, have I ever played them?").
_PRONOUN = re.compile(
    r"\b(?:any of )?(?:them|him|her|(?:his|her|their) stuff)(?=\W*$)", re.IGNORECASE
)
_CAPITALS = re.compile(
    r"(?<!^)(?<![.!?] )\b((?:The )?(?!I\b|I'\w)[A-Z][\w'.&-]*(?: [A-Z][\w'.&-]*)*)"
)


def _clauses(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"[,;:?!]+\s+", text) if part.strip()]


def _a_story(story: str) -> bool:
    """Whether the words before a question tell a story, not a part of it.

    A story is long, says who did what ("I", "we", "my") and asks nothing:
    "In September, which track", "Digital Love, when did I hear that one"
    and "which album, which record did I" are the question's own words.
    """
    if _FILLERS.match(story):
        return True
    story = re.sub(r"\byou know what\b", "", story, flags=re.IGNORECASE)
    return (
        len(story.split()) >= 5
        and _SUBJECT.search(story) is not None
        and _ASKS.search(story) is None
        and _KEPT.search(story) is None
        and not any(_QUESTION.match(part) for part in _clauses(story))
    )


def drop_chatter(text: str) -> str:
    """Return the words as said cut to their question, a story before it out.

    Only a sentence whose first question opens a clause after a story
    changes; a time the story said and the question does not keeps the
    sentence whole, unless it is the day of what played.
    """
    text = rewrite(_TERSE, rewrite(_TAGS, text, re.IGNORECASE), re.IGNORECASE)
    clauses = _clauses(text)
    for index in range(1, len(clauses)):
        clause = clauses[index]
        if _QUESTION.match(clause) is None:
            continue
        story = ", ".join(clauses[:index])
        if not _a_story(story):
            return text
        question = re.sub(rf"^{_LEAD}", "", clause, flags=re.IGNORECASE).rstrip("?.! ")
        if _LISTENING.search(clause) is None and not (
            _WHAT_PLAYED.match(question) and _LISTENING.search(story)
        ):
            return text
        question = rewrite(_QUESTION_SAID, question, re.IGNORECASE)
        if (pronoun := _PRONOUN.search(question)) is not None:
            names = _CAPITALS.findall(story)
            if len(names) != 1:
                return text
            question = question[: pronoun.start()] + names[0]
        if _TIME.search(question) is None and _TIME.search(story) is not None:
            day = _DAY.search(story)
            if not _WHAT_PLAYED.match(question) or day is None:
                # A time only the story said: the question may be of it.
                return text
            clock = _CLOCK.search(story)
            if clock is None and _BARE_CLOCK.search(story):
                return text
            question = (
                f"{question} {day.group(0)}"
                if clock is None
                # A moment: what was playing then, "around" read as "at".
                else f"what was playing {day.group(0)} at {clock.group(0).split(' ', 1)[1]}"
            )
        # What follows the question ("like which artist do I skip the most")
        # is said with it.
        rest = ", ".join(clauses[index + 1 :])
        return f"{question}, {rest}" if rest else question
    return text
