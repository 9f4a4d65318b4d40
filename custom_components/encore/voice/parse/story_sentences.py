"""A story told in whole sentences around the question (issue 45's nineteenth turn).

A chatty retired teacher, in Manchester English and in Stuttgart German,
explains why she asks before she asks, in a sentence of its own ("My
husband used to tease that I only knew about six tunes. How many separate
tracks have I listened to?", "Mei Tochter schimpft, ich hätt des Ding
dauernd an. Wie lang hab ich heut zughört?"), or adds a remark after it
("Wie viel Queen hab ich im Sommer ghört? Des war ja a schöner Sommer.").
The story's words were read as the question's: "about six" as a time,
"dauernd an" as a song on repeat, "grob gsagt" as a name. The clause
readers (`clauses`, `chatter_en`) see a sentence's end as one more comma;
here, before them, the sentences are told apart and only the one that asks
is kept, when exactly one does.

A story is kept whole when the question leans on it: a pronoun that may
point back into it ("have I had it on"), or a time said only in the story
("It was Wednesday at noon. What did I have on?").

Her own phrasings of what she asks are undone here too ("what sort of
thing am I into" is her taste, "had much Air on" how often Air played,
"dieser Tage rauf und runter" a song on repeat lately).
"""

from datetime import datetime, tzinfo
import re
from typing import Final

from ..when import parse_when
from .periods import find_period
from .rules import Rule, rewrite

# A sentence ends at ".", "?", "!" or ":" before a space; never after an
# initial or a name's dots ("D.A.N.C.E.", "Mr.", "St."), nor after a German
# ordinal's ("am 18. November", issue 45's thirty-sixth turn).
_END = re.compile(r"(?<=[.?!:])\s+")
_ABBREVIATION = re.compile(
    r"(?:\b\w\.|\b\d{1,2}\.|\b(?:mr|mrs|ms|dr|st|nr|no|vol|ft|feat|vs|bzw|usw|ca|z\.b)\.)$",
    re.IGNORECASE,
)

# What a sentence that asks opens with, after words that lead into it
# ("so", "right", "also", "na"): a question word, an auxiliary before its
# subject, or a request ("give me", "nenn mir", "fass zamma").
_ASKS = {
    "en": re.compile(
        r"^(?:(?:so|and|right|now|well|ok|okay|anyway|go on then|tell me)[, ]+)*"
        r"(?:what|what's|whats|which|who|who's|whose|when|when's|how|where"
        r"|have (?:i|we)|had (?:i|we)|has|did (?:i|we)|do (?:i|we)|am i|was (?:i|there)"
        r"|is there|give me|tell me|can you|could you|would you|run me|sum up)\b",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"^(?:(?:also|und|na|so|jetzt|sag mal|sag)[, ]+)*"
        # "Hab's grad ausgemacht": a remark with its "ich" dropped, no
        # question (writer 94: its "Ohrwurm" was read as what is on repeat).
        r"(?!hab'?s\b|hab es\b)"
        r"(?:wer|wen|wem|wessen|was|welche[rsnm]?|wann|wie|womit|wo|um welche"
        r"|hab|habe|hat|hatte|haben|hend|han|lief|liefen|war|waren|isch|ist"
        r"|hör|höre|überspring|nenn|nenne|sag|zeig|gib|fass|erzähl|verzähl)\b",
        re.IGNORECASE,
    ),
}
# A pronoun that may point back into a sentence said before: the story
# names what is asked about, so it is kept.
_POINTS_BACK = {
    "en": re.compile(
        r"\b(?:it|them|that one|this one|him|her|(?:did|has|was) that)\b", re.IGNORECASE
    ),
    "de": re.compile(
        r"\b(?:es|ihn|sie|des|das|die|den|dem|der)\s*(?:[?.!]|$)"
        r"|\b(?:ihn|ihm|denen)\b|\b(?:des|das|die|den) (?:da|hier)\b"
        r"|\b(?:ich|wir|i|mir) (?:sie|es)\b",
        re.IGNORECASE,
    ),
}

