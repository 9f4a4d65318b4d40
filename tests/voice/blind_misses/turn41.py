"""Issue 45's forty-first turn: blind writers 236 to 243, their wrong facts and misses.

Writers 236 to 243 (a terse American and a terse Berliner, a London and a
German teenager, a Yorkshire and a Palatinate grandmother, a Polish woman
in Dublin and a Turkish-German man in Duisburg dictating, a Texan and a
Franconian, a Singaporean and a Zurich office worker, a Cork woman and a
Hamburg man, a Scouser and a Viennese pensioner) were scored on the tree
with the fortieth turn's mends, before anything was tuned on them. What
they showed, in this file's own phrasings:

- Wrong facts: "in heavy rotation", "on a loop" answered as what played
  today; "which one would y'all say" and "our Sharon told me to ask" read
  as the household; "on all the time" read as all time; "one more time,
  daft punk, how many plays" counted the artist; the Palatinate's "die
  Woch" and "heit Morge" lost; "durchgesuchtet" answered the top songs.
- Misses: "worn plumb out", "wreck the head off myself with", "how many's
  that", "the weekend just gone", "for all of twenty twenty five", a
  speech-to-text "pay" for "play", a Singaporean's name first ("sexy boy i
  played this week anot"), "man" for "I"; Zurich's "gelost", Franconia's
  "gehörd", Bavaria's "ghabt", Vienna's "gspüt", the Palatinate's "hemmer"
  and "Dag hintenanner", "so narrisch", "ganz oben".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "which song has been in heavy rotation around here",
        "which song have I had on repeat",
    ),
    (
        "en",
        "which track is on a loop for me lately",
        "which track have I had on repeat lately",
    ),
    (
        "en",
        "which record have I just about worn plumb out this month",
        "which record have I played the most this month",
    ),
    (
        "en",
        "tracks since Tuesday, how many's that",
        "how many tracks did I play since Tuesday",
    ),
    (
        "en",
        "how many songs did I get through at the weekend just gone",
        "how many songs did I get through last weekend",
    ),
    (
        "en",
        "who was my top band for all of twenty twenty five",
        "who was my top band in twenty twenty five",
    ),
    (
        "en",
        "which artist i pay the most this month",
        "which artist i play the most this month",
    ),
    (
        "en",
        "justice how much times i had on this month",
        "how many times did i play justice this month",
    ),
    (
        "en",
        "genesis by justice i played yesterday anot",
        "did i play genesis by justice yesterday",
    ),
    (
        "en",
        "around the world, daft punk, how many plays",
        "how many times did i play around the world by daft punk",
    ),
    ("de", "wie oft lief Air die Woch", "wie oft lief Air diese Woche"),
    ("de", "was habe ich gestern Abend gelost", "was habe ich gestern Abend gehört"),
    ("de", "wann hab ich zuletzt Air gehörd", "wann habe ich zuletzt Air gehört"),
    (
        "de",
        "wie viele Folgen hab ich letzte Woche durchgesuchtet",
        "wie viele Folgen habe ich letzte Woche gehört",
    ),
    (
        "de",
        "von welcher Band bin ich diesen Monat so narrisch",
        "welche Band habe ich diesen Monat am meisten gehört",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "what's my skip rate this year, our Dave told me to ask",
        "what's my skip rate this year",
        "en",
    ),
    (
        "who have I been that taken with this month, I have the same one on all the time",
        "who is my top artist this month",
        "en",
    ),
    (
        "which band have I been plumb obsessed with lately, which one would y'all say",
        "which band have I listened to most lately",
        "en",
    ),
    (
        "heavy rotation these days, which track",
        "what have I had on repeat lately",
        "en",
    ),
    ("which album i pay most this year", "which album did I play most this year", "en"),
    ("when did man last bump daft punk", "when did I last play daft punk", "en"),
    ("air the last time i play was when", "when did I last play air", "en"),
    (
        "which tune did I wreck the head off myself with last month",
        "which song did I play the most last month",
        "en",
    ),
    (
        "Wie viele Lieder hemmer im Oktober gespielt",
        "Wie viele Lieder haben wir im Oktober gespielt",
        "de",
    ),
    ("Wie oft lief dann Justice die Woch", "Wie oft lief Justice diese Woche", "de"),
    (
        "was hab ich denn am Sonntag für Musik ghabt",
        "was für Musik habe ich am Sonntag gehört",
        "de",
    ),
    ("Seit wann kommt Justice bei mir vor", "Seit wann höre ich Justice", "de"),
    (
        "welcher Künstler war im letzten Monat ganz oben",
        "welcher Künstler war letzten Monat am meisten gehört",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("put the heavy rotation playlist on in the kitchen", "en"),
    ("how much did i pay for the electricity", "en"),
    ("my alarm keeps going off again and again", "en"),
    ("geh, mach das Licht in der Küche an", "de"),
    ("lass die Waschmaschine laafe", "de"),
)
