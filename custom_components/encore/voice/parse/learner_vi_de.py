"""A Vietnamese learner's German: bare infinitives, the noun before "letzte" (issue 45's sixty-seventh turn).

A Vietnamese learner (blind writer 456) left verbs unconjugated and articles
off, as Vietnamese marks neither tense nor person on a verb: "ich hören
Café Tacvba am Samstag oder?", "welche Podcast ich hören viel in letzte
Zeit", "vergangene zwei Woche welche Künstler ich hören viel", "Künstler
ich hören zum erste Mal diese Monat", "ich hören gleiche Lied immer wieder
oder? wie viel", "Ada hören was gestern"; and put "letzte" after its noun,
as Vietnamese puts "trước" after "tuần" ("Wochenende letzte was ich
hören"). None was understood, or the last play was answered for the
weekend ("letzte" read as the last).

Each shape is read as the German question it asks. Read on normalized words
after the other learners' order (`learner_de` has turned "ich hören viel"
into "hören ich viel") and before a Chinese learner's bare infinitive
(`learner_zh_bare_de`), which then reads "letztes Wochenende was hören ich".
A name is moved whole and never changed; "hören ich viel" is "am meisten"
only after "welche" and a kind.
"""

from typing import Final

from .rules import Rule, rewrite

# The unconjugated verb, the Vietnamese learner's own ("ich hören"); "ich höre"
# said in a learner's order is the Spanish learner's, read by `learner_es_de`.
_BARE: Final = r"(?:hören|spielen|laufen)"
_MUCH: Final = r"(?:viel|oft|meiste|meisten|am meisten|am meiste)"
_PERIOD_NOUN: Final = {
    "wochenende": "letztes",
    "woche": "letzte",
    "monat": "letzten",
    "jahr": "letztes",
}

LEARNER_VI_DE: Final[tuple[Rule, ...]] = (
    # "Wochenende letzte", "Monat letzte": the period last said first.
    (
        r"^(wochenende|woche|monat|jahr) (?:letzte[snmr]?|vergangene[snmr]?)\b",
        lambda m: f"{_PERIOD_NOUN[m[1]]} {m[1]}",
    ),
    # "vergangene zwei Woche" said first, no article: the last two weeks.
    (
        r"^(?:vergangene|letzte) (zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|\d+) (?:woche|wochen) (?=welche)",
        r"in den letzten \1 wochen ",
    ),
    # "welche Podcast ich hören viel in letzte Zeit": the most heard.
    (
        rf"^(welche[rsn]?) (\w+) {_BARE} (?:ich|wir) {_MUCH}(?: (.+))?$",
        lambda m: f"{m[1]} {m[2]} habe ich {m[3] or ''} am meisten gehört",
    ),
    # "vergangene zwei Woche welche Künstler ich hören viel": the same, the
    # period said first.
    (
        rf"^(?!(?:welche|was|wie|wann|wer)\b)(.+?) (welche[rsn]?) (\w+) {_BARE} (?:ich|wir) {_MUCH}$",
        r"\2 \3 habe ich \1 am meisten gehört",
    ),
    # "Künstler ich hören zum erste Mal diese Monat": the new artists.
    (
        rf"^(?:künstler|sänger|sängerin|interpreten|bands) (?:ich|wir) {_BARE} zum ersten mal (.+)$",
        r"welche künstler habe ich \1 neu entdeckt",
    ),
    # "ich hören gleiche Lied immer wieder oder? wie viel": the repeat rate.
    (
        (
            rf"^(?:ich|wir) {_BARE} (?:das |die )?(?:gleiche|selbe)n? (?:lied|lieder|song|songs)"
            r" (?:immer wieder|so oft|oft) (?:oder )?wie (?:viel|viele|oft)(?: prozent)?$"
        ),
        "wie hoch ist meine wiederholungsrate",
    ),
    # "ich hören Café Tacvba am Samstag oder?": whether it played ("mehr"
    # compares: "ich hören mehr Morgen oder Abend" is read as it is).
    (
        rf"^(?:ich|wir) {_BARE} (?!mehr\b|gleiche|selbe)(.+?) (?:oder|oder nicht|oder nein)$",
        r"habe ich \1 gehört",
    ),
    # "Ada hören was gestern": what one person heard then (one word, a
    # day after "was"; "was" last asks what, never whether).
    (
        r"^(\w+) (?:hören|hört|hörte) was (heute|gestern|vorgestern|letzte woche|diese woche)$",
        r"was hat \1 \2 gehört",
    ),
)


def undo_learner_vi_de(words: str) -> str:
    """Return normalized German words with a Vietnamese learner's order read."""
    return rewrite(LEARNER_VI_DE, words)
