"""English and German as a Vietnamese speaker (B1) says them (issue 45's nineteenth turn).

Vietnamese marks no plural and no tense on a word and says the topic first
("bài hát này, tôi nghe chưa?": this song, I listened yet?). A Vietnamese
writer living in Leipzig carried that into both languages: a plural left
off after a count ("how many song", "five song", "last 30 day", "wie viel
Lied"), a bare verb for the past ("what I play", "what Ada listen on
Saturday", "was play", "what I was listen"), the period, the name or the
thing asked about said first and the question word last ("Da Funk last time
play when", "song I cannot stop play what is", "heute erste Lied was"),
"or not"/"or no" for a yes-or-no question, a clock time after a part of the
day without "at" ("last night ten past eight"), and German's verb dropped or
left at the end ("gestern Abend was ich gehört").

The rules run first on the words as said (`undo_learner_vi`, before the
question is clipped at a comma), so a period said first and a name said
first are both kept. Each rule holds to function words and word shapes; a
name is moved whole and never changed. Where a rule might change what is
asked, it does not fire: a wrong fact is worse than no answer.
"""

import re

from .rules import Rule, rewrite

# The end of a question as said: its mark, if any.
_END = r"\s*[?.!]*\s*$"
# What a learner counts: listening's nouns said without their plural.
_NOUNS_EN = (
    r"(?:song|track|artist|album|band|singer|podcast|episode|stream|play|hour|minute"
    r"|day|week|month|thing)"
)
_NUMBER_EN = (
    r"(?:how many|number of|different|distinct|\d+|two|three|four|five|six|seven"
    r"|eight|nine|ten|twenty|thirty)"
)
_HOUR_EN = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
# A clock time's first words: "ten past eight", "half seven", "eight o clock".
_CLOCK_EN = (
    rf"(?:(?:five|ten|twenty|twenty five|quarter|a quarter|half) (?:past|to|after)"
    rf" {_HOUR_EN}|half {_HOUR_EN}|{_HOUR_EN} (?:o ?clock|o'clock|am|pm|in the|in))\b"
)
# A part of a day a clock time is said after.
_DAY_PART_EN = (
    r"(?:this morning|this afternoon|this evening|last night|tonight|today"
    r"|yesterday(?: morning| afternoon| evening)?)"
)
# A period said first, before the question (moved to its end).
_PERIOD_FIRST_EN = (
    r"(?:(?:this|last|past) (?:week|weekend|month|year|summer|winter|spring|autumn"
    r"|morning|afternoon|evening|night)|yesterday(?: morning| afternoon| evening)?"
    r"|today|tonight|(?:in|on|since) (?:january|february|march|april|may|june|july"
    r"|august|september|october|november|december|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|summer|winter|spring|autumn))"
)
# A name said first: words, none of them a question's, a period's or the asker's.
_NAME_FIRST_EN = (
    r"(?P<name>(?:(?!(?:when|how|what|which|who|did|do|i|we|my|this|last|in|on"
    r"|yesterday|today)\b)[\w'.&-]+ ){1,6}?)"
)
_KIND_EN = r"(?:song|track|album|artist|band|singer|podcast|show)"


def _ing(match: re.Match[str]) -> str:
    """Return "what was I listening to" for a learner's "what I was listen"."""
    verb = {"listen": "listening to", "play": "playing", "hear": "listening to"}
    return f"{match.group(1)} {match.group(3)} {match.group(2)} {verb[match.group(4).lower()]}"


