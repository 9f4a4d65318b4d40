"""A corporate executive's English (issue 45's seventieth turn, blind writer 478).

An executive frames a listening question as a report asked of staff: a
heading before it ("quick pulse check:", "bottom line,", "KPI check,", "run
the numbers,", "at a high level,"), a form of answer after it (", give me the
headline", ", the worst performer") and business verbs for listening ("did
I consume", "leaned on hardest", "onboard", "first hit my radar", "last
touch", "get any airtime", "what was running"). The headings ask nothing and
are dropped; the verbs are said plainly. ", the worst performer" after a
question of skips names the thing skipped, never an artist (a "performer"
had made "which song do I skip the most" the most skipped artist: a wrong
fact). Each rule holds to the frame's own words; a name is never changed.
"""

from datetime import datetime, tzinfo
import re

from .rules import Rule, rewrite

# What a heading before the question is called: "quick pulse check", "KPI
# check", "bottom line", "net-net", "at a high level", "the topline".
_HEADING = (
    r"(?:(?:a |just a |quick |a quick )?(?:pulse|kpi|kpis|temperature|status) check"
    r"|bottom line|net[- ]net|(?:at a )?high level|(?:the )?top[- ]?line"
    r"|(?:the )?headline|big picture|run the numbers|let's run the numbers"
    r"|level set|quick level set)"
)
# How an answer is asked for after the question: "give me the headline".
_FORM = r"(?:(?:just )?give me the|just the) (?:headline|topline|top line|bottom line|high level|high-level view)(?: please| view)?"
_KINDS = r"(?:song|songs|track|tracks|tune|tunes|record|records|album|albums|podcast|podcasts|episode|episodes|artist|artists|band|bands|music)"

