"""A Singaporean contractor's terse Singlish (issue 45's eighty-third turn, blind writer 553).

Between client calls he says the topic or the time first and the question
word after the verb, often with no "I" at all. `singlish_en` reads the
Singlish an earlier writer showed ("got ... or not", "I listen how long");
these are his own shapes, none of which it read:

- "lately i siao on which band one", "these days which podcast i hooked
  on ah" (siao on, hooked on: the one he plays most then; "hooked on" had
  been read as the podcast on repeat, with "on lately" for its time);
- "my all time album which one" (his top album of all time);
- "this year total listen time roughly how much" (how long he listened);
- "since monday how many streams ah" (the plays: "since monday" had been
  taken for a name, a wrong fact), "episode i play how many this month"
  (the month had been lost);
- "the day before yesterday music what i listen", "last night what i pump
  ah" ("pump" is play);
- "last night ten past eight that song what ah" (the clock had been read
  as ten o'clock);
- "this year usually i listen what time what day" (his usual hour and
  day: what played this year had been answered, a wrong fact);
- "kitchen there i skip how often" (the room said with "there");
- "consecutive day listening, how many got" (the streak);
- "morning wake up i play what first ah" (today's first song),
  "saturday first thing i play, what one" (Saturday's first).

Run first of `said_as_written_en`'s newest rounds, on the words as said;
only a sentence with one of his shapes (`_MARK`) is read, so no other
speaker's question is rewritten. Each rule ends in plain English the later
readers read; a name is never changed.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_WHO: Final = r"(?:i|we)"
_VERB: Final = r"(?:listen to|listen|play|hear|put on|pump)"
_KIND: Final = r"(?:songs?|tracks?|tunes?|artists?|singers?|bands?|albums?|podcasts?|shows?|episodes?)"
# Singlish's particles said last: they ask nothing.
_TAIL: Final = (
    r"(?:,? (?:ah|lah|leh|lor|hor|sia|meh|one|already|quick|quick quick))*\W*$"
)
# A period said first (the later readers read its words as said).
_WHEN: Final = (
    r"(?:lately|recently|these days|nowadays|today|yesterday|tonight|last night"
    r"|(?:the )?day before yesterday|(?:this|last|past) [\w ]+?|since [\w ]+?|in [\w ]+?"
    r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (?:morning|afternoon|evening|night))?"
    r"|(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)(?: \w+)?|twenty twenty \w+|20\d\d)"
)
_HOUR: Final = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
)
_CLOCK: Final = (
    rf"(?:(?:five|ten|quarter|a quarter|twenty|twenty five|half) (?:past|to) )?{_HOUR}"
    r"(?: o'?clock)?"
)
_ROOM: Final = r"(?:kitchen|living room|bedroom|office|lounge|study|bathroom|garage)"

_MARK: Final = re.compile(
    rf"\b{_WHO} (?:siao|hooked|crazy) (?:on|over|about)\b"
    r"|^my all[ -]time \w+,? (?:which|what|who)\b"
    r"|\b(?:total )?listen time\b"
    rf"|^{_WHEN},? how many \w+{_TAIL}"
    rf"|^{_KIND} {_WHO} {_VERB} how many\b"
    rf"|\b(?:music|songs?|podcasts?) what {_WHO} {_VERB}{_TAIL}"
    rf"|\b{_WHO} pump(?:ed|ing)?\b"
    rf"|^(?:last night|yesterday night|yesterday evening|tonight),? (?:at |around )?{_CLOCK},? "
    rf"|\busually {_WHO} (?:listen|play)(?: music)? what (?:time|day|hour)\b"
    rf"|^(?:the )?{_ROOM} (?:there|side),? {_WHO} "
    r"|^consecutive days?\b"
    rf"|\bwake up,? {_WHO} {_VERB} what first\b"
    rf"|\bfirst thing {_WHO} {_VERB},? (?:what|which)\b",
    re.IGNORECASE,
)


def _most(found: re.Match[str]) -> str:
    """Return "lately i siao on which band" as the band he played the most then.

    "Siao on", "hooked on", "crazy over" with no time said mean these days.
    """
    when = found.groupdict().get("when") or found.groupdict().get("after") or "lately"
    return f"which {found['kind']} did i play the most {when}"


_SINGAPORE_CONTRACTOR_EN: Final[tuple[Rule, ...]] = (
    # "Pump" is play ("what i pump", "which song i pump the most sia").
    (rf"\b({_WHO}) pump(?:ed|ing)?\b", r"\1 play"),
    # "Lately i siao on which band one", "these days which podcast i hooked
    # on ah": the one he plays most then; with no time said, these days.
    (
        (
            rf"^(?:(?P<when>{_WHEN}),? )?{_WHO} (?:siao|hooked|crazy) (?:on|over|about)"
            rf" (?:which|what) (?P<kind>{_KIND}){_TAIL}"
        ),
        _most,
    ),
    (
        (
            rf"^(?:(?P<when>{_WHEN}),? )?(?:which|what) (?P<kind>{_KIND}) {_WHO}"
            rf" (?:siao|hooked|crazy) (?:on|over|about)(?: (?P<after>{_WHEN}))?{_TAIL}"
        ),
        _most,
    ),
    # "My all time album which one": his top album of all time.
    (
        rf"^my all[ -]time (?P<kind>{_KIND}),? (?:which|what|who)(?: one)?{_TAIL}",
        r"my top \g<kind> of all time",
    ),
    # "This year total listen time roughly how much": how long he listened.
    (
        (
            rf"^(?P<when>{_WHEN}),? (?:my |our )?(?:total )?listen(?:ing)? time,?"
            rf" (?:roughly |about |more or less )?how (?:much|long){_TAIL}"
        ),
        r"how long did i listen in total \g<when>",
    ),
    # "Since monday how many streams ah": the plays since then.
    (
        (
            rf"^(?P<when>{_WHEN}),? how many (?P<what>streams|plays|songs?|tracks?|episodes?"
            rf"|podcasts?|things?){_TAIL}"
        ),
        r"how many \g<what> did i play \g<when>",
    ),
    # "Episode i play how many this month": the kind first.
    (
        rf"^(?P<kind>{_KIND}) (?P<who>{_WHO}) {_VERB} how many(?: (?P<when>{_WHEN}))?{_TAIL}",
        lambda found: (
            f"how many {found['kind'].rstrip('s')}s did {found['who']} play {found['when'] or ''}"
        ),
    ),
    # "The day before yesterday music what i listen": what played then.
    (
        rf"^(?P<when>{_WHEN}),? (?P<kind>music|songs?|podcasts?) what (?P<who>{_WHO}) {_VERB}{_TAIL}",
        r"what \g<kind> did \g<who> listen to \g<when>",
    ),
    # "Last night ten past eight that song what ah": the evening's clock.
    (
        (
            rf"^(?P<day>last night|yesterday night|yesterday evening|tonight),? (?:at |around )?"
            rf"(?P<clock>{_CLOCK}),? (?:that |the )?(?:song|track|tune|music)"
            rf"(?: playing)?,? (?:what|which one|which){_TAIL}"
        ),
        r"what song was playing \g<day> at \g<clock> pm",
    ),
    # "This year usually i listen what time what day": the usual hour and day.
    (
        (
            rf"^(?:(?P<when>{_WHEN}),? )?usually {_WHO} (?:listen|play)(?: music)? what"
            rf" (?P<one>time|day|hour)(?: (?:and )?what (?P<two>time|day|hour))?{_TAIL}"
        ),
        lambda found: (
            f"what {found['one']}"
            + (f" and what {found['two']}" if found["two"] else "")
            + f" do i usually listen {found['when'] or ''}"
        ),
    ),
    # "Kitchen there i skip how often": the room said with "there".
    (
        rf"^(?:the )?(?P<room>{_ROOM}) (?:there|side),? (?P<who>{_WHO}) skip how (?:often|much){_TAIL}",
        r"how often do \g<who> skip in the \g<room>",
    ),
    # "Consecutive day listening, how many got": the streak.
    (
        rf"^consecutive days?(?: (?:of )?(?:listening|listen|music))?,? how many(?: got| days?)*{_TAIL}",
        "how many days in a row have i listened",
    ),
    # "Morning wake up i play what first ah": today's first song.
    (
        rf"^(?:this |today )?(?:morning,? )?wake up,? {_WHO} {_VERB} what first{_TAIL}",
        "what did i play first today",
    ),
    # "Saturday first thing i play, what one": that day's first.
    (
        rf"^(?P<when>{_WHEN}),? (?:the )?first thing {_WHO} {_VERB},? (?:what|which)(?: one| song)?{_TAIL}",
        r"\g<when> what did i play first",
    ),
)


def said_by_a_singapore_contractor(text: str) -> str:
    """Return a Singaporean contractor's terse Singlish question said plainly."""
    return rewrite_marked(_MARK, _SINGAPORE_CONTRACTOR_EN, text, squeeze=True)
