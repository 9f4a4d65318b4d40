"""London's youth English, Multicultural London English (issue 45's fifty-sixth turn, blind writer 350).

An East London teenager asked "who's man been on bare recently" ("bare"
is a lot, "been on" been playing: his top artist), "how many tracks man's
done since monday" (played), "did I bang X" (played it loud), "what was I
on last weekend" (what did I play) and closed his questions with a remark:
", swear down it was peak" (I swear, it was great), ", bet it's bare" (I
bet it's a lot). "Peak" was read as his peak hour and "bare recently" as
what played: two wrong facts. `chat_around_en` reads his "man" for I
where a verb follows; this reads the rest.
"""

import re

from .rules import Rule, rewrite

_MLE_EN: tuple[Rule, ...] = (
    # -- a remark after the question ---------------------------------------------
    # "Swear down", "I swear", "bet it's bare", "no cap": a vow or a bet on
    # the answer, nothing asked ("peak" in it is not the peak hour).
    (
        r"[,;.!]\s+(?:swear down|i swear|on my life|no cap|bet (?:it's|its|it is|it was))\b.*$",
        "",
    ),
    # Issue 45's sixty-third turn, blind writer 411 (a sarcastic London
    # teenager): a remark on the answer or on himself after the question:
    # "..., peak" (bad, a shame), "or is my memory peak", "..., bare ones
    # probably" (a lot, I bet), "..., I'm not obsessed I swear". Each asks
    # nothing; "peak" in them was read as the peak hour (wrong facts). The
    # lone "peak" goes only after a question that asks something else.
    (
        (
            r"^((?:how (?:many|much|long|often)|did|do|have|has|was there|were there|who"
            r"|which (?:songs?|tracks?|tunes?|artists?|bands?|albums?|podcasts?))\b.*?)"
            r"[,;.!]\s+(?:(?:that's|thats|it's|its|so|proper|well|lowkey|kinda) )?peak"
            r"(?: (?:innit|tbh|fr|still|man|bruv|ngl))?\W*$"
        ),
        r"\1",
    ),
    (
        (
            r",?\s+or (?:is my (?:memory|brain|head) (?:peak|going|gone|shot|bad|done|cooked)"
            r"|am i (?:tripping|trippin'?|capping|chatting (?:rubbish|nonsense|shit)))\W*$"
        ),
        "",
    ),
    (
        (
            r"[,;]\s+(?:probably |prob |defo |definitely )?bare(?: ones| of them| amounts| loads)?"
            r"(?: probably| prob| innit| i reckon| tbh| still)?\W*$"
        ),
        "",
    ),
    (
        r"[,;.!]\s+(?:i'm|im|i am) not (?:obsessed|addicted|hooked|that deep|a stan|even a fan)\b.*$",
        "",
    ),
    # Issue 45's fifty-eighth turn, blind writer 364 (a south Londoner):
    # "what hour we talking" said after the question is his "what are we
    # talking", the question said again; its "we" is no household (read as
    # the house's peak: a wrong fact).
    (
        r"[,;]?\s+(?:what|which) (?:hour|day|time|number|figure)s? (?:are |we're )?we talking\W*$",
        "",
    ),
    # "Blud", "fam", "bruv" first: a friend called, nothing asked.
    (r"^(?:blud|fam|bruv|bro|g|cuz|my g|real talk|deadass|lowkey)[,!]?\s+(?=\w)", ""),
    # "Listened to much Queen lately or nah": "or nah" closes a yes or no,
    # never a count.
    (
        r"^(?:have (?:i|man|we) |did (?:i|man|we) )?(?:listened|played) (?:to )?(?:much|many|any|a lot of|bare) (.+?),? or nah\W*$",
        r"did i listen to \1",
    ),
    # "Did man run", "man ran": played ("run" a tune is play it).
    (
        r"\bdid (?:man|i|we) run\b(?= (?:since|this|last|today|yesterday|on|in)\b|\W*$)",
        "did i play",
    ),
    # "When's man usually listening, like what hour and what day": his
    # usual hour, asked again by its parts.
    (r"^when(?:'s| is) (?:man|i) usually listening\b", "when do i usually listen"),
    (
        r"^(when do i usually listen\b[^,]*),\s*(?:like )?what (?:hour|time|day)(?: (?:and|or) what (?:hour|time|day))?\W*$",
        r"\1",
    ),
    # "What's been on rotation for man recently, like the one song": the one
    # on repeat.
    (
        r"^what(?:'s| has) been on (?:heavy |high |constant )?rotation(?: for (?:man|me|us))?(?: (?:recently|lately|these days))?,?(?:\s*like)? the one (?:song|tune|track)\W*$",
        "which song have i had on repeat lately",
    ),
    # "Am I more of a morning or evening listener": the day parts compared.
    (
        r"^am (i|we) more (?:of )?an? (morning|afternoon|evening|night) (?:or|person or) (?:an? )?(morning|afternoon|evening|night) (?:listener|person)\b",
        r"do \1 listen more in the \2 or in the \3",
    ),
    # -- who has been played a lot -------------------------------------------------
    # "Who's man been on bare", "who have I been on heavy": who have I
    # played the most ("been on" someone is playing them).
    (
        r"\bwho(?:'s| has| have) (?:man|i|me) been on (?:bare|heavy|mad|nuff|loads)\b",
        "who have i played the most",
    ),
    # "..., like which artist": the same question said again, by its kind.
    (
        r"^(who have i played the most\b[^,]*),\s*(?:like )?which (?:artist|band|singer)\W*$",
        r"\1",
    ),
    # -- his verbs of playing ------------------------------------------------------
    # "Man's done", "has man done": played ("done" a track is played it).
    (
        r"\b(tracks|songs|tunes|streams|plays) man's (?:done|had|played)\b",
        r"\1 have i played",
    ),
    # "Did I bang X", "when did I last bang X": played it (loud).
    (
        r"\b(did|do) (i|man|we)( last| first| ever)? bang(?= \w)(?! out\b)",
        r"\1 \2\3 play",
    ),
    (r"\bhave (i|we)( ever)? banged(?= \w)(?! out\b)", r"have \1\2 played"),
    # "What was I on last weekend": what did I play ("on" a song is
    # playing it); only before a time, never "what was I on about".
    (
        r"^what was (?:i|man) on (?=(?:last|this|yesterday|today|on|at|in|over|during|the)\b)",
        "what did i listen to ",
    ),
)


def said_in_mle(text: str) -> str:
    """Return a London teenager's question said plainly."""
    return rewrite(_MLE_EN, text, re.IGNORECASE)
