"""Writer 216, nostalgic emotional rambler (Louisiana Cajun English), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="mais cher, who did I play the most last week? I was so down in the dumps and somebody kept me company, I wanna know who",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="who was my number one artist this year, the one that got me through all that mess after the hurricane",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="where y'at, darlin. tell me who I been obsessed with lately, I got a feeling I already know",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="my top three artists of all time, cher, go on and tell me, I'm already getting misty",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="in the kitchen, stirring my roux every night last month, who was it I kept putting on the most?",
        family="top_artists",
        period="last_month",
        room="kitchen",
    ),
    Fresh(
        text="who did Ada listen to most since March, that's me cher, Ada, I just like hearing my name",
        family="top_artists",
        period="since_march",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="what was my song of the month, cher, the one I been humming while I fold the laundry",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name me my five most played songs ever, mais I just know Bohemian Rhapsody gonna be up there somewhere",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="last summer, back when my mama was still with us, what song did I play the most? I need to know that one",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="which track did we play the most in October, all of us, with the whole house full of family",
        family="top_tracks",
        period="october",
        person="we",
    ),
    Fresh(
        text="top song over the last three months, cher, whatever it was it's been holding me together",
        family="top_tracks",
        period="last_3_months",
    ),
    # top_albums
    Fresh(
        text="what album did I about wear out this summer, I was so blue that whole summer long",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="mais which record did I spin the most in twenty twenty five",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="my favourite album of all time, going by plays, yeah? the one I always go back to",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="which podcast was I hooked on the last thirty days, I been needing the company at night",
        family="top_podcasts",
        period="last_30_days",
    ),
    Fresh(
        text="what's my go-to show, cher, the podcast I reach for when I can't sleep",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="last year, which podcast did I play the most, yeah you right I know it's probably just the one",
        family="top_podcasts",
        period="last_year",
    ),
    # listening_time
    Fresh(
        text="how many hours of music did I have going yesterday, cher? I was so blue I just let it play and play",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="how long I been listening this week, mais it feel like the radio ain't been off once",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="how much time did we spend listening last weekend, with all the cousins over for the boucherie",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="how long I had them podcasts going since October, yeah, keeping me company since the leaves turned",
        family="listening_time",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="how many minutes of music this morning in the kitchen, while the coffee was dripping and I was thinking about my mawmaw",
        family="listening_time",
        period="this_morning",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="total listening time for Ada in the last seven days, that's me, cher",
        family="listening_time",
        period="last_7_days",
        person="Ada",
    ),
    # plays
    Fresh(
        text="how many songs I done played today, cher?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="the last seven days, how many things did I play altogether, I lost count a long time ago",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="how many episodes did I put on in September, them long lonely nights",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="total number of plays since March, I'm just curious, it been a heavy year",
        family="plays",
        period="since_march",
    ),
    Fresh(
        text="how many tunes did I go through this afternoon, mais I was dancing round the house like a girl again",
        family="plays",
        period="this_afternoon",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists I listened to this year, cher, I feel like I been all over the map",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many different bands did I hear back in August",
        family="artists_count",
        period="august",
    ),
    Fresh(
        text="all told, how many different artists I ever played? mais I bet it's a whole lot",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play last month, I was feeling all kind of ways in October",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="since Monday, how many different tunes I gone through",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="how many different songs we had going last week, the whole family I mean",
        family="songs_count",
        period="last_week",
        person="we",
    ),
    # play_count
    Fresh(
        text="how many times did I play Bohemian Rhapsody this month? the one that makes me cry every single time",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Queen I had on this year, cher, be honest with me",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="Eres, by Café Tacvba, the song that got me through my divorce, how many times I played that one",
        family="play_count",
        period="all_time",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="how many times I played Zachary Richard last year, my daddy loved him so",
        family="play_count",
        period="last_year",
        name="Zachary Richard",
    ),
    Fresh(
        text="how often did Discovery get spun the last three months, that whole album, front to back",
        family="play_count",
        period="last_3_months",
        name="Discovery",
    ),
    # did_i
    Fresh(
        text="did I listen to any Air yesterday evening? I was feeling so dreamy, like when I was young",
        family="did_i",
        period="yesterday_evening",
        name="Air",
    ),
    Fresh(
        text="listened to any Justice lately? I miss that energy, cher",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="did we play Don't Stop Me Now at the party on Saturday, when Tante Rose was dancing on the porch",
        family="did_i",
        period="saturday",
        name="Don't Stop Me Now",
        person="we",
    ),
    Fresh(
        text="did I hear The Daily this morning or did I just dream it",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="mais did I ever play any Beausoleil? I swear I did, for my daddy",
        family="did_i",
        period="all_time",
        name="Beausoleil",
    ),
    Fresh(
        text="that Daft Punk one, Digital Love, the one from my first slow dance, did it come on at all this week",
        family="did_i",
        period="this_week",
        name="Digital Love by Daft Punk",
    ),
    # what_played
    Fresh(
        text="what was I listening to yesterday evening, cher, I had me a glass of wine and got all sentimental",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="run me through what I played the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what music did I have on last night? I fell asleep in my chair with it going",
        family="what_played",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="November third, that was a hard day for me, what did I listen to that day",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what all did I have going this afternoon in the kitchen",
        family="what_played",
        period="this_afternoon",
        room="kitchen",
    ),
    # playing_at
    Fresh(
        text="what was playing at quarter to eight last night? that song made me stop and just stand there, cher",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="yesterday right around eight in the evening, what was on",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="mais what was that tune at quarter past eight this morning, while I was making the coffee",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="what was on at ten after eight last night, I need that song back in my life",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="what was playing at five fifteen today",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="Wednesday at noon, what was on? I was eating my po'boy and something beautiful came on",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="what was playing Saturday night around nine, while I was dancing in my socks",
        family="playing_at",
        moment="2026-11-14 21:00",
    ),
    # taste
    Fresh(
        text="what kind of music am I into, cher, tell it to me straight",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste for me, what do I really love deep down",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would you sum up what I like? mais I been wondering that for years",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time of day do I usually listen? I always feel like it's right after supper",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when do I listen the most, what hour and what day of the week",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what time do I usually put music on, cher, like what's my hour",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="discovered anybody new lately, cher?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="which artists did I hear for the very first time this year",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="any new bands turn up for me in September, or was I stuck in my old ways",
        family="new_artists",
        period="september",
    ),
    # skips
    Fresh(
        text="how often do I skip, be honest, I get so restless",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's my skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="out of everything I played last week, how many songs did I skip",
        family="skips",
        period="last_week",
        content="music",
    ),
    # repeat
    Fresh(
        text="how much do I play the same things over and over, mais I'm a creature of habit",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate this year, cher",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="do I replay stuff a lot? like my mawmaw with her one old record she played till it wore thin",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="how many days in a row I been listening now, cher",
        family="streak",
    ),
    Fresh(
        text="what's my streak, how many days straight I had something playing",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first hear Bohemian Rhapsody, I remember it was raining that day",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="when did Justice first turn up in my history",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when was the first time I played Wet Leg",
        family="first_play",
        name="Wet Leg",
    ),
    Fresh(
        text="Sexy Boy, that Air song, first time I ever played it, when was that? it takes me right back",
        family="first_play",
        name="Sexy Boy by Air",
    ),
    # last_play
    Fresh(
        text="when was the last time I played La femme d'argent, that Air song that makes me cry",
        family="last_play",
        name="La femme d'argent by Air",
    ),
    Fresh(
        text="when did I last listen to The Daily",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="last time I had Radiohead on, when was that",
        family="last_play",
        name="Radiohead",
    ),
    Fresh(
        text="when did I last play Moon Safari, the whole record, I miss it like an old friend",
        family="last_play",
        name="Moon Safari",
    ),
    # last_song
    Fresh(
        text="what was the last song I played, cher, it's still stuck in my head",
        family="last_song",
    ),
    Fresh(
        text="the very last thing I played, what song was that, I can't remember the name for nothing",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what did I wake up to, cher? something sweet came on",
        family="first_today",
    ),
    Fresh(
        text="what was the first song I put on today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song I played yesterday, what was it",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did I start off with last Friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="on November third, what was the first thing I put on, I needed something that morning",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="what did I end with last Friday night, I was so tired",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="last song I played yesterday before I went to bed",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="what was the last tune on Saturday, after the party wound down",
        family="last_in",
        period="saturday",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most, cher, the one I just can't bear to hear",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what track do I always skip",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="which song did I skip the most this year",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do I skip the most, mais I got a guess",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who do I keep skipping, which band is it",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song I got on repeat these days, cher",
        family="on_repeat",
    ),
    Fresh(
        text="which song can't I stop playing? it's like a little love letter to myself",
        family="on_repeat",
    ),
    Fresh(
        text="what's on heavy rotation for me the past couple weeks",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a rundown of my listening, cher",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was my week, listening-wise",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="give me my year in review, mais it been a long year",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill me in on how last month went for me, listening-wise",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="how did my summer go, the listening I mean, the whole summer",
        family="recap",
        period="summer",
    ),
    Fresh(
        text="recap what we listened to last year, the whole household",
        family="recap",
        period="last_year",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="am I more a morning listener or an evening one, cher",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more in the afternoons or at night",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mornings or evenings, when do I play more music",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="do I listen more on weekdays or on the weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekends or during the week, cher, when I play the most",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="yeah you right, I bet it's Saturdays, but do I have more music on at the weekend than in the week",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "play some Daft Punk in the kitchen, cher",
    "turn the music up, I love this part",
    "what's playing in the kitchen right now",
    "what song is this, it's giving me chills",
    "skip this song, it make me too sad",
    "pause the podcast, the gumbo's boiling over",
    "next track in the living room",
    "turn off the kitchen light, cher",
    "play the album Discovery",
    "volume down to four",
    "shuffle my playlist, mais",
    "put this song on repeat",
    "group the kitchen and living room speakers together",
    "set a timer for forty five minutes for my roux",
    "what's the weather gonna be tomorrow, it look like rain",
    "add boudin to my shopping list, I gotta make groceries",
    "set the thermostat to seventy two",
    "what am I listening to right now",
    "play Bohemian Rhapsody, the one that makes me cry",
    "play some zydeco in the kitchen",
    "louder, cher, louder",
    "stop the music",
    "resume The Daily",
    "play the next episode of The Daily",
    "who sings this one",
    "turn the bass up on the kitchen speaker",
    "mute the kitchen",
    "go back a song",
    "play something sad for a rainy day",
    "set an alarm for six thirty",
    "remind me to call my mama Sunday",
    "dim the living room lights",
    "play Queen everywhere in the house",
    "turn shuffle off",
    "what album is this song from",
    "add this song to my favourites",
    "play Air on the bedroom speaker",
    "is it gonna rain for the crawfish boil Saturday",
    "how long left on my timer",
    "turn the heat up a little, I'm cold",
    "stop the music in the kitchen in thirty minutes",
    "play the radio, WWOZ",
    "where y'at, read me the news",
    "put milk and eggs on the list, I'm going make groceries after church",
]
