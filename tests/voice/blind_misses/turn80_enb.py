"""Issue 45's seventy-eighth turn (blind round seventeen): an Astoria diner owner who narrates her day first.

Blind writer 529, a chatty Greek-American diner owner from Astoria,
Queens, tells what is going on before every question, and the story's
words were read as the question's. Four were wrong facts: "I only ever play
the same guy over and over, so go ahead, tell me, who was I obsessed with
lately?" (answered with a song on repeat of all time), "a customer ...
asks me, you got eclectic taste? And I says, I dunno! How many different
artists ...?" (her taste), "Fill me in, sweetheart, what did we listen to
the day before yesterday?" (the month's recap), "Listened to much Air this
summer?" (how often, where she asks whether). `astoria_diner_en` leaves out
the story before "go ahead, tell me", reported speech, an address first,
"before the dinner crowd hits" and "quick, quick"; gives a story's day
("Last Friday at noon exactly, ...") to the question's clock and a song
named in the story ("humming that Daft Punk one more time song") to its
"that"; "sending me songs on the phone" names no room.

Home Assistant took a story said as its own sentence for a device or an
area ("I'm trying to be modern, ... Which new artists ...", "It's Friday,
..., How was my week in music?", "I'm here from the crack of dawn ... Am I
more of a morning listener ..."): the net now hears these questions after
any aside. "went home, put my feet up" is no command, and "What time is
it? I lost track, ..." says no listening word, so it stays Home
Assistant's.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "en",
        "My cousin Eleni keeps saying I only ever play the same guy over and over, so go ahead, tell me, who was I obsessed with lately?",
        "who have I been obsessed with lately?",
    ),
    (
        "en",
        "My husband says I play the same record all day, so go ahead, tell me, who was I obsessed with this month?",
        "who have I been obsessed with this month?",
    ),
    (
        "en",
        "So a customer, nice young man, asks me, you got eclectic taste? And I says, I dunno! How many different artists did I listen to this year?",
        "How many different artists did I listen to this year?",
    ),
    (
        "en",
        "The mailman asks me, you like the oldies? And I says, sure! What was my top song last month?",
        "What was my top song last month?",
    ),
    (
        "en",
        "Fill me in, sweetheart, what did we listen to the day before yesterday? Gus says it was all noise.",
        "what did we listen to the day before yesterday?",
    ),
    (
        "en",
        "Tell me, honey, how many songs did I play yesterday?",
        "how many songs did I play yesterday?",
    ),
    (
        "en",
        "Listened to much Air this summer? I feel like I did, but my memory, forget about it, I can't remember where I put my glasses.",
        "Did I listen to Air this summer?",
    ),
    (
        "en",
        "Listened to much Justice lately?",
        "Did I listen to Justice lately?",
    ),
    (
        "en",
        "Before the dinner crowd hits, give me a rundown of my listening, quick, quick.",
        "give me a rundown of my listening.",
    ),
    (
        "en",
        "Before the lunch rush comes in, how many hours did I listen this week, quick, quick?",
        "how many hours did I listen this week?",
    ),
    (
        "en",
        "Last Friday at noon exactly, the lunch bell, there was a song I wanted to tell my daughter about. What was on at twelve o'clock?",
        "What was on at twelve o'clock last Friday?",
    ),
    (
        "en",
        "Last Tuesday at three, the bread guy came in humming. What was playing at three o'clock?",
        "What was playing at three o'clock last Tuesday?",
    ),
    (
        "en",
        "Ha, my waitress Maria is humming that Daft Punk one more time song while she fills the ketchups. How many times did that get played last week?",
        "How many times did Daft Punk one more time get played last week?",
    ),
    (
        "en",
        "My nephew keeps whistling that Genesis song by Justice in the kitchen. When did I last play it?",
        "When did I last play Genesis by Justice?",
    ),
    (
        "en",
        "My grandson keeps sending me songs on the phone, the little ones with the dancing. Did I discover anybody new lately?",
        "My grandson keeps sending me songs. Did I discover anybody new lately?",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "I'm trying to be modern, like my daughter says. Which new artists did I start listening to this year?",
        "which new artists did I discover this year",
        "en",
    ),
    (
        "It's been a slow Tuesday, nobody came in. Which new bands did I find this month?",
        "which new artists did I discover this month",
        "en",
    ),
    (
        "It's Friday, thank God, my week is almost done. How was my week in music?",
        "give me a recap of this week",
        "en",
    ),
    (
        "I'm exhausted, the kids ran me ragged. How was my month in music?",
        "give me a recap of this month",
        "en",
    ),
    (
        "I'm here from the crack of dawn till they kick me out. Am I more of a morning listener or an evening listener?",
        "am I more of a morning listener or an evening listener",
        "en",
    ),
    (
        "It's raining again on Ditmars. Am I more of a night listener or a morning listener?",
        "am I more of a night listener or a morning listener",
        "en",
    ),
    (
        "So last night I closed up, went home, put my feet up, and honestly I don't remember a thing before that. What was I listening to yesterday evening?",
        "what was I listening to yesterday evening",
        "en",
    ),
    (
        "My cousin Eleni keeps saying I only ever play the same guy over and over, so go ahead, tell me, who was I obsessed with lately?",
        "who was my top artist lately",
        "en",
    ),
    (
        "Fill me in, sweetheart, what did we listen to the day before yesterday? Gus says it was all noise.",
        "what did we listen to the day before yesterday",
        "en",
    ),
    (
        "Before the dinner crowd hits, give me a rundown of my listening, quick, quick.",
        "give me a recap of this month",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("What time is it? I lost track, I been on my feet all day.", "en"),
    ("What time is it? I lost track of time.", "en"),
    ("Put my feet up mode on in the living room", "en"),
    ("Turn the music up, honey, I can't hear nothing over the fryer.", "en"),
    (
        "Set a timer for forty minutes for the baklava, don't let me burn it again.",
        "en",
    ),
    (
        "What song is this? Maria wants to know, she's dancing with the coffee pot.",
        "en",
    ),
)
