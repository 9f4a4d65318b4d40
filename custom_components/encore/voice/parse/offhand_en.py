"""English said offhand: words run together, tags and openers (blind writers 439-444).

Blind writers of issue 45 (a Liverpudlian, a South African, a New Yorker,
an Australian) spoke as people talk to a speaker in passing, and were not
understood: words run together as said ("whaddya got as my most played
track", "lemme know my three most played tunes", "play em"), a tag or an
opener that asks nothing ("total plays since march ja", "sho what song was
on at ...", "yeah nah did i ever ...", "..., whaddya got"), a bare clause
for the question ("wet leg, i ever play em", "how many times i hit play
last weekend": "hit" was looked for as a name), an Australian's "chucked
on" and "actually" ("did i ever actually listen to X": no question was
read), and "who'd i find that was new" for the new artists.

Read on the words as said, commas kept, before the readers after them find
the question by its first or last words. Each rule is bound to the
question around it: a tag only at the end of a question, an opener only
before a question word, "em" only after a verb of listening; a name keeps
its words.
"""

import re
from typing import Final

from .rules import Rule, rewrite

# What opens a question: a tag said last or an opener said first is dropped
# only with one of these before or after it.
_ASKS: Final = (
    r"(?:what|what's|which|who|who's|who'd|how|how's|when|when's|did|do|have|has|was"
    r"|were|any|total|my|first|last)"
)
_HEARD: Final = (
    r"(?:play|played|listen to|listened to|hear|heard|put on|had on|spin|spun)"
)

OFFHAND_EN: Final[tuple[Rule, ...]] = (
    # -- openers and tags that ask nothing -------------------------------------------
    # South Africa's "sho" and Australia's "yeah nah" before the question.
    (rf"^(?:sho|yeah,? nah|nah,? yeah),?\s+(?={_ASKS}\b)", ""),
    # "..., whaddya got", "... ja" (South Africa's yes) closing a question.
    (rf"^({_ASKS}\b.*?),?\s+(?:whaddya got|whaddaya got|ja)\s*([?.!]*)\s*$", r"\1\2"),
    # "Reckon you could tell me which band ...": a lead-in, no guess.
    (
        rf"^(?:i )?reckon (?:you )?(?:could|can) (?:tell|let) me (?:know )?(?={_ASKS}\b)",
        "",
    ),
    # -- words run together as said -------------------------------------------------
    # "Whaddya got as my most played track ever": what is it.
    (
        r"^(?:whaddya|whaddaya|whadda ya|what do you) got (?:as|for) (my|our)\b",
        r"what is \1",
    ),
    (
        r"\b(?:whaddya|whaddaya|whadda ya|whatcha)\b(?= (?:think|reckon|say|count)\b)",
        "what do you",
    ),
    (r"\blemme (?=(?:know|hear|see|have)\b)", "let me "),
    # "Ever play em": them, only after "ever" and a verb of listening (a
    # name said first is pointed back to; "when'd I last play em" is read
    # by the readers that know "em" already).
    (rf"\b(ever {_HEARD}) em\b", r"\1 them"),
    # -- bare clauses for the question -------------------------------------------------
    # "Wet leg, i ever play em": did I ever, after a name said first.
    (rf"^([^,]{{2,40}}),\s+(i|we) ever ({_HEARD})\b", r"\1, did \2 ever \3"),
    # "How many times i hit play last weekend": how many plays, "hit" no name.
    (
        r"^how many times (i|we) (?:hit|hitted|pressed|pushed) play\b",
        r"how many times did \1 hit play",
    ),
    # "Who'd i find that was new last summer": the new artists found.
    (
        (
            r"^who(?:'d| did) (i|we) (?:find|discover|come across|stumble on|stumble across|dig up)"
            r" (?:that|who) (?:was|were) new\b"
        ),
        r"which new artists did \1 discover",
    ),
    # "Any air lately or what": whether it played ("or what" asks nothing).
    (r"^(any\b.*?),? or what\s*([?.!]*)\s*$", r"\1 or not\2"),
    # "Sexy boy by air how many plays has that had": the name said first, no
    # comma, pointed back to.
    (
        (
            r"^(?!(?:what|which|who|how|when|did|do|have|has|in|on|at|since|this|last)\b)"
            r"([^,?]{2,40}?),? how many (plays|times|spins|streams|listens) (?:has|have)"
            r" (?:that|it|they|those|this) (?:had|got|racked up)\b"
        ),
        r"how many \2 has \1 had",
    ),
    # "How long's the kitchen speaker been goin today": the listening in
    # that room ("the speaker" alone is read as any listening, and "the
    # kitchen speaker" had been taken for a media player's).
    (
        (
            r"^how long(?:'s| has| was) the (?!(?:little|big|new|old|smart|bluetooth|good|main)\b)"
            r"(\w+(?: room)?) (?:speaker|speakers|stereo) (?:been )?(?:going|goin'?|on|playing|playin'?)(?!\w)"
        ),
        r"how long did I listen in the \1",
    ),
    # -- an Australian's words --------------------------------------------------------------
    # "How much daft punk have i chucked on this week": put on.
    (
        r"\b(i|we|have i|have we|did i|did we|had i|had we) (?:chucked|chuck|chucks) on\b",
        r"\1 put on",
    ),
    # "Did i ever actually listen to X": the stress asks nothing.
    (
        rf"\b(did|have) (i|we) (ever |really )?actually ({_HEARD}|listen|listened)\b",
        r"\1 \2 \3\4",
    ),
)


def said_offhand(text: str) -> str:
    """Return English said offhand as said plainly, commas kept."""
    return rewrite(OFFHAND_EN, text, re.IGNORECASE)
