"""Issue 45, English: the misses of blind writers 439 to 444 left after their turn.

A Liverpudlian (writer 439) said "replayin" for replaying ("how much have I
been replayin stuff lately" was answered with the listening time, a wrong
fact), "giz the name of", "knock on the head" for skipping, ", me head's
gone" after a question, "la" and "boss" closing one without a comma, and
"the kitchen speaker" for the kitchen's listening. A South African (440)
closed with "ja" (a name "ja" was looked for) and opened with "sho"; "how
many times have I ever played X" had taken "I ever" for the name. A New
Yorker (441) ran words together ("whaddya got as my", "lemme know", "play
em"), left the auxiliary out ("wet leg, i ever play em", "how many times i
hit play": "hit" was a name) and asked "who'd i find that was new". An
Australian (442) opened with "yeah nah", said "chucked on", "did i ever
actually" and a name said first without its comma ("sexy boy by air how
many plays has that had"). A Texan (443) said Spanish that Patois's reader
had taken ("mi" for I, "a las" for "a last"), "le doy skip", "la canción
que traigo pegada". A recogniser (444) wrote "daze", "sum her", "howmuch".
`parse.offhand_en`, `scouse_en`, `code_switch`, `dictated_slips`.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "have I been replayin the same stuff this month",
        "have I been replaying the same stuff this month",
    ),
    (
        "en",
        "how often was I replayin songs last week",
        "how often did I play the same songs over and over last week",
    ),
    (
        "en",
        "giz the name of the first song I had on today",
        "give me the name of the first song I had on today",
    ),
    ("en", "what did I kick the month off with la", "what did I start the month with"),
    ("en", "what song do I usually knock on the head", "what song do I usually skip"),
    (
        "en",
        "which band did I always knock on the head last month",
        "which band did I always skip last month",
    ),
    (
        "en",
        "which album have I had on most this year la",
        "which album have I had on most this year",
    ),
    (
        "en",
        "how many songs did I play yesterday, me head's gone",
        "how many songs did I play yesterday",
    ),
    ("en", "how many plays last month ja", "how many plays last month"),
    (
        "en",
        "sho who did I listen to most this week",
        "who did I listen to most this week",
    ),
    ("en", "whaddya got as my top album this year", "what is my top album this year"),
    (
        "en",
        "lemme know my five most played artists this month",
        "let me know my five most played artists this month",
    ),
    ("en", "daft punk, i ever play em", "daft punk, did I ever play them"),
    ("en", "queen, we ever hear em this week", "did we ever hear queen this week"),
    (
        "en",
        "how many times we hit play yesterday",
        "how many times did we hit play yesterday",
    ),
    (
        "en",
        "who'd we find that was new this month",
        "which new artists did we discover this month",
    ),
    ("en", "any justice this week or what", "any justice this week or not"),
    (
        "en",
        "genesis by justice how many plays has that had this month",
        "how many plays has genesis by justice had this month",
    ),
    (
        "en",
        "how much air have we chucked on this month",
        "how much air have we put on this month",
    ),
    (
        "en",
        "yeah nah who did I play most last month",
        "who did I play most last month",
    ),
    ("en", "did I ever actually hear the daily", "did I ever hear the daily"),
    (
        "en",
        "how long's the kitchen speaker been going this morning",
        "how long did I listen in the kitchen this morning",
    ),
    ("en", "howmany songs did I play this week", "how many songs did I play this week"),
    (
        "en",
        "how many daze in a row have I listened",
        "how many days in a row have I listened",
    ),
    ("en", "who did I play most this sum her", "who did I play most this summer"),
    ("en", "qué artista le doy skip más", "which artist do I skip most often"),
    ("en", "cuál es mi artista favorito", "what is my favourite artist"),
    (
        "en",
        "what was playing a las ocho this morning",
        "what was playing at eight this morning",
    ),
    ("en", "whaddya think my music taste is", "how would you describe my music taste"),
    ("en", "any air on saturday la", "did I play air on saturday"),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "have I been replayin the same stuff this month",
        "have I been replaying the same stuff this month",
        "en",
    ),
    ("what did I kick the month off with la", "what did I start the month with", "en"),
    ("what song do I usually knock on the head", "what song do I usually skip", "en"),
    ("how many plays last month ja", "how many plays last month", "en"),
    (
        "sho who did I listen to most this week",
        "who did I listen to most this week",
        "en",
    ),
    ("whaddya got as my top album this year", "what is my top album this year", "en"),
    (
        "lemme know my five most played artists this month",
        "let me know my five most played artists this month",
        "en",
    ),
    ("daft punk, i ever play em", "did I ever play daft punk", "en"),
    (
        "how many times we hit play yesterday",
        "how many times did we hit play yesterday",
        "en",
    ),
    (
        "who'd we find that was new this month",
        "which new artists did we discover this month",
        "en",
    ),
    ("any justice this week or what", "did I play justice this week", "en"),
    (
        "genesis by justice how many plays has that had this month",
        "how many plays has genesis by justice had this month",
        "en",
    ),
    (
        "how many times have I ever played Justice",
        "how many times did I play Justice ever",
        "en",
    ),
    (
        "how much air have we chucked on this month",
        "how much air have we put on this month",
        "en",
    ),
    ("did I ever actually hear the daily", "did I ever hear the daily", "en"),
    (
        "how long's the kitchen speaker been going this morning",
        "how long did I listen in the kitchen this morning",
        "en",
    ),
    ("howmany songs did I play this week", "how many songs did I play this week", "en"),
    (
        "how many daze in a row have I listened",
        "how many days in a row have I listened",
        "en",
    ),
    ("qué artista le doy skip más", "which artist do I skip most often", "en"),
    ("cuál es mi artista favorito", "what is my favourite artist", "en"),
    (
        "what was playing a las ocho this morning",
        "what was playing at eight this morning",
        "en",
    ),
    ("whaddya think my music taste is", "how would you describe my music taste", "en"),
    (
        "giz the name of the first song I had on today, me head's gone",
        "what was the first song I played today",
        "en",
    ),
    (
        "in the kitchen, which artist's been on most this month",
        "which artist did I play most in the kitchen this month",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("giz some queen on in the kitchen", "en"),
    ("lemme hear some daft punk", "en"),
    ("play em again la", "en"),
    ("sho, turn the kitchen speaker up", "en"),
    ("chuck on some air in the kitchen", "en"),
    ("knock it on the head la", "en"),
    ("any rain on saturday la", "en"),
    ("how long's the kitchen timer got left", "en"),
    ("let me know my shopping list", "en"),
)