LEARNER_VI_EN: tuple[Rule, ...] = (
    # -- a plural left off ---------------------------------------------------------
    # "How many song", "five song", "last 30 day", "total hour of listening":
    # Vietnamese marks no plural, and "how many song" was read as a name.
    (rf"\b({_NUMBER_EN}) podcast episode\b(?!s)", r"\1 podcast episodes"),
    (rf"\b({_NUMBER_EN}) ({_NOUNS_EN})\b(?!'| episodes?\b)", r"\1 \2s"),
    (r"\b(how many|number of|different) (thing)\b", r"\1 \2s"),
    # "Total hour of listening": "total time" is no plural left off.
    (r"\btotal (hour|minute)\b(?!s)", r"total \1s"),
    (
        r"\bin last (?=(?:\d+|two|three|four|five|six|seven|ten|thirty) )",
        "in the last ",
    ),
    # -- a bare verb for the past ----------------------------------------------------
    # "How many songs was play", "what was play": the passive's past.
    (r"\b(was|were) (play|stream)(?=\s|[?.!,]|$)", r"\1 \2ed"),
    # "What I was listen": what was I listening to.
    (
        r"\b(what|which \w+) (i|we) (was|were) (listen|play|hear)(?:ing)?(?: to)?\b",
        _ing,
    ),
    # "What Ada listen on Saturday": someone's past listening.
    (
        (
            r"^what (?!(?:i|we|you|did|do|does|was|were|is|are|song|music|track|album"
            r"|band|artist|podcast)\b)([\w'-]+) (?:listen|hear)(?: to)?\b"
        ),
        r"what did \1 listen to",
    ),
    # "November third what I play": the question said last, its verb bare.
    (
        rf"^(?P<when>.+? )what (?P<who>i|we) (?:play|listen|hear)(?: to)?{_END}",
        r"what did \g<who> play \g<when>",
    ),
    # "Last night ten past eight what play": what played.
    (rf"\bwhat (?:song |track |music )?play(?={_END})", "what played"),
    # -- a clock time after a part of the day --------------------------------------
    (r"\bo clock\b", "o'clock"),
    (r"\bin (morning|afternoon|evening)\b", r"in the \1"),
    (rf"\b({_DAY_PART_EN}) (?={_CLOCK_EN})", r"\1 at "),
    # -- the question word last -------------------------------------------------------
    # "Which song it was", "which one it was": which was it.
    (rf"\b(what|which(?: {_KIND_EN}| one)?|who) it (was|is)(?={_END})", r"\1 \2 it"),
    # "Song I cannot stop play what is": the song I have on repeat.
    (
        (
            rf"^(?:the |my )?({_KIND_EN}) (?:i|we) (?:cannot|can't|can not|cant) stop"
            rf" (?:play|playing|listen|listening|hear)(?: to)?,? (?:what|which)"
            rf"(?: one)?(?: is| it is| is it)?{_END}"
        ),
        r"what \1 can I not stop playing",
    ),
    # "Song of summer for me which one it was": the top song of that period.
    (
        (
            rf"^(?:the |my )?({_KIND_EN}) of (?:the )?(summer|winter|spring|autumn)"
            r"(?: for me)?,? (?:which one|which|what|who) (?:is|was) it\b"
        ),
        r"what was my top \1 this \2",
    ),
    # "My usual time for listen what hour normally": the peak hour.
    (
        (
            r"^my (?:usual|normal|typical) (?:time|hour) (?:for|to|of) (?:listen|listening)"
            r"(?: to music| music)?,? (?:what|which) (?:hour|time)(?: normally| usually)?"
            rf"(?: is it| it is| is)?{_END}"
        ),
        "what is my usual hour for listening",
    ),
    # "Five songs I play most this month tell me": my top five songs.
    (r",? (?:tell me|please tell me|tell me please)(?=\s*[?.!]*$)", ""),
    (
        (
            r"^((?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:songs|tracks"
            r"|artists|albums|bands|singers|podcasts)) (?:i|we) (?:play|listen|hear)"
            r"(?: to)? (?:the )?most\b"
        ),
        r"my top \1",
    ),
    # A name's first or last time with the question word last: "Da Funk last
    # time play when", "Moon Safari album when last I listen".
    (
        (
            rf"^{_NAME_FIRST_EN}(?:{_KIND_EN} )?(?:the )?(first|last) time (?:i |we )?"
            rf"(?:play|listen|hear|played|listened|heard)(?: to)?,? when{_END}"
        ),
        r"when did I \2 play \g<name>",
    ),
    (
        (
            rf"^{_NAME_FIRST_EN}(?:{_KIND_EN} )?when (first|last) (?:time )?(i|we)"
            rf" (?:play|listen|hear|played|listened|heard)(?: to)?{_END}"
        ),
        r"when did \3 \2 play \g<name>",
    ),
    # "When Café Tacvba come first in my history": its first play.
    (
        (
            r"^when (?!(?:i|we|did|do|was|is)\b)(?P<name>.+?) (?:come|came|appear"
            r"|show up|come up)(?: for the| the)? (first|last)(?: time)?"
            rf"(?: in my history| in my listening)?{_END}"
        ),
        r"when did I \2 play \g<name>",
    ),
    # -- a yes-or-no question said as a statement ----------------------------------------
    # "Yesterday I listen Justice or not", "last weekend we hear The Daily or
    # no": did I listen to it then.
    (
        (
            rf"^(?P<when>{_PERIOD_FIRST_EN} )?(i|we) (?:listen|hear|play|listened|heard"
            rf"|played)(?: to)? (?P<name>.+?),? (?:or not|or no){_END}"
        ),
        r"did \2 listen to \g<name> \g<when>",
    ),
    # "This week the band Air I hear any", "Café Tacvba in summer I listen":
    # the period or the name first, the verb last.
    (
        (
            rf"^(?P<when>{_PERIOD_FIRST_EN} )?(?:the (?:band|singer|artist|podcast"
            rf"|song|album) )?{_NAME_FIRST_EN}(?P<late>{_PERIOD_FIRST_EN} )?(?P<who>i|we)"
            rf" (?:listen|hear|play)(?: to)?(?: any| at all| or not| or no)?{_END}"
        ),
        r"did \g<who> listen to \g<name> \g<when>\g<late>",
    ),
    # "In October I repeat same song a lot": did I repeat the same song.
    (
        rf"\b(i|we) repeat (?:the )?same ({_KIND_EN})s?( a lot| often| much)?",
        r"did \1 repeat the same \2\3",
    ),
    # "I hear more music on weekend than in week": weekdays against weekends.
    (r"\bthan (?:in|on|during|at) (?:the )?week\b", "than on weekdays"),
    (r"\bon weekend\b", "on weekends"),
    (
        r"^(i|we) (?:hear|listen|play)(?: to)? more (music|songs?|podcasts?|tracks?)\b",
        r"do \1 listen to more \2",
    ),
)

