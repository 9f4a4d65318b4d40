"""German as Vienna says it (issue 45's seventeenth turn).

A Viennese writer nobody here had seen got no answer or a wrong one: "ur"
before a word said as "very" ("ur oft", "ur langer Tag"), "Jänner" and
"Feber" for January and February, "gib ma" (gib mir), a "geh" opening the
sentence, and the context told before the question, closed by "na ja" or
"sag amal" ("so, war ein ur langer Tag im Büro, sag amal, wie lang hab ich
diese Woche ... gehört", "im Jänner hab ich mir ja vorgenommen ..., na ja,
hab ich in den letzten dreißig Tagen ..."), whose words were read as a
place or a period. Each rule is a function word or a word shape; the
context is left out only where the question after it asks by its own
question word or "hab ich" and the context says no time the question lacks,
so a time said first ("gestern, sag amal, was lief") is kept.
"""

import re

from .rules import rewrite

# Words of a time: where the context holds one and the question none, the
# context is kept (the old reading).
_TIME = re.compile(
    r"\b(?:heute|heut|gestern|vorgestern|heuer|woche|wochenende|monat|jahr|tag|tagen"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|jänner|januar"
    r"|feber|februar|märz|april|mai|juni|juli|august|september|oktober|november"
    r"|dezember|sommer|winter|herbst|frühling|früh|morgen|abend|nacht|zeit|uhr"
    r"|seit|zuletzt|damals|lezt\w*|letzt\w*|dies\w*)\b"
)
# The opening of the question after the context.
_QUESTION = (
    r"(?:wie|was|wer|wen|wem|wann|welche\w*|wieviel\w*|seit wann|hab ich|habe ich"
    r"|hab i|hob i|hat|gibt es|gibt's)"
)
# What closes the context: "na ja", "sag amal", "sag du's ihr".
_CLOSE = re.compile(
    r"^(?P<context>.+?)[,;:]? (?:na ja|naja|(?:geh,? )?sag (?:amal|mal|ma))[,;:]?"
    r"(?: sag (?:du's|du es|es) ihr[,;:]?)?"
    rf" (?P<question>{_QUESTION}\b.+)$",
    re.IGNORECASE,
)
# ... or a clause of what was done, its participle last and not one of
# listening ("wir haben grad über X geredet, wann ...", "wir haben Leute
# dagehabt und ich hab aufgelegt, was hab ich da gespielt").
_DONE = re.compile(
    r"^(?:geh,? )?(?:sag (?:amal|mal|ma),? )?"
    r"(?P<context>(?:wir|ich|i) (?:haben|hab|habe|hatten|hatte|ham)\b[^,?]*?"
    r"\b(?!gehört|gespielt|gelaufen|gestreamt|übersprungen|geskippt|angehört)"
    r"\w*ge\w+t(?:, [^,?]*?\b\w*ge\w+t)?)"
    rf", (?P<question>{_QUESTION}\b.+)$",
    re.IGNORECASE,
)
# ... or a clause opened by "na ja" or "geh" that says what the speaker does
# ("na ja, den Podcast hör ich ja ur oft, wie oft ..."): a pronoun beside
# its verb in it.
_OPENED = re.compile(
    r"^(?:na ja|naja|geh|so),? (?P<context>[^,?]*?\b(?:hör|höre|hab|habe|war|bin|find"
    r"|finde|mag|sagt|glaub|glaube) (?:ich|i|wir)\b[^,?]*)"
    rf", (?P<question>{_QUESTION}\b.+)$",
    re.IGNORECASE,
)
# "Gestern beim Kochen lief um Viertel vor acht irgendwas ..., was war denn
# das": what played at that moment.
_MOMENT = re.compile(
    r"^(?:geh,? )?(?P<day>(?:(?:vor)?gestern|heute)(?: früh| abend| am abend| morgen)?)"
    r"(?: (?:beim|bei der|im|in der) \w+)?"
    r" (?:lief|kam) (?P<clock>(?:um|gegen) [^,?]+?) (?:irgendwas|irgendein|etwas|was)"
    r"\b[^,?]*, was war (?:denn |des )?(?:das|des)\b.*$",
    re.IGNORECASE,
)
# A time said in the context that a "da" in the question points back to.
_WHEN = re.compile(
    r"\b(?:(?:am|letzten|vorigen|diesen) (?:montag|dienstag|mittwoch|donnerstag"
    r"|freitag|samstag|sonntag|wochenende)|(?:vor)?gestern(?: am abend| abend)?"
    r"|heute(?: früh| morgen| abend)?)\b",
    re.IGNORECASE,
)
_THERE = re.compile(r"\bda\b", re.IGNORECASE)
_TIME_FIRST = re.compile(
    rf"^(?P<when>{_WHEN.pattern}),? (?P<question>{_QUESTION}(?: \w+)? (?:ich|i|wir) da\b.+)$",
    re.IGNORECASE,
)