# What played, asked without a time: the story's day or hour is the
# question's ("It was Wednesday at noon. What did I have on?"). A count
# or a ranking without one is of all time, and a story's "about six
# tunes" no time of it.
_WHAT_PLAYED = {
    "en": re.compile(
        r"\bwhat (?:did|was|were|had) (?:i|we)\b|\bwhat (?:was|came) (?:on|playing)\b",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"\bwas (?:lief|war|kam|hat|hab|habe|hatte|isch)\b", re.IGNORECASE
    ),
}

# A word of listening the question kept must hold: "What would mine be?"
# asks what the story said ("a song of the year").
_LISTENS = {
    "en": re.compile(
        r"\b(?:play\w*|put on|listen\w*|heard|hear|songs?|tracks?|tunes?|artists?"
        r"|bands?|albums?|records?|lps?|podcasts?|episodes?|music|skip\w*|recap"
        r"|rundown|streak|taste|into|on|history|most|top|favourite\w*|go-to)\b",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"(?:hör|ghört|gehört|spiel|gspielt|lief|lied|song|künstler|band|album|alben"
        r"|platte|podcast|folge|musik|wiedergab|überspring|dauerschleife|zuletzt"
        r"|ersten mal|meistens|uhrzeit|entdeckt|geschmack|zamma|zusammen|an\b)",
        re.IGNORECASE,
    ),
}
# Fewer words than these, said apart, are no story.
_FEWEST_STORY_WORDS = 3
# A remark after the question that says which one or what kind ("The Daft
# Punk one", "The talking programme", "The first song, I mean").
_SAYS_WHICH = {
    "en": re.compile(
        r"^(?:the|that|this|not|of|songs|music|podcasts)\b.*\b(?:one|songs?|tracks?"
        r"|tunes?|albums?|bands?|podcasts?|episodes?|shows?|programmes?|programs?)\b",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"^(?:der|die|das|des|den|dem|nicht|net|von)\b.*\b(?:lied|lieder|song|songs"
        r"|album|band|podcast|folge|sendung|titel|stück)\b",
        re.IGNORECASE,
    ),
}
# A sentence before the question that says what it counts ("Net wie oft,
# sondern wie viele verschiedene: ...") is part of it.
_QUALIFIES = {
    "en": re.compile(
        r"\b(?:different|separate|distinct|unique|individual)\b", re.IGNORECASE
    ),
    "de": re.compile(
        r"\b(?:verschieden\w*|unterschiedlich\w*|einzeln\w*)\b", re.IGNORECASE
    ),
}

# Two parts of the day or the week set against each other in a sentence
# before the question ("Weekdays versus weekends: which do I play more music
# on?", issue 45's forty-fifth turn, blind writer 266): what is compared.
_PARTS = {
    "en": r"(?:weekdays?|week days?|weekends?|mornings?|afternoons?|evenings?|nights?)",
    "de": r"(?:wochenenden?|werktags?|wochentags?|unter der woche|morgens|vormittags"
    r"|nachmittags|abends|nachts)",
}
_COMPARED = {
    language: re.compile(rf"\b{parts}\b.*\b{against}\b.*\b{parts}\b", re.IGNORECASE)
    for language, parts, against in (
        ("en", _PARTS["en"], r"(?:or|versus|vs|against|compared (?:to|with))"),
        ("de", _PARTS["de"], r"(?:oder|gegen|versus|vs)"),
    )
}

# A number alone, said in a story, counts something ("I only knew about six
# tunes", "ich kenn bloß sechs Lieder"): no time.
_BARE_NUMBER = re.compile(
    r"^(?:(?:about|around|at|only|just|some|nearly|almost|over|bloß|nur|etwa"
    r"|ungefähr|um)\s+)*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf"
    r"|zwölf)$",
    re.IGNORECASE,
)


def _sentences(text: str) -> list[str]:
    """Return the sentences as said, each with its own end mark."""
    pieces: list[str] = []
    start = 0
    for end in _END.finditer(text):
        before = text[start : end.start()]
        if _ABBREVIATION.search(before):
            continue
        pieces.append(before)
        start = end.end()
    pieces.append(text[start:])
    return [piece.strip() for piece in pieces if piece.strip()]


