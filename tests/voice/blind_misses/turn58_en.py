"""Issue 45's fifty-seventh turn, English: blind writers 356 to 363.

Writers 356 to 363 (a terse New Zealand sheep farmer, a chatty Birmingham
nurse, a Sydney teenager, a Georgia grandfather, a Bangalore speaker, a
Seattle engineer dictating without punctuation, a speech-to-text engine's
soft Welsh in a noisy kitchen and a French learner) were scored before
anything was tuned on them: 783 of 854 right, 12 wrong facts, 0 negatives
captured. Their wrong facts, in this file's own phrasings:

- The Midlands' "our Sharon", "our Gary" telling of a relative after the
  question (read as the household's: two wrong facts); "the one song I'm
  forever skipping" (the rate of skips); "at the weekend, the last one I
  mean, not this one coming" (the weekend to come).
- Dictated without commas: "at eight thirty no wait eight forty five" (the
  first clock), "any new artists ... or did i just play the same stuff"
  (the repeats), "... last weekend with like sunday night" (Sunday night
  alone).
- Welsh through speech to text: "tracks this morning how many was it"
  (what played).
- "My most played album ever, what is it actually" ("actually" read as
  these days beside "ever").
- A French learner: "which is the day of the week where I listen" (songs
  ranked), "what I have listened this night" (tonight), "with how many
  artists different I passed the summer" (skips).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # A relative told of after the question.
    (
        "en",
        "who was my top band this month, like our Debbie says on her tablet",
        "who was my top band this month",
    ),
    (
        "en",
        "which album do I play most, our Kevin put them all on for me",
        "which album do I play most",
    ),
    ("en", "what's the tune I'm forever skipping", "which tune do I skip the most"),
    (
        "en",
        "did I play Queen at the weekend, the last one I mean",
        "did I play Queen last weekend",
    ),
    # Dictated, no commas.
    (
        "en",
        "what played yesterday at nine fifteen no wait nine thirty",
        "what played yesterday at nine thirty",
    ),
    (
        "en",
        "any new bands last month or did i just stick to the usual stuff",
        "did I listen to any new bands last month",
    ),
    (
        "en",
        "what did i finish this weekend with like saturday night",
        "what was the last thing I played this weekend",
    ),
    # Asked after its subject.
    (
        "en",
        "songs yesterday how many was it",
        "how many songs did I play yesterday",
    ),
    (
        "en",
        "my most played song ever, which is it actually",
        "my most played song ever",
    ),
    # A French learner.
    (
        "en",
        "which is the hour where I play the most",
        "which hour do I play the most",
    ),
    (
        "en",
        "what songs we have played this night",
        "what songs have we played last night",
    ),
    (
        "en",
        "with how many songs different I passed the winter",
        "how many different songs did I listen to in the winter",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "what was on at seven, no, half seven this morning",
        "what played at half past seven this morning",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("our Sharon says turn the lights off", "en"),
    ("set a timer at eight thirty no wait eight forty five", "en"),
)
