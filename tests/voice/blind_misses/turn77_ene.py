"""Issue 45's seventy-fifth turn (blind round fourteen): a phone typist's shorthand, writer 514.

She types into the Assist chat box on her phone, lowercase, without stops,
in shorthand. In English, "lst 7 days", "lst 3 mo" and "lst fri" were no
time: "lst" was searched as a name, and the last three months, last
Friday and "wat did i listen to on 11/3" (November 3rd, month first) were
answered for all time or for today instead (wrong facts). "Quick q hw
many ...", "# of episodes ...", "1st track on nov 3" and "lsitened to wet
leg ever" reached no sentence ("no area called nov 3"); "tiem" and "muisc"
left what was asked unread, "wat kind of muisc am i into" answered today's
recap instead of her taste (a wrong fact).

In German, "gestern abd" lost its evening and all of yesterday was
answered, "am we" (the weekend) was unread and today answered, "wer is grad
so mein lieblingskünstler" was answered for all time (wrong facts); "in den
letzten 2 wo" was asked back, "dieses jahr insg" took "insg" for a name.
Same-kind variants showed more: "am 3.11" (her date without its last
stop) was read as the clock's 3:11, "am sa abd" was unread and today
answered, and a slash date with the day first ("on 25/11") or said bare
("wat did i listen to 11/3") answered today: each is the day now.

Her readers (`phone_shorthand_en`, `phone_shorthand_de`) read only a
sentence with one of her shorthand words.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    ("en", "wat did i listen to on 25/11", "what did i listen to on november 25"),
    ("en", "wat did i listen to 11/3", "what did i listen to on november 3"),
    ("de", "was lief am sa abd", "was lief am samstag abend"),
    ("de", "was hab ich am 3.11 gehört", "was habe ich am 3.11. gehört"),
    ("en", "how many plays lst 7 days", "how many plays last 7 days"),
    (
        "en",
        "how many different songs lst 3 mo",
        "how many different songs last 3 months",
    ),
    ("en", "wat was on lst fri", "what was on last friday"),
    ("en", "wat did i start w lst fri", "what did i start with last friday"),
    ("en", "wat did i listen to on 11/3", "what did i listen to on november 3"),
    ("en", "wat did i play on 12/24", "what did i play on december 24"),
    ("en", "wat kind of muisc am i into", "what kind of music am i into"),
    ("en", "total listening tiem this yr", "how long did i listen this year"),
    ("en", "# of episodes i played this mo", "how many episodes did i play this month"),
    (
        "en",
        "k so wat was i listening to yday evening",
        "what was i listening to yesterday evening",
    ),
    (
        "en",
        "quick q hw many diff artists this yr",
        "how many different artists this year",
    ),
    ("en", "hw many songs lst thu", "how many songs last thursday"),
    ("de", "was hab ich gestern abd gehört", "was habe ich gestern abend gehört"),
    (
        "de",
        "wie lange lief bei uns am we musik",
        "wie lange lief bei uns am wochenende musik",
    ),
    (
        "de",
        "wer is grad so mein lieblingskünstler",
        "wer ist in letzter zeit mein lieblingskünstler",
    ),
    (
        "de",
        "wie viele plays hatte ich dieses jahr insg",
        "wie viele plays hatte ich dieses jahr",
    ),
    ("de", "top songs letzte wo", "top songs letzte woche"),
)

ANSWERED: tuple[Answered, ...] = (
    ("wat did i listen to on 25/11", "what did i listen to on november 25", "en"),
    ("was hab ich am 3.11 gehört", "was habe ich am 3.11. gehört", "de"),
    ("was lief am sa abd", "was lief am samstag abend", "de"),
    ("how many plays lst 7 days", "how many plays last 7 days", "en"),
    (
        "how many different songs lst 3 mo",
        "how many different songs last 3 months",
        "en",
    ),
    ("wat was on lst fri", "what was on last friday", "en"),
    ("wat did i start w lst fri", "what did i start with last friday", "en"),
    ("wat did i listen to on 11/3", "what did i listen to on november 3", "en"),
    ("wat kind of muisc am i into", "what kind of music am i into", "en"),
    ("1st track on nov 3", "first track on november 3", "en"),
    (
        "quick q hw many diff artists this yr",
        "how many different artists this year",
        "en",
    ),
    ("# of episodes i played this mo", "how many episodes did i play this month", "en"),
    ("was hab ich gestern abd gehört", "was habe ich gestern abend gehört", "de"),
    (
        "wie lange lief bei uns am we musik",
        "wie lange lief bei uns am wochenende musik",
        "de",
    ),
    (
        "wer is grad so mein lieblingskünstler",
        "wer ist in letzter zeit mein lieblingskünstler",
        "de",
    ),
    (
        "wie viele plays hatte ich dieses jahr insg",
        "wie viele plays hatte ich dieses jahr",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("how long is left on the timer", "en"),
    ("play da funk in the kitchen pls", "en"),
    ("was läuft grad", "de"),
    ("mach bt lauter", "de"),
    ("turn it up pls", "en"),
)
