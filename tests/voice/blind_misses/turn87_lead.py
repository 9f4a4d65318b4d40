"""Issue 45's eighty-fifth turn: the lead's own mends, from the held-out writers 565 and 566.

Two writers of the last turn were held out and scored only on its final
code. Their six wrong facts were each a general habit:

- A Japanese office worker (565): "which track I played most recently" had
  become "which track did I play the most" (a learner's "I played most" is
  the top), "recently" its period: "most recently" is the last play. "My
  most busy listening day" is the busiest. "Weekend or weekdays, when did I
  play more" sets two parts of the week against each other; a "when" with
  "more" had been read as the peak hour.
- A Viennese pensioner (565): "wievü" is "wie viel"; "drah i ... weiter"
  skips as "drah i ... weg" does; a bare ", sog" after a question is no
  name; "Podcastzeug" is the podcast.
- A learner's recogniser (566): "über springen" is one word.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "please tell me which track I played most recently",
        "which track did I play last",
    ),
    ("en", "which song i listened to most recently", "which song did I play last"),
    (
        "en",
        "my most busy listening day in the week, which one is it",
        "what is my busiest listening day of the week",
    ),
    ("en", "what is my most busy hour", "what is my busiest hour"),
    (
        "en",
        "last month, weekend or weekdays, when did I play more music",
        "did I play more music on weekends or weekdays last month",
    ),
    (
        "en",
        "when did I play more music, weekends or weekdays",
        "did I play more music on weekends or weekdays",
    ),
    (
        "en",
        "when do I listen more, mornings or evenings",
        "do I listen more in the mornings or the evenings",
    ),
    (
        "de",
        "wievü Queen hob i des Monat g'hört",
        "wie oft habe ich Queen diesen Monat gehört",
    ),
    (
        "de",
        "bei welchem Künstler drah i am meisten weiter",
        "welchen Künstler überspringe ich am meisten",
    ),
    (
        "de",
        "welches Lied drah i immer weiter",
        "welches Lied überspringe ich am meisten",
    ),
    (
        "de",
        "welche lied ich am meisten über springen",
        "welches Lied überspringe ich am meisten",
    ),
    ("de", "wie oft ich lieder über springen", "wie oft überspringe ich Lieder"),
    (
        "de",
        "wievü Lieder warn des heit in da Fruah, sog",
        "wie viele Lieder habe ich heute morgen gehört",
    ),
    (
        "de",
        "wie viele Lieder waren das heute morgen, sag schon",
        "wie viele Lieder habe ich heute morgen gehört",
    ),
    (
        "de",
        "wievü Folgen von dem Podcastzeug hob i de Wochn g'hört",
        "wie viele Podcastfolgen habe ich diese Woche gehört",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "please tell me which track I played most recently",
        "which track did I play last",
        "en",
    ),
    (
        "bei welchem Künstler drah i am meisten weiter",
        "welchen Künstler überspringe ich am meisten",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("en", "play my most recently added playlist"),
    ("de", "drah die Musik weiter"),
    ("de", "spring zum nächsten Lied"),
)
