"""A Polish learner's English, B1 (issue 45's fifty-sixth turn, blind writer 352).

A Polish speaker dropped the articles English wants ("song of month"),
said the kind first and asked after it ("album of last three months for
me which one it is", "the song I always skip, which one is it") and
opened with her own words ("kurczę", "no so", Polish "no" being "well").
`learner_pl` reads her German and her word order in general; this reads
what her English says.

A Polish nurse (issue 45's sixty-fourth turn, blind writer 420) showed
Polish's false friends: "team" for a band ("zespół" is both), "audition"
for a broadcast ("audycja": "what audition I listen most" was read as the
top songs, a wrong fact), "lastly" for lately ("ostatnio": "did I hear X
lastly" was read over all time, a wrong fact), "by me" for at my place
("u mnie": "when first time Wet Leg was playing by me" took "me" for the
name), "from end" for the last ("od końca"), "what" for "that" after the
thing it points to ("the last what I listen", "from all what I played":
Polish "co"), "since how many days" for how many days in a row ("od ilu
dni") and "this day" for today ("ten dzień").
"""

import re

from .rules import Rule, rewrite

_KIND = r"(song|track|tune|album|record|artist|band|singer|podcast)"

_LISTENED = r"(?:listen|play|hear|heard|skip|discover)"

_LEARNER_PL_EN: tuple[Rule, ...] = (
    # "Which team I was listening most": a band, beside a listening word
    # only ("which team won" is no question of the history).
    (rf"\b(which|what|my|favou?rite) team(s?)\b(?=[^,?]*\b{_LISTENED})", r"\1 band\2"),
    # "What audition I listen most this year": a podcast.
    (
        rf"\b(which|what|my|favou?rite|the|an|new|last|first) auditions?\b(?=[^,?]*\b{_LISTENED})",
        r"\1 podcast",
    ),
    (rf"\b({_LISTENED}\w*(?: to)?) (?:the |an? )?auditions?\b", r"\1 podcasts"),
    # "Did I hear X lastly": lately, said last (English's "lastly" opens
    # the last of a list, never ends a question).
    (r"(?<=\w) lastly(?=\s*[?.!]*\s*$)", " lately"),
    # "When is more music by me", "X was playing by me": at my place,
    # which is where Encore's history is anyway; never "by me and Anna",
    # nor a passive's doer ("which song is most often cut short by me").
    (
        r"(?<!\bshort)(?<!ed)(?<!\bheard)(?<!\bspun)(?<!\bdone),?\s+by me\b(?=\s*(?:[,?.!]|$))",
        "",
    ),
    # "When first time Wet Leg was playing": its first play.
    (
        (
            r"^when (?:was )?(?:the )?first time (?P<name>(?!(?:i|we)\b)[\w' .&-]{2,40}?)"
            r" (?:was|were) (?:playing|played|on)\s*[?.!]*$"
        ),
        r"when did i first play \g<name>",
    ),
    # "Name of song from end, the last what I listen": the last one.
    (r"\s+from (?:the )?end,?(?=[^?]*\blast\b)", ""),
    (rf"\b(last|first|all|one|everything) what (i|we) (?={_LISTENED})", r"\1 that \2 "),
    # "Since how many days I listen every day, no pause": the streak.
    (
        (
            rf"^since how many days (?:do |have )?(i|we) {_LISTENED}\w*(?: to)?(?: music)?(?: every day)?"
            r"(?:,? (?:no|without) (?:a )?(?:pause|break|stop))?\s*[?.!]*$"
        ),
        r"how many days in a row have \1 listened",
    ),
    # "How many songs I skipped this week from all what I played": out of
    # all I played (the skip rate), never a period "from all".
    (
        r"\bfrom all (?:what |that )?(i|we) (played|listened to|heard)\b",
        r"out of all \1 \2",
    ),
    # "New artists in this year for me, first time heard": "first time
    # heard" says what new means.
    (
        (
            r"^(new (?:artists|singers|bands|performers)\b[^,?]*?)(?: for me)?,?\s*(?:for the |the )?first time"
            r" (?:heard|played|listened)\s*[?.!]*$"
        ),
        r"\1",
    ),
    # "What band I don't like, I skip them most, who": the kind said first
    # with what she feels about it, the question after with its pronoun.
    (
        (
            rf"^(?:what|which) {_KIND}s? (?:i|we) (?:don't|dont|do not) like,? (i|we) skip (?:them|it|him|her)"
            r" (?:the )?most(?:,? (?:who|which|what)(?: (?:is|are) (?:it|they))?)?\s*[?.!]*$"
        ),
        r"which \1 do \2 skip the most",
    ),
    # "Was some Air playing this morning": whether it played ("czy leciało
    # coś"), never what played; music and songs keep their own reading,
    # and "was there any X on ..." its own (a name's "on" kept).
    (
        (
            r"^was (?:some|something (?:of|from|by)) (?!(?:music|songs?|tracks?|tunes?"
            r"|podcasts?|episodes?|stuff|things?|new|different)\b)(?P<name>[\w' .&-]{2,40}?)"
            # "On" only where a time or nothing follows: "any Queen on the
            # wireless", "any Air on the third of November" keep their "on".
            r" (?:playing|played|on(?=\s+(?:this|last|yesterday|today|tonight)\b|\s*[?.!]*$))\b"
        ),
        r"did i play any \g<name>",
    ),
    # "With what song I started this day": today.
    (
        r"\b((?:start|began|begin|open|end|finish)\w* )this day(?=(?: with)?\s*[?.!]*\s*$)",
        r"\1today",
    ),
    # "Kurczę", "kurde", "no so": a Polish opener ("no" is "well").
    (r"^(?:kurczę|kurcze|kurde|no to|no więc),?\s+", ""),
    (r"^no,? so,?\s+(?=(?:what|which|who|when|how|did|have|was)\b)", ""),
    # "Song of month": the article dropped.
    (rf"\b{_KIND} of (month|year|week|summer)\b", r"\1 of the \2"),
    # "Album of last three months for me which one it is": the kind said
    # first, "which one" after.
    (
        (
            rf"^(?:my )?{_KIND} of (?:the )?(last (?:two|three|four|six|\d+) (?:months|weeks|days))"
            r"(?: for me)?,? which one (?:it is|is it)\W*$"
        ),
        r"which \1 did I play the most in the \2",
    ),
    # "The song I always skip, which one is it".
    (
        rf"^the {_KIND} (i|we) (always|usually|keep) skip(?:ping)?,? which one (?:it is|is it)\W*$",
        r"which \1 do \2 \3 skip",
    ),
)


def said_as_polish_learner(text: str) -> str:
    """Return a Polish learner's English question with its articles and order."""
    return rewrite(_LEARNER_PL_EN, text, re.IGNORECASE)
