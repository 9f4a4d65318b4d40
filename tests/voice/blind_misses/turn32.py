"""Issue 45's thirty-second turn: blind writers 162 to 171, their wrong facts and misses.

Writers 162 to 171 (a Geordie and an Allgäu farmer, a Scouse night-radio
listener and a Westphalian, a Yorkshireman and a Carinthian who half
remember names, a Singaporean and a Trier shop owner, a South African and a
Freiburg student asking for their family, a Belfast early riser and a Linz
one, a Brooklyn and a Mainz timekeeper, an Alabama and a Magdeburg
grandmother, an Ontario and a Rostock speaker who talk like a search box, a
Nairobi carer and a Vorarlberg one) were scored before anything was tuned on
them. What they showed, in this file's own phrasings:

- Wrong facts: a span between two clock times ("between six and midnight
  yesterday") read as its last moment; "the night before last, about nine"
  as this morning; "oh eight hundred" as this morning; "how many times has
  Ada played Queen" looked for a song called Ada; "the first song this
  avvy", "last neet" as today; "wie viel hab ich seit Montag gespielt" as
  the listening time; "wenn hät d'Ada zletscht ..." (Vorarlberg's "wenn" is
  "wann") as the day's last song; "give me a rundown of Ada's week" as this
  month's.
- Misses: Vorarlberg's, the Allgäu's and Baden's German as a whole,
  Carinthia's and Upper Austria's, Trier's "wéi vill", questions asked as a
  search box's fields ("Daft Punk, times played, this year", "Lieder heute
  Nachmittag, Anzahl"), Singlish said topic first ("daft punk this mth got
  play how many times"), and a question asked on behalf of someone ("...,
  asking for my gran", "für de Papa: ...").
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Wrong facts.
    (
        "en",
        "how many times has Ada played Queen",
        "how many times did Ada play Queen",
    ),
    (
        "en",
        "what was the first song this avvy",
        "what was the first song this afternoon",
    ),
    (
        "en",
        "what did I finish up with last neet",
        "what did I finish with last night",
    ),
    ("en", "what was last month like for listening", "how was last month in music"),
    ("en", "give me a rundown of Ada's week", "give me a rundown of this week"),
    (
        "de",
        "wie viel hon i seit Montag insgesamt gspielt",
        "wie viele Sachen habe ich seit Montag gespielt",
    ),
    (
        "de",
        "wenn hät d'Ada zletscht Don't Stop Me Now glost",
        "wann hat die Ada zuletzt Don't Stop Me Now gehört",
    ),
    (
        "de",
        "Wie viele Lieder sind gestern gelaufen?",
        "wie viele Lieder habe ich gestern gehört",
    ),
    # Misses.
    (
        "en",
        "what was the first song I played yesterday, asking for my gran",
        "what was the first song I played yesterday",
    ),
    (
        "en",
        "shame, my gran loves Air, how often did I play them",
        "how often did I play Air",
    ),
    (
        "en",
        "ag my dad wants to know which song I can't stop playing",
        "which song can't I stop playing",
    ),
    (
        "en",
        "how many days on t' trot have I been listening now",
        "how many days in a row have I listened",
    ),
    ("en", "this summer which song top", "which song was top this summer"),
    (
        "en",
        "bohemian rhapsody last play when ah",
        "when did I last play bohemian rhapsody",
    ),
    ("de", "wa hät d'Ada hüt alls glost", "was hat die Ada heute alles gehört"),
    (
        "de",
        "Loost d'Ada am Wochenend meh als under dr Wocha?",
        "hört die Ada am Wochenende mehr als unter der Woche",
    ),
    (
        "de",
        "wie lang hon i heit scho Musik glosst",
        "wie lange habe ich heute Musik gehört",
    ),
    (
        "de",
        "was hond mir letschts Wochenend glosst",
        "was haben wir letztes Wochenende gehört",
    ),
    (
        "de",
        "hob i heit in da Friah the daily g'hört",
        "habe ich heute Morgen The Daily gehört",
    ),
    (
        "de",
        "wos woan heuer im Summa meine drei meistg'spütn Liadl",
        "was waren diesen Sommer meine drei meistgespielten Lieder",
    ),
    (
        "de",
        "wéi vill Stunden Musek hab ich heut gehört",
        "wie viele Stunden Musik habe ich heute gehört",
    ),
    (
        "de",
        "letzten Fr das erste Lied was war das",
        "was war das erste Lied letzten Freitag",
    ),
    (
        "de",
        "kannsch du für mi Oma luege, welchen Künstler ich letzte Woche am meischte ghört hab",
        "welchen Künstler habe ich letzte Woche am meisten gehört",
    ),
    (
        "de",
        "um wöche Zeit hör i meistens Musi",
        "um welche Uhrzeit höre ich meistens Musik",
    ),
    (
        "de",
        "wat für Musik hatt ick denn heute Morjen an",
        "welche Musik habe ich heute Morgen gehört",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "how many times has Ada played Queen since October",
        "how many times did Ada play Queen since October",
        "en",
    ),
    ("Air, any this year", "did I listen to any Air this year", "en"),
    ("wa hät d'Ada hüt alls glost", "was hat die Ada heute gehört", "de"),
    (
        "Wia oft überspringt d'Ada Liadr?",
        "wie oft überspringt die Ada Lieder",
        "de",
    ),
    (
        "Lieder heute Nachmittag, Anzahl",
        "wie viele Lieder habe ich heute Nachmittag gehört",
        "de",
    ),
)

# What is playing now and a command stay Home Assistant's.
STAYS: tuple[Stays, ...] = (
    ("how much time is left on this episode", "en"),
    (
        "Zufallswiedergabe an, bitte, immer die gleiche Reihenfolge isch mir z'langweilig.",
        "de",
    ),
    ("Was isch des für a Lied grad", "de"),
    ("turn the kitchen lights off, for my gran", "en"),
)
