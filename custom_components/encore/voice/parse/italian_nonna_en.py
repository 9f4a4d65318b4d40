"""An Italian grandmother's broken English (issue 45's eighty-fourth turn, blind writer 564).

An eighty-year-old from Italy, decades in New Jersey, opens with Italian
("allora tell me, ...", "senti, ...", "dimmi ...", "quanto tempo, how much
time ..."), says Italian nouns ("canzoni", "canzone", "the programma with
the talking" for a podcast, "which disco, the album I mean"), a bare
present for the past ("who I play more than everybody", "the album Moon
Safari, I play it last month?") and remarks after the question (",
madonna mia my head", ", I forget the name", ", tell me slow please", ",
my daughter says always the same").

She ranks by "more than everybody" or "more than the others" ("which song I
put on more than the others last week": what played last week had been
answered, a wrong fact), by "which band was always on" and "what podcast I
was always putting on lately" (the most played, never what played), and by
"who I was crazy for lately, the singer". She names a thing first, often
with a nickname beside it, and asks of it with "him", "them" or "it"
("the Queen, Freddie with the mustache, how many times I put him on this
year", "the Mexican boys, Café Tacuba, I hear them lately?", "the song
Eres, from the Mexicans, when I play it the first time", "Justice, when
they come the first time in my list"), and a song by its artist's nickname
("that one more time of the robots, the Daft Punk, how many times": the
song's plays, never the artist's: a wrong fact). She asks her skips as "the
canzone I always push away, which one" and "who I don't want to hear, I
skip him always, which artist" (what played had been answered, a wrong
fact), the week's parts as "weekdays against the weekend, which I listen
more" (the top songs had been answered, a wrong fact) and her repeats as
"how much I repeat the same canzoni" (the listening time had been answered,
a wrong fact).

Only a sentence with one of her marks (`_MARK`: her Italian words, her
"more than everybody", her "I skip him always", a name said first and asked
with "I play it" and a past, ...) is read, so no other speaker's question is
rewritten. "Madonna" first is never dropped: it is a singer too.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"\b(?:allora|senti|dimmi|ecco|mamma mia|madonna mia|canzon[ei]|programm[ai]|quanto tempo)\b"
    r"|\bdisco, the album\b|\b(?:i|we) (?:play|put on|listen|listen to|hear) more than (?:everybody|everyone|the others)\b"
    r"|\bcrazy (?:for|about)\b|\bwas always (?:on|putting on|playing)\b|\bpush away\b"
    r"|\bskip (?:him|her|them|it) always\b|\bi forget\b|\bthe first time\b|\btell me slow"
    r"|\bthe one before this\b|\bepisodes? of the podcast\b|\bcanzoni we play in the house\b|^describe me\b"
    r"|, (?:i|we) (?:hear|play|put on|put|listen to) (?:it|him|her|them)\b|, first thing\W*$"
    r"|\bwhich (?:i|we) (?:listen|play) more\b|\bagainst the weekend\b|\bthat play on\b"
    r"|^(?:which|what) \w+ (?:i|we) (?:play|put on|listen|listen to|hear) (?:the )?most\b(?! recent)"
    r"|\bwhen (?:i|we) usually have (?:the )?(?:thing|music|radio|songs|canzoni) (?:going|on|playing)\b"
    r"|\b(?:i|we) (?:put|play|hear) (?:him|her|them) on\b|^[^,]+ of the [^,]+, the [^,]+, how many times\b",
    re.IGNORECASE,
)

# The kinds she asks "which one" of, said as the parser's words.
_KIND = r"(song|songs|album|albums|band|bands|singer|singers|artist|artists|podcast|podcasts|group)"
# Her bare present verbs of playing.
_VERB = r"(?:play|played|put on|put|hear|heard|listen to|listen|had on|have on)"
# Her pronoun for what she named first.
_PRONOUN = r"(?:it|him|her|them)"

_ITALIAN_NONNA_EN: Final[tuple[Rule, ...]] = (
    # Her Italian openers and remarks after the question ask nothing.
    (
        r"^(?:(?:allora|senti|dimmi|ecco|ascolta|mamma mia|madonna mia)\b[,!]?\s*)+(?:tell me\b,?\s*)?",
        "",
    ),
    (r",?\s*\b(?:madonna|mamma) mia\b[^?]*", ""),
    (r",\s*(?:i like it and )?i forget the name\b", ""),
    (r",\s*tell me slow(?:ly)?(?: please)?", ""),
    (
        r",\s*my (?:daughter|son|grandson|granddaughter|husband|nipote|figlia) says\b.*$",
        "",
    ),
    (r",\s*the one (?:with|about) the \w+\W*$", ""),
    (
        r"\b(last (?:summer|winter|spring|autumn|year|month|week)),\s*the one before this\b",
        r"\1",
    ),
    # Her Italian nouns: "canzoni" are songs, "the programma with the
    # talking" a podcast, "which disco, the album I mean" an album.
    (r"\bcanzoni\b", "songs"),
    (r"\bcanzone\b", "song"),
    (r"\bthe programm[ai] with the talking,\s*the podcast\b", "the podcast"),
    (r"\bthe programm[ai] with the talking\b", "the podcast"),
    (r"\bdisco,\s*the album(?: i mean)?,?", "album"),
    (r"^quanto tempo,?\s*(?=how much time|how long)", ""),
    (r"^quanto tempo\b", "how much time"),
    (
        r"^(how much time|how long) (i|we) (?:listen|play)(?: to)?\b",
        r"\1 did \2 listen to",
    ),
    (r"^(how many songs we play) in the house\b", r"\1"),
    # "more than everybody", "more than the others": the most.
    (
        rf"\b((?:i|we) {_VERB}) more than (?:everybody|everyone|anybody|the others|all the others|the rest)\b(?! else)",
        r"\1 the most",
    ),
    # "last year who I play the most, which band": the kind said last.
    (
        rf"^(?P<pre>.*?)\bwho (?:i|we) {_VERB} the most(?P<mid>[^,]*),\s*which {_KIND}\W*$",
        r"\g<pre>which \g<3> did I play the most\g<mid>",
    ),
    (
        rf"^(which|what) {_KIND},?\s*(i|we) {_VERB} (?:the )?most\b(?! recent)",
        r"\1 \2 did \3 play the most",
    ),
    # "who I was crazy for lately, the singer": who she played most.
    (
        rf"^who (?:i|we) (?:was|am|were|are|have been|been) crazy (?:for|about)(?P<when>[^,]*),\s*the {_KIND}\b.*$",
        r"which \2 did I play the most\g<when>",
    ),
    # "which band was always on", "what podcast I was always putting on".
    (rf"\b(which|what) {_KIND} (?:was|is) always on\b", r"\1 \2 did I play the most"),
    (
        rf"\b(which|what) {_KIND} (?:i|we) (?:was|were|am|are) always (?:putting on|playing|listening to)\b",
        r"\1 \2 did I play the most",
    ),
    # "the podcast, which one I am hooked this month": the kind said first.
    (
        rf"^the {_KIND},\s*which one (?:i|we) (?:am|was|are|were)?\s*(?:hooked|crazy)(?: on| for| about)?\b",
        r"which \1 did I play the most",
    ),
    # "the episode of the podcast, how many I hear last month".
    (
        rf"^the episodes? of the podcasts?,\s*how many (?:i|we) {_VERB}\b",
        "how many podcast episodes did I play",
    ),
    (
        rf"^how many (songs|episodes|podcasts|things) (i|we) {_VERB}\b",
        r"how many \1 did \2 play",
    ),
    (r"^how much (i|we) repeat\b", r"how much do \1 repeat"),
    # "when I usually have the thing going, the morning, the night, what
    # time is my time": her usual hour, the parts of the day only guessed.
    (
        r"^when (i|we) usually have (?:the )?(?:thing|music|radio|songs|canzoni) (?:going|on|playing)\b.*$",
        r"when do \1 usually listen",
    ),
    (
        r"^describe me what (?:music|songs|kind of music|type of music) (i|we) (am|are) into\b",
        r"what music \2 \1 into",
    ),
)

# A name said first, often with a nickname beside it, asked with "him",
# "them" or "it": the name put in the question.
_NAMED_FIRST: Final[tuple[Rule, ...]] = (
    # "the Queen, the one with Freddie, ...": her description of the name.
    (r"^(?P<name>[^,]+),\s*the one (?:with|of|from) [^,]+,", r"\g<name>,"),
    # "that one more time of the robots, the Daft Punk, how many times ...":
    # a song by its artist's nickname, then the artist.
    (
        r"^(?:that |the )?(?:song )?(?P<song>[^,]+?) of the [^,]+,\s*(?:the )?(?P<artist>[^,]+),\s*how many times\b",
        r"how many times did I play \g<song> by \g<artist>",
    ),
    # "the Queen, Freddie with the mustache, how many times I put him on".
    (
        rf"^(?:the )?(?P<name>[^,]+),\s*[^,]+,\s*how many times (?:i|we) {_VERB} {_PRONOUN}(?: on)?\b",
        r"how many times did I play \g<name>",
    ),
    # "the song Eres, from the Mexicans, when I play it the first time".
    (
        (
            rf"^(?:the (?:song|album|band|singer|podcast) )?(?P<name>[^,]+),(?:\s*[^,]+,)?\s*when (?:i|we) {_VERB} {_PRONOUN}"
            r"(?: on)? (?:the|for the) first time\W*$"
        ),
        r"when did I first play \g<name>",
    ),
    # "Justice, when they come the first time in my list".
    (
        (
            r"^(?P<name>[^,]+),\s*when (?:they|he|she|it) (?:come|comes|came|appear|appears|show up|shows up)"
            r" (?:the|for the) first time(?: (?:in|on) my (?:list|music|history|songs|phone))?\W*$"
        ),
        r"when did I first play \g<name>",
    ),
    # "the Mexican boys, Café Tacuba, I hear them lately?", "the album
    # Moon Safari, I play it last month?": did she.
    (
        (
            rf"^(?:the (?:album|song|band|singer|group|podcast) )?(?:[^,]+,\s*)?(?P<name>(?![^,]*\b(?:i|we|who|which|what)\b)[^,]+),\s*(?:i|we) {_VERB}"
            rf" {_PRONOUN}(?: on)?(?P<when> [^,?]+?)\s*(?:,?\s*or (?:no|not))?\s*\?*$"
        ),
        r"did I play \g<name>\g<when>",
    ),
    # "today I put on The Daily, the news, or I forget again?".
    (
        (
            rf"^(?P<when>today|yesterday|this morning|last night|this week|on \w+day)\s*,?\s*(?:i|we) {_VERB}"
            r" (?P<name>[^,]+?)(?:,\s*[^,]+)?,?\s*or (?:i|we) forget(?: again)?\W*$"
        ),
        r"did I play \g<name> \g<when>",
    ),
)

# Her skips, her first and last songs and the week's parts.
_ASKED_HER_WAY: Final[tuple[Rule, ...]] = (
    # "the canzone I always push away, which one": what she skips most.
    (
        rf"^the {_KIND} (?:i|we) (?:always )?(?:push away|skip|jump)(?: always)?,\s*which one\W*$",
        r"which \1 do I skip the most",
    ),
    # "who I don't want to hear, I skip him always, which artist".
    (
        rf"^(?:who|what|which \w+|the \w+ (?:i|we))[^,]*,\s*(?:i|we) (?:always )?skip {_PRONOUN}(?: always)?,\s*which {_KIND}\W*$",
        r"which \1 do I skip the most",
    ),
    (r"\bpush away\b", "skip"),
    # "what I put on first today, first thing": the day's first.
    (r",\s*first thing\W*$", ""),
    (rf"^(what|which \w+) (?:i|we) {_VERB} first\b", r"\1 did I play first"),
    # "the last song that play on my music": the last one she played.
    (
        rf"\bthe last {_KIND} (?:that|what) (?:play|plays|played|was playing)(?: on my music| on the speaker)?",
        r"the last \1 I played",
    ),
    # "weekdays against the weekend, which I listen more".
    (
        r"^(?:the )?weekdays? (?:against|or|versus|vs) (?:the )?weekends?,\s*which (?:i|we) (?:listen|play)(?: to)? more\b,?",
        "do I listen more on weekdays or at the weekend",
    ),
)


def said_by_an_italian_nonna(text: str) -> str:
    """Return an Italian grandmother's question said plainly."""
    return rewrite_marked(
        _MARK, (*_ITALIAN_NONNA_EN, *_NAMED_FIRST, *_ASKED_HER_WAY), text, squeeze=True
    )
