"""Issue 45's seventy-second turn: blind writer 491, who corrects themselves mid-question.

Writer 491 puts a time, a kind or a year right while asking, in English
and German: "Lieblingsalbum letzten Sommer, nee streich das, diesen
Sommer", "wie war mein Oktober, ich mein September, nee doch, Oktober",
"who was my number one artist last year... scratch that, this year so
far", "what's my most played album, sorry, song, this month", "wie viele
Künstler hatte ich zwanzig vierundzwanzig, äh nein, fünfundzwanzig". The
readers of asides and chat after the question cut the correction off, so
the time taken back was answered (last summer, September, last year,
2024: wrong facts), or the kind said first (albums for songs). A clock
taken back ("um halb acht, nee warte, Viertel vor acht") was asked back
about as a clock unread, and a day put right by its day alone ("am
vierten November, ach quatsch, am dritten") lost its month.

`parse.put_right_first` now makes what is meant in the end plain before
any other reader: correction words said in many words ("nee streich
das", "ach quatsch", "nee doch", "actually make that", "or, scratch
that", "I mean, yeah,") are said as one; a kind put right is said once;
the month of a day taken back goes with the day meant; a year put right
by its tail is said whole; and the time taken back is left out of the
words as said (`corrections.take_back`, which now also takes a time back
for all of time: "heute, nee, überhaupt", "these days, scratch that, just
in general"). The clock check of a listed sentence takes clocks back too.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "was ist mein Lieblingsalbum, äh nein, Lieblingslied diesen Monat",
        "was ist mein Lieblingslied diesen Monat",
    ),
    (
        "de",
        "Lieblingsalbum letzten Sommer, nee streich das, diesen Sommer",
        "Lieblingsalbum diesen Sommer",
    ),
    (
        "de",
        "welcher Künstler letzte Woche, ach quatsch, diese Woche",
        "welcher Künstler diese Woche",
    ),
    (
        "de",
        "wie viele Künstler hatte ich zwanzig vierundzwanzig, äh nein, fünfundzwanzig",
        "wie viele Künstler hatte ich 2025",
    ),
    (
        "de",
        "was hab ich am dritten, nee, am vierten November... ach quatsch, am dritten gehört",
        "was hab ich am dritten November gehört",
    ),
    (
        "de",
        "erzähl mal, wie war mein Oktober, ich mein September, nee doch, Oktober",
        "wie war mein Oktober",
    ),
    (
        "de",
        "wie lange hab ich im Mai gehört, nee streich das, im Juni",
        "wie lange hab ich im Juni gehört",
    ),
    (
        "en",
        "who was my number one artist last year... scratch that, this year so far",
        "who was my top artist this year",
    ),
    (
        "en",
        "what's my most played album, sorry, song, this month",
        "what's my most played song this month",
    ),
    (
        "en",
        "what's my favourite artist, er, album, album of all time",
        "what's my favourite album of all time",
    ),
    (
        "en",
        "top two albums in August, sorry, September I meant",
        "top two albums September",
    ),
    (
        "en",
        "most played podcast in twenty twenty five, I mean, yeah, last year",
        "most played podcast last year",
    ),
    (
        "en",
        "how much did I listen on Saturday, actually make that the whole weekend, last weekend",
        "how much did I listen last weekend",
    ),
    (
        "en",
        "what was I playing on the second of November, no, the third",
        "what was I playing the third of November",
    ),
    (
        "en",
        "what was the first song this month, actually make that this week",
        "what was the first song this week",
    ),
    (
        "en",
        "how many songs did I play in twenty twenty four, no, twenty twenty five",
        "how many songs did I play twenty twenty five",
    ),
    (
        "en",
        "how would you describe my taste these days, scratch that, just in general",
        "how would you describe my taste",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "was ist mein Lieblingsalbum, äh nein, Lieblingslied diesen Monat",
        "was ist mein Lieblingslied diesen Monat",
        "de",
    ),
    (
        "Lieblingsalbum letzten Sommer, nee streich das, diesen Sommer",
        "Lieblingsalbum diesen Sommer",
        "de",
    ),
    (
        "wie viele Künstler hatte ich zwanzig vierundzwanzig, äh nein, fünfundzwanzig",
        "wie viele Künstler hatte ich 2025",
        "de",
    ),
    (
        "was hab ich am dritten, nee, am vierten November... ach quatsch, am dritten gehört",
        "was hab ich am dritten November gehört",
        "de",
    ),
    (
        "was lief gestern um halb acht, nee warte, Viertel vor acht",
        "was lief gestern um Viertel vor acht",
        "de",
    ),
    (
        "was lief gestern Abend um Viertel nach acht, streich das, um zehn nach acht",
        "was lief gestern Abend um zehn nach acht",
        "de",
    ),
    (
        "erzähl mal, wie war mein Oktober, ich mein September, nee doch, Oktober",
        "wie war mein Oktober",
        "de",
    ),
    (
        "what's my most played album, sorry, song, this month",
        "what's my most played song this month",
        "en",
    ),
    (
        "top two albums in August, sorry, September I meant",
        "top two albums in September",
        "en",
    ),
    (
        "most played podcast in twenty twenty five, I mean, yeah, last year",
        "most played podcast last year",
        "en",
    ),
    (
        "how much did I listen on Saturday, actually make that the whole weekend, last weekend",
        "how much did I listen last weekend",
        "en",
    ),
    (
        "what was I playing on the second of November, no, the third",
        "what was I playing on the third of November",
        "en",
    ),
    (
        "what was the first song this month, actually make that this week",
        "what was the first song this week",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("play Discovery in the kitchen, no, the living room", "en"),
    ("spiel Daft Punk im Wohnzimmer, nee streich das, in der Küche", "de"),
    ("turn it up, no wait, turn it down", "en"),
)
