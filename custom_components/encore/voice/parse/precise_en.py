"""English as a precise, data-minded speaker asks it (issue 45's fifty-eighth turn, blind writer 371).

An accountant asked exactly: the measure said first ("strictly by play
count, which artist ranks first"), a ranking said as a share ("which
artist accounted for the largest share of plays"), a count made plain
after the question (", counting every individual play"), a name's
"play count", "statistically" and "in summary" set off by commas, and
"to be precise" wherever it fell. Six of her questions were answered for
another one (wrong facts): "by play count" and "largest share of plays"
read as how many artists, "when, statistically, am I most likely to"
clipped to its last clause and read as the top songs, "my play count for
The Daily" as all plays, "counting every individual play" as the
different songs, "what does my listening say about my preferences" as a
recap. Each rule holds to the words of the measure or the frame, never
to a name.
"""

import re

from .rules import Rule, rewrite

_KIND = (
    r"(?:artist|band|singer|group|song|track|tune|album|record|podcast|show|episode)"
)
_RANKS = r"(?:ranks?|ranked|comes?|came|stands?|stood|placed?)"
_TOP = r"(?:first|top|highest|number one|no\.? 1|1st)"
_PERIOD_START = (
    r"(?:this|last|the (?:last|past|first|week|month|year|weekend|day)|today|yesterday"
    r"|tonight|in (?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december|\d{4}|twenty)|since|all time|ever)"
)

