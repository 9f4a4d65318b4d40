"""Nairobi's Sheng and Hong Kong's English (issue 45's sixty-ninth turn).

Blind writer 466, from Nairobi, mixed Swahili and Sheng into English:
"mara ngapi have I played X" (how many times: read as whether, a wrong
fact), "which msanii" (artist: read as the top song, a wrong fact), "the
ngoma I played most" (song), "wasanii tofauti" (different artists),
"when do I listen zaidi" (more), "mchana ama jioni" (afternoon or
evening), "wikendi" (weekends), "nimeskiza X this month ama" (have I
listened to X, or), and the openers "niaje", "sasa", "manze", "ebu",
"kwani", "si" that only start the question. Her times ("wiki
iliyopita", "jana jioni") are in `world_times`; "leo" (today) is read
here, only where the question's thing is already said before it ("the
first song I played leo"), for Leo is a name too.

Blind writer 467, from Hong Kong, said "yesterday night time" for last
night (read as this morning's clock: a wrong fact), the name first with
"ah" before a bare verb ("the daily ah i listen how many episode": the
name left out, a wrong fact), a title with its artist as "X the Y one"
before "how many times I play" (a wrong fact), and "hai mai" (is it or
not) before a claim.

Nothing is turned unless a word only these speakers say is in the
question (`_SHENG`, `_HONG_KONG`): an English question keeps its words.
"""

import re
from typing import Final

from ..when.clock import clock_words_in_figures
from .rules import Rule, rewrite

_SHENG: Final = re.compile(
    r"\b(?:niaje|manze|ebu|kwani|ngoma|msanii|wasanii|tofauti|zaidi|mara ngapi"
    r"|nimeskiza|niliskiza|nimesikiliza|nilisikiliza|wikendi|mchana|jioni|asubuhi"
    r"|usiku|niambie|ama)\b",
    re.IGNORECASE,
)
_VERB = r"(?:play|played|listen to|listened to|hear|heard|have|had)"
_PART = {
    "asubuhi": "in the morning",
    "mchana": "in the afternoon",
    "jioni": "in the evening",
    "usiku": "at night",
    "wikendi": "at weekends",
    "weekdays": "on weekdays",
    "weekends": "at weekends",
}
_PARTS = r"(?:asubuhi|mchana|jioni|usiku|wikendi|weekdays|weekends)"


def _parts(found: re.Match[str]) -> str:
    """Return "mchana ama jioni, when do I listen zaidi" as the plain question."""
    first = _PART[found["first"].lower()]
    second = _PART[found["second"].lower()]
    return f"do i listen more {first} or {second}"


_SHENG_RULES: Final[tuple[Rule, ...]] = (
    # "Si I played X": isn't it that I played X, a question.
    (r"^si,? (i|we) played ", r"did \1 play "),
    (r"^si,? (i|we) (?:listened to|heard) ", r"did \1 listen to "),
    # The openers: a greeting or a nudge, never the question's words.
    (
        r"^(?:(?:niaje|sasa|manze|ebu|kwani|si)\b,?\s*)+(?=\w)",
        "",
    ),
    (r"^niambie\b,?\s*", "tell me "),
    # Swahili's clock: "saa mbili kasoro robo usiku" is a quarter to eight
    # at night, "na robo" a quarter past, "na nusu" half past; the hour
    # itself is read by `borrowed_times_en`.
    (
        r"\b(saa (?:kumi na moja|kumi na mbili|\w+)) kasoro robo\b",
        r"quarter to \1",
    ),
    (r"^leo (?=saa\b|quarter to saa\b)", "today "),
    (r"^jana (?=saa\b|quarter to saa\b)", "yesterday "),
    (
        r"\b(?:kulikuwa na ngoma gani|ngoma gani (?:ilikuwa )?(?:inacheza|ikicheza|ilicheza))\W*$",
        "which song was playing",
    ),
    # "Lini mara ya mwisho niliskiza X": when did I last (or first) hear X.
    (
        r"^lini mara ya (mwisho|kwanza) (?:niliskiza|nilisikiliza|nilicheza) (?P<name>.+?)\W*$",
        lambda found: (
            f"when did i {'last' if found[1].lower() == 'mwisho' else 'first'}"
            f" listen to {found['name']}"
        ),
    ),
    # "Nimeskip": I skipped; "ni msanii gani nime-skip sana": which most.
    (
        r"^ni (msanii|ngoma) gani (?:nime|nili)-?skip sana\W*$",
        lambda found: (
            f"which {'artist' if found[1].lower() == 'msanii' else 'song'} do i skip most"
        ),
    ),
    (r"^mara ngapi (?:nime|nili)-?skip ngoma\b", "how many times did i skip songs"),
    # "Mara ngapi" is how many times, wherever it is said.
    (r"^mara ngapi (?:have|did|do) (i|we)\b", r"how many times have \1"),
    (
        r"^(?P<name>(?!how|what|which|when|did|do)[\w' .&-]{2,40}?) mara ngapi (?P<rest>.*)$",
        r"how many times did i play \g<name> \g<rest>",
    ),
    (r"\bmara ngapi\b", "how many times"),
    # A part of the day or the week against another, the question after.
    (
        (
            rf"^(?P<first>{_PARTS}) (?:ama|or) (?P<second>{_PARTS}),? when do (?:i|we) "
            r"(?:listen|play)(?: to music| songs)? (?:zaidi|more|most)\W*$"
        ),
        _parts,
    ),
    (
        rf"^do (?:i|we) listen (?:zaidi|more) (?P<first>{_PARTS}) (?:ama|or) (?P<second>{_PARTS})\W*$",
        _parts,
    ),
    # "Nimeskiza X this month ama": have I listened to X, or not.
    (
        r"^(?:nimeskiza|nimesikiliza) (?P<rest>.+?),? (?:ama|or not)\W*$",
        r"have i listened to \g<rest>",
    ),
    (
        r"^(?P<name>[^,?]{2,60}?) (?:niliskiza|nilisikiliza|nimeskiza) (?P<rest>.*?),? (?:or not|ama)\W*$",
        r"did i listen to \g<name> \g<rest>",
    ),
    # Her words: artist(s), song, different, more.
    (r"\bwasanii tofauti\b", "different artists"),
    (r"\bwasanii\b", "artists"),
    (r"\bmsanii\b", "artist"),
    (r"\bngoma gani\b", "which song"),
    (r"\bngoma\b", "song"),
    (r"\bwikendi\b", "weekends"),
    (r"\b(listen|play)(?: to music)? zaidi\b", r"\1 most"),
    (
        r"^the last song (i|we) (listened to|played|heard)\W*$",
        r"what was the last song \1 \2",
    ),
)

