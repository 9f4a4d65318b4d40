"""Issue 45's eighty-seventh turn (blind round twenty-six): a Nuremberg man and an A2 learner.

Blind writer 579, a Franconian from Nuremberg in his fifties, asked for
"mei drei meisdghörden Kinsdler im Oktober, sooch amol" ("meisdghörden" was
no ranking word, "sooch amol" a sign-off), "an welchem Bodcast häng i in
letzder Zeid so dran" (the podcast he is hooked on), "mit wos hob i am
Samsdooch aufghörd" ("womit aufghörd" had been taken for a name) and
"letzds Lied vo mir, wos wor des nochamol". Blind writer 580, an A2
learner, left the verb bare: "wie oft ich Lied weiter drücken, nicht
fertig hören, letzte Woche" (a play count of no name had been asked),
"bitte sagen, wann erste Mal Genesis von Justice laufen", "Da Funk wann
ich hören letzte Mal, ja?", "von welche Sänger ich oft nicht fertig hören
Lied, weiter drücken", "Arbeitstag oder Samstag Sonntag, wann mehr Musik".

Read now by `parse/nuremberg_fifties_de.py`, run first of
`said_as_written_de`'s newest rounds, each rule under its speaker's marks.
The rows after their own are the same shapes said another way.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Their own.
    (
        "de",
        "Mei drei meisdghörden Kinsdler im Oktober, sooch amol",
        "meine drei meistgehörten Künstler im Oktober",
    ),
    (
        "de",
        "An welchem Bodcast häng i in letzder Zeid so dran",
        "welchen Podcast habe ich in letzter Zeit am meisten gehört",
    ),
    (
        "de",
        "Mit wos hob i am Samsdooch aufghörd",
        "was habe ich am Samstag als letztes gehört",
    ),
    (
        "de",
        "Letzds Lied vo mir, wos wor des nochamol?",
        "was war das letzte Lied, das ich gehört habe",
    ),
    (
        "de",
        "Wie oft ich Lied weiter drücken, nicht fertig hören, letzte Woche?",
        "wie oft habe ich letzte Woche Lieder übersprungen",
    ),
    (
        "de",
        "Bitte sagen, wann erste Mal Genesis von Justice laufen",
        "wann lief Genesis von Justice zum ersten Mal",
    ),
    (
        "de",
        "Da Funk wann ich hören letzte Mal, ja?",
        "wann habe ich Da Funk zum letzten Mal gehört",
    ),
    (
        "de",
        "Von welche Sänger ich oft nicht fertig hören Lied, weiter drücken?",
        "welchen Künstler überspringe ich am meisten",
    ),
    (
        "de",
        "Bitte sagen, Arbeitstag oder Samstag Sonntag, wann mehr Musik?",
        "höre ich mehr Musik unter der Woche oder am Wochenende",
    ),
    # The same shapes said another way.
    (
        "de",
        "Die fünf meisdghörden Liedla im Sommer, sooch amol",
        "die fünf meistgehörten Lieder im Sommer",
    ),
    (
        "de",
        "An welchem Kinsdler häng i seid Oktober so dran",
        "welchen Künstler habe ich seit Oktober am meisten gehört",
    ),
    (
        "de",
        "Mit wos hob i gesdern aufghörd?",
        "was habe ich gestern als letztes gehört",
    ),
    (
        "de",
        "Bitte sagen, wann erste Mal Daft Punk laufen",
        "wann lief Daft Punk zum ersten Mal",
    ),
    (
        "de",
        "Queen wann ich hören letzte Mal?",
        "wann habe ich Queen zum letzten Mal gehört",
    ),
    (
        "de",
        "Werktag oder Samstag Sonntag, wann ich hören mehr Musik?",
        "höre ich mehr Musik unter der Woche oder am Wochenende",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "Mei drei meisdghörden Kinsdler im Oktober, sooch amol",
        "meine drei meistgehörten Künstler im Oktober",
        "de",
    ),
    (
        "Bitte sagen, wann erste Mal Genesis von Justice laufen",
        "wann lief Genesis von Justice zum ersten Mal",
        "de",
    ),
    (
        "Da Funk wann ich hören letzte Mal, ja?",
        "wann habe ich Da Funk zum letzten Mal gehört",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("Spiel amol Daft Punk in der Küch", "de"),
    ("Des überschbringst etz, gell", "de"),
    ("Wiederholung an, des Liedla nochamol", "de"),
    ("Bitte sagen, wie spät ist es", "de"),
    ("ich bin müde", "de"),
)
