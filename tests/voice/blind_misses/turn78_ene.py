"""Issue 45's seventy-sixth turn (blind round fifteen): a question asked over a loud TV and children.

Blind writer 521 dictated through a recogniser in a loud living room, in
English and German, without punctuation or capitals: the whole question,
the words of the TV or the children that slipped in ("put the lid on the
the", "is this the real life", "und nun das wetter", "lass das leon"), and
the question said again shorter ("how many tracks today", "wie viele
stunden letzte woche"). Read whole, the noise became a name ("he started",
"peppa pig no last song"), a period ("this the") or a second question, the
period said twice a span no reader knew, and the TV's weather made the
question no listening one. Worst, a period said only in the first saying
was lost beside the noise: "wie viele stunden haben wir letzte woche gehört
wie viele stunden letzte woche" and "what did i listen to this afternoon
this afternoon what did i listen to" were answered for today, "wie viele
verschiedene künstler dieses jahr jonas nein wie viele verschiedene
künstler" for all time.

`noisy_room_again` reads such a question once, run first of
`said_as_written_en` and `said_as_written_de` (and so also by the
utterance's check of times said), and before `elsewhere` looks for the
weather: the first saying, clipped after the last word the shorter saying
repeats and kept on over the words of a question or a time that follow at
once. Only an unpunctuated text (its capitals as the recogniser wrote
them) whose last words say the question again is read; a saying again that
brings a time, a content or a pronoun for a name the first lacks, or ends
on "time" or "mal" (a name said after it), keeps the first saying whole.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "how many tracks have i played so far today put the lid on the the how many tracks today",
        "how many tracks have i played so far today",
    ),
    (
        "en",
        "how many plays last year in total he started it how many plays last year",
        "how many plays last year in total",
    ),
    (
        "en",
        "how many things did i stream on saturday brought to you by how many things on saturday",
        "how many things did i stream on saturday",
    ),
    (
        "en",
        "what was i listening to last night bedtime in five minutes what did i have on last night",
        "what was i listening to last night",
    ),
    (
        "en",
        "what did i listen to this afternoon this afternoon what did i listen to",
        "what did i listen to this afternoon",
    ),
    (
        "en",
        "what did i start with last friday last friday what did i start with",
        "what did i start with last friday",
    ),
    (
        "en",
        "last song i played yesterday evening peppa pig no last song yesterday evening",
        "last song i played yesterday evening",
    ),
    (
        "en",
        "what was the last thing i played on saturday on saturday the last thing",
        "what was the last thing i played on saturday",
    ),
    (
        "en",
        "what music did we have on last weekend and that's the final whistle what music last weekend",
        "what music did we have on last weekend",
    ),
    # Made up: the same way of speaking, other questions and other noise.
    (
        "en",
        "how many songs did i play yesterday evening stop kicking him how many songs yesterday evening",
        "how many songs did i play yesterday evening",
    ),
    (
        "en",
        "who was my top artist last month and now over to the studio who was my top artist",
        "who was my top artist last month",
    ),
    (
        "en",
        "how long did we listen on saturday put that down now how long on saturday",
        "how long did we listen on saturday",
    ),
    (
        "en",
        "what did i play last night last night what did i play",
        "what did i play last night",
    ),
    (
        "en",
        "how many songs did I play today Max get down how many songs today",
        "how many songs did I play today",
    ),
    (
        "de",
        "wie viele stunden haben wir letzte woche gehört wie viele stunden letzte woche",
        "wie viele stunden haben wir letzte woche gehört",
    ),
    (
        "de",
        "wie viele verschiedene künstler dieses jahr jonas nein wie viele verschiedene künstler",
        "wie viele verschiedene künstler dieses jahr",
    ),
    (
        "de",
        "wen hab ich letzte woche am meisten gehört lass das leon wen hab ich letzte woche am meisten gehört",
        "wen hab ich letzte woche am meisten gehört",
    ),
    (
        "de",
        "wie oft lief insgesamt was letztes jahr wie viele wiedergaben letztes jahr",
        "wie oft lief insgesamt was letztes jahr",
    ),
    (
        "de",
        "wie viel queen lief dieses jahr nicht die fernbedienung wie viel queen dieses jahr",
        "wie viel queen lief dieses jahr",
    ),
    (
        "de",
        "was für musik hör ich eigentlich so was für musik",
        "was für musik hör ich eigentlich",
    ),
    (
        "de",
        "was war das letzte lied das ich gespielt hab er hat angefangen das letzte lied",
        "was war das letzte lied",
    ),
    # Made up.
    (
        "de",
        "wie viele lieder hab ich gestern gespielt nein paul nicht jetzt wie viele lieder gestern",
        "wie viele lieder hab ich gestern gespielt",
    ),
    (
        "de",
        "welcher künstler lief diesen monat am meisten und jetzt zum sport welcher künstler diesen monat",
        "welcher künstler lief diesen monat am meisten",
    ),
    (
        "de",
        "wie lange haben wir letztes wochenende gehört hör auf zu hauen wie lange letztes wochenende",
        "wie lange haben wir letztes wochenende gehört",
    ),
    (
        "de",
        "hab ich diese woche queen gehört mama mama queen diese woche",
        "hab ich diese woche queen gehört",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "most played podcast in the last 30 days mum he's cheating most played podcast last thirty days",
        "most played podcast in the last 30 days",
        "en",
    ),
    (
        "how many times did i play bohemian rhapsody this month is this the real life how many times this month",
        "how many times did i play bohemian rhapsody this month",
        "en",
    ),
    (
        "how much queen have i had on this year no the other remote how much queen this year",
        "how many times did i play queen this year",
        "en",
    ),
    (
        "did i hear air yesterday evening did i hear any air yesterday evening",
        "did i hear air yesterday evening",
        "en",
    ),
    (
        "what song was on at ten past eight last night and the winner is what song was on ten past eight last night",
        "what song was on at ten past eight last night",
        "en",
    ),
    (
        "when did genesis first turn up in my the song genesis when did it first",
        "when did i first hear genesis",
        "en",
    ),
    (
        "what did i listen to this afternoon this afternoon what did i listen to",
        "what did i listen to this afternoon",
        "en",
    ),
    (
        "what music did we have on last weekend and that's the final whistle what music last weekend",
        "what music did we have on last weekend",
        "en",
    ),
    (
        "who was my top artist last month and now over to the studio who was my top artist",
        "who was my top artist last month",
        "en",
    ),
    (
        "was war mein lieblingslied letzten monat und nun das wetter lieblingslied letzten monat",
        "was war mein lieblingslied letzten monat",
        "de",
    ),
    (
        "wie viele stunden haben wir letzte woche gehört wie viele stunden letzte woche",
        "wie viele stunden haben wir letzte woche gehört",
        "de",
    ),
    (
        "wie viele verschiedene künstler dieses jahr jonas nein wie viele verschiedene künstler",
        "wie viele verschiedene künstler dieses jahr",
        "de",
    ),
    (
        "hab ich in letzter zeit justice gehört hört auf ihr zwei justice in letzter zeit",
        "hab ich in letzter zeit justice gehört",
        "de",
    ),
    (
        "lief gestern abend air lief gestern abend was von air",
        "hab ich gestern abend air gehört",
        "de",
    ),
    (
        "wann hab ich daft punk zum ersten mal gehört und jetzt die nachrichten wann zum ersten mal daft punk",
        "wann hab ich daft punk zum ersten mal gehört",
        "de",
    ),
    (
        "wie oft hab ich bohemian rhapsody diesen monat gespielt is this the real life wie oft diesen monat",
        "wie oft hab ich bohemian rhapsody diesen monat gespielt",
        "de",
    ),
    (
        "welcher künstler lief diesen monat am meisten und jetzt das wetter welcher künstler diesen monat",
        "welcher künstler lief diesen monat am meisten",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("turn the music down in the kitchen stop it turn the music down", "en"),
    ("play daft punk in the kitchen no not that play daft punk", "en"),
    ("what's the weather tomorrow be quiet what's the weather", "en"),
    ("mach die musik in der küche leiser hör auf mach die musik leiser", "de"),
    ("wie wird das wetter morgen mama mama wie wird das wetter", "de"),
)