def _words(sentence: str) -> set[str]:
    """Return a sentence's words, lower case, without its marks."""
    return set(re.findall(r"[\w']+", sentence.casefold()))


def opens_a_question(clause: str, language: str) -> bool:
    """Whether a clause opens as a question does (a question word, "did I")."""
    pattern = _ASKS.get(language)
    return pattern is not None and pattern.match(clause.strip()) is not None


def _asks(sentence: str, language: str) -> bool:
    """Whether a sentence is a question (a "?" or a question's opening)."""
    return sentence.endswith("?") or _ASKS[language].match(sentence) is not None


def _told_time(sentence: str, language: str, now: datetime, zone: tzinfo) -> str | None:
    """Return the words of the time a sentence names; "about six tunes" names none."""
    pieces = re.sub(r"[,;:.?!]", " ", sentence).split()
    span = find_period(pieces, language, now, zone)
    said = None if span is None else " ".join(pieces[span.start : span.end])
    return None if said is None or _BARE_NUMBER.match(said) else said


def _names_a_time(sentence: str, language: str, now: datetime, zone: tzinfo) -> bool:
    """Whether a sentence names a time; "about six tunes" is a count, none."""
    return _told_time(sentence, language, now, zone) is not None


# A reason said first and joined by "so" or "but" ("I dozed off in my
# chair, so what was I listening to yesterday evening", "I've always been a
# lark, but am I more of a morning listener"): the question after it. German
# "drum", never "also", which says the question again ("..., also welches
# Lied").
_SO = {
    "en": re.compile(
        r",\s+(?:so|but)\s+(?=(?:what|what's|which|who|who's|when|how|did i|did we"
        r"|have i|had i|do i|am i|give me|tell me)\b)",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r",\s+(?:drum|deshalb|darum)\s+(?=(?:wer|wen|was|welche[rsnm]?|wann|wie|hab"
        r"|nenn mir|sag mir)\b)",
        re.IGNORECASE,
    ),
}


def _after_so(text: str, language: str, now: datetime, zone: tzinfo) -> str:
    """Return the question after a reason joined by "so", when it stands alone."""
    joins = list(_SO[language].finditer(text))
    if len(joins) != 1:
        return text
    story, question = text[: joins[0].start()], text[joins[0].end() :]
    if (
        _POINTS_BACK[language].search(question)
        or not _LISTENS[language].search(question)
        or _QUALIFIES[language].search(story)
        or (
            _names_a_time(story, language, now, zone)
            and not _names_a_time(question, language, now, zone)
        )
    ):
        return text
    return question


# What a story says was played a lot, by its name ("my brother says I play
# the daily like all the time", "Lukas sagt, ich hör voll oft the daily";
# issue 45's twenty-eighth turn): the name a question's "it" stands for.
_TOLD_NAME = {
    "en": re.compile(
        r"\b(?:i|we) (?:play|listen to|hear|put on|have on|played|listened to)"
        r" (?!(?:it|that|this|them|music|songs?|stuff|things|the same|a lot|so)\b)"
        r"(?P<name>[^,.?!]{2,40}?)"
        r"(?: (?:like |literally |basically )?(?:all the time|a lot|so much|every day"
        r"|constantly|nonstop|non stop|loads|too much|over and over|on repeat))"
        r"[.!]?$",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"\b(?:ich|wir|i) (?:hör|höre|hören|spiel|spiele|spielen)"
        r" (?:so |voll |mega |echt |total |ständig |dauernd |immer |viel |oft |zu )+"
        r"(?!(?:es|das|des|die|musik|lieder|songs|zeug|immer)\b)"
        r"(?P<name>[^,.?!]{2,40}?)[.!]?$",
        re.IGNORECASE,
    ),
}
_PRONOUN_ASKED = re.compile(r"\b(?:it|them|that one|this one)\b", re.IGNORECASE)
_HOW_OFTEN_WHEN = re.compile(
    r"^(?:und |also )?wie oft (?P<rest>[^?.!]+?)\s*[?.!]*$", re.IGNORECASE
)