# What a learner counts in German, said without its plural ending.
_PLURALS_DE = {
    "lied": "Lieder",
    "song": "Songs",
    "album": "Alben",
    "tag": "Tage",
    "stunde": "Stunden",
    "minute": "Minuten",
    "folge": "Folgen",
    "band": "Bands",
}
_COUNT_DE = (
    r"(?:wie ?viele?|verschiedene?|andere|zwei|drei|vier|fünf|sechs|sieben|acht|neun"
    r"|zehn|\d+)"
)
_KIND_DE = r"(?:lied|song|titel|stück|album|künstler|band|podcast|musik|sachen)"
_HOUR_DE = (
    r"(?:ein|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|dreizehn"
    r"|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn|zwanzig|\d{1,2})"
)
_GIVEN_DE = r"(?:gehört|gespielt|gestreamt|übersprungen|geskippt|entdeckt)"


def _plural_de(match: re.Match[str]) -> str:
    """Return a count with its noun's plural: "wie viele Lieder", "drei Tage"."""
    return f"{match.group(1)} {_PLURALS_DE[match.group(2).lower()]}"


def _participle_de(match: re.Match[str]) -> str:
    """Return "ich gespielt" for a learner's "ich spielen" said last."""
    return f"{match.group(1)} ge{match.group(2)[:-2]}t"


