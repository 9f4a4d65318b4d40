"""An elderly New Yorker's English, with its Yiddish (issue 45's fifty-eighth turn, blind writer 369).

A grandmother in New York asked as she talks: "so meshuga for" a band
(crazy about: the one she played most), "one song I played and played,
which one was that" (the most played), "so many bands, oy. How many
different ones ..." (the kind said in the sentence before), "that Mexican
band, Café Tacuba, ..." (what the name is, said before it), "..., with
my coffee", "... when the grandchildren came" (when it was, told as a
story) and "..., I should know" after the question. Her words were read
as names and periods, or not at all. Each rule holds to her frame's own
words; a name is never changed.
"""

import re

from .rules import Rule, rewrite

_KIND = r"(song|tune|track|record|album|band|group|singer|artist|podcast)"

_NEW_YORK_EN: tuple[Rule, ...] = (
    # "Which group was I so meshuga for in October": the one I played most
    # then (crazy about a band is playing it).
    (
        rf"^which {_KIND} (?:was|were) (i|we) (?:so |totally |really |a little )?meshug\w* (?:for|about|over|with)\b",
        r"which \1 did \2 play the most",
    ),
    # "Meshuga for", "meshugge about" (crazy about): obsessed with.
    (
        r"\b(?:so |totally |really |a little )?(?:meshuga|meshugga|meshugge|meshugah|meshugeh|meshugana) (?:for|about|over|with)\b",
        "obsessed with",
    ),
    # "..., the one I couldn't stop with": the same question said again.
    (
        r",\s*the one (?:i|we) (?:couldn't|could not|can't) stop (?:with|playing|listening to)\W*$",
        "",
    ),
    # "Last summer there was one song I played and played, which one was
    # that": the one played most.
    (
        (
            rf"^(?P<when>[^,]*?),? there (?:was|were) (?:one|a|this) {_KIND} (?P<who>i|we)"
            r" (?:played and played|played over and over|kept playing|played again and again|couldn't stop playing)"
            r",? which (?:one|\w+) (?:was|is) (?:that|it)\W*$"
        ),
        r"which \2 did \g<who> play the most \g<when>",
    ),
    # "So many bands, oy. How many different ones": the kind said before.
    (
        r"^so many (bands|artists|singers|songs|podcasts)[,.!]*\s*(?:oy(?: vey)?|oi|my)?[,.!]*\s*how many different ones\b",
        r"how many different \1",
    ),
    # "So how much time with the podcasts": how long I listened to them.
    (
        r"^(?:so,? )?how much time with (?:the |my )?(podcasts|music|radio)\b",
        r"how much time did I spend on \1",
    ),
    # "..., in hours, I should know": how to answer and a remark.
    (r",?\s+(?:i should know|i ought to know|i'd like to know)\W*$", ""),
    (r",\s*in hours,", ""),
    # "..., with my coffee", "... when the grandchildren came": when it was,
    # told as her day, no part of the question.
    (
        r",?\s+(?:with|over) (?:my|our|the|a) (?:coffee|tea|breakfast|lunch|cuppa|bagel|dinner)\W*$",
        "",
    ),
    (
        r"\s+when the (?:grandchildren|grandkids|kids|children|family|girls|boys) (?:came|come|visited|were (?:here|over|round))\W*$",
        "",
    ),
    # "Don't Stop Me Now, the Queen one, did I play it": the song by its
    # artist, said after it ("..., did we have that on" is read elsewhere);
    # "that" points back to it as "it" does ("The Daily, the news one, did
    # I hear that this morning").
    (
        r"^([^,]{2,60}), the ([^,]{2,30}?) one, did (i|we) (play|hear|listen to) (?:it|that)\b",
        r"did \3 \4 \1 by \2",
    ),
    # "That Mexican band, Café Tacuba, did I have them on": what the name
    # is, said before it.
    (
        r"^(?:that|the|this) (?:\w+ )?(?:band|group|singer|artist|fellow|girl),\s+(?=(?!the one\b)[^,]+,)",
        "",
    ),
    (r"\s{2,}", " "),
)


def said_in_new_york(text: str) -> str:
    """Return an elderly New Yorker's question said plainly."""
    return rewrite(_NEW_YORK_EN, text, re.IGNORECASE)
