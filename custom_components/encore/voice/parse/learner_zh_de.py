"""German as a Chinese speaker (B1) says it (issue 45's sixty-third turn).

Mandarin marks no tense on a verb and says the topic first: the period, the
name or the thing asked about, then "I listen", then the question word
("Justice 第一次 我 听 什么时候": Justice, first time, I listen, when). Blind
writer 406, a Chinese woman who learned German, carried that into German:
the present for the past after its subject ("wie lange ich höre Musik
heute", "am dritten November was ich höre", "The Daily heute ich höre
schon?"), a name said first and the question word last ("Justice erste Mal
ich höre wann", "Bohemian Rhapsody letzte Mal wann ich spiele"), "oder
nicht" for a yes-or-no question ("gestern ich höre Daft Punk oder nicht"),
"meiste" for "am meisten" and "was läuft bei mir" after a past day.

The rules turn that into German the other readers know: the perfect ("wie
lange habe ich gehört Musik heute", in the learner's order, which the
readers take), the name moved whole before the verb. A present said with a word
of a habit ("wann ich normal höre", "was ich meistens höre") or of the
moment ("was ich gerade höre", the player's) is a present and stays one.
"""

import re

from .rules import Rule, rewrite

# Words beside a present that make it a habit's or the moment's, never the past.
_PRESENT_MEANT = (
    r"(?:gerade|grad|grade|jetzt|jetze|momentan|im moment|gern|gerne|am liebsten"
    r"|normal|normalerweise|meistens|oft|immer|usually|öfter|mehr|lieber|eher"
    r"|morgens|abends|nachts|nachmittags|vormittags|werktags|wochentags|täglich"
    r"|jeden|jede|am wochenende|am meisten|meiste|die meiste|so)"
)
# A present a learner says for the past, after its subject.
_PRESENT = (
    r"(?P<verb>höre|hör|hören|hörte|hörten|spiele|spiel|spielen|spielte|spielten)"
)
# A question word, a count or a yes-or-no tag: the sentence asks.
_ASKS = (
    r"\b(?:wie|wann|was|welche[nsrm]?|wer|wen|wem|oder nicht|oder nein|oder|schon"
    r"|jemals)\b|\?"
)
# A period a learner says first.
_PERIOD = (
    r"(?:heute|gestern|vorgestern|(?:am|letzte[nmrs]?|diese[nmrs]?|im|in)"
    r" (?:\w+ )?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    r"|wochenende|woche|monat|jahr|sommer|winter|frühling|herbst|januar|februar|märz"
    r"|april|mai|juni|juli|august|september|oktober|november|dezember))"
    r"(?: (?:früh|morgen|vormittag|nachmittag|abend|nacht))?"
)


# Words a speaker puts between a verb and what it says of it ("ich hör ja
# immer dasselbe").
_FILLERS = r"(?:(?:ja|eh|halt|doch|so|schon|auch|echt|wirklich|total|mega|voll) )*"
# Questions of a time of day or a day, where "the most" is a habit's peak.
_ASKS_WHEN = re.compile(r"\b(?:wann|tag|tage|uhrzeit|zeit|wochentag|stunde)\b", re.I)


def _perfect(match: re.Match[str]) -> str:
    """Return the learner's present as the perfect, "habe ich gehört".

    A habit's or the moment's word just before it ("was ich normal höre"),
    or "seit wann" (since when one listens), keeps the present.
    """
    before = match.string[: match.start()]
    if re.match(r"\s*was für\b", before, re.I):
        # "Was für Musik ich höre": the taste, a habit.
        return match.group(0)
    if re.search(rf"(?<!wie )\b{_PRESENT_MEANT}\s+$|\bseit wann\s+$", before, re.I):
        return match.group(0)
    verb = match.group("verb").lower()
    said = "gehört" if verb.startswith("hör") else "gespielt"
    who = match.group("who")
    return f"{'haben' if who.lower() == 'wir' else 'habe'} {who} {said}"


def _most(match: re.Match[str]) -> str:
    """Return "ich höre meiste" as the ranking's "am meisten gehört".

    Asked of a day or an hour ("an welche Tag ich höre meiste"), the most is
    the habit's peak and stays as said.
    """
    if _ASKS_WHEN.search(match.string):
        return match.group(0)
    return f"{match.group(1)} am meisten gehört"


