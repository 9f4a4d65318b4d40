"""A phone's autocorrect, read as the listening word it replaced.

Issue 45's sixty-first turn, blind writer 394 (a hurried commuter typing on
a phone): autocorrect put a real word where a half-typed listening word
stood, and the readers, which know only the word meant, read the question
without it. "who did I listen to moat last week" lost its "most" (what
played was answered, a wrong fact), "top 3 artisans" its artists (the top
songs were answered), "this yeat" its year (all time was answered), "my
listening steak" its streak, "go to podcast this sinner" its summer, "at
quarter to 8 lady night" its last night. A slip here is a letter a thumb
hits beside the one meant ("tine" for time, "albun" for album, "moth" for
month), and so is no word `typed` finds by a letter left out.

Each word is read as meant only where the word it became cannot stand: a
"moat" after a listening verb, a "steak" after "listening", a "tear" after
"this"; a name is never changed ("play Muse", "the Moth" keep theirs).
"""

import re

from .rules import Rule, rewrite

_NUMBER = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|few|couple of)"

_AUTOCORRECTED_EN: tuple[Rule, ...] = (
    # "Listened to moat", "played the moat", "the moat played".
    (
        r"\b(listen(?:ed)? to|play(?:ed)?|heard|hear|had on|have on|the) moat\b",
        r"\1 most",
    ),
    (r"\bmoat (played|listened|streamed|heard|skipped)\b", r"most \1"),
    # "Top 3 artisans", "my fave artisans": artists.
    (
        rf"\b(top|my|fave|favourite|favorite|different|new|{_NUMBER}) artisans?\b",
        lambda found: f"{found[1]} artist{'s' if found[0].endswith('s') else ''}",
    ),
    # A period's word one key off: "this yeat", "this tear", "last 3 moths",
    # "song of the moth", "past 2 weels", "this sinner".
    (r"\b(this|last|the|a|per|that) (?:yeat|yesr|tear)\b", r"\1 year"),
    (r"\b(this|last|of the|per|the past|the last) moth\b", r"\1 month"),
    (rf"\b({_NUMBER}) moths\b", r"\1 months"),
    (rf"\b({_NUMBER}) weels\b", r"\1 weeks"),
    (r"\b(this|last) (?:weel|wees)\b", r"\1 week"),
    (r"\b(this|last|the|over the|in the) sinner\b", r"\1 summer"),
    # A plural the phone's word guess left on one day: "yesterday
    # evenings" (all of yesterday was answered, a wrong fact), "the day
    # before yesterdays".
    (r"\b(yesterday|this|tomorrow) (morning|afternoon|evening|night)s\b", r"\1 \2"),
    (r"\bthe day before yesterdays\b", "the day before yesterday"),
    # "At quarter to 8 lady night": last night, said last or after a clock.
    (r"\blady (night|nite)(?=\W*$)", "last night"),
    # What is asked, one key off: "listening steak", "listening tine",
    # "repeat rats", "albun", "first sing today", "songs did I pray".
    (r"\b(listening|longest|current|day|daily|my) steak\b", r"\1 streak"),
    (r"\b(listening|total|play|playing|screen) tine\b", r"\1 time"),
    (r"\b(different|top|fave|favourite|favorite|my) tines\b", r"\1 tunes"),
    (r"\b(repeat|skip|replay) rats?\b", r"\1 rate"),
    (r"\balbun(s?)\b", r"album\1"),
    (r"\b(do|did) (i|we) (always |usually |often |most )?skin\b", r"\1 \2 \3skip"),
    (
        r"\b(first|last|top|fave) sing(?= (?:today|yesterday|this|last|of|i|we)\b|\W*$)",
        r"\1 song",
    ),
    (
        r"\b(songs|tracks|tunes|times|episodes|podcasts) (did|have) (i|we) pray(ed)?\b",
        r"\1 \2 \3 play\4",
    ),
)


def said_without_autocorrect(text: str) -> str:
    """Return a typed question with autocorrect's words read as the ones meant."""
    return rewrite(_AUTOCORRECTED_EN, text, re.IGNORECASE)