def _told_name(told: list[str], language: str) -> str | None:
    """Return the one name the story says was played a lot, if one is."""
    names = {
        found.group("name").strip()
        for sentence in told
        if (found := _TOLD_NAME[language].search(sentence.strip())) is not None
    }
    return names.pop() if len(names) == 1 else None


def _asked_of_told_name(
    question: str, told: list[str], language: str, now: datetime, zone: tzinfo
) -> str | None:
    """Return the question with the story's name in place, when it leans on it.

    "My brother says I play the daily all the time. How many times did I play
    it this month?", "Lukas sagt, ich hör voll oft the daily. Wie oft diesen
    Monat?": the name the story says was played, asked about.
    """
    name = _told_name(told, language)
    if name is None:
        return None
    if language == "en" and len(_PRONOUN_ASKED.findall(question)) == 1:
        return _PRONOUN_ASKED.sub(name, question)
    if language == "de" and (found := _HOW_OFTEN_WHEN.match(question)) is not None:
        rest = found.group("rest")
        if _names_a_time(rest, language, now, zone) and len(rest.split()) <= 3:
            return f"wie oft habe ich {name} {rest} gehört"
    return None


# A sentence that ends on the word it was searching for.
_WORD_FOUND = re.compile(
    r"\b(?:that's it|that's the one|that's the word|that's them|genau|so heißt das"
    r"|so heißt des)\s*[.!]*$"
    # "What have I got on heavy...": a question broken off and asked again.
    r"|(?:\.\.\.|…)$",
    re.IGNORECASE,
)
# "Have I been overdoing the Queen this week? How many times have they been
# on?" (issue 45's twenty-eighth turn): the name asked about, then "they".
_OVERDONE = re.compile(
    r"^(?:have|am) (?:i|we) (?:been )?(?:overdoing|overplaying|overdone|overplayed"
    r"|caning|hammering|playing too much)(?: it with)? (?:the )?(?P<name>[^,?.!]{2,40}?)"
    r"(?P<when> (?:this|last|today|yesterday|lately|recently)\b[^,?.!]*)?\s*[?.!]*$",
    re.IGNORECASE,
)


def _asked_of_overdone(asking: list[str], language: str) -> str | None:
    """Return the second question with the first's name in its pronoun's place."""
    if language != "en" or (found := _OVERDONE.match(asking[0])) is None:
        return None
    question = asking[1]
    if len(_PRONOUN_ASKED.findall(question)) != 1 and not re.search(
        r"\b(?:they|he|she)\b", question, re.IGNORECASE
    ):
        return None
    named = re.sub(
        r"\b(?:it|them|they|he|she)\b",
        found.group("name"),
        question,
        count=1,
        flags=re.IGNORECASE,
    )
    when = (found.group("when") or "").strip()
    return f"{named.rstrip('?.! ')} {when}".strip() if when else named


# A time said after the question, alone, to say which ("Hören wir am
# Wochenende mehr Musik als unter der Woche? Also letzten Monat, meine
# ich", issue 45's fifty-sixth turn, blind writer 349): the question's own,
# when the question named none (the weekend it compares is no period); a
# question that named one is only said again ("… in the last 30 days? so
# from the 22nd of October", `period_restated`).
_TIME_AFTER = {
    "en": re.compile(
        r"^(?:(?:so|well|and|oh|i mean|that is|i'm asking about)[, ]+)*(?P<time>.+?)"
        r"(?:[, ]+(?:i mean|i think|that is|i guess))?\s*[.!?]*$",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"^(?:(?:also|und zwar|ich meine|ich mein|genauer gesagt|na|ach)[, ]+)*"
        r"(?P<time>.+?)(?:[, ]+(?:meine ich|mein ich|mein i|gell|oder so|bitte))?"
        r"\s*[.!?]*$",
        re.IGNORECASE,
    ),
}


def _without_parts(question: str, language: str) -> str:
    """Return a question without the parts of the day or week it compares."""
    return re.sub(rf"\b{_PARTS[language]}\b", " ", question, flags=re.IGNORECASE)


