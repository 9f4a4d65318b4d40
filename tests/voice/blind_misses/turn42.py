"""Issue 45's forty-second turn: blind writers 244 to 251, their wrong facts and misses.

Writers 244 to 251 (a Nigerian nurse in Manchester and a Swabian carpenter,
a Bangalore developer and a Cologne woman, a Glasgow student and a Leipzig
joker, a parent of toddlers in both languages, an Australian tradie and a
Tyrolean farmer, a Jamaican-born grandmother and a Bernese grandmother, a
retired solicitor and a German civil servant, a South African and an East
Frisian) were scored on the tree with the forty-first turn's mends, before
anything was tuned on them. What they showed, in this file's own phrasings:

- Wrong facts: a question begun again after "sorry" or "hang on" kept
  its first saying ("what was on last night, sorry, what was I playing
  last night" asked for the last play); a clock taken back lost its day
  ("vorgestern um, nee warte, um neun", "the day before yesterday at,
  hang on, nine"); Bern's "gescht", "z Abe", "hüt am halb nüni" and
  Saxony's "gestorn's" lost their day; "die gleiche Liadle immer wieder"
  answered on repeat, not the repeat rate; "drück'sch ... weg" ranked
  songs; officialese's "Hinsichtlich der Podcasts: Welcher ..." ranked
  songs, "die Gesamtzahl der Wiedergaben von ..." counted every play;
  the solicitor's "present run of daily listening", "first appeared in my
  history", "cut short", "can I not seem to stop playing", "the evening of
  Thursday the nineteenth"; "who all new I started listening"; "run mi
  through wah mi been hearing" answered a recap.
- Misses: Swabia's "ghert", Tyrol's "gloffn", "gspült", "wöllas",
  "Somstog", "Mörz", "im Summa", Cologne's "Leedcher", "wat wor", East
  Frisia's "hebb ich", officialese ("im Zeitraum der letzten sieben
  Tage", "wiedergegeben", "Ich bitte um Auskunft, ...").
- A command captured: "spiel was von Queen, äh, irgendwas" ("irgendwas"
  now asks only after a time).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "what was on this morning, sorry, what was I listening to this morning",
        "what was I listening to this morning",
    ),
    (
        "en",
        "what played the day before yesterday at, hang on, eight at night",
        "what played the day before yesterday at eight at night",
    ),
    (
        "de",
        "was lief vorgestern um, nee warte, um acht Uhr abends",
        "was lief vorgestern um acht Uhr abends",
    ),
    ("de", "han i gescht Air gloset", "habe ich gestern Air gehört"),
    ("de", "was han i gescht z Abe glost", "was habe ich gestern Abend gehört"),
    ("de", "Hör i oft die gleiche Liadle", "höre ich oft die gleichen Lieder"),
    (
        "de",
        "Welches Lied überspring'sch am häufigsten",
        "welches Lied überspringe ich am häufigsten",
    ),
    (
        "de",
        "Hinsichtlich der Podcasts: Welcher wurde im laufenden Monat am häufigsten gehört?",
        "welcher Podcast wurde diesen Monat am häufigsten gehört",
    ),
    (
        "de",
        "Ich bitte um Auskunft hinsichtlich der Gesamtzahl der Wiedergaben von Queen.",
        "wie oft habe ich Queen gehört",
    ),
    (
        "de",
        "Ich bitte um Auskunft, wie lange im Zeitraum der letzten vierzehn Tage Musik wiedergegeben wurde.",
        "wie lange lief in den letzten vierzehn Tagen Musik",
    ),
    (
        "en",
        "Would you be so kind as to tell me how long my current run of daily listening has lasted?",
        "how long is my listening streak",
    ),
    (
        "en",
        "I should like to know the precise date on which Genesis first appeared in my history.",
        "when did I first play Genesis",
    ),
    (
        "en",
        "I should like to know which song I have most frequently cut short this month.",
        "which song have I skipped the most this month",
    ),
    (
        "en",
        "Pray, what was I listening to on the evening of Wednesday the eighteenth?",
        "what was I listening to on Wednesday the eighteenth in the evening",
    ),
    (
        "en",
        "who all new I started listening since august",
        "which new artists did I start listening to since august",
    ),
    (
        "en",
        "since Tuesday, run mi through wah mi been hearing",
        "what did I listen to since Tuesday",
    ),
    ("de", "Hab i geschdern Air ghert?", "habe ich gestern Air gehört"),
    (
        "de",
        "wöllas Liadl drück i am öftesten weg",
        "welches Lied überspringe ich am häufigsten",
    ),
    (
        "de",
        "Wie viele Leedcher hann ich hück jespielt",
        "wie viele Lieder habe ich heute gespielt",
    ),
    (
        "de",
        "wie viele Lieder hebb ich gistern gespielt",
        "wie viele Lieder habe ich gestern gespielt",
    ),
    ("en", "how much skipping did I do this month", "how often did I skip this month"),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "what was on yesterday evening, sorry, what was I listening to yesterday evening",
        "what was I listening to yesterday evening",
        "en",
    ),
    (
        "what was playing the day before yesterday at, hang on, nine at night",
        "what was playing the day before yesterday at nine at night",
        "en",
    ),
    ("han i gescht Justice gloset?", "habe ich gestern Justice gehört", "de"),
    (
        "was isch gescht z Nacht s letschte Lied gsi",
        "was war gestern Nacht das letzte Lied",
        "de",
    ),
    (
        "Hinsichtlich der Podcasts: Welcher wurde im laufenden Monat am meisten gehört?",
        "welcher Podcast wurde diesen Monat am meisten gehört",
        "de",
    ),
    (
        "Pray tell, which tune can I not seem to stop playing at present?",
        "what have I had on repeat lately",
        "en",
    ),
    ("Was war gestorn's erste Lied", "was war gestern das erste Lied", "de"),
)

STAYS: tuple[Stays, ...] = (
    ("spiel was von Queen, äh, irgendwas", "de"),
    ("Was wird derzeit in der Küche wiedergegeben?", "de"),
    ("hang on, put the lights on in the kitchen, sorry, the hallway", "en"),
)
