"""Issue 45's thirty-ninth turn: blind writers 220 to 227, their wrong facts and misses.

Writers 220 to 227 (an Aberdeen and a Frankfurt cook, a Ghanaian and a
Saarland student, an Essex and a Bernese spouse asking after Ada, a
Newfoundland and a Mecklenburg podcast fan, a Hawaii Pidgin and a Tyrolean
speaker comparing figures, an AAVE and a Viennese voice-assistant beginner,
a Bristol and an East Frisian music teacher, a Lancashire and an Allgäu
speaker giving commands in the same breath) were scored before anything was
tuned on them. What they showed, in this file's own phrasings:

- Wrong facts: a dialect's day or night read as no time ("geste", "gescht",
  "nächtn", "fearn", "vurigen Freitag", "des Johr", "dreißisch Tach"), so
  all time was answered; "time of the week" read as this week; "the year
  nines" after "whilst" read as this year; "Künstla", "Albe", "Sändig" lost
  their kind; "how many different artists has Ada had on" answered for the
  asker (CI's pin test of the last stop held it).
- Misses: Doric's question words ("fit", "fa", "fan", "foo mony", "wik",
  "nicht", "hae", "hiv") and Pidgin's past ("who I wen listen to da most"),
  neither of which the net reached; a remark before "don't ask"; "can ye
  tell me" read as a name; Tyrol's "is erschte Mol", "wonn", "gheart",
  "glaffn"; the Allgäu's "wiavl"; Bern's "lost d Ada", "geng", "nomau";
  the Saarland's "gehat", "meischtgeherte"; Newfoundland's "am I after
  listening to" and "b'y".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "fit wis I listenin tae on Sunday nicht",
        "what was I listening to on Sunday night",
    ),
    (
        "en",
        "fa did I hae on the maist this wik",
        "who did I listen to the most this week",
    ),
    ("en", "fan did I first hae Air on", "when did I first listen to Air"),
    ("en", "foo mony plays did I hae yesterday", "how many plays did I have yesterday"),
    ("en", "foo lang did I listen the day", "how long did I listen today"),
    (
        "en",
        "fit een did I hae on maist in October, album-wise",
        "which album did I play most in October",
    ),
    ("en", "ony Queen in the last twa wiks", "any Queen in the last two weeks"),
    (
        "en",
        "my hands are all flour, don't ask. top tune last month, what was it?",
        "what was my top tune last month",
    ),
    (
        "en",
        "name ma three maist played songs this year, the quine says I've nae taste",
        "name my three most played songs this year",
    ),
    (
        "en",
        "foo mony episodes did I hear in August, can ye tell me",
        "how many episodes did I hear in August",
    ),
    (
        "en",
        "who I wen listen to da most dis month",
        "who did I listen to the most this month",
    ),
    (
        "en",
        "how many minutes Ada wen listen dis afternoon",
        "how many minutes did Ada listen this afternoon",
    ),
    ("en", "how much times I wen play Air", "how many times did I play Air"),
    (
        "en",
        "what's my busiest listening time of the week",
        "what's my busiest listening day of the week",
    ),
    (
        "en",
        "what did I play yesterday morning whilst I was marking the year tens",
        "what did I play yesterday morning",
    ),
    (
        "en",
        "how many podcasts am I after listening to this month",
        "how many podcasts did I listen to this month",
    ),
    (
        "en",
        "which artists has Ada had on most this year",
        "which artists did Ada listen to most this year",
    ),
    ("de", "was hab isch geste Owend geheert", "was habe ich gestern Abend gehört"),
    ("de", "was lief gescht um halb neun", "was lief gestern um halb neun"),
    ("de", "wos hob i nächtn ghört", "was habe ich letzte Nacht gehört"),
    (
        "de",
        "welches Liadl hon i fearn am meischtn gheart",
        "welches Lied habe ich letztes Jahr am meisten gehört",
    ),
    (
        "de",
        "wos hot de Ada vurigen Samstag gspüt",
        "was hat die Ada letzten Samstag gespielt",
    ),
    (
        "de",
        "wi mängi Stund hei mir letschts Wucheänd Musig glost",
        "wie viele Stunden haben wir letztes Wochenende Musik gehört",
    ),
    (
        "de",
        "Wonn hon i Air is erschte Mol gheart",
        "wann habe ich Air das erste Mal gehört",
    ),
    ("de", "wiavl isch vorgeschtern gloffa", "wie viel ist vorgestern gelaufen"),
    (
        "de",
        "Lost d Ada geng di glyche Lieder nomau?",
        "hört die Ada immer die gleichen Lieder nochmal",
    ),
    (
        "de",
        "wöcha Künstla wird bei mir am öftesten weggedruckt",
        "welcher Künstler wird bei mir am öftesten übersprungen",
    ),
    (
        "de",
        "An welchem Tog in da Wochn hear i am meischtn",
        "an welchem Wochentag höre ich am meisten",
    ),
    (
        "de",
        "Weli Sändig hei mir letschte Monet am meischte glost?",
        "welche Sendung haben wir letzten Monat am meisten gehört",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "wieviel Air hann ich des Johr gehat",
        "wie oft habe ich Air dieses Jahr gehört",
        "de",
    ),
    (
        "fit wis I listenin tae yesterday evenin",
        "what was I listening to yesterday evening",
        "en",
    ),
    ("fan did I last hae Justice on", "when did I last listen to Justice", "en"),
    (
        "foo mony different artists hiv I listened tae this year",
        "how many different artists have I listened to this year",
        "en",
    ),
    (
        "who I wen listen to da most last month",
        "who did I listen to the most last month",
        "en",
    ),
    ("Wia oft hon i heuer Air gheart", "wie oft habe ich dieses Jahr Air gehört", "de"),
    (
        "wos is nächtn um viertel vor acht grennt",
        "was lief letzte Nacht um viertel vor acht",
        "de",
    ),
)

# Commands and questions of now, in the same ways of speaking.
STAYS: tuple[Stays, ...] = (
    ("fit song is this, it's a bonny een", "en"),
    ("fit am I listenin tae richt noo", "en"),
    ("fit's playin in the living room the noo", "en"),
    ("wat song stay playing right now", "en"),
    ("wat I stay listening to", "en"),
    ("Wos lafft grod in da Stubn", "de"),
    ("Was lost d Ada grad jetz?", "de"),
    ("was louft grad im Wohnzimmer", "de"),
)