def _time_after(
    sentence: str, language: str, now: datetime, zone: tzinfo
) -> str | None:
    """Return the time a sentence says and nothing else, if it says only one."""
    found = _TIME_AFTER[language].match(sentence.strip())
    if found is None:
        return None
    pieces = re.sub(r"[,;:.?!]", " ", found.group("time")).split()
    span = find_period(pieces, language, now, zone)
    if span is None or span.start != 0 or span.end != len(pieces):
        return None
    said = parse_when(" ".join(pieces), language, now, zone)
    if said is None or said.period.start is None:
        # "…? Total, I mean.": all of time, said to make "ever" plain.
        return None
    return found.group("time")


# A part of the day said after a question that named its day ("What did I
# play yesterday? Like in the evening", "Was lief am Samstag? Also
# vormittags"): the day narrowed to that part. Left apart, the whole day was
# answered, a broader question than the one asked (issue 45's seventieth
# turn, seen beside blind writer 475).
_PART_AFTER = {
    "en": re.compile(
        r"^(?:(?:like|um+|uh+|so|well|i mean|and|just|only)[, ]+)*"
        r"(?P<part>(?:in the |at |the )?(?:morning|afternoon|evening|night))"
        r"(?:[, ]+(?:i mean|i think|i guess|only))?\s*[.!?]*$",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"^(?:(?:also|so|und|ich meine|ich mein|äh+|ähm+|nur)[, ]+)*"
        r"(?P<part>(?:am |in der )?(?:morgen|vormittag|nachmittag|abend|nacht)"
        r"|morgens|vormittags|nachmittags|abends|nachts)"
        r"(?:[, ]+(?:meine ich|mein ich|gell|nur))?\s*[.!?]*$",
        re.IGNORECASE,
    ),
}


def _narrowed_to_part(
    question: str, after: str, language: str, now: datetime, zone: tzinfo
) -> str | None:
    """Return the question narrowed to the part of its day said after it."""
    found = _PART_AFTER[language].match(after.strip())
    if found is None:
        return None
    whole = _told_time(question, language, now, zone)
    if whole is None or question.lower().count(whole.lower()) != 1:
        return None
    # The part beside its day, where German says it too ("was hab ich
    # gestern am Abend gehört", never "… gehört am Abend").
    at = question.lower().index(whole.lower()) + len(whole)
    said_part = re.sub(r"^the ", "in the ", found["part"], flags=re.IGNORECASE)
    narrowed = f"{question[:at]} {said_part}{question[at:]}"
    part = _told_time(narrowed, language, now, zone)
    if part is None:
        return None
    day = parse_when(whole, language, now, zone)
    hours = parse_when(part, language, now, zone)
    if day is None or hours is None or day.period.start is None:
        return None
    inside = (
        hours.period.start is not None
        and day.period.start <= hours.period.start
        and hours.period.end <= day.period.end
        and (hours.period.start, hours.period.end) != (day.period.start, day.period.end)
    )
    return narrowed if inside else None


# A question that points back at the story's day ("Am dritten November
# hatte meine Schwester Geburtstag. Was habe ich denn an dem Tag für Musik
# gehört?", issue 45's fifty-sixth turn, blind writer 349: the sister's
# "meine" was read as whose listening): the story's time in its place.
_THAT_DAY = {
    "en": re.compile(
        r"\b(?:on )?(?:that|the same) (?:day|evening|night|morning|afternoon)\b",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"\b(?:an (?:dem|diesem|jenem) (?:tag|abend|morgen|nachmittag)"
        r"|am selben tag|am gleichen tag)\b",
        re.IGNORECASE,
    ),
}


def _asked_at_told_time(
    question: str, told: list[str], language: str, now: datetime, zone: tzinfo
) -> str | None:
    """Return the question with the story's time for its "that day"."""
    if len(_THAT_DAY[language].findall(question)) != 1:
        return None
    times = {
        time for sentence in told if (time := _told_time(sentence, language, now, zone))
    }
    if len(times) != 1:
        return None
    return _THAT_DAY[language].sub(times.pop(), question)


