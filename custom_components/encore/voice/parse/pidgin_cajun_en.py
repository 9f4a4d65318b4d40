"""Hawaiian Pidgin and Louisiana Cajun English (issue 45's sixty-ninth turn).

Blind writer 470 spoke Hawai'i Pidgin: "wen" before a verb for its past
("how many songs I wen play today": read as the plays of one named "wen"),
"stay" for is and am ("I stay playing da same tunes ova and ova dis year
or what": read as what is on repeat, the year's top songs answered, a
wrong fact; "who stay my number one artist"), "da", "dis", "dat", "kine"
(kind of), "tings", "neva", "pau" (finished), "no can" (can't), "yesterday
time" (yesterday), and "brah", "shoots", "da kine" and "or what" around
the question. Blind writer 472 spoke Cajun English: "mais" first, "cher"
last, "de", "dat", "dem", "las", "wit", the dropped g ("skippin"), "what
all I had on", "how you would describe", "what my skip rate was", "I got a
envie for X" (a craving) before the question of when X was last on.

Each sentence is Pidgin or Cajun only when it says so: "wen" before a verb
and "stay" before a listener's state are Pidgin's own; "da", "dis" and
"kine" turn plain only in a Pidgin sentence ("Da Funk" keeps its name).
"Cher" is dropped only as the closing address of a sentence that says
Cajun, never after a verb or "by" (Cher the singer stays a name).
"""

import re
from typing import Final

from .rules import Rule, rewrite

_VERB_PAST: Final = {
    "play": "played",
    "listen": "listened",
    "hear": "heard",
    "have": "had",
    "spin": "spun",
    "bang": "played",
    "start": "started",
    "pau": "ended",
    "go": "went",
    "put": "put",
    "skip": "skipped",
    # Blind writer 487: "what I wen wake up to today", "who I wen find".
    "wake": "woke",
    "find": "found",
    "replay": "replayed",
}
_VERBS: Final = "(?:" + "|".join(_VERB_PAST) + ")"
_WHO: Final = r"(?:i|we)"
# A question's opening before its listener: "what", "what kine music",
# "how many tings", "how much queen", "how long".
_ASK: Final = (
    r"(?:what|who|when|how long|how|how much|what all|which \w+|what (?:kine|kind of) \w+|what \w+"
    r"|how many \w+|how much [\w' ]+?)"
)

# A sentence says Pidgin when it holds one of these.
_SAYS_PIDGIN: Final = re.compile(
    rf"\b(?:{_WHO}|song|songs|track|tracks) wen {_VERBS}\b|\bbrah\b|\bda kine\b|\bkine\b"
    r"|\bpau\b|\bneva\b|\bshoots\b|\bno can\b|\b(?:i|we|who|what) stay\b|\byesterday time\b"
    r"|\b(?:my|our) \w+ wen go\b"
    # Blind writer 487: "choke" (lots) after a verb or before a count's
    # noun, and "one" as the article before a listener's kind ("I one
    # morning listener"); "Choke" alone stays a song's name.
    r"|\bchoke (?:times|plays|songs|tracks|tunes|music|hours|or what|o what)\b"
    r"|\b(?:play|replay|listen|skip|hear)s? (?:\w+ ){0,3}choke\W*$"
    r"|^(?:i|we) (?:stay )?one \w+ (?:listener|person|owl|bird|type|guy|girl|fan)\b"
    # "How many plays dat get" (has that had), "how many get" (are there),
    # "o during da week" (or during the week).
    r"|\bhow many (?:\w+ )?(?:dat |dem |um |that )?get\W*(?:$|\b(?:da|the|dis|this|last)\b)"
    r"|\bo (?:during|on) da\b",
    re.IGNORECASE,
)
# Cajun's "las'" before what it is the last of; Spanish "a las ocho" (at
# eight) is no Cajun (issue 45's sixty-eighth turn pinned it).
_LAS: Final = (
    r"las'?(?= (?:night|week|weekend|month|year|time|summer|song|tune|track|thing|one"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
)
# A sentence says Cajun when it holds one of these; "de" only before a
# period's or a superlative's word ("de most", "de las"): "Kes de Band" is a
# name.
_SAYS_CAJUN: Final = re.compile(
    rf"^mais\b|\blagniappe\b|\benvie\b|\b{_LAS}|\bwit\b|\bde (?=(?:very|las|last|first|most|month"
    r"|week|year|day|same|top)\b)|\bcher\W*$",
    re.IGNORECASE,
)