VIENNA: tuple[tuple[str, str], ...] = (
    # A Viennese woman (issue 45's fifty-ninth turn, blind writer 377):
    # "san" (sind) before what played, "angfressn" (hooked), "kann i grad ned
    # auslassen" (can't leave out: on repeat), "leiwand" (great) said of a song.
    (
        r"\bsan (?=(?:da |insgesamt |heuer |scho |schon )*(?:glaufen|gelaufen|grennt|gspüt|gespielt|neu)\b)",
        "sind ",
    ),
    (r"\bangfressn\b", "angefressen"),
    (
        r"\b(kann|konn) (i|ich) (grad |gerade |grod )?(?:ned|net|nicht) auslassen\b",
        r"kann \2 \3nicht sein lassen",
    ),
    (r"\bleiwande[nsrm]? ", ""),
    # A Viennese teenager's "bam" before the question (issue 45's
    # thirty-fourth turn): a filler, no name.
    (r"^bam\b,? ", ""),
    # "Geh" opens a Viennese sentence ("geh, sag amal", "geh, was ist
    # denn"): a filler before a question's word, never "geh zurück".
    (
        (
            r"^geh,? (?=(?:sag|erzähl|was|wie|wer|wen|welch\w*|wann|hab|habe|hob|gib|bitte"
            r"|na|ich|i)\b)"
        ),
        "",
    ),
    # "Ur" is "sehr" before a word ("ur oft", "ur Leiwandes"); dropped.
    (r"\bur (?=\w)", ""),
    (r"\bjänner\b", "januar"),
    (r"\bfeber\b", "februar"),
    # "Gib ma", "sag ma", "erzähl ma": "mir"/"mal".
    (r"\bgib ma\b", "gib mir"),
    (r"\berzähl ma\b", "erzähl mal"),
    # A Viennese grandfather's words (issue 45's nineteenth turn):
    # "wie oft is am Samstag was g'laufen": "was" is "etwas" after "wie oft"
    # (so said all over: "wie oft hab ich seit Montag was abgespielt").
    (
        (
            r"^(wie oft (?:ist|is|hat|hab|habe|haben)\b.*?) was (gelaufen|g'laufen|gespielt"
            r"|abgespielt|gehört|gestreamt|angehört)\b"
        ),
        r"\1 etwas \2",
    ),
    # "War da a Daft Punk dabei", "was für a Musik", "gib ma an Überblick":
    # the article "a"/"an" ("ein"/"einen") before a name or a noun.
    (r"\b(war|ist|is) da a\b", r"\1 da"),
    (r"\bfür a\b", "für"),
    (r"\ban (überblick|rückblick|recap)\b", r"einen \1"),
    # "War da a Daft Punk dabei": did I hear it then.
    (r"\bwar da (.+?) dabei$", r"habe ich \1 gehört"),
    # "Meine drei liebsten Interpreten": my top ones.
    (
        r"\b(meine|die) ((?:\w+ )?)liebsten (künstler|interpreten|lieder|songs|bands|alben)\b",
        r"\1 \2top \3",
    ),
    # "Des letzte Mal", "des erste Mal": das.
    (r"\bdes (letzte|erste) mal\b", r"das \1 mal"),
    # "Von allen Zeiten": of all time.
    (r"\bvon allen zeiten\b", "aller zeiten"),
    # "Auf d'Nacht" is the evening in Vienna ("gestern auf d'Nacht").
    (r"\bauf (?:d'|d' |die )nacht\b", "am abend"),
    # "Welcher Podcast hat mich in letzter Zeit so gepackt": the most heard.
    (
        (
            r"\b(welche[rsnm]?|wer|was) (?:(\w+) )?hat mich\b(.*?)(?: so)?"
            r" (?:gepackt|gefesselt|mitgerissen|erwischt)$"
        ),
        r"\1 \2 habe ich\3 am meisten gehört",
    ),
    # "Wie viel wiederhol ich eigentlich so": the repeat rate.
    (
        r"\bwie (?:viel|oft|sehr) wiederhol(?:e)? (?:ich|i)(?: eigentlich)?(?: so)?$",
        "wie hoch ist meine wiederholungsrate",
    ),
)


def leave_context(text: str, language: str) -> str:
    """Return the question with the context told before it left out.

    Read on the words as said, before the clauses are split: "na ja" opens
    a clause the German reader would leave out as chat.
    """
    if language != "de":
        return text
    if (found := _MOMENT.match(text.strip())) is not None:
        return f"{found['day']} {found['clock']}, was lief da"
    for pattern in (_CLOSE, _DONE, _OPENED):
        if (found := pattern.match(text.strip())) is None:
            continue
        context, question = found["context"], found["question"]
        if _TIME.search(context.lower()) and not _TIME.search(question.lower()):
            # "Am Samstag ..., was hab ich da gespielt": the time the "da"
            # points back to goes before the question.
            said = _WHEN.search(context)
            if said is None or not _THERE.search(question):
                continue
            return _THERE.sub(said[0], question, count=1)
        return question
    # "Gestern am Abend, was hab ich da gehört": the time where "da" stands.
    if (found := _TIME_FIRST.match(text.strip())) is not None:
        return _THERE.sub(found["when"], found["question"], count=1)
    return text


def undo_vienna(words: str) -> str:
    """Return `words` with Vienna's habits undone."""
    return rewrite(VIENNA, words)
