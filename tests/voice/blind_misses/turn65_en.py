"""Issue 45's sixty-third turn, English: blind writers 404 to 411's wrong facts.

Writers 404 to 411 (a Yorkshire farmer's wife, a Californian surfer, a
Chinese speaker with B1 English, a very drunk man dictating at 2 a.m., a
Texan oilman, a careful user who spells out his periods, a Polish speaker
with B1 English and a sarcastic London teenager) left eleven wrong facts,
each a listed sentence or a reading that took part of what was said. In
this file's own phrasings:

- The surfer: a verb of playing with "hard" or "nonstop" ("who have I been
  blasting hella hard") is a ranking, not what played; and the Ozarks'
  "have" put back before "been" must not double a "have" already said.
- The Chinese speaker: the usual hour and day asked by their parts ("usually
  when I listen, which hour which day", "what hour in day I normally
  listen"), a word said twice for again and again ("play again again"),
  a first play's "which day" or "first time come in my history when";
  and, not understood: "I am hook on" (hooked on) and a period said first
  before a bare "I listen X?" (did I listen to X then).
- The Texan and the careful user: a song "going round and round" or "on a
  loop", one they have "not been able to stop playing": on repeat.
- The careful user: a span's end said as "until right now" (read as
  "lately", so only its first day was counted), a start said by its clock
  ("from twelve noon until now": the whole day was answered), and "the most
  recent date I played anything by X" (the last play of anything was
  answered); a count of days said to end today ("..., today included",
  "counting back from today", "including today", read as a name or a time
  left unread), "out of all my plays ..., how many did I skip" (the plays
  taken for a story, the period lost), and a day said again by its date
  ("yesterday, Thursday the nineteenth of November").
- The London teenager: remarks after the question that ask nothing: ",
  peak" (a shame), "or is my memory peak", ", bare ones probably", ", I'm
  not obsessed I swear"; "peak" in them was read as the peak hour.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # The surfer.
    (
        "en",
        "who have I been blasting hella hard this month bro",
        "who did I listen to the most this month",
    ),
    (
        "en",
        "which songs have we been cranking nonstop since friday",
        "which songs did we play the most since friday",
    ),
    # The Chinese speaker.
    (
        "en",
        "usually when i listen, which hour which day",
        "when do I usually listen",
    ),
    (
        "en",
        "what hour in day i normally listen",
        "what time of day do I usually listen",
    ),
    (
        "en",
        "this month which track i play again again",
        "which track have I had on repeat this month",
    ),
    (
        "en",
        "genesis first time i listen which day",
        "when did I first play genesis",
    ),
    (
        "en",
        "justice first time come in my list when",
        "when did I first play justice",
    ),
    (
        "en",
        "this week which artist i am hook on",
        "which artist am I obsessed with this week",
    ),
    (
        "en",
        "yesterday i listen air?",
        "did I listen to air yesterday",
    ),
    # The Texan and the careful user: on repeat.
    (
        "en",
        "which tune's been goin' round and round lately",
        "which song have I had on repeat lately",
    ),
    (
        "en",
        "what song have I had on a loop this week",
        "which song have I had on repeat this week",
    ),
    (
        "en",
        "Which track have I not been able to stop playing this month?",
        "which track have I had on repeat this month",
    ),
    # The careful user's spans and names.
    (
        "en",
        "How many songs did I play from Tuesday the seventeenth of November until right now?",
        "how many songs did I play since Tuesday the seventeenth of November",
    ),
    (
        "en",
        "What was I listening to from 2 pm until now?",
        "what was I listening to since 2 pm",
    ),
    (
        "en",
        "Give me the last date on which I played something by Daft Punk.",
        "when did I last play Daft Punk",
    ),
    (
        "en",
        "How many episodes did I hear over the past fourteen days, today included?",
        "how many episodes did I hear over the past fourteen days",
    ),
    (
        "en",
        "Out of all my songs this week, how many did I skip?",
        "how often did I skip this week",
    ),
    (
        "en",
        "How long did I listen yesterday afternoon, Thursday the nineteenth of November?",
        "how long did I listen yesterday afternoon",
    ),
    (
        "en",
        "What was on at twenty past seven this morning, the twentieth of November?",
        "what was on at twenty past seven this morning",
    ),
    # The London teenager.
    (
        "en",
        "how long did man listen this week, proper peak",
        "how long did I listen this week",
    ),
    (
        "en",
        "did I play any Air at all last month or is my brain going",
        "did I listen to Air last month",
    ),
    (
        "en",
        "how many tracks have I done this week, bare probably",
        "how many songs did I play this week",
    ),
    (
        "en",
        "Justice, how many times this month, I'm not addicted I swear",
        "how many times did I play Justice this month",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "who have I been bumping so hard this week dude",
        "who did I listen to the most this week",
        "en",
    ),
    (
        "normally when i listen, which day which time",
        "when do I usually listen",
        "en",
    ),
    (
        "lately which song i listen again again",
        "which song have I had on repeat lately",
        "en",
    ),
    (
        "what song's been goin' round and round on a loop",
        "which song have I had on repeat",
        "en",
    ),
    (
        "Which song have I not been able to stop playing over these past two weeks?",
        "which song have I had on repeat in the last two weeks",
        "en",
    ),
    (
        "How many plays have I had from Monday the sixteenth of November until right now?",
        "how many plays since Monday",
        "en",
    ),
    (
        "What did I play this afternoon, from twelve noon until now?",
        "what did I play since 12 pm",
        "en",
    ),
    (
        "Tell me the latest date on which I listened to anything by Café Tacvba.",
        "when did I last play Café Tacvba",
        "en",
    ),
    (
        "Which artist did I play the most in the last fourteen days, counting back from today?",
        "which artist did I play the most in the last fourteen days",
        "en",
    ),
    (
        "How often did I skip over the past thirty days, today included?",
        "how often did I skip over the past thirty days",
        "en",
    ),
    (
        "How much did I listen in total yesterday, Thursday the nineteenth of November?",
        "how much did I listen yesterday",
        "en",
    ),
    (
        "how many hours did I listen this month, peak",
        "how long did I listen this month",
        "en",
    ),
    (
        "Queen, how many plays this month, I'm not obsessed I swear",
        "how many times did I play Queen this month",
        "en",
    ),
    (
        "air, did I listen to them at all in October or is my memory peak",
        "did I listen to Air in October",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = ()