def _past(found: re.Match[str]) -> str:
    """Return "wen play" as "played": Pidgin's past said with its own verb."""
    return _VERB_PAST[found[1].lower()]


_PIDGIN_EN: Final[tuple[Rule, ...]] = (
    # Around the question: "brah", "shoots", "da kine", "or what".
    (r"^(?:shoots|da kine|brah)\b,?\s*", ""),
    (r",?\s*\bbrah\b,?", ""),
    (r",?\s*\bor what\W*$", ""),
    # Blind writer 487. Pidgin's "o" is "or" ("dis year o what", "on da
    # weekend o during da week"); "o what" closes the question as "or what".
    (r"\bo (?=(?:what|during|on|in|da|the|dis|this|one|a)\b)", "or "),
    (r",?\s*\bor what\b,?\s*", " "),
    # "Choke" is lots: "I wen play choke times" is played the most, "the
    # same songs choke" a lot; "choke plays dis year, how many get" is a
    # count said first and asked after ("how many get": how many are there).
    (r"\bchoke times\b", "the most"),
    (
        (
            r"^(?:choke )?(plays|songs|tracks|tunes|artists|albums|podcasts|episodes) (.+?),?\s*how many"
            r" (?:(?:i|we|dere|there) )?get\W*$"
        ),
        r"how many \1 did I have \2",
    ),
    (
        r"^(?P<name>[^,]+),\s*how many (?P<n>plays|times|spins) (?:dat|that|it|um|dem|they) get\b",
        r"how many \g<n> did \g<name> get",
    ),
    (r"\s+choke(?=\W*$)", " a lot"),
    # "I one morning listener or one night owl kine": "one" before a
    # listener's kind is the article, never the hour one (it had been read
    # as at one pm, a wrong fact); "kine" last is a filler.
    (
        r"^(i|we) (?:stay )?one (?=\w+ (?:listener|person|owl|bird|type|guy|girl|fan)\b)",
        r"am \1 a ",
    ),
    (
        r"\b(am i|i am|are we|we are) one (?=\w+ (?:listener|person|owl|bird|type|guy|girl|fan)\b)",
        r"\1 a ",
    ),
    (
        r"\bor one (?=(?:\w+ )?(?:listener|person|owl|bird|type|guy|girl|fan)\b)",
        "or a ",
    ),
    (r"\s+kine\W*$", ""),
    (r"\byesterday time\b", "yesterday"),
    (r"\bpau (?=with\b)", "end "),
    (r"\bwen pau\b", "wen end"),
    (r"\ball buss(?:ed)? up on\b", "obsessed with"),
    (r"\bkine\b", "kind of"),
    (r"\bneva\b", "never"),
    (r"\bova\b", "over"),
    (r"\bdis\b", "this"),
    (r"\bdat\b", "that"),
    (r"\bda (?!funk\b)", "the "),
    (r"\btings\b", "things"),
    (r"\bting\b", "thing"),
    (rf"\b({_VERBS}) um\b", r"\1 it"),
    # "When da first time I wen play X": when was.
    (r"^when (?=the (?:first|last) time\b)", "when was "),
    # "I stay playing the same tunes": am I playing.
    (
        r"^(i|we) stay (?=\w+ing\b)",
        lambda found: "am I " if found[1].lower() == "i" else "are we ",
    ),
    (
        rf"^({_ASK}) (i|we) stay\b",
        lambda found: (
            f"{found[1]} {'am' if found[2].lower() == 'i' else 'are'} {found[2]}"
        ),
    ),
    (r"\bwhat stay on\b", "what was on"),
    (r"\bon that time\b", "at that time"),
    (r"\b(who|what) stay\b(?=\W*$)", r"\1 is it"),
    (r"\b(who|what|which \w+) stay\b", r"\1 is"),
    (r"\bi stay\b", "I am"),
    (r"\bwe stay\b", "we are"),
    (rf"^({_ASK}) ({_WHO}) no can\b", r"\1 can't \2"),
    # "What song dat", "what dat": what was that.
    (r"\bwhat (\w+ )?that\W*$", r"what \1was that"),
    # "I wen listen to any air yesterday", "you know if I wen play": did I.
    (rf"^(?:(?:do )?you know if )?({_WHO}) wen (?={_VERBS}\b)", r"did \1 "),
    # "How many songs I wen play", "what I wen start off with": did I.
    (rf"^({_ASK}) ({_WHO}) wen (?={_VERBS}\b)", r"\1 did \2 "),
    (r"^how (my|our) (\w+) wen go\b", r"how did \1 \2 go"),
    (rf"\bwen ({_VERBS})\b", _past),
    # A yes-or-no question said as a statement ("I replay da same songs
    # choke", "I play more music on da weekend o during da week"): do I.
    (r"^(i|we) (?=(?:play|replay|listen|skip|hear|like)\b)", r"do \1 "),
)

