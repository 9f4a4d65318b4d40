"""A Vietnamese speaker's B1 English as speech to text writes it (issue 45's seventy-sixth turn).

Blind writer 519 dictates English the way Vietnamese says it: no tense, no
ending on a verb or a noun, the question word last. What the older
Vietnamese reader (`learner_vi`) left unread:

- the participles said bare: "i am obsess with which artist recently",
  "podcast show i hook on these day what is" (and "these day" for these
  days): no reader knew "obsess with" or "hook on" as a favourite;
- the thing asked said after "obsessed with": "i am obsessed with which
  artist" (which artist am I obsessed with);
- "already ... yes" for "have I ... yet" (Vietnamese "đã ... chưa"):
  "already i listen discovery album since october yes";
- "you tell me ..." (Vietnamese "bạn cho tôi biết") before the question, and
  "..., you think" after it;
- "what style i into" with its "am" left out;
- "which day in week" (of the week), read as a time "week" never said;
- "what song i listen most recent" (the last song), where "the most recent"
  was taken for a name.

The recogniser's "the deli" for The Daily is the name matcher's
(`history.queries.name_scores.spoken_key`), in every language.

Run on the words as said, first of `said_as_written_en`; only a sentence
with one of these marks is read (`_MARK`), so no other speaker's question is
rewritten.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

# A listening verb as this speaker says it: bare, or with its ending.
_VERB: Final = r"(?:listen|listened|play|played|hear|heard|stream|streamed)"
_KIND: Final = r"(?:song|songs|track|tracks|album|albums|artist|artists|band|bands|singer|singers|podcast|podcasts|music)"

_MARK: Final = re.compile(
    r"\b(?:obsess|hook) (?:with|on)\b"
    r"|\bthese day\b"
    r"|^already (?:i|we) "
    r"|^you (?:tell|show|give) me "
    r"|(?<!\bdo )(?<!\bdid )(?<!\bd')\byou think\s*[?.!]*\s*$"
    r"|\b(?:style|kind|sort|type|genre) (?:i|we) into\b"
    r"|\b(?:which|what) day in (?:the )?week\b"
    rf"|\b{_VERB}(?: to)? (?:the )?most recent\s*[?.!]*\s*$",
    re.IGNORECASE,
)

_VIETNAMESE_DICTATED_EN: Final[tuple[Rule, ...]] = (
    # "Obsess with", "hook on": the participle said bare.
    (r"\bobsess with\b", "obsessed with"),
    (r"\b(?:(?<=\bi )|(?<=\bwe ))hook on\b", "am hooked on"),
    (r"\b(am|are|is|i|we|get|got|so) hook on\b", r"\1 hooked on"),
    (r"\bthese day\b(?!s)", "these days"),
    # "I am obsessed with which artist recently": the thing asked goes first.
    (
        rf"^(i|we) (?:am |are )?(obsessed with|hooked on|into) (which|what) ({_KIND}|one|show)\b",
        lambda found: (
            f"{found[3]} {found[4]} {'am i' if found[1].lower() == 'i' else 'are we'}"
            f" {found[2]}"
        ),
    ),
    # "Already I listen X since October yes": "đã ... chưa", have I yet.
    (
        rf"^already (i|we) {_VERB}(?: to)? (.+?),? (?:yes|yet|or not|or no|not yet)\s*[?.!]*\s*$",
        r"did \1 listen to \2",
    ),
    (rf"^already (i|we) {_VERB}(?: to)? ", r"did \1 listen to "),
    # "You tell me what we listen last Friday": tell me.
    (r"^you (?:tell|show|give) me,? ", "tell me "),
    # "..., you think": an opinion asked, nothing of its own.
    (r"(?<!\bdo)(?<!\bdid),?\s+you think(\s*[?.!]*)\s*$", r"\1"),
    # "What style I into": its "am" left out. Hong Kong's "what style music
    # I into" is `hong_kong_office_en`'s, read there.
    (r"\b(style|kind|sort|type|genre) i into\b", r"\1 am i into"),
    (r"\b(style|kind|sort|type|genre) we into\b", r"\1 are we into"),
    # "Which day in week": which day of the week.
    (r"\b(which|what) day in (?:the )?week\b", r"\1 day of the week"),
    # "What song I listen most recent": the latest, never a name.
    (
        rf"^(?:what|which) ({_KIND}) (i|we) {_VERB}(?: to)? (?:the )?most recent(\s*[?.!]*)\s*$",
        r"what was the most recent \1 \2 listened to\3",
    ),
)


def said_in_vietnamese_dictation(text: str) -> str:
    """Return a Vietnamese speaker's dictated question in the English later readers know."""
    return rewrite_marked(_MARK, _VIETNAMESE_DICTATED_EN, text, squeeze=True)