# "Leo" (today) last, after the question's own thing: "the first song I
# played leo", "how many hours of music did I listen to leo". A name said
# there ("did I listen to Leo") has no thing before its verb.
_LEO: Final = re.compile(
    rf"\b(?P<head>(?:songs?|tracks?|music|plays?|things|episodes?|artists?|hours|minutes)\b"
    rf"[^,?]*? (?:i|we) {_VERB}) leo(?P<end>\W*)$",
    re.IGNORECASE,
)

_HONG_KONG: Final = re.compile(
    r"\b(?:lah|ah|wor|hai mai|night ?time|gum)\b|\b(?:i|we) (?:always |usually |mostly )?play (?:more )?song\b(?!s)|\bgot [^,?]+ or not\W*$"
    r"|\bone,? how many times (?:i|we) (?:play|listen|hear)\b",
    re.IGNORECASE,
)
_HK_RULES: Final[tuple[Rule, ...]] = (
    (r"\s+lah(?=\W*$)", ""),
    (r"\byesterday night ?time\b", "last night"),
    (r"\btoday night ?time\b", "tonight"),
    (r"\bhow many thing\b", "how many things"),
    # "September my song of the month is which one": that month's top.
    (
        (
            r"^(january|february|march|april|may|june|july|august|september|october|november"
            r"|december),? my (song|artist|album|podcast) of the month (?:is|was) which one"
        ),
        r"what was my \2 of the month in \1",
    ),
    # A period first, then "i listen X or not", "got X or not": did I.
    (
        (
            r"^(?P<when>(?:the )?day before yesterday|yesterday|today|this (?:week|month|year)"
            r"|last (?:week|weekend|month|year)|(?:last|past) \w+ (?:days|weeks|months))"
            r",? (?:(?:i|we) (?:listen(?: to)?|play|hear)|got(?: play| listen to| hear)?) (?P<name>(?!what|which|how)[^,?]{2,40}?)"
            r",? or not(?: ah| lah)?(?:,? the (?P<artist>[\w' .&-]{2,30}?) one)?\W*$"
        ),
        lambda found: (
            f"did i listen to {found['name']}"
            + (f" by {found['artist']}" if found["artist"] else "")
            + f" {found['when']}"
        ),
    ),
    # "I always play song", "when i play more song": a bare "song", with
    # no article and no name after it, is listening itself, not the music
    # against the podcasts (the writer's plain question asked all of it).
    (
        r"\b(i|we) (always |usually |mostly )?play (more )?song\b(?! ?\w)",
        r"\1 \2listen \3",
    ),
    (
        r"\b(i|we) (always |usually |mostly )?play (more )?song (?=at |on |in |when |which )",
        r"\1 \2listen \3",
    ),
    # "Hai mai": is it that; the claim after it is the question.
    (r"^hai mai,? (i|we) (play|listen to|hear) ", r"did \1 \2 "),
    # "The daily ah i listen how many episode last month": the name first.
    (
        (
            r"^(?P<name>(?!(?:this|last|past|yesterday|today|what|which|how|i|we)\b)[\w' .&-]{2,40}?)"
            r" (?:ah|lah) (?:i|we) (?:listen(?: to)?|play|hear) how many (?P<kind>episodes?|times)"
            r"(?P<rest>[^?]*?)(?: ah| lah)?\W*$"
        ),
        lambda found: (
            f"how many episodes of {found['name']} did i listen to{found['rest']}"
            if found["kind"].startswith("episode")
            else f"how many times did i play {found['name']}{found['rest']}"
        ),
    ),
    # "One more time the daft punk one how many times i play since monday".
    (
        (
            r"^(?P<title>(?!(?:this|last|past|yesterday|today|what|which|how|i|we)\b)[\w' .&-]{2,40})"
            r" the (?P<artist>[\w' .&-]{2,30}?) one,? how many times (?:i|we) (?:play|listen(?: to)?|hear)"
            r"(?P<rest>[^?]*?)(?: ah| lah)?\W*$"
        ),
        r"how many times did i play \g<title> by \g<artist>\g<rest>",
    ),
)


def said_in_sheng_or_hong_kong(text: str) -> str:
    """Return a Sheng or a Hong Kong speaker's question in plain English's words."""
    text = clock_words_in_figures(text)
    text = _LEO.sub(r"\g<head> today\g<end>", text)
    if _SHENG.search(text) or re.match(r"(?i)^(?:sasa|si)\b", text):
        text = rewrite(_SHENG_RULES, text, re.IGNORECASE)
    if _HONG_KONG.search(text):
        text = rewrite(_HK_RULES, text, re.IGNORECASE)
    return text
