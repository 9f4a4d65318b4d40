"""A German speaker's English, B1 (issue 45's fifty-eighth turn, blind writer 368).

A German learner asked in her own language's words and order: "before one
hour" (vor einer Stunde: an hour ago), "directly after standing up"
(direkt nach dem Aufstehen: first thing), "in endless loop" (in
Endlosschleife: on repeat), "become" (bekommen: get), "interprets"
(Interpreten: artists), "skip quote" (Quote: rate), "as last" (als
Letztes), "at last yesterday night" (gestern Abend zuletzt), "was
running" (lief: played), "totally crazy from a band" (total verrückt
nach), "begun the day with" and "17.10" for ten past five. Three of her
questions were answered for another (wrong facts): "before one hour" as
all of today, "after standing up" as all of today, "endless loop" as what
played lately. `learner` reads a German speaker's false friends and verb
last order in general; this reads the words of her English those miss.
Each rule holds to the learner's word and its place, never to a name.
"""

import re

from .rules import Rule, rewrite

_KIND = r"(song|track|tune|album|artist|band|podcast|interpret)"
_NUMBER = r"(one|an|a|two|three|four|five|six|half an|\d{1,2})"

_LEARNER_DE_EN: tuple[Rule, ...] = (
    # "Ähm", "äh", "also": a German hesitation.
    (r"^(?:ähm|äh|öhm|hm|also)[,.]?\s+", ""),
    # "Before one hour", "before two hours" (vor einer Stunde): ago.
    (rf"\bbefore {_NUMBER} (hours?|minutes?)\b", r"\1 \2 ago"),
    (r"\bone (hours?|minutes?) ago\b", r"an \1 ago"),
    # "Directly after standing up", "after getting up": the first song of
    # the day (direkt nach dem Aufstehen).
    (
        (
            r"^what did (i|we) (?:hear|play|listen to) (?:directly |right |straight |just )?after"
            r" (?:standing up|getting up|waking up|(?:i|we) (?:stood|got|woke) up)(?: today)?\W*$"
        ),
        r"what was the first song \1 played today",
    ),
    # "With which song have I begun the day": the day's first.
    (
        r"^with which (song|track|tune) (?:have|did) (i|we) (?:begun|began|begin|started|start) (?:the|my|our) day\W*$",
        r"what was the first \1 \2 played today",
    ),
    # "In endless loop" (in Endlosschleife): on repeat.
    (r"\b(?:in|on|as) (?:an? )?endless ?loop\b", "on repeat"),
    (
        r"^which (song|track|tune) (i|we) hear (?:at the moment|now|currently|lately) on repeat\W*$",
        r"which \1 have \2 had on repeat lately",
    ),
    # "Can I become my top 3" (bekommen): get.
    (r"^(?:can|could) (i|we) become\b", r"can \1 get"),
    # "Interprets" (Interpreten): artists.
    (r"\binterprets\b", "artists"),
    (
        r"^from how many different artists (i|we) (?:have )?heard something\b",
        r"how many different artists have \1 heard",
    ),
    # "Skip quote", "repeat quote" (Quote): rate.
    (r"\b(skip|repeat|replay) quote\b", r"\1 rate"),
    # "As last" (als Letztes), "at last yesterday night": the last.
    (
        r"^which (song|track|tune) did (i|we) hear as last\W*$",
        r"what was the last \1 \2 played",
    ),
    (
        r"^what did (i|we) hear at last (yesterday night|last night|yesterday|today)\W*$",
        r"what was the last song \1 played \2",
    ),
    (r"\byesterday night\b", "last night"),
    # "From which band I was totally crazy lately" (verrückt nach): the
    # one I was obsessed with.
    (
        r"^(?:from|for|about|of|after) which (band|artist|singer|song) (i|we) (?:was|were|am|are) (?:totally |very |so |really )?crazy\b",
        r"which \1 have \2 been obsessed with",
    ),
    # "How much songs were running" (lief: played).
    (r"^how much (songs|tracks|tunes)\b", r"how many \1"),
    (r"\b(songs|tracks|tunes) were running\b", r"\1 did I play"),
    (r"^when did run (.+?) the last time\W*$", r"when did I last play \1"),
    # "How often was Rammstein playing last year" (wie oft lief): played,
    # the name no listener.
    (
        r"^how often (?:was|were) (?!(?:i|we|my|our|the music|music)\b)(.+?) (?:playing|running)(?= (?:this|last|in|since|today|yesterday)\b|\W*$)",
        r"how often did I play \1",
    ),
    (r"\b(which|what) (song|track|tune) was running\b", r"\1 \2 was playing"),
    # "Today at 17.10": a clock time with the German dot.
    (r"\bat (\d{1,2})\.(\d{2})\b", r"at \1:\2"),
    # "On which weekday and what o'clock I am hearing the most": my peak.
    (
        r"^(?:on )?which (?:weekday|day) and (?:what|which) (?:o'clock|hour|time) (?:i am|am i|i'm|do i) (?:hearing|listening|hear|listen)(?: to music)? the most\W*$",
        "when do I usually listen",
    ),
    # "Can you make a resume from my listening" (Resümee): a recap.
    (
        r"^(?:can|could) you (?:make|give me|do) (?:a|an) (?:resume|résumé|resumee) (?:from|of|about) my listening\b",
        "give me a recap of my listening",
    ),
    (r"\s{2,}", " "),
)


def said_as_german_learner(text: str) -> str:
    """Return a German speaker's English question in plain English."""
    return rewrite(_LEARNER_DE_EN, text, re.IGNORECASE)
