"""A lawyer's dictation, its clauses and its records (issue 45's fifty-sixth turn, blind writer 353).

A lawyer dictating without punctuation framed her questions as for the
record ("let the record reflect that I am asking which track ...", "for
my own records who was ...", "... but I'd like it on the record") and
then narrowed them in clauses that ran on after the question: "and I mean
the full week Monday through Sunday not just the last couple of days",
"and I mean the band Air not the air conditioning", "Justice the French
duo I mean not the concept", "that was the Tuesday I was in court all
day", "my husband swears we did and I swear we didn't". Her "record"
was read as an album (two wrong facts: albums ranked for a song's
question) and her clauses' words as the name or the time.

Each rule drops a frame or a clause by its own opening words; a clause
that changes the question ("no", "actually", "or") is never dropped.
"""

import re

from .rules import Rule, rewrite

_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# Only a band's or a singer's kind is dropped: "the album I mean", "the
# podcast I mean" say what is counted, and stay.
_PEOPLE = r"(?:band|artist|group|singer|duo|trio)"
_KIND = (
    r"(?:band|artist|group|singer|duo|trio|song|track|tune|album|record|podcast|show)"
)

_COUNSEL_EN: tuple[Rule, ...] = (
    # -- the record, which is no album -----------------------------------------
    # "Let the record reflect (that) I am asking ...", "let the record show".
    (
        (
            r"^(?:(?:okay|ok|so|now),?\s+)*let the record (?:reflect|show|note)(?: that)?"
            r"(?: (?:i am|i'm) asking| i ask| i'd like to know| i would like to know)?,?\s+"
        ),
        "",
    ),
    # "For my own records", "for the record", "off the record": said for
    # her files ("on the record player" is a record player's).
    (
        r"\b(?:just )?(?:for (?:my|our) (?:own )?records|for the record|off the record)\b,?\s*",
        "",
    ),
    # "..., but I'd like it on the record", "I'm aware there is one but ...".
    (
        r"\s+(?:(?:i'm|i am) aware [^,?]*? but )?(?:i'd|i would) like (?:it|that|this) on the record\W*$",
        "",
    ),
    # "Okay next item ...": the dictation's list, no question of its own.
    (r"^(?:(?:okay|ok|so|right),?\s+)*(?:next item|next question|moving on),?\s+", ""),
    # -- a clause after the question that narrows it ---------------------------------
    # "... and don't count the podcast": songs, said again as what is left out.
    (r"\s+and (?:don't|do not) count the podcasts?\b", ""),
    # "... this week with back on Monday morning": the week's first day said again.
    (rf"\b(this week with) back on {_DAY}(?: morning)?\b", r"\1"),
    # "My song of the summer this past summer the twenty twenty six one not
    # the year before": this summer's, its year said again.
    (r"\s+the (?:twenty twenty[- ]\w+|20\d\d) one(?: not\b.*)?$", ""),
    (r"\b(\w+) of the summer,? this (?:past )?summer\b", r"\1 of this summer"),
    # "Fill me in on how October went music wise I was on trial ...", "how
    # did last year go in terms of listening give me the summary for ...":
    # how the period went, asked once.
    (
        r"^fill me in on how (.+?) went\b( music[- ]wise)?(?:\s+i was\b.*)?$",
        r"how did \1 go\2",
    ),
    # "Fill me in on last year, the whole lot, how'd it go music-wise": the
    # same, its period said first (the dropped h's reader makes "the 'ole
    # lot" whole; read as a name it was a yes or no).
    (
        (
            r"^fill me in on ((?:last|this) (?:year|month|week|summer)),? the whole lot,?"
            r" (?:'ow|how)(?:'d| did) it go\b"
        ),
        r"how did \1 go",
    ),
    (r"\s+in terms of (?:listening|music)\b", ""),
    (r"^(how did .+? go)\s+give me (?:the|a) (?:summary|rundown|recap)\b.*$", r"\1"),
    # "... last week and I mean the full week Monday through Sunday not
    # just ...": the period said already, in full.
    (
        r"\s+(?:and )?i mean the (?:full|whole|entire) (?:week|month|year|weekend|day)\b.*$",
        "",
    ),
    # "... and I mean the band Air not the air conditioning", "Justice the
    # French duo I mean not the concept", "and I'm referring to the band as
    # a whole not any one song": the name said again by its kind.
    (
        rf"\s+(?:and )?(?:i mean|i'm referring to|i am referring to) the {_KIND}\b.*$",
        "",
    ),
    (rf"\s+the (?:\w+ )?{_PEOPLE} i mean(?: not\b.*)?$", ""),
    # "... that was the Tuesday I was in court all day": the date's weekday.
    (rf"\s+that was the {_DAY}\b.*$", ""),
    # "... at all my husband swears we did and I swear we didn't so you be
    # the judge": the household's argument about the answer.
    (
        (
            r"\s+(?=my (?:husband|wife|partner|son|daughter|kids|roommate|boss|colleague)"
            r" (?:swears|insists|says|thinks|reckons|claims) (?:we|i|it|that)\b).*$"
        ),
        "",
    ),
    # "... up to and including today": the streak runs to today anyway.
    (r"\s+up to and including today\b", ""),
    # "... I need the number for the household not just me": we, said again.
    (r"\s+i need the (?:number|count|figure|total) for the household\b.*$", ""),
    # "... and be candid counsel I can take it": how to answer, nothing asked.
    (r"\s+and be (?:candid|honest|frank|brutal)\b.*$", ""),
    # "... generally speaking", "... in a sentence or two".
    (r"\s+generally speaking\W*$", ""),
    (r"\s+in a sentence or two\b", ""),
)


def said_as_counsel(text: str) -> str:
    """Return a dictated question without its record's frame and clauses."""
    return rewrite(_COUNSEL_EN, text, re.IGNORECASE)