_PRECISE_EN: tuple[Rule, ...] = (
    # -- the qualifiers that ask nothing ----------------------------------------------
    # "To be precise", "strictly speaking", "for the record": how exactly
    # to answer, wherever they stand; never the name ("What was the first
    # song I played today, to be precise" read "be precise" as a song).
    (r"[,;:]?\s*\bto be (?:precise|exact)\b[,;:]?", ","),
    (r",\s*,", ","),
    (r"^\s*,\s*|\s*,\s*(?=[?.!]*$)", ""),
    # "Song of the summer, for the record: which track led my plays this
    # summer": a heading set off by a colon, its words asked again after it
    # ("song of the month, what was it" asks by its heading, and stays).
    (
        rf"^(?:the )?{_KIND} of the (?:summer|year|month|week)(?:,? for the record)?:\s*(?=(?:which|what|who)\b)",
        "",
    ),
    # "For the record", "strictly speaking": asked nothing.
    (r"[,;:]?\s*\b(?:for the record|strictly speaking)\b[,;:]?", ","),
    # "Out of all my plays last month, how many did I skip": the share
    # skipped, the plays only its base (issue 45's sixty-third turn, blind
    # writer 409: the plays were taken for a story and the period lost).
    (
        (
            r"^out of (?:all )?(?:of )?(?:my|our|the) (?:plays|songs|tracks|streams|listens)\b(?P<when>[^,]*(?:,[^,]*?)?),"
            r"\s*how many (?:of (?:them|those) )?(?:did|have) (?P<who>i|we) skip(?:ped)?\W*$"
        ),
        r"how often did \g<who> skip\g<when>",
    ),
    # "The last seven days, including today", "..., counting back from
    # today": a count of days said to end today, as it does (issue 45's
    # sixty-third turn, blind writer 409: "including today" read as a name).
    (
        (
            r"(\b(?:last|past) (?:\w+ )?(?:days?|weeks?|months?|years?))\s*,?\s+(?:today (?:included|inclusive)"
            r"|including today|counting (?:back )?from (?:today|now)|up to and including today)(?=\W*$|,)"
        ),
        r"\1",
    ),
    (r",\s*,", ","),
    (r"^\s*[,:]\s*|\s*,\s*(?=[?.!]*$)", ""),
    # "..., strictly Saturday and Sunday": the weekend said again by its days.
    (
        r"\b(weekend),?\s+(?:strictly|that is|i\.e\.|namely) saturday and sunday\b",
        r"\1",
    ),
    # "How much time was spent listening": the passive of my own time.
    (
        r"^how much time was spent (listening|playing)\b",
        r"how much time did I spend \1",
    ),
    # "How many plays were logged": played ("logged" is no name).
    (
        r"\b(plays|songs|tracks|episodes) (?:were|have been) (?:logged|recorded|registered)\b",
        r"\1 were played",
    ),
    # "My leading podcast": the most played.
    (rf"\bmy leading ({_KIND})\b", r"my most played \1"),
    # "Can you confirm whether X was played": whether it was.
    (r"^(?:can|could) you (?:confirm|verify|tell me) whether\s+", ""),
    (
        r"^(?:please )?(?:itemi[sz]e|list|enumerate) what (i|we) played\b",
        r"what did \1 play",
    ),
    # -- the measure said first --------------------------------------------------------
    # "Strictly by number of skips, which track ranks highest": the most
    # skipped (the measure says which ranking).
    (
        (
            rf"^(?:strictly |purely |solely )?(?:by|in terms of|measured by|according to)"
            rf" (?:the )?(?:number|count) of skips,\s*which ({_KIND}) {_RANKS}"
            rf" (?:{_TOP}|the highest|the most)\b"
        ),
        r"which \1 did I skip the most",
    ),
    # "Strictly by play count, which artist ranks first": the most played.
    # The measure of plays said first is dropped; the ranking stays.
    (
        (
            r"^(?:strictly |purely |solely )?(?:by|in terms of|measured by|according to)"
            r" (?:the )?(?:play ?counts?|plays|number of plays|count of plays|playcount),\s*"
        ),
        "",
    ),
    # "Which artist ranks first (for me)": the one I played most.
    (
        rf"\bwhich ({_KIND}) {_RANKS} (?:{_TOP}|the highest)(?: for (?:me|us))?\b",
        r"which \1 did I play the most",
    ),
    # "Which artist accounted for the largest share of plays", "which
    # track led my plays": the most played, its "plays" no count.
    (
        (
            rf"\bwhich ({_KIND}) (?:accounted|accounts|made up) for the (?:largest|biggest|greatest"
            r"|highest|most significant) (?:share|proportion|portion|part|percentage)"
            r"(?: of (?:my |our |the )?(?:plays|listening|streams|listens))?"
        ),
        r"which \1 did I play the most",
    ),
    (
        rf"\bwhich ({_KIND}) (?:led|leads|topped|tops|headed|heads) (?:my|our|the) (?:plays|listening|charts?)\b",
        r"what was my most played \1",
    ),
    # -- a count made plain ------------------------------------------------------------
    # "How many songs have I played today, counting every individual play":
    # the plays, repeats counted, said after the question.
    (
        (
            r",?\s+(?:counting|including|with) (?:every|each|all)(?: the)? (?:individual |single |separate )?"
            r"(?:plays?|repeats?|listens?)\W*$"
        ),
        "",
    ),
    # "What is my play count for The Daily in 2025": the name's count.
    # A period after "for" is no name ("my play count for this week").
    (
        (
            r"^(?:what(?:'s| is| was)|give me|tell me) (?:my|our|the) (?:exact |total |precise )?"
            rf"(?:play ?count|number of plays)"
            rf" (?:for|of) (?!{_PERIOD_START}\b)"
        ),
        "how many times did I play ",
    ),
    # -- frames around the question --------------------------------------------------
    # "When, statistically, am I most likely to be listening": my usual
    # hour (the clip to the last clause lost its "when").
    (
        (
            r"^when,?\s+(?:statistically|typically|generally|on average|as a rule|historically)"
            r"(?: speaking)?,?\s+(?:am|are) (i|we) (?:most likely|likeliest|most apt) to be"
            r" (?:listening|playing something|playing)(?: to)?"
        ),
        r"when do \1 usually listen to",
    ),
    # "What, in summary, does my listening say about my musical
    # preferences": my taste, never a recap of the period.
    (
        (
            r"^what,?\s+(?:in summary|in short|in brief|overall|on balance)?,?\s*does my listening"
            r"(?: history)? (?:say|tell you|reveal|suggest|show) about (?:my )?"
            r"(?:(?:musical |music )(?:preferences|tastes?)|preferences)\b"
        ),
        "describe my taste",
    ),
    (r"\s{2,}", " "),
)


def said_precisely(text: str) -> str:
    """Return a precise speaker's question with its measure and qualifiers put plainly."""
    return rewrite(_PRECISE_EN, text, re.IGNORECASE)
