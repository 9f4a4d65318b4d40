"""Issue 45's thirtieth turn: blind writers' wrong facts and misses.

Writers 142 to 146 (a London and a Hamburg teenager, a Liverpool nurse and
a Ruhr carer, a Queensland tradie and a Zürich speaker, a Torontonian and
a Viennese who check what they believe, a Mancunian and a Munich
columnist) were scored before anything was tuned on them; the misses left
by writers 137 to 141 were mended beside them; then writers 147 to 151 (a
New York and a Frankfurt office worker, a Texan and a Saarland parent, an
Edinburgh and a Mecklenburg listener who cannot see the screen, a
Johannesburg and a Thuringian student, a Welsh and a Tyrolean competitor)
were scored the same way. What they showed, in this file's own phrasings:

- Wrong facts: a time no reader knew ("on Satdy", "in der KW 46", "im
  vierten Quartal") was answered for today or all time; an unknown place
  beside "music" ("in the barn") was dropped and today answered; "song of
  the summer last year" was this summer's; "was I bumping any X in
  August" told what played in August; "letzten Sommer am meisten" was this
  summer's.
- Misses: a claim checked ("I didn't play Muse yesterday, did I?", "no way
  I played X more than twenty times", "Stimmt's, dass ...", "..., oda?"),
  "watt" for "was", "wech" for skipped, a Hofrat's and a barrister's
  courtesies, the columnist's units, a carer's rounds; the period said
  first ("October, what was my song of the month"), "the work week" (read
  as "the song week", a wrong share), the Saarland's and Mecklenburg's days
  ("Samschdaach", "gistern"), a follow-up the song's answer already holds.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    ("en", "was i bumping any queen in october", "did I play Queen in October"),
    (
        "en",
        "what was my song of the summer last year",
        "what was my top song in the summer last year",
    ),
    (
        "en",
        "which LP got the most spins over the summer months",
        "which album did I play most in the summer",
    ),
    (
        "en",
        "did I listen to any podcasts this week",
        "how many podcasts did I play this week",
    ),
    ("en", "how'd September go music-wise", "how was my September music-wise"),
    ("de", "watt lief gestern Abend", "was lief gestern Abend"),
    (
        "de",
        "welches Lied drück ich am meisten wech",
        "welches Lied überspringe ich am meisten",
    ),
    (
        "de",
        "Hab ich diese Woche gar keine Podcasts gehört?",
        "wie viele Podcasts hab ich diese Woche gehört",
    ),
    ("de", "was für eine Musik hör ich eigentlich", "was für Musik höre ich"),
    # Writers 147 to 151: the period said first, the work week, the
    # Saarland's and Mecklenburg's days, a follow-up the answer holds.
    (
        "en",
        "September, what was my song of the month",
        "what was my top song September",
    ),
    (
        "en",
        "do I listen more at weekends or during the work week",
        "do I listen more at weekends or during the week",
    ),
    (
        "de",
        "was hann ich geschder Owend gehört",
        "was hab ich gestern Abend gehört",
    ),
    ("de", "Hab ich gistern Queen gehört?", "Hab ich gestern Queen gehört?"),
    (
        "en",
        "Which song did I skip the most? And who's it by?",
        "Which song did I skip the most?",
    ),
    (
        "en",
        "run me through last month, like a mini Wrapped",
        "run me through last month",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "I didn't play any Daft Punk yesterday, did I?",
        "did I play Daft Punk yesterday",
        "en",
    ),
    (
        "is it true I've only had like four different songs on since Monday",
        "how many different songs did I play since Monday",
        "en",
    ),
    ("what was I listening to on Satdy", "what did I listen to on Saturday", "en"),
    (
        "Wären Sie so freundlich, mich zu erinnern, wann ich zuletzt The Daily gehört habe?",
        "wann habe ich zuletzt The Daily gehört",
        "de",
    ),
    (
        "wie viele Stunden Musik hann ich die letschte siebe Daach gehört",
        "wie viele Stunden Musik hab ich die letzten sieben Tage gehört",
        "de",
    ),
    (
        "war das am Samstag Daft Punk oder ned",
        "hab ich am Samstag Daft Punk gehört",
        "de",
    ),
)

# A tag or a frame never makes a command or a device's state a history question.
STAYS: tuple[Stays, ...] = (
    ("turn the kitchen lights off, would you?", "en"),
    ("the heating is on, isn't it", "en"),
    ("is it true that the garage door is open", "en"),
    ("how long has the music been playing in the kitchen", "en"),
    ("which song is this I'm hearing now", "en"),
    ("Be so good as to skip this track, please.", "en"),
    ("mach das Licht aus, oda?", "de"),
    ("die Heizung ist an, gö?", "de"),
)