def keep_asking_sentence(text: str, language: str, now: datetime, zone: tzinfo) -> str:
    """Return the one sentence that asks, without the stories around it."""
    if language not in _ASKS:
        return text
    sentences = _sentences(text)
    if len(sentences) < 2:
        return _after_so(text, language, now, zone)
    asking = [sentence for sentence in sentences if _asks(sentence, language)]
    if len(asking) > 1:
        # "What have I got on heavy... oh, what do the young ones call it,
        # heavy rotation, that's it.": a word searched for, no question.
        asking = [s for s in asking if not _WORD_FOUND.search(s)] or asking
    if len(asking) == 2 and (asked := _asked_of_overdone(asking, language)):
        return asked
    if len(asking) > 1:
        # "What did I play this morning? What did I play?": a child asks
        # again in fewer words; the whole question is the one that says all.
        longest = max(asking, key=len)
        if all(_words(sentence) <= _words(longest) for sentence in asking):
            asking = [longest]
    if len(asking) != 1:
        # Two questions, or none: the clause readers decide.
        return text
    question = asking[0]
    told = [sentence for sentence in sentences if sentence is not question]
    if any(
        _QUALIFIES[language].search(sentence) for sentence in told
    ) and not _QUALIFIES[language].search(question):
        # "Not how often, but how many different: ...": the story says what
        # is counted, unless the question said it already ("Wie viele
        # verschiedene Lieder …? Net dieselben immer wieder, verschiedene.").
        return text
    if any(_COMPARED[language].search(sentence) for sentence in told):
        return text
    if (named := _asked_of_told_name(question, told, language, now, zone)) is not None:
        return named
    if (
        at_time := _asked_at_told_time(question, told, language, now, zone)
    ) is not None:
        return at_time
    if not _LISTENS[language].search(question):
        # "What would mine be for 2025?": the story says what is asked.
        return text
    if _POINTS_BACK[language].search(question):
        # "Queen. Have I had them on lately?": the story names it.
        return text
    after = sentences[sentences.index(question) + 1 :]
    if len(after) == 1 and (
        narrowed := _narrowed_to_part(question, after[0], language, now, zone)
    ):
        return narrowed
    if any(len(sentence.split()) < _FEWEST_STORY_WORDS for sentence in told):
        # "Übersicht: was lief am Samstag", "... radiohead. ever": a word or
        # two said apart is the question's.
        return text
    if any(_SAYS_WHICH[language].search(sentence) for sentence in after):
        # "When did I last play Around the World? The Daft Punk one.": the
        # remark says which name or what content.
        return text
    if (
        len(after) == 1
        and not _names_a_time(_without_parts(question, language), language, now, zone)
        and (time := _time_after(after[0], language, now, zone))
    ):
        return f"{question.rstrip('?.! ')} {time}"
    if (
        heading := _period_heading(sentences, question, language, now, zone)
    ) is not None:
        # "die letzten drei Monate: am Wochenende mehr gehört als werktags?":
        # a period set apart by a colon is the question's, said as with a
        # comma, even when the question names a part of the week or day.
        return f"{heading}, {question}"
    if not _names_a_time(question, language, now, zone) and any(
        _names_a_time(sentence, language, now, zone) for sentence in told
    ):
        # "The day before yesterday: how much time did I ...": its time.
        return text
    return question


# Words a period heading may say before its time ("the", "in den").
_HEADING_LEAD: Final = re.compile(
    r"(?:the|in|over|during|for|die|der|das|in den|im|über die)\s+", re.IGNORECASE
)


def _period_heading(
    sentences: list[str], question: str, language: str, now: datetime, zone: tzinfo
) -> str | None:
    """Return the period said as a heading with a colon just before the question."""
    index = sentences.index(question)
    if not index or not (heading := sentences[index - 1]).endswith(":"):
        return None
    said = heading.rstrip(":").strip()
    time = _told_time(heading, language, now, zone)
    # "Küche, diesen Monat: ...": a room said before the time, with a comma.
    last = said.rsplit(",", 1)[-1].strip()
    if time is None or _HEADING_LEAD.sub("", last, count=1).casefold() not in (
        time.casefold(),
        _HEADING_LEAD.sub("", time, count=1).casefold(),
    ):
        # "Meldung Top-Künstler: ...", "Song of the summer: ...": a heading
        # that says more than a time is no period of the question.
        return None
    return said


