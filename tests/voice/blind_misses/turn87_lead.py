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

Their misses were general too: a Japanese speaker's "ano...", "etto," said
first; "is it possible to know", "can you summarise" asking leave; "...,
sorry for asking" after the question; "the podcast I listened a lot, which
show" (the most); "until today, how many days in a row"; "when I woke up,
what did I listen first" (the day's first); "these two weeks" (the last two).
Tagalog's "ano" (what) stays a question word.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "I de letschte zwo Wuche, wie mängi Songs si das gsi?",
        "wie viele Songs habe ich in den letzten zwei Wochen gehört",
    ),
    (
        "de",
        "In den letzten zwei Wochen, wie viele Songs sind das gewesen?",
        "wie viele Songs habe ich in den letzten zwei Wochen gehört",
    ),
    (
        "en",
        "how many times did The Daily play last week, the news thing from the Times",
        "how many times did The Daily play last week",
    ),
    (
        "en",
        "lemme get a count, how many things did we play yesterday, songs, podcasts, the whole shebang",
        "how many things did we play yesterday",
    ),
    (
        "en",
        "ano... how much time I listened podcast this week? only podcast please",
        "how much time did I listen to podcasts this week",
    ),
    (
        "en",
        "etto, which artist I listened most this year",
        "which artist did I listen to most this year",
    ),
    (
        "en",
        "is it possible to know the number of episodes I listened last month",
        "how many episodes did I listen to last month",
    ),
    ("en", "excuse me, can you summarise my October for me", "summarise my October"),
    (
        "en",
        "how many times I listened The Daily last week, sorry for asking",
        "how many times did I listen to The Daily last week",
    ),
    ("en", "what did I play yesterday, sorry.", "what did I play yesterday"),
    (
        "en",
        "in September, the podcast I listened a lot, which show was it",
        "which podcast did I listen to most in September",
    ),
    (
        "en",
        "until today, how many day in a row I listened something",
        "how many days in a row did I listen",
    ),
    ("en", "when I woke up, what did I listen first", "what did I play first today"),
    (
        "en",
        "which song I play again and again these two weeks, sorry",
        "which song have I had on repeat the last two weeks",
    ),
    (
        "en",
        "how many songs did I play these three days",
        "how many songs did I play the last three days",
    ),
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
        "how long was the music on in the kitchen last weekend, the whole weekend, Saturday Sunday",
        "how long was the music on in the kitchen last weekend",
        "en",
    ),
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
    ("en", "play the news thing from the Times"),
    ("en", "excuse me, turn on the kitchen light"),
    ("en", "sorry, set a timer for ten minutes"),
    ("en", "play my most recently added playlist"),
    ("de", "drah die Musik weiter"),
    ("de", "spring zum nächsten Lied"),
)
