"""Writer 304, a gentle, rambling Cornish grandmother, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="ooh now who is it I've been listening to the most this year my lover, I can never keep track of it all",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="tell me dear which band did I have on more than any other last month, I think it was that French lot but I couldn't swear to it",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="who were my top three singers over the summer, or groups I suppose, whatever you call them now",
        family="top_artists",
        period="summer",
        count=3,
    ),
    Fresh(
        text="who've I been proper obsessed with lately, my daughter says I've got a new fancy man on the wireless",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen who's had the most airing these past two weeks, the singers I mean",
        family="top_artists",
        period="last_2_weeks",
        room="kitchen",
    ),
    Fresh(
        text="who did I listen to most in the last seven days, go on then",
        family="top_artists",
        period="last_7_days",
    ),
    Fresh(
        text="since October who's been my number one, artist wise",
        family="top_artists",
        period="since_october",
    ),
    # top_tracks
    Fresh(
        text="what's my song of the year then, go on, surprise me",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="now which tune have I played the most ever, I mean in all the time I've had this contraption sat on the side",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="name me my five most played songs from last year would you my 'ansum",
        family="top_tracks",
        period="last_year",
        count=5,
    ),
    Fresh(
        text="which song have I played most since Monday, I've had the one going round and round in me head",
        family="top_tracks",
        period="since_monday",
    ),
    Fresh(
        text="in the kitchen what song gets played the most, out of all of them",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="which record did I play the most in October, the whole album I mean not just the one song off it",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="what's my favourite album, going by what I actually put on mind, not what I tell people at chapel",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="the LP I had on most this summer, what was that one, had a moon on it I think",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="top album since March please dear",
        family="top_albums",
        period="since_march",
    ),
    # top_podcasts
    Fresh(
        text="which of they podcast programmes do I listen to the most",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="what podcast have I been hooked on lately, my grandson put it on for me and I never turned it off",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what was my go-to podcast back in the summer",
        family="top_podcasts",
        period="summer",
    ),
    # listening_time
    Fresh(
        text="how long have I had the wireless going today, it feels like all the day long",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="how many hours of music did I listen to last week, roughly, I don't need it to the minute",
        family="listening_time",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="how many minutes of podcasts have I listened to this month, all that talking",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how long was the music going in the kitchen yesterday evening, I was doing the pasties and lost all track",
        family="listening_time",
        period="yesterday_evening",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="total time listening in twenty twenty five, if you please",
        family="listening_time",
        period="in_2025",
    ),
    Fresh(
        text="how many hours did we listen to altogether last year, the whole house",
        family="listening_time",
        period="last_year",
        person="we",
    ),
    # plays
    Fresh(
        text="how many songs have I played so far today, oh I've had a few",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many things did I play on Saturday, bits and bobs, everything",
        family="plays",
        period="saturday",
    ),
    Fresh(
        text="how many episodes did I put on in September, of the podcast ones",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="how many tunes did we get through between us last weekend",
        family="plays",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="number of plays over the past two weeks, what's that come to",
        family="plays",
        period="last_2_weeks",
    ),
    # artists_count
    Fresh(
        text="how many different artists have I listened to this year, must be a fair few by now",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="since March how many different bands and singers have I had on, roughly like",
        family="artists_count",
        period="since_march",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play in the last thirty days",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="all told how many different tunes have I ever heard on here",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times have I played bohemian rap sody this month, the Freddie Mercury one",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Queen have I had on this year, be honest now",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="how often did I play that Sexy Boy song last month, oh I do feel silly saying it out loud",
        family="play_count",
        period="last_month",
        name="Sexy Boy",
    ),
    Fresh(
        text="how many times has the Daily been on since October",
        family="play_count",
        period="since_october",
        name="The Daily",
    ),
    Fresh(
        text="how many times have I played Fisherman's Friends, the boys from Port Isaac",
        family="play_count",
        period="all_time",
        name="Fisherman's Friends",
    ),
    Fresh(
        text="how many times have I had one more time by daft punk on, ha, one more time, hark at me",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    # did_i
    Fresh(
        text="did I listen to any of that Daft Punks yesterday",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="had any Justice on this week have I",
        family="did_i",
        period="this_week",
        name="Justice",
    ),
    Fresh(
        text="did I hear Eres by that cafe tacuba lot last summer, the Mexican ones",
        family="did_i",
        period="last_summer",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="did I play any Cliff Richard this year, I do love Cliff",
        family="did_i",
        period="this_year",
        name="Cliff Richard",
    ),
    Fresh(
        text="was the Daily on this morning, the news one, I can't remember if I had it",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="did we have Don't Stop Me Now on last week at all",
        family="did_i",
        period="last_week",
        name="Don't Stop Me Now",
        person="we",
    ),
    Fresh(
        text="tell me did I put any of that Moon Safari album on last weekend",
        family="did_i",
        period="last_weekend",
        name="Moon Safari",
    ),
    Fresh(
        text="dance by justice, did I listen to that one today",
        family="did_i",
        period="today",
        name="D.A.N.C.E. by Justice",
    ),
    # what_played
    Fresh(
        text="what was I listening to yesterday evening, I dozed off in the chair and missed the half of it",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did I have on the day before yesterday, Wednesday was it",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what music did I have on this afternoon, I was in and out with the washing",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="what did we listen to in August, when the family were all down",
        family="what_played",
        period="august",
        person="we",
    ),
    Fresh(
        text="on the third of November what did I have on, it was my birthday you know",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="what was that song on at quarter to eight last night, lovely it was",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what was playing at half past eight this morning whilst I was having my toast",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="about ten past five this afternoon, what was on then",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="what was on at nine o'clock Wednesday night, I was doing my crossword",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="last Friday at dinnertime, midday like, what was I listening to",
        family="playing_at",
        moment="2026-11-13 12:00",
    ),
    # taste
    Fresh(
        text="what sort of music would you say I'm into, my lover",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would you describe my taste then, be kind to an old woman",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what kind of music have I been liking this year, has it changed do you think",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time of day do I usually have my music on",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when do I do most of my listening, what day and what hour, I'm curious",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="have I found anyone new this month, any new singers I mean",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="which artists did I hear for the very first time last year",
        family="new_artists",
        period="last_year",
    ),
    Fresh(
        text="any new bands turned up in my listening in the last three months",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="how often do I skip songs, I'm terrible for it, can't sit still",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="how many did I skip this week out of all of it",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="do I play the same old things over and over, be honest with me",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how much have I been repeating myself this month, my daughter says I'm stuck in a rut",
        family="repeat",
        period="this_month",
    ),
    # streak
    Fresh(
        text="how many days running have I listened now",
        family="streak",
    ),
    Fresh(
        text="what's my streak, how many days in a row have I had something on, not missed one have I",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first listen to Air, I think it was back in the spring sometime",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="when was the first time I played Da Funk",
        family="first_play",
        name="Da Funk",
    ),
    Fresh(
        text="when did I first hear Shirley Bassey on here",
        family="first_play",
        name="Shirley Bassey",
    ),
    # last_play
    Fresh(
        text="when did I last have Digital Love on, such a pretty one",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="when was the Daily last on, I've lost track of the days",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="last time I played any Justice, when was that then",
        family="last_play",
        name="Justice",
    ),
    # last_song
    Fresh(
        text="what was the last song I played, I've forgotten already, head like a sieve",
        family="last_song",
    ),
    Fresh(
        text="the last thing I listened to, what was it, the last song",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the very first song I put on today",
        family="first_today",
    ),
    Fresh(
        text="what did I wake up to today my lover",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song I played yesterday, what was it",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did I start off with last Friday, the first tune",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the first song of October for me",
        family="first_in",
        period="october",
    ),
    # last_in
    Fresh(
        text="what did I finish up with last night, the last song before bed",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what was the last song I played last week",
        family="last_in",
        period="last_week",
    ),
    Fresh(
        text="the last tune on Saturday, what was that",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="and the last song I had on yesterday evening, before the telly",
        family="last_in",
        period="yesterday_evening",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most, poor thing",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what's the tune I always skip past",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="who's the singer I skip most often",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="which band do I keep skipping, I mustn't like them really",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song can't I stop playing these days",
        family="on_repeat",
    ),
    Fresh(
        text="what's on heavy rotation as my grandson would say",
        family="on_repeat",
    ),
    Fresh(
        text="which tune have I been having on over and over, you know the one",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="how was my week in music, tell me all about it",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="give me my year in review, I do like hearing it all",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="tell me about my listening last month, how did it go overall",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="can you do me one of they recaps of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="a little review of last summer, my listening, if it's not too much bother",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="do I listen more in the mornings or the evenings, I reckon mornings",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am I more of an afternoon listener or a night-time one would you say",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do I play more music at the weekend or in the week",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="weekdays or weekends, which do I listen more on",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play a bit of Daft Punk in the kitchen would you my lover",
    "turn the music up a touch, I can't hear it over the kettle",
    "ooh turn it down dear, that's far too loud",
    "what's this song that's on now, I do like it",
    "what's playing in the kitchen",
    "skip this one, I don't care for it",
    "pause the podcast a minute, the phone's going",
    "next track please",
    "turn off the kitchen light my 'ansum",
    "play the album Discovery",
    "put some Queen on",
    "play the Daily",
    "what am I listening to right now",
    "set a timer for forty minutes for the pasties",
    "what's the weather doing tomorrow, shall I hang the washing out",
    "is it going to rain in Penzance today",
    "add clotted cream to the shopping list",
    "put saffron on the shopping list, and flour while you're at it",
    "turn the heating up, it's teasy cold in here",
    "set the thermostat to twenty one",
    "shuffle the songs",
    "turn shuffle off please dear",
    "put this song on repeat",
    "stop repeating it now, that's enough of that",
    "group the kitchen speaker with the front room",
    "play music in the front room as well",
    "stop the music",
    "resume the podcast where I left off",
    "volume to four",
    "a little bit quieter please",
    "play something nice and gentle for a Sunday",
    "play Fisherman's Friends",
    "go back to the last song",
    "play Bohemian Rhapsody in the kitchen",
    "who sings this, the one that's playing",
    "how long is left on this song",
    "remind me to ring our Janet dreckly",
    "what time is it",
    "turn the radio on",
    "play the next episode of the Daily",
    "put Moon Safari on from the beginning",
    "louder please my lover",
    "switch off the speaker for the night",
    "wake me at seven with some music",
]