# Her own phrasings of what is asked, as a plain question says them.
_RULES_EN: tuple[Rule, ...] = (
    # "what sort of thing am I into these days": her taste.
    (
        r"\bwhat (?:sort|kind|type) of (?:thing|things|stuff) (?:am i|have i been|i'm) into\b",
        "what's my taste",
    ),
    # "Freddie, bless him, when did I ...": a blessing is an aside, and its
    # "him" no object of the question.
    (
        r"(?:^|,\s*)bless (?:him|her|them|'em|his|their)(?: (?:little )?(?:heart|soul|cotton socks)s?)?\s*(?:,\s*|$)",
        ", ",
    ),
    (r"^[,\s]+", ""),
    # "across the last seven days": in them.
    (r"\bacross (?=(?:the )?(?:last|past|whole|entire)\b)", "in "),
    # "how many tracks have I put on altogether": played, nothing named.
    (r"\b(have|did) (i|we) put on\b(?! (?:at|around|about)\b)", r"\1 \2 played"),
    # "the band I'm always cutting short": the one skipped most.
    (
        r"\b(?:who's|who is|which is|what's) the (band|artist|singer|song|track) (?:i'm|i am|i keep) (?:always |forever |constantly )?cutting short\b",
        r"which \1 do I skip the most",
    ),
    (
        r"\b(?:i'm|i am) (?:always |forever |constantly )?cutting (?:\w+ )?short\b",
        "I skip",
    ),
    # "the singer I give the push to most" (issue 45's twenty-sixth turn):
    # the one skipped most, as "cutting short" above.
    (
        (
            r"\b(?:who's|who is|which is|what's) the (band|artist|singer|song|track)"
            r" (?:i|we) (?:give|gives) the (?:push|boot|elbow|heave-ho)(?: to)?\b"
        ),
        r"which \1 do I skip",
    ),
    (
        r"\b(?:i|we) (?:give|gives) (?:it |them )?the (?:push|boot|elbow|heave-ho)\b",
        "I skip",
    ),
    # "had much Air on lately": how often Air played.
    (r"^(?:have i |i've )?had much (.+?) on\b", r"how many times did I play \1"),
)
_RULES_DE: tuple[Rule, ...] = (
    # "dieser Tage rauf und runter": a song on repeat, lately.
    (r"\b(?:dieser tage|grad|gerade) rauf und runter\b", "in Dauerschleife"),
    # "was hat da gspielt": what played then, "da" no person.
    (r"\bwas hat da (?:gspielt|gespielt|g'spielt)\b", "was lief da"),
    # "..., grob gsagt": a hedge after the question, no name.
    (r",?\s*\b(?:ganz |so )?(?:grob|ungefähr|ungefähr) (?:gsagt|gesagt)\b", ""),
    # "wie viel Queen hab ich ghört": how often a name played.
    (
        (
            # Lower Bavaria's "wiavui Daft Punk hob i" (the fifty-second turn).
            r"^(?:wie viel|wiavui|wia vui|wievui|wia vü|wie viu) (?!(?:musik|zeit|stunden?|stündle|minuten?|std|min|podcasts?|lieder|songs|zeug"
            # Swabia's "Stunda", "Folga" (issue 45's fiftieth turn).
            r"|stunda|stundn|folga|folgn|minuta|musigg|musi"
            # The dialects' diminutives count songs too ("wie viel Liedle").
            r"|lied(?:le|la|li|l|erl)|liad(?:l|erl|a|er)|stück(?:le|la|li|l|erl)"
            r"|hab|habe|mal|mol|male|verschieden\w*|unterschiedlich\w*|künstler\w*"
            r"|bands?|alben|albums?|folgen|episoden|titel|tracks?|stücke?|wiedergaben"
            r"|stund|liadl|liad|musikant\w*|podcastfolg\w*|foig\w*|tog|verschiedne"
            r"|davon|insgesamt|denn|so|ich)\b)(.+?) (hab|habe|hend|han|hob) ?(ich|i|wir|mir)\b"
        ),
        r"wie oft \2 \3 \1",
    ),
    # "Wie viel Daft Punk war denn diese Woche, Stück für Stück gezählt?":
    # how often a name played then (issue 45's fifty-second turn, blind
    # writer 311: the name was dropped and every play counted).
    (
        (
            r"^wie viel (?!(?:musik|zeit|stunden?|minuten?|podcasts?|lieder|songs|zeug|lied\w*"
            r"|stück\w*|künstler\w*|bands?|alben|folgen|titel|tracks?|wiedergaben|davon"
            r"|insgesamt|los|das|des|dat|es|da|so|denn)\b)(?P<name>[^,?.!]+?) war"
            r"(?: denn| eigentlich| so)* (?P<when>[^,?.!]+?)(?:,? (?:stück für stück|lied für lied)"
            r"(?: gezählt)?)?\s*([?.!]?)$"
        ),
        r"wie viel \g<name> lief \g<when>",
    ),
    # "wie oft hab ich seit Montag überhaupt was abgspielt", "Wie oft wurd im
    # Oktober insjesamt wat abjespielt": anything played, counted (issue 45's
    # fifty-second turn: "überhaupt was" was read as a name).
    (
        (
            r"^wie oft (?:hab|habe|hatte|hob) (ich|i|wir) (?P<when>[^,?.!]+?) (?:überhaupt |insgesamt"
            r" |insjesamt |so )?(?:was|wat|etwas|irgendwas|irgendwat|wos)"
            r" (?:abgespielt|abgspielt|abjespielt|gehört|gespielt|jehört|ghört)\s*([?.!]?)$"
        ),
        r"wie viele Wiedergaben hatte \1 \g<when>",
    ),
    (
        (
            r"^wie oft (?:wurd|wurde|wurdn|wurden) (?P<when>[^,?.!]+?) (?:überhaupt |insgesamt"
            r" |insjesamt )?(?:was|wat|etwas|irgendwas|irgendwat)"
            r" (?:abgespielt|abgspielt|abjespielt|gespielt|jespielt)\s*([?.!]?)$"
        ),
        r"wie viele Wiedergaben gab es \g<when>",
    ),
    # Swabian participles and "isch": "angfange", "auftaucht".
    (r"\bangfange\b", "angefangen"),
    (r"\bisch (.+?) auftaucht\b", r"ist \1 aufgetaucht"),
    # "wie viel hab ich ... abgspielt": how many plays (a count, not hours).
    (
        r"^wie viel (hab|habe) ich (.*?)(?:alles )?(?:zamma |zusammen )?(?:abgspielt|abgespielt)\b(?=\s*[?.!]?$)",
        r"wie viele Wiedergaben \1 ich \2",
    ),
    # "..., beim Melka", "..., beim Zmorge": what the asker was doing then
    # asks nothing of the history (issue 45's fifty-second turn).
    (
        r",?\s+beim (?!(?:hören|musikhören|überspringen|skippen|weiterdrücken|wiederholen|abspielen|spielen)\b)\w+\s*([?.!]?)$",
        r"\1",
    ),
    (r"\s+([?.!]?)$", r"\1"),
)


# "How many times have I played that Bohemian Rhapsody, then? Ever, I mean,
# in total." (issue 45's twenty-eighth turn): all of time said after the
# question, and a "then" that only tags it.
_ALL_TIME_AFTER: Final = re.compile(
    r"(?:,\s*then)?\s*(\?)\s+(?:ever|overall|all time|of all time|in total|altogether"
    r"|all told)(?:,? (?:i mean|like|mind you|that is|ever|overall|in total|altogether"
    r"|all told|of all time))*\s*[.!?]*$",
    re.IGNORECASE,
)


def said_as_storyteller(text: str, language: str, now: datetime, zone: tzinfo) -> str:
    """Return the question alone, in the words a plain question says."""
    if language == "en":
        text = _ALL_TIME_AFTER.sub(r" overall\1", text)
    text = keep_asking_sentence(text, language, now, zone)
    if language == "en":
        return rewrite(_RULES_EN, text, re.IGNORECASE)
    if language == "de":
        return rewrite(_RULES_DE, text, re.IGNORECASE)
    return text