_EXECUTIVE_EN: tuple[Rule, ...] = (
    # "Quick pulse check: my leading artist back in August?", "bottom line,
    # name my two biggest songs": the heading asks nothing.
    (rf"^{_HEADING}\s*[,:.!;-]+\s*", ""),
    # "At a high level what music did I run": a heading with no comma,
    # before a question word.
    (
        r"^(?:at a )?high level\s+(?=(?:what|which|who|how|when|where|did|do|have|is|are)\b)",
        "",
    ),
    # "Pulse check on my skip rate", "the topline on my top artists": the
    # heading, then what it is about.
    (
        r"^(?:(?:a |just a |quick |a quick )?(?:pulse|kpi|temperature|status) check|(?:give me )?(?:the )?(?:topline|top line|headline|bottom line|readout)) on (?=(?:my|our)\b)",
        "",
    ),
    # "Run the numbers on my top five tracks ...": the numbers are the ranking.
    (r"^(?:let's )?run the numbers on (my|our) ", r"\1 "),
    # "Give me the topline on what I listened to yesterday evening".
    (
        r"^(?:give me|get me|what's|what is) (?:the |a )?(?:topline|top line|top-line|headline|high level|high-level view|bottom line) on (?=(?:what|who|which|how|when|my|our)\b)",
        "",
    ),
    # ", give me the headline", ", run the numbers", "at a high level" said
    # after the question: how to answer, no question.
    (rf",\s*{_FORM}\W*$", ""),
    (r",\s*(?:just )?run the numbers\W*$", ""),
    (r",?\s*at a high level\W*$", ""),
    # "Circle back on The Daily for me, how many times did it get played":
    # the name said first, the question pointing back to it.
    (
        r"^(?:let's |can we |can you )?circle back (?:on|to) (?P<name>[^,.?!]{2,40}?)(?: for me| for us)?\s*[,:.]\s*",
        r"\g<name>, ",
    ),
    # "Discovery, the album. Listened to it since Monday?": a bare past
    # verb after the name and its kind is "did I".
    (
        r"^(?P<name>[^,.?!]{2,40}),\s*the (?P<kind>album|record|song|track|podcast|artist|band)[.,:]\s*(?:have you |did i |did we |have i |have we )?(?P<verb>listened to|played|heard|streamed) (?:it|that|them)\b",
        r"did I listen to the \g<kind> \g<name>",
    ),
    # "Did dance by justice get any airtime in October": was it played.
    (
        r"^did (?P<name>[^,.?!]{2,40}?) (?:get|got|receive|see) (?:any|some|much) (?:airtime|air time|airplay|air play|spins|plays|play time|playtime)\b(?! (?:from|with|by) )",
        r"did I listen to \g<name>",
    ),
    # "Did I consume", "minutes of podcasts I consumed": listened to.
    (r"\b(did|have|had) (i|we) consume\b", r"\1 \2 listen to"),
    (r"\b(i|we) (?:have |'ve )?consumed\b", r"\1 listened to"),
    # "The record I leaned on hardest": played most.
    (
        r"\b(i|we) (?:leaned|leant) on (?:the )?(?:hardest|most|heaviest|the most)\b",
        r"\1 played the most",
    ),
    # "What music did I run the day before yesterday": played.
    (
        rf"\b(what|which) {_KINDS} did (i|we) run\b(?= (?:today|yesterday|the day|last|this|on|in|over|during|since)\b|\W*$)",
        lambda found: found[0].rsplit(" ", 1)[0] + " play",
    ),
    # "What was running at eight fifteen": playing then.
    (
        r"^what was running\b(?= (?:at|around|about|on|yesterday|last|this)\b)",
        "what was playing",
    ),
    # "My time on audio": my listening time.
    (
        r"\b(my|our) time on (?:audio|the speakers?|music|the stereo|sonos)\b",
        r"\1 listening time",
    ),
    # "Profile my listening preferences": describe my taste.
    (
        r"^how would you (?:profile|characteri[sz]e|describe|sum up|summari[sz]e|position) (my|our) (?:listening |music |musical )?(?:preferences|profile)\b",
        r"describe \1 taste",
    ),
    (r"\b(my|our) listening preferences\b", r"\1 taste"),
    # "What time slot do I typically ...": what time.
    (r"\btime slot\b", "time"),
    # "Which artists are net new for me since March": newly found.
    (
        r"^(which|what|any|how many) (artists|bands|acts|songs|tracks|albums) (?:are|were|have been) net[- ]new (?:for|to) (me|us)\b",
        r"\1 new \2 did i discover",
    ),
    (r"\bnet[- ]new\b", "new"),
    # "When did Justice first hit my radar": its first play.
    (
        r"^when did (?P<name>[^,.?!]{2,40}?) (?:first )?(?:hit|land on|come onto|come on to|get on|appear on|pop up on|show up on) my radar\b",
        r"when did i first listen to \g<name>",
    ),
    # "When did I first onboard The Daily", "when did I last touch X".
    (
        r"\b(i|we) (first|last) (?:onboard|onboarded|touch|touched) (?!base\b)",
        r"\1 \2 listen to ",
    ),
    (r"\b(i|we) (?:onboard|onboarded) (?=the |my |\w)", r"\1 first listen to "),
    # "Last time Air was on my speaker, when was that": its last play.
    (
        r"^(?:the )?(last|first) time (?P<name>[^,.?!]{2,40}?) (?:was|got|went) (?:on|played on) (?:my|the|our) (?:speaker|speakers|stereo|sonos|system|rotation)\s*,?\s*when (?:was|is) (?:that|it)\W*$",
        r"when did i \1 play \g<name>",
    ),
    # "What did I lead with this week": the first thing played.
    (r"\bwhat did (i|we) lead (?:off )?with\b", r"what did \1 start with"),
    # "Which song do I skip the most, the worst performer": the thing
    # skipped, never a "performer" (an artist).
    (
        r"^(?P<q>[^,]*\bskip\w*\b[^,]*),\s*(?:the|my|our|i\.e\.,? the) (?:worst|weakest|lowest|poorest|bottom|biggest|real|clear) (?:under)?perform(?:er|ing (?:track|song|asset|artist))(?: in the (?:lineup|portfolio|roster|mix))?\W*$",
        r"\g<q>",
    ),
    (
        r"^(?P<q>[^,]*\bskip\w*\b[^,]*),\s*the (?:under)?performer(?: in the (?:lineup|portfolio|roster|mix))?\W*$",
        r"\g<q>",
    ),
    # "The song I keep looping": on repeat.
    (
        r"\b((?:song|track|tune|one|album|record|thing) (?:that )?(?:i|we) (?:keep|kept)) looping\b",
        r"\1 playing on repeat",
    ),
    # "Where's the bulk of my listening, afternoons or nights": which part
    # of the day holds more.
    (
        r"^where(?:'s| is| was) the (?:bulk|lion's share|majority|most) of (?:my|our) listening\b\s*,?\s*",
        "when do i listen more, ",
    ),
    # "Number of distinct songs, all in, since day one": over all time.
    (r",?\s*all in,?\s*since day one\b", " of all time"),
    (r"\bsince day one\b", "of all time"),
)


def said_as_executive(text: str) -> str:
    """Return a corporate executive's question said plainly."""
    return rewrite(_EXECUTIVE_EN, text, re.IGNORECASE)


# "Quarter to date", "this quarter", "QTD": the calendar quarter under way,
# which the reader of times knows by its number ("the fourth quarter so
# far"). Unread, "to date" alone was all time: a broader answer than asked.
_THIS_QUARTER = re.compile(
    r"\b(?:(?:this|the current|current) quarter(?: to date| so far)?|quarter to date|qtd)\b(?! (?:hour|of an hour|past|after|to|til)\b)",
    re.IGNORECASE,
)
_LAST_QUARTER = re.compile(
    r"\b(?:last|the last|previous|the previous|prior|the prior) quarter\b",
    re.IGNORECASE,
)
_ORDINALS = ("first", "second", "third", "fourth")


def quarter_said(text: str, language: str, now: datetime, zone: tzinfo) -> str:
    """Return an executive's quarter said by its number, in English."""
    if language != "en" or "q" not in text.lower():
        return text
    this = (now.astimezone(zone).month - 1) // 3
    text = _THIS_QUARTER.sub(f"the {_ORDINALS[this]} quarter so far", text)
    # The quarter before: a quarter not yet begun this year is last year's.
    return _LAST_QUARTER.sub(f"the {_ORDINALS[this - 1]} quarter", text)