LEARNER_ZH_DE: tuple[Rule, ...] = (
    # Writers 413 and 415 (a Korean and a Syrian learner) say the same orders,
    # and an Arabic speaker's "machen an" for playing (turn it on).
    (r"\b(ich|wir) (?:mache|machen|machte|machten) an\b", r"\1 spiele"),
    # "Mit welche Lied ich höre auf letzte Nacht": what it ended with.
    (
        (
            rf"^(?:mit|womit) (?P<which>welche[mns]? \w+|was) (?P<who>ich|wir) {_PRESENT}"
            r" auf\b(?P<rest>.*)$"
        ),
        lambda found: (
            f"mit {re.sub(r'^welche[mns]? ', 'welchem ', found['which'], flags=re.I)}"
            f" habe {found['who']}{found['rest']} aufgehört"
        ),
    ),
    # "Wie viel Mal Musik läuft am Samstag": how many plays; "wie viel Mal
    # läuft die Daily": how often it ran.
    (
        r"^wie (?:viel|viele|oft) mal (?:musik|lieder|songs) (?:läuft|lief|laufen|liefen)\b",
        "wie viele Lieder liefen",
    ),
    (r"^wie (?:viel|viele|oft) mal (?:läuft|lief|laufen|liefen)\b", "wie oft lief"),
    # "Was läuft bei uns letzte Freitag": what ran then.
    (
        r"^(was|welche[sn]? \w+) läuft bei (mir|uns) ((?:letzte[nmrs]?|gestern|vorgestern)\b.*)$",
        r"\1 lief bei \2 \3",
    ),
    # "Im August Podcast meistens gehört welche": the most, asked last.
    (
        (
            rf"^({_PERIOD}) (\w+) (?:meistens|am meisten|meiste) (?:gehört|gespielt|höre|spiele)"
            r" (?:welche[rsn]?|was)(?=\s*[?.!]*\s*$)"
        ),
        r"welche \2 habe ich \1 am meisten gehört",
    ),
    # "Gleiche Sache immer wieder ich höre, wie viel Prozent": the repeat rate.
    (
        (
            rf"^(?:die )?gleichen? (?:sache|sachen|lieder|songs|musik) (?:immer )?wieder"
            rf" (?:ich|wir) {_PRESENT},? wie viel prozent\b"
        ),
        "wie oft höre ich die gleichen Lieder",
    ),
    # "Ich höre meiste", "ich höre die meiste": the most, a ranking.
    (
        rf"\b(ich|wir) {_PRESENT} (?:die |am )?meiste\b",
        _most,
    ),
    # "Was läuft bei mir" after a day said first: what ran then.
    (
        rf"^({_PERIOD}),? (was|welche[sn]? \w+) läuft bei (mir|uns)\b",
        r"\2 lief bei \3 \1",
    ),
    # "Justice erste Mal ich höre wann", "Bohemian Rhapsody letzte Mal wann ich
    # spiele": the name first, its first or last time, then the question.
    (
        (
            rf"^(?P<name>(?:(?!(?:wann|wie|was|ich|wir|heute|gestern)\b)[\w'.&-]+ ){{1,5}}?)"
            rf"(?P<which>erste|letzte)s? mal (?:wann )?(?P<who>ich|wir) {_PRESENT}"
            r"(?: wann)?(?=\s*[?.!]*\s*$)"
        ),
        r"wann habe ich \g<name>zum \g<which>n Mal gehört",
    ),
    # "Gestern ich höre Daft Punk oder nicht": a period first, then whether.
    (
        (
            rf"^(?P<when>{_PERIOD}) (?P<who>ich|wir) {_PRESENT} (?P<name>.+?)"
            r" (?:oder nicht|oder nein|oder|schon)(?=\s*[?.!]*\s*$)"
        ),
        r"habe ich \g<when> \g<name> gehört",
    ),
    # "Letzte Wochenende wir hören Café Tacvba?": the same, asked by its mark.
    (
        rf"^(?P<when>{_PERIOD}) (?P<who>ich|wir) {_PRESENT} (?P<name>[^?]+?)\s*\?\s*$",
        r"haben \g<who> \g<name> \g<when> gehört?",
    ),
    # "Gleiche Lied ich höre wieder wie viel": how much the same songs come
    # again, the repeat rate.
    (
        (
            rf"\b(?:die |das )?gleichen? (?:lied|lieder|song|songs) (?:ich|wir) {_PRESENT}"
            r" wieder,? wie (?:viel|oft)\b"
        ),
        "wie oft habe ich die gleichen Lieder wiederholt",
    ),
    # "Welche Uhrzeit welche Tag": the article's gender, as the habit's
    # question says it ("welcher Tag"; the first play had been asked).
    (r"\b(uhrzeit,?) welche tag\b", r"\1 welcher Tag"),
    # "Wann ich normal höre": a learner's "normal" for "normalerweise", the
    # habit (the first play had been asked).
    (rf"\b(ich|wir) normal {_PRESENT}\b", r"\1 normalerweise \g<verb>"),
    # The present after its subject, in a question, for the past: "wie lange
    # ich höre Musik heute", "was ich höre" after a day.
    (
        rf"\b(?P<who>ich|wir) {_PRESENT}\b(?! {_FILLERS}{_PRESENT_MEANT}\b)",
        _perfect,
    ),
)


def undo_learner_zh_de(text: str, language: str) -> str:
    """Return `text` with a Chinese speaker's German habits undone."""
    if language != "de" or not re.search(_ASKS, text, re.IGNORECASE):
        return text
    undone = rewrite(LEARNER_ZH_DE, text, re.IGNORECASE)
    return " ".join(undone.split()) if undone != text else text
