"""A marketing manager's English (issue 45's fifty-ninth turn, blind writer 378).

Business words for a listening question: "play count on The Daily since
Monday" (a heading of a report: how many times it played, read as all
plays since Monday), "song of the month for November, who's the winner"
(the winner is the top song, read as the top artist by its "who"),
"what's my current earworm, the track I keep replaying" (the song on
repeat, read as the share of repeats), "when do I typically tune in" (to
tune in is to listen; its "tune" was read as music). Each rule holds to
its frame's own words; a name is never changed.
"""

import re

from .rules import Rule, rewrite

_PERIOD = r"(?:this|last|since|today|yesterday|in|lately|so far|ever|all time|over)"

_BUZZWORDS_EN: tuple[Rule, ...] = (
    # "Play count on The Daily since Monday": how many times it played.
    (
        rf"^(?:my |the |what(?:'s| is) (?:my |the )?)?play count (?:on|for) (?!(?:the |my )?(?:kitchen|living room|bedroom|office|speaker|{_PERIOD})\b)(?P<name>[^,.?!]{{2,40}}?)(?P<rest> {_PERIOD}\b[^?!]*)?\W*$",
        r"how many times did i play \g<name>\g<rest>",
    ),
    # "..., who's the winner" after a kind already said: its top one, no
    # "who" of an artist.
    (
        r"^(?P<q>[^,]*\b(?:song|track|tune|album|record|podcast|episode)\b[^,]*),\s*(?:so )?(?:who|what|which)(?:'s| is| was) (?:the |my )?(?:winner|champ|champion)\W*$",
        r"\g<q>",
    ),
    # "My current earworm, the track I keep replaying": the one on repeat.
    (
        r"^what(?:'s| is| was) my (?:current |latest |big |biggest )?earworm\b(?:,?\s*the (?:track|song|tune|one) (?:i|we) keep (?:replaying|playing|coming back to|on repeat))?(?P<rest>[^?!]*)\W*$",
        r"which song have i had on repeat\g<rest>",
    ),
    # "Quick sanity check, ...": a frame before the question.
    (
        r"^(?:a |just a |quick |quick little )?(?:sanity|gut|reality) check[,:.!-]+\s*",
        "",
    ),
    # "Did I engage with The Daily", "when did I last engage with X": listen.
    (
        r"\b(i|we) ((?:first |last |ever |actually |really )?)(?:engage(?:d)?|interact(?:ed)?) with\b",
        r"\1 \2listen to",
    ),
    # "First touchpoint with The Daily, when was that": its first play.
    (
        r"^(?:my |the )?(first|last) touchpoint with (?P<name>[^,.?!]{2,40}?)(?:,?\s*when (?:was|is) (?:that|it))?\W*$",
        r"when did i \1 listen to \g<name>",
    ),
    # "When did Air first enter my funnel": its first play.
    (
        r"^when did (?P<name>[^,.?!]{2,40}?) (first|last) (?:enter|hit|land in|make it into|come into) my (?:funnel|pipeline|rotation|listening|history)\W*$",
        r"when did i \2 listen to \g<name>",
    ),
    # "Did Moon Safari make it into my listening last weekend": did I play it.
    (
        r"^did (?P<name>[^,.?!]{2,40}?) (?:make it|get|find its way) into my (?:listening|rotation|mix|funnel)\b",
        r"did i listen to \g<name>",
    ),
    # "What tunes were in the mix this afternoon": what played.
    (
        r"^what (songs|tunes|tracks|music) (?:was|were) in the mix\b",
        r"what \1 did i play",
    ),
    # "My top performing track, the hero asset basically": my top track.
    (r"\btop[- ]performing\b", "top"),
    (r",\s*the hero (?:asset|track|song|product|sku)\b[^?!]*$", ""),
    # "Which album over-indexed in my listening", "which podcast has the
    # highest engagement with me": the one played most.
    (
        r"^which (\w+) (?:over-?indexed|over indexed|outperformed|performed best) in my (?:listening|plays|rotation)\b",
        r"which \1 did i play the most",
    ),
    (
        r"^which (\w+) (?:has|had|got|gets) the (?:highest|most|biggest|top|strongest) engagement(?: (?:with|from) (?:me|us))?\b",
        r"which \1 did i play the most",
    ),
    # "Which song has the worst retention": the one skipped most.
    (
        r"^which (\w+) has the (?:worst|lowest|poorest) (?:retention|completion rate|completion)\b(?:,\s*the one (?:i|we) skip(?: the)? most)?",
        r"which \1 do i skip the most",
    ),
    # "How broad was my artist reach this summer, how many different acts":
    # the question said after the heading.
    (
        r"^how (?:broad|wide|big) was my (?:artist |music )?reach(?P<rest> [^,?!]*)?,\s*how many different (?:acts|artists|bands)\W*$",
        r"how many different artists did i listen to\g<rest>",
    ),
    # "The elevator pitch on my taste": a short description of it.
    (
        r"^(?:give me|what(?:'s| is)) (?:the |an |your )?elevator pitch (?:on|of|for) (my [^?!]+?)\W*$",
        r"describe \1",
    ),
    # ", top line number please": how to answer, no question.
    (
        r",\s*(?:just )?(?:the )?(?:top[- ]line|headline|bottom[- ]line) (?:number|figure)s?(?: please)?\W*$",
        "",
    ),
    # "When do I typically tune in": listen (never "tune", a song).
    (
        r"\b(i|we|to|usually|typically|normally|mostly|often|always|most|ever) tune in\b(?! to\b)",
        r"\1 listen",
    ),
)


def said_in_buzzwords(text: str) -> str:
    """Return a marketing manager's question said plainly."""
    return rewrite(_BUZZWORDS_EN, text, re.IGNORECASE)
