"""Issue 45's eighty-second turn (blind round twenty-one): an Atlanta hairdresser's gossip before each question.

Blind writer 549, a chatty Atlanta hairdresser in her fifties, tells what
a client did before every question and calls the speaker "sugar": "...,
don't you tell nobody. Sugar what was my most played song in October",
"Miss Darlene only comes in Wednesdays .... Sugar what day of the week
do I play the most music" (the story's Wednesday answered as the
question's day, a wrong fact), "Sugar, Dottie got a perm. A perm! In
twenty twenty six! How long did I listen to music today?" (the story's
year read as the question's), "..., sugar. How many streams has your
girl Ada racked up this week?", "The Daily, sugar, how many times ...",
"Sugar, Pam says she heard me humming Don't Stop Me Now at the shampoo
bowl. Did I play that one on Saturday?" (the hummed song is "that one"),
"Five songs, sugar, my top five of all time, go on".
`atlanta_salon_en` leaves the story and her address out, only where
"sugar" is said as an address (never "Brown Sugar" or a song called
"Sugar"). Home Assistant had taken ten of her stories for an area or a
device ("... Sugar, what kind of music am I into?", "... How many straight
days have I had something playing, sugar?"): the sentence file's net now
hears a history question said right after or before her "sugar", and "is
my music going more Monday through Friday or Saturdays and Sundays"
(the week's parts compared) with or without it.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    # Blind writer 549's own.
    (
        "en",
        "LaKeisha brought me a pound cake and I ate half of it in the back room, don't you tell nobody. Sugar what was my most played song in October",
        "what was my most played song in October",
    ),
    (
        "en",
        "Lord have mercy, Brenda talked my ear off about her colonoscopy for forty-five minutes straight. Five songs, sugar, my top five of all time, go on",
        "Five songs, my top five of all time",
    ),
    (
        "en",
        "You know Peggy Sue's daughter went and got her nose pierced? Her mama about died. Sugar, what's been my song of the month?",
        "what's been my song of the month?",
    ),
    (
        "en",
        "Sugar, Dottie got a perm. A perm! In twenty twenty six! How long did I listen to music today?",
        "How long did I listen to music today?",
    ),
    (
        "en",
        "So the Baptists and the Methodists are fighting over that parking lot again, sugar. How many streams has your girl Ada racked up this week?",
        "How many streams has Ada played this week?",
    ),
    (
        "en",
        "Peggy Sue says the news just depresses her. The Daily, sugar, how many times did I put that on last week",
        "how many times did I play The Daily last week",
    ),
    (
        "en",
        "Sugar, Pam says she heard me humming Don't Stop Me Now at the shampoo bowl. Did I play that one on Saturday?",
        "Did I play Don't Stop Me Now on Saturday?",
    ),
    (
        "en",
        "Miss Darlene only comes in Wednesdays cause that's when her sister can drive her. Sugar what day of the week do I play the most music",
        "what day of the week do I play the most music",
    ),
    (
        "en",
        "Shirley asked me when I get my tunes in and I didn't have an answer for her. When do I usually have the music going sugar, like what hour?",
        "When do I usually have the music going, what hour?",
    ),
    (
        "en",
        "Bobbie Jean ain't missed a Sunday at church since nineteen ninety. How many straight days have I had something playing, sugar?",
        "How many straight days have I had something playing?",
    ),
    (
        "en",
        "Cookie said my kitchen smelled like a French bakery and she swore it was the music. Moon Safari, sugar, when did I last have that album on?",
        "when did I last play Moon Safari",
    ),
    (
        "en",
        "Sugar, Tammy came barging in right when I cut the music off and now I can't remember. What was that last thing I had on",
        "What was that last thing I had on",
    ),
    (
        "en",
        "Miss Odessa says I hum the same little tune every time she comes in. What song can't I stop playing sugar",
        "What song can't I stop playing",
    ),
    (
        "en",
        "Sugar I been so busy with Rhonda's daughter's wedding updo I ain't had a minute to think, fill me in on my listening",
        "fill me in on my listening",
    ),
    (
        "en",
        "Dottie's a night owl, calls me at eleven at night like it's noon. Am I more of a morning listener or an evening listener sugar",
        "Am I more of a morning listener or an evening listener",
    ),
    # Made-up ones of the same kind.
    (
        "en",
        "Miss Earline's grandbaby started kindergarten, Lord help us. Sugar who did I listen to the most last month",
        "who did I listen to the most last month",
    ),
    (
        "en",
        "Sweetie, Geraldine dyed her hair purple. Purple! At her age! What was the first song I played today?",
        "What was the first song I played today?",
    ),
    (
        "en",
        "Bless her heart, Mavis can't parallel park to save her life, sugar. When did I last play Phantom?",
        "When did I last play Phantom?",
    ),
    (
        "en",
        "Loretta's boy got into Georgia Tech. Queen, sugar, how many times did I play them in October",
        "how many times did I play Queen in October",
    ),
    (
        "en",
        "Wanda swears by that apple cider vinegar. How long did I listen to podcasts yesterday, sugar?",
        "How long did I listen to podcasts yesterday?",
    ),
    (
        "en",
        "Sugar, my cousin Bernice heard me singing Sexy Boy under the dryer. Have I played that one this month?",
        "Have I played Sexy Boy this month?",
    ),
    (
        "en",
        "Trudy's moving in with her sister, Lord have mercy. Sugar, what kind of music have I been into lately?",
        "what kind of music have I been into lately?",
    ),
    (
        "en",
        "Ola Mae's got the gout again. What song have I been playing over and over sugar",
        "What song have I been playing over and over",
    ),
    # A question asked before her address stays the question.
    (
        "en",
        "How long have I had the music runnin' over the past two weeks? Just the hours, sugar, I don't need the seconds.",
        "How long have I had the music runnin' over the past two weeks? Just the hours, I don't need the seconds.",
    ),
    (
        "en",
        "Weekdays or weekends, when do I listen more? I'm curious, sugar.",
        "Weekdays or weekends, when do I listen more? I'm curious.",
    ),
    # A song called "Sugar" is never her address.
    (
        "en",
        "how many times did I play brown sugar, sugar?",
        "how many times did I play brown sugar",
    ),
    (
        "en",
        "Sugar, Sugar by the Archies, did I play it this year",
        "did I play Sugar by the Archies this year",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    # Writer 51's, which had gone unread with "sugar" in it.
    (
        "The album Moon Safari, sugar, when did I last listen to that?",
        "when did I last listen to Moon Safari",
        "en",
    ),
    (
        "Rhonda's husband finally retired and now he's underfoot all day long. Sugar, in the kitchen since October, how many separate songs have I gone through?",
        "in the kitchen since October, how many separate songs have I gone through?",
        "en",
    ),
    (
        "Rhonda's boy is back from the Army, skinny as a rail. Sugar run me through what I listened to this afternoon",
        "run me through what I listened to this afternoon",
        "en",
    ),
    (
        "Dottie got new teeth and she keeps clicking 'em at me. Sugar what music was I playing on November third",
        "what music was I playing on November third",
        "en",
    ),
    (
        "LaKeisha says my music is eclectic, whatever that means. Sugar, what kind of music am I into?",
        "what kind of music am I into?",
        "en",
    ),
    (
        "Pam plays the same hymn over and over and over, Lord love her. Sugar, do I replay the same songs a lot?",
        "do I replay the same songs a lot?",
        "en",
    ),
    (
        "Cookie says I work too much, six days a week, and she's right. Sugar, is my music going more Monday through Friday or Saturdays and Sundays",
        "do I listen to more music on weekdays or weekends",
        "en",
    ),
    (
        "is my music going more Monday through Friday or Saturdays and Sundays",
        "do I listen to more music on weekdays or weekends",
        "en",
    ),
    (
        "Lord have mercy, Brenda talked my ear off about her colonoscopy for forty-five minutes straight. Five songs, sugar, my top five of all time, go on",
        "my top five songs of all time",
        "en",
    ),
    (
        "Bobbie Jean ain't missed a Sunday at church since nineteen ninety. How many straight days have I had something playing, sugar?",
        "How many straight days have I had something playing?",
        "en",
    ),
    (
        "Miss Odessa says I hum the same little tune every time she comes in. What song can't I stop playing sugar",
        "What song can't I stop playing",
        "en",
    ),
    (
        "Ola Mae's got the gout again. What song have I been playing over and over sugar",
        "What song have I been playing over and over",
        "en",
    ),
    (
        "Trudy's moving in with her sister, Lord have mercy. Sugar, what kind of music have I been into lately?",
        "what kind of music have I been into lately?",
        "en",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("Lord, what song is this sugar? Charlene's humming it too", "en"),
    ("I'm out of sugar, add it to my shopping list", "en"),
    ("we need brown sugar and flour, what's on my shopping list", "en"),
    ("play Brown Sugar in the kitchen, sugar", "en"),
    ("Sugar, turn the music down in the kitchen", "en"),
    ("Charlene's here, sugar, play some Dolly Parton in the kitchen", "en"),
    ("what's playing right now, sugar", "en"),
)
