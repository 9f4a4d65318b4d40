"""Issue 45's forty-ninth turn: blind writers 284 to 291, their wrong facts.

Writers 284 to 291 (a busy mother and a Hanover office worker, a Belfast
taxi driver and a Leipzig pensioner, a terse speaker in both languages, a
grandparent unsure of the machine and a Westphalian grandfather, a Scouse
student and a Swabian teenager, a Cajun fisherman and a Tyrolean mountain
guide, a French learner of English and an Italian learner of German, a
Philadelphia bartender and a texting North German teenager) were scored on
the tree with the forty-eighth turn's mends, before anything was tuned on
them. Their wrong facts, in this file's own phrasings:

- "Zuletzt X gehört wann?" was the first play; a texted "ka wann ich
  zuletzt ..." the last song of all; "welche Künstler ich habe gehört zum
  ersten Mal" the first song of the period, not the new artists.
- "The same oul songs over and over" and "de same t'ing" were the top
  songs, not the repeat rate; Scouse "me week" after "fill me in on" was
  this month; "before it wrapped up" made a recap of a last-song question;
  "the week or the weekend" compared them this week only; "the summer
  before this one", said after "last summer", was this summer; "we used to
  have it on every morning" after the question made it the household's.
- Misses: "seit wann is'n X bei mir drin", Tyrol's "gestern af d'Nacht".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    ("de", "Zuletzt Justice gehört wann?", "wann habe ich Justice zuletzt gehört"),
    (
        "de",
        "Zum ersten Mal Eres gehört, wann",
        "wann habe ich Eres zum ersten Mal gehört",
    ),
    ("de", "kp wann ich zuletzt Air gehört hab", "wann habe ich Air zuletzt gehört"),
    (
        "de",
        "letzten Monat, welche Künstler ich habe gehört zum ersten Mal",
        "welche Künstler habe ich letzten Monat zum ersten Mal gehört",
    ),
    (
        "de",
        "seit wann ist denn Justice bei uns drin",
        "wann habe ich Justice zum ersten Mal gehört",
    ),
    (
        "de",
        "wos hob i vorgestern af d'Nacht ghört",
        "was habe ich vorgestern abend gehört",
    ),
    (
        "en",
        "am I always playing the same oul tunes",
        "am I always playing the same tunes",
    ),
    (
        "en",
        "how often I play de same t'ing again and again",
        "how often do I play the same thing again and again",
    ),
    ("en", "give me a rundown of me month", "give me a rundown of my month"),
    (
        "en",
        "which song did I end on yesterday before the day finished",
        "which song did I end on yesterday",
    ),
    (
        "en",
        "do I play more music the week or the weekend",
        "do I play more music on weekdays or at weekends",
    ),
    (
        "en",
        "top three songs the summer before this one",
        "my top three songs last summer",
    ),
    (
        "en",
        "when did I last play Genesis, we used to play it all the time",
        "when did I last play Genesis",
    ),
)

ANSWERED: tuple[Answered, ...] = ()

STAYS: tuple[Stays, ...] = ()