_CAJUN_EN: Final[tuple[Rule, ...]] = (
    (r"^mais,?\s*", ""),
    (r"^lagniappe question,?\s*(?:cher,?\s*)?", ""),
    # "Cher" closing the sentence, an address, never after a verb or "by".
    (
        (
            r"(?<!\bplay)(?<!\bplayed)(?<!\bhear)(?<!\bheard)(?<!\bby)(?<!\bof)(?<!\bto)(?<!\bany)"
            r"(?<!\bsome)(?<!\bfrom)(?<!\bskip)(?<!\bskipped)(?<!\babout)(?<!\blike),?\s+cher\W*$"
        ),
        "",
    ),
    (r"\bde\b", "the"),
    (r"\bdat\b", "that"),
    (r"\bdem (?=(?:podcasts|songs|tracks|tunes|shows|albums|bands|artists)\b)", ""),
    (r"\bdem\b", "them"),
    (rf"\b{_LAS}", "last"),
    (r"\bwit\b", "with"),
    (r"\bbout\b", "about"),
    (
        r"\b(go|skipp|play|listen|morn|even|replay|spinn|hear|hav|do)in'?(?=\W|$)",
        r"\1ing",
    ),
    # "I got a envie for some Queen, when I last had them on": X itself.
    (
        (
            r"^i (?:got|have|had) (?:a|an) (?:envie|craving|hankering) for (?:some )?(?P<name>[^,]+),\s*"
            r"(?P<ask>.+?) (?:them|it|him|her)(?P<rest>(?: on)?\W*)$"
        ),
        r"\g<ask> \g<name>\g<rest>",
    ),
    (r"^how you would\b", "how would you"),
    # "What that last tune was I had on": what was.
    (r"^what (that [\w ]+?) was ((?:i|we) had on)\b", r"what was \1 \2"),
    (r"^what (my [\w ]+?) was\b", r"what was \1"),
    # "What all I had on", "when I last had Queen on", "who I keep on
    # skipping", "which show I listen to the most": the question's "did".
    (rf"^({_ASK}) ({_WHO}) (last )?had\b", r"\1 did \2 \3have"),
    (
        rf"^({_ASK}) ({_WHO}) (started|ended) (?=(?:off |up )?with\b)",
        lambda found: f"{found[1]} did {found[2]} {found[3][:-2]} ",
    ),
    (rf"^({_ASK}) ({_WHO}) keep on\b", r"\1 do \2 keep on"),
    (rf"^(which \w+|what \w+|who) ({_WHO}) (listen to|play|hear)\b", r"\1 did \2 \3"),
    # "How many time that Daft Punk One More Time song been played" (blind
    # writer 472): the thing pointed at, counted; it had been read as all
    # the plays since October.
    (
        (
            r"^how many times? (?:that|the|this) (?P<name>.+?) (?:song|tune|track|record|one)"
            r" (?:been|was|got|has been) (?:played|heard|spun|on)\b"
        ),
        r"how many times did I play \g<name>",
    ),
)


def said_in_pidgin_or_cajun(text: str) -> str:
    """Return a Hawaiian Pidgin or Cajun speaker's question in plain English."""
    if _SAYS_PIDGIN.search(text):
        text = rewrite(_PIDGIN_EN, text, re.IGNORECASE)
    if _SAYS_CAJUN.search(text):
        text = rewrite(_CAJUN_EN, text, re.IGNORECASE)
    return text
