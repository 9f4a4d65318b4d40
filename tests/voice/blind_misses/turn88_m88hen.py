"""Issue 45's eighty-sixth turn (blind round twenty-five): a Syrian A2 speaker and a Highland crofter.

Blind writer 572, a Syrian refugee in Manchester with A2 English through
speech to text, says the time first and the verb bare, with no "did"
("last summer i play cafe tacuba", "in last week which band i am listen
too much", "last month how much i press next", "in last 7 day how often
i play again same track", "when i wake up today what song i put first").
The wide net heard these; the parser found no question in them. Now read
by `parse/syrian_a2_en.py`.

Blind writer 573, a Highland crofter in his seventies, says what he asks
about first and the question after it ("the number of tunes we had on in
the kitchen on Saturday, how many would that be", "singers, different ones
I mean, how many did I have on last month", "that one by Air with the daft
name, Sexy Boy, how many plays has it had since October"), asks whether
with "is it ... or was it not", and counts what he "got through". Now read
by `parse/highland_crofter_en.py`. The rows after their own are the same
shapes said another way.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # 572's own.
    (
        "en",
        "in last week which band i am listen too much",
        "which band did i listen to the most last week",
    ),
    ("en", "last summer i play cafe tacuba", "did i play cafe tacuba last summer"),
    ("en", "last month how much i press next", "how many songs did i skip last month"),
    (
        "en",
        "in last 7 day how often i play again same track",
        "how often did i play the same track again in the last 7 days",
    ),
    (
        "en",
        "when i wake up today what song i put first",
        "what was the first song i played today",
    ),
    # The same shapes said another way.
    (
        "en",
        "this month which singer i am listen most",
        "which singer did i listen to the most this month",
    ),
    ("en", "yesterday i listen daft punk", "did i play daft punk yesterday"),
    (
        "en",
        "this week how many times i press next",
        "how many songs did i skip this week",
    ),
    (
        "en",
        "in last 30 days how often i play again same song",
        "how often did i play the same song again in the last 30 days",
    ),
    ("en", "today what song i play first", "what was the first song i played today"),
    # 573's own.
    (
        "en",
        "how many of the podcast episodes did I get through last summer",
        "how many podcast episodes did I play last summer",
    ),
    (
        "en",
        "the number of tunes we had on in the kitchen on Saturday, how many would that be",
        "how many tunes did we play in the kitchen on Saturday",
    ),
    (
        "en",
        "singers, different ones I mean, how many did I have on last month",
        "how many different singers did I listen to last month",
    ),
    (
        "en",
        "that one by Air with the daft name, Sexy Boy, how many plays has it had since October",
        "how many times did I play Sexy Boy by Air since October",
    ),
    (
        "en",
        "is it the Daily I had on the day before yesterday, or was it not",
        "did I play the Daily the day before yesterday",
    ),
    # The same shapes said another way.
    (
        "en",
        "och, how many of the songs did we get through this week",
        "how many songs did we play this week",
    ),
    (
        "en",
        "the number of songs I had on yesterday, how many would that be",
        "how many songs did I play yesterday",
    ),
    (
        "en",
        "bands, different ones I mean, how many did I have on this year",
        "how many different bands did I listen to this year",
    ),
    (
        "en",
        "is it Queen I had on last night, or was it not",
        "did I play Queen last night",
    ),
)

ANSWERED: tuple[Answered, ...] = ()

STAYS: tuple[Stays, ...] = (
    ("play the same track again", "en"),
    ("press next on the kitchen speaker", "en"),
    ("last summer i play football", "en"),
    ("is it the kitchen light I had on last night, or was it not", "en"),
)
