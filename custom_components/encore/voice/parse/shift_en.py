"""English as a tired night-shift worker from New Zealand says it (issue 45's eighteenth turn).

A writer nobody here had seen (a nurse asking at odd hours, short on
patience) got no answer or a wrong one:

- a tired remark after the question ("..., knackered, just wanna know",
  "..., shift was brutal that month", "..., even with the night shift
  weeks"): its words were read as a name, or as a time nobody asked
  ("that month", "weeks"), and the answer asked back or found nothing;
- the question's opening left out ("times I've played X, ever" is how
  many times);
- "round nine" for around nine, as New Zealand and Britain say it.

A remark is dropped only when it is a complaint about being tired or about
the shift, never when it says when: "before my shift", "on my break",
"after nights" are a time in no table and stay, so that the answer asks
which time is meant (`periods.TIME_STARTS`) rather than guessing.
Applied to the words as said, commas and all, in `banter_en.drop_asides`.
"""

import re

from .rules import Rule, rewrite

# Tired, as said alone or with "I'm", "so", "bloody".
_TIRED = (
    r"(?:(?:i'?m|im|i am|so|bloody|absolutely|totally|completely|proper) )*"
    r"(?:knackered|shattered|wrecked|buggered|stuffed|exhausted|zonked|cooked"
    r"|wiped out|done in|dead on my feet|running on empty|half asleep|so tired|tired)"
)
# The shift or the job, and how it was: "shift was brutal (that month)",
# "nights have been rough".
_SHIFT = r"(?:(?:the|my|that|this|these|those) )?(?:(?:night|day|late|early|double|long) )?(?:shifts?|nights|rosters?|work)"
_HOW = (
    r"(?:brutal|rough|hectic|mental|nuts|crazy|full on|full-on|insane|hell|awful"
    r"|long|endless|a nightmare|a killer|hard|heavy|horrible|chaos)"
)
# One clause of a remark, after a comma or a full stop, at the end.
_REMARK = (
    rf"(?:{_TIRED}"
    # "just wanna know", "need to know", "only asking".
    r"|(?:i )?(?:just |only )?(?:wanna|want to|need to|needa|wanted to) know"
    r"|(?:just |only )?asking|humour me|humor me"
    # "shift was brutal that month": "that" points back at the question's
    # own time; "this month" or "last week" would be one and is kept.
    rf"|{_SHIFT} (?:was|were|is|are|has been|have been|'s been|s been) (?:so |bloody |pretty |really )?{_HOW}"
    r"(?: that (?:week|month|year|weekend|night|day|fortnight))?"
    # "even with the night shift weeks", "with all the nights"; never
    # "after work" nor "after my shift", which say when.
    rf"|(?:even )?(?:with|despite) (?:all )?{_SHIFT}(?: (?:weeks|rotations?|runs?|and all))?"
    r"|been a long (?:one|day|night|week|shift|few days)(?: eh)?"
    r"|(?:it'?s|its) been a (?:long|rough|big) (?:one|day|night|week|shift)"
    r")"
)

_PAST = {"played": "play", "heard": "hear", "listened to": "listen to", "had": "have"}


def _did(found: re.Match[str]) -> str:
    """Return "did I play" for "reckon I played"."""
    return f"did {found.group(1)} {_PAST[found.group(2).lower()]} "


SHIFT_EN_SAID: tuple[Rule, ...] = (
    # Remarks after the question, one or more, with or without "eh".
    (rf"(?:\s*[,.;!?]\s*{_REMARK}(?: eh)?)+[.!?]?\s*$", ""),
    # New Zealand's thanks and tags at the end: "..., chur", "..., chur bro",
    # "..., cheers mate". Read as a name ("Air this month, chur") before.
    (
        (
            r"(?:\s*[,.;!?]\s*(?:chur|cheers|ta|sweet as|cuz|bro|mate|aye)"
            r"(?: (?:bro|mate|cuz|eh))?|\s+chur(?: bro)?)+[.!?]?\s*$"
        ),
        "",
    ),
    # "Times I've played X": how many times. Only before "I" or "we" and a
    # listening verb, so "Times Like These" stays a title.
    (
        r"^times (?=(?:i|we)(?:'ve| have)? (?:played|heard|listened to|had|put|streamed)\b)",
        "how many times ",
    ),
    # "Played heaps of Queen": whether Queen was played, "heaps of" no name.
    (r"\b(played|heard|had|listened to) (?:heaps|loads|lots|a lot|plenty) of ", r"\1 "),
    # "Reckon I played Queen this week": whether I did, the "did" left out.
    (
        r"^(?:(?:do |d'?)you )?reckon (?:that )?(i|we) (played|heard|listened to|had) ",
        _did,
    ),
    # "Round nine", "round about ten": around a clock time, never "round"
    # alone ("Round Here" is a title after a verb).
    (
        (
            r"\bround (?:about )?(?=(?:\d|one|two|three|four|five|six|seven|eight|nine"
            r"|ten|eleven|twelve|half|quarter|midnight|noon|lunchtime)\b)"
        ),
        "around ",
    ),
)


def undo_shift_en(text: str) -> str:
    """Return the words as said without a tired remark, the opening put back."""
    return rewrite(SHIFT_EN_SAID, text, re.IGNORECASE).strip() or text