LEARNER_VI_DE: tuple[Rule, ...] = (
    # -- a plural or an ending left off ---------------------------------------------
    # "Wie viel Lied", "drei Lied", "verschieden Lied": Vietnamese marks no
    # plural; "wie viel Lied" was read as a name's plays.
    (r"\bverschieden (?=\w)", "verschiedene "),
    (rf"\b({_COUNT_DE}) (lied|song|album|folge|band)\b", _plural_de),
    # A period's noun only after "wie viele": "letzte drei Monat" is read as
    # said, and its words must stay what the period reader knows.
    (r"\b(wie ?viele?) (tag|stunde|minute)\b", _plural_de),
    (
        r"\bwie ?viel (?=(?:lieder|songs|alben|tage|folgen|bands|künstler)\b)",
        "wie viele ",
    ),
    # "Des Jahr", "des Monat": the genitive's ending.
    # Only after what is ranked: Bavarian's "des Jahr" is "dieses Jahr".
    (rf"\b({_KIND_DE}|künstlerin|sänger|sängerin) des jahr\b", r"\1 des Jahres"),
    (rf"\b({_KIND_DE}|künstlerin|sänger|sängerin) des monat\b", r"\1 des Monats"),
    # -- the verb left at the end, its auxiliary left out ---------------------------
    # "Zuletzt welches Lied ich gehört": which song I heard last.
    (
        rf"^zuletzt (was|welche[sn]? \w+) (ich|wir) ({_GIVEN_DE})\b",
        r"\1 \2 zuletzt \3",
    ),
    # "Was ich gehört", "welche Lieder wir gespielt": the perfect without
    # "habe"/"haben".
    (
        rf"\b(was|wen|welche[nsrm]? \w+) ich ({_GIVEN_DE})(?=\s*[?.!,]|\s*$)",
        r"\1 habe ich \2",
    ),
    (
        rf"\b(was|wen|welche[nsrm]? \w+) wir ({_GIVEN_DE})(?=\s*[?.!,]|\s*$)",
        r"\1 haben wir \2",
    ),
    # "Welche Musik gelaufen": what ran.
    (r"\b(was|welche[nsrm]? \w+) gelaufen\b", r"\1 lief"),
    # "Heute früh welche Musik lief": the period said first goes after the
    # question, where "welche Musik lief" is read.
    (
        (
            r"^(?P<when>(?:heute|gestern|vorgestern|(?:letzte[nmrs]?|diese[nmrs]?|am)"
            r" \w+)(?: (?:früh|morgen|abend|nachmittag|vormittag|nacht))?)"
            r" (?P<q>(?:was|welche[nsrm]? \w+) lief)(?=\s*[?.!]*\s*$)"
        ),
        r"\g<q> \g<when>",
    ),
    # "Was gespielt" with no one said: what I played.
    (
        r"\b(was|welche[nsrm]? \w+) (gespielt|gehört)(?=\s*[?.!]*\s*$)",
        r"\1 habe ich \2",
    ),
    # "Heute früh acht Uhr": a clock time after a part of the day, without "um".
    (
        (
            r"\b(heute|gestern|früh|morgens?|abends?|nachmittags?|vormittags?|nachts?)"
            rf" (?=(?:{_HOUR_DE}) uhr\b)"
        ),
        r"\1 um ",
    ),
    # "Wie viele Lieder heute Nachmittag ich spielen": the infinitive for the
    # perfect, at the end.
    (r"\b(ich|wir) (spielen|hören)(?=\s*[?.!]*\s*$)", _participle_de),
)


def undo_learner_vi(text: str, language: str) -> str:
    """Return `text` with a Vietnamese speaker's habits in `language` undone."""
    table = LEARNER_VI_DE if language == "de" else LEARNER_VI_EN
    undone = rewrite(table, text, re.IGNORECASE)
    # A rule that moved words leaves their spaces: one between words.
    return " ".join(undone.split()) if undone != text else text
