"""Issue 45's sixty-seventh turn, English (second part): blind writers 453, 456, 445-450.

An Egyptian learner (writer 453) said "am" before a bare verb ("which album
i am blay the most"), "too much" for the most ("who is the artist i listen
him too much", read as what played: a wrong fact), "how many times the
daily bodcast i listen in october" (the name left out: a wrong fact),
"what i was listen today at five and ten minutes" (the listening time
answered: a wrong fact), "when i start to listen the daily" (the peak hour
answered: a wrong fact), "what style of songs i am into" (what played
today: a wrong fact), "habibi" first and "... or no" for did I
(`parse.learner_ar_order_en`). A Brummie of Punjabi family (456) said
"kal" for yesterday ("did i listen to any justice kal" answered Justice's
whole history, "what was i listenin to kal evening" today: wrong facts),
"gaana", "kitne", "chal", "tell me me top" (`parse.brummie_punjabi_en`). A
Geordie (446) said "did us" and "wi us" for me (the household answered:
wrong facts), AAVE (447) "who new i been listening to" and "i be passing
on the most" (`parse.geordie_aave_en`); Taglish (448) "lagi kong sini
skip" and "banda" (`parse.taglish_skips_en`). "What i listen right now"
(449) and "what is the name of this bodcast now" (453) ask what plays now:
no net line takes them any more.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "which song i am listen too much this week",
        "which song did i listen to the most this week",
    ),
    (
        "en",
        "who is the singer i hear her too much this year",
        "which artist did i hear the most this year",
    ),
    (
        "en",
        "which album i am blay the most this month",
        "which album did i play the most this month",
    ),
    (
        "en",
        "how many times justice i listen in september",
        "how many times did i listen to justice in september",
    ),
    (
        "en",
        "how many time i am listen queen this year",
        "how many times did i listen to queen this year",
    ),
    (
        "en",
        "what i was listen yesterday at six and ten minutes",
        "what was i listening to yesterday at ten past six",
    ),
    ("en", "when i start to listen air", "when did i first listen to air"),
    ("en", "what kind of music i am into usually", "what kind of music do i like"),
    (
        "en",
        "habibi how many day after each other i am listen",
        "how many days in a row did i listen",
    ),
    (
        "en",
        "i am listen justice the yesterday or no",
        "did i listen to justice yesterday",
    ),
    ("en", "did i play any queen kal", "did i play any queen yesterday"),
    (
        "en",
        "what was ada bangin on kal evening",
        "what was ada playing yesterday evening",
    ),
    ("en", "kitne gaane did i play this week", "how many songs did i play this week"),
    (
        "en",
        "chal tell me me top three gaane this month",
        "tell me my top three songs this month",
    ),
    ("en", "what was the last gaana kal night", "what was the last song last night"),
    (
        "en",
        "how much time did us spend on music this week",
        "how much time did i spend on music this week",
    ),
    ("en", "what's on repeat wi us these days", "what's on repeat with me these days"),
    (
        "en",
        "who new i been playing this month",
        "which new artists have i been listening to this month",
    ),
    (
        "en",
        "which song i be passing on the most when it comes on",
        "which song do i skip the most",
    ),
    ("en", "anong song yung lagi kong i skip", "which song do i skip the most"),
    (
        "en",
        "sinong banda yung pinaka madalas kong sini skip",
        "which band do i skip the most",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "which song i am listen too much this month",
        "which song did i listen to the most this month",
        "en",
    ),
    (
        "how many times the daily bodcast i listen this month",
        "how many times did i listen to the daily this month",
        "en",
    ),
    ("when i start to listen justice", "when did i first listen to justice", "en"),
    ("what style of music i am into usually", "what kind of music do i like", "en"),
    ("did i listen to any queen kal", "did i listen to any queen yesterday", "en"),
    (
        "what was i listenin to kal night bro",
        "what was i listening to last night",
        "en",
    ),
    (
        "kitne times did i play daft punk this week",
        "how many times did i play daft punk this week",
        "en",
    ),
    (
        "how much time did us spend on music this month",
        "how much time did i spend on music this month",
        "en",
    ),
    ("which artist i be passing on the most", "which artist do i skip the most", "en"),
    ("anong kanta yung lagi kong sini skip", "which song do i skip the most", "en"),
)

STAYS: tuple[Stays, ...] = (
    ("what i listen right now", "en"),
    ("what song i play now", "en"),
    ("what i am listen at the moment", "en"),
    ("what is the name of this bodcast now", "en"),
    ("put some gaane on", "en"),
)
