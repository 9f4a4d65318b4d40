"""Indian English word order and times (issue 45's eighteenth turn, writer 54).

A writer nobody here had seen asked as many Indian speakers do and got no
answer, or a name read wrong: the day's part said after "today" and
"yesterday" ("today morning", "today evening", "yesterday night"); the time
said first and the question after it ("day before yesterday around 9 pm what
song was going on", "yesterday night 8 o'clock what was playing"); the name
first and the question word last, with "I have" and a bare participle ("Queen
I have listened last when", "digital love I have listened today or not",
"Genesis by Justice I have played how many times in last three months", "the
daily podcast, when I started listening that first"); "how many plays
happened"; and "what all" for what.

Each rule turns one habit into the plain question the readers after it know;
applied in `english_ways` before the Singaporean's rules (which add the
evening's "pm" to "last night at 8"). A rule is a pattern of function words,
never a listed sentence; the name said first is moved whole, never changed.
A command opens with its verb ("play Queen I have listened", "turn on the
light today morning") and keeps no question word, so no rule makes one.
"""

import re

from .rules import Rule, rewrite

_VERB = r"(?:listened to|listened|played|heard|streamed|put on)"
_HOUR = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
# The words a question opens with: no name is said before them.
_OPENS = (
    r"(?:when|what|which|who|how|did|do|have|has|was|were|is|are|tell|kindly"
    r"|please|today|yesterday|tonight|this|last|on|in|since|my|the day before)"
)


def _name_first(match: re.Match[str]) -> str:
    """Return "Queen I have listened last when" as the plain "when" question."""
    name, which = match.group("name"), match.group("which")
    return f"when did i {which} listen to {name}"


_RULES: tuple[Rule, ...] = (
    # "Justice was played most recently on which day" (issue 45's sixty-first
    # turn, blind writer 395): the passive, its question word said last.
    (
        (
            rf"^(?!{_OPENS}\b)(?P<name>.+?) (?:was|were) (?:played|heard|listened to|streamed"
            r"|put on|on) (?P<which>last|first|most recently) on which (?:day|date)$"
        ),
        _name_first,
    ),
    # "Today morning", "yesterday night" are read in `when.normalize`: a
    # slot's time and the whole utterance's both hold them.
    # "Last night 8 o'clock": the hour of that night, said with its "at"
    # (`singlish_en` says which half of the day).
    (
        (
            rf"\b(last night|tonight|this evening|yesterday evening) ({_HOUR})"
            # Its o'clock, or the end (another reader may have put the
            # question first: "what was playing last night 8").
            r"(?: o'?clock| o clock|$)(?=$| (?:what|which)\b)"
        ),
        r"\1 at \2",
    ),
    # "Today evening 5 15" (a Bangalore engineer, issue 45's thirty-first
    # turn): the hour and its minutes said with a space, after the part of
    # the day that tells the half.
    (
        (
            r"\b(today evening|this evening|yesterday evening|last night|tonight"
            rf"|today morning|this morning|yesterday morning) (?:at )?({_HOUR})[ :.]([0-5]\d)\b"
        ),
        r"\1 at \2:\3",
    ),
    # "Na", "yaar" and "itself" stress what is said: "since monday na",
    # "yaar which singer", "this month itself".
    (r"^yaar,?\s+|,?\s+(?:na|yaar)(?=\W*$)", ""),
    (
        r"\b(today|tonight|yesterday|now|this (?:week|month|year|morning|evening)) itself\b",
        r"\1",
    ),
    # "Which singer I played maximum": the most.
    (
        r"\b(played|listened to|listened|heard|streamed|skipped) maximum\b(?! number)",
        r"\1 the most",
    ),
    # "Today morning with what song I woke up": the morning's first song.
    (
        (
            r"^(today morning|this morning|yesterday morning) with (?:what|which) (?:song|track|tune)"
            r" (?:i|we) (?:woke up|started|began|started the day)$"
        ),
        r"what was the first song \1",
    ),
    # "Office days": weekdays; "compared to": than.
    (r"\boffice days\b|\bworking days\b", "weekdays"),
    (r"\bcompared to\b", "than"),
    # "Radiohead I ever listened": whether it ever played.
    (
        rf"^(?!{_OPENS}\b)(.+?) (?:i|we) (?:have )?ever (?:listened|heard|played)(?: to)?$",
        r"did i ever listen to \1",
    ),
    # "Don't Stop Me Now I played last week how many times".
    (
        (
            rf"^(?!{_OPENS}\b)(?P<name>.+?) (?:i|we) (?:have )?(?:played|listened to|listened|heard)"
            r" (?P<when>(?:last|this|yesterday|today|in|since|on|over) .*?) how many times$"
        ),
        r"how many times did i play \g<name> \g<when>",
    ),
    # "New singers I found this summer anything": "anything" asks nothing.
    (r"\s+anything$", ""),
    # "What song was going on": what was playing.
    (
        r"\b(what|which) (song|track|tune|music|thing)?\s?(was|were) going on\b",
        r"\1 \2 \3 playing",
    ),
    (r"\b(what|which) all\b", r"\1"),
    # "Total how many plays happened": how many plays.
    # Never "in total" ("in total how many artists"): all time said.
    (r"(?<!\bin )\btotal (how many|how much)\b", r"\1"),
    (
        r"\b(plays|streams|songs|tracks|listens) (?:happened|took place|were there)\b",
        r"\1",
    ),
    # The name first, "I have" and its participle, the question last:
    # "Queen I have listened last when", "the daily, when I started
    # listening that first".
    (
        (
            rf"^(?!{_OPENS}\b)(?P<name>.+?),? (?:i|we) (?:have |had )?{_VERB}"
            r"(?: to)?(?: it| that| them)? (?P<which>first|last) when$"
        ),
        _name_first,
    ),
    (
        (
            rf"^(?!{_OPENS}\b)(?P<name>.+?),? when (?:i|we) (?:have )?(?:started|start)"
            r" (?:listening|playing|hearing)(?: to)?(?: it| that| them| this)?"
            r" (?P<which>first)?$"
        ),
        lambda m: f"when did i first listen to {m.group('name')}",
    ),
    # "Digital love I have listened today or not": whether I did.
    (
        (
            rf"^(?!{_OPENS}\b)(.+?),? (?:i|we) (?:have |had )?{_VERB}(?: to)?"
            r"(?: it| that)?( .+?)? or not$"
        ),
        r"did i listen to \1\2",
    ),
    # "Genesis by Justice I have played how many times in last three
    # months": how many times did I play it then.
    (
        (
            rf"^(?!{_OPENS}\b)(.+?),? (?:i|we) (?:have |had )?{_VERB}(?: to)?"
            r"(?: it| that)? (how many times|how often)\b"
        ),
        r"\2 did i play \1",
    ),
)


def undo_indian(words: str) -> str:
    """Return `words` (normalized English) with Indian English habits undone."""
    if not re.search(
        r"\b(?:today|yesterday|night|tonight|evening|going on|what all|which all|total|happened|took place|when|or not"
        r"|how many times|how often|na|yaar|itself|maximum|today evening|this evening|morning"
        r"|office days|compared to|ever listened|ever heard|ever played|anything|which day"
        r"|which date)\b",
        words,
    ):
        return words
    return re.sub(r" {2,}", " ", rewrite(_RULES, words)).strip()
