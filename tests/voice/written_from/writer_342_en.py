"""Writer 342, a Minnesota Lutheran retiree (oh ya, you betcha, uff da, ope; polite and roundabout), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="oh ya, so who'd I listen to the most last week there, do ya know?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Uff da, I was just wondering, who's been my number one band so far this year, then?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="now who was it I had on the most back in October, I can't for the life of me remember",
        family="top_artists",
        period="october",
    ),
    Fresh(
        text="ope, sorry to bother, but who have I been kinda hooked on lately, music-wise?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="if it's not too much trouble could ya name off my top three artists of all time",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="well what song did I have on the most this month, then?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Oh, and what would you say was my favourite song last year, ya know, the one I wore out",
        family="top_tracks",
        period="last_year",
    ),
    Fresh(
        text="would ya be so kind as to list off my five most played songs, ever",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="which tune did I play the most since Monday there, I s'pose you'd know",
        family="top_tracks",
        period="since_monday",
    ),
    # top_albums
    Fresh(
        text="what album did I play the most this year, do ya suppose?",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="now which record've I had on the most over the last three months, then",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="my most played album of all time, what would that be, real quick",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="which podcast have I been listening to the most these days, there?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="well I'll be, what podcast did I listen to most back in twenty twenty-five",
        family="top_podcasts",
        period="in_2025",
    ),
    Fresh(
        text="oh ya, what's been my go-to program for the podcasts this month",
        family="top_podcasts",
        period="this_month",
    ),
    # listening_time
    Fresh(
        text="how much time did I spend listening to music yesterday, then?",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Uff da, how many hours of music have I had going this week, you think?",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how long was I listening to the podcasts last month, just roughly",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="ope, quick one, how long was I listening to stuff this morning",
        family="listening_time",
        period="this_morning",
    ),
    Fresh(
        text="in the kitchen there, how many hours did the music play over the last thirty days",
        family="listening_time",
        period="last_30_days",
        content="music",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="so how many songs've I gone through today so far, do ya know",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many things did I play on the day before yesterday, I wonder",
        family="plays",
        period="day_before_yesterday",
    ),
    Fresh(
        text="oh ya, how many of those podcast episodes have I listened to this year",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="how many songs did we play last weekend, the whole household I mean",
        family="plays",
        period="last_weekend",
        content="music",
        person="we",
    ),
    # artists_count
    Fresh(
        text="how many different artists have I listened to this year, I'm just curious",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Oh, how many different bands did I hear last month, would ya say?",
        family="artists_count",
        period="last_month",
    ),
    Fresh(
        text="all told, how many different singers and groups have I had on",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I listen to over the past two weeks, then",
        family="songs_count",
        period="last_2_weeks",
    ),
    Fresh(
        text="how many different tunes have I gone through since October, about",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="jeez louise, how many different songs have I played altogether",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times did I play that Bohemian Rhapsody this month, for cryin' out loud",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much of that Queen have I had on this year, then?",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="how many times have I listened to that Daily news podcast, ever",
        family="play_count",
        period="all_time",
        name="The Daily",
    ),
    Fresh(
        text="uff da, how many times did I put on the Discovery album last summer",
        family="play_count",
        period="last_summer",
        name="Discovery",
    ),
    Fresh(
        text="how many times did I play Lawrence Welk this year, you betcha it's a lot",
        family="play_count",
        period="this_year",
        name="Lawrence Welk",
    ),
    # did_i
    Fresh(
        text="did I listen to any Daft Punk yesterday, do ya know?",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="say, did I hear that Don't Stop Me Now song at all last week",
        family="did_i",
        period="last_week",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="any of that Justice band on since Monday, then?",
        family="did_i",
        period="since_monday",
        name="Justice",
    ),
    Fresh(
        text="Did I have The Daily on this morning with my coffee, ya think?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="ope, did I ever play any Johnny Cash, ever at all",
        family="did_i",
        period="all_time",
        name="Johnny Cash",
    ),
    Fresh(
        text="did I happen to hear that Cafe Tacuba bunch in September at all",
        family="did_i",
        period="september",
        name="Café Tacvba",
    ),
    Fresh(
        text="oh for Pete's sake, that one song Sexy Boy by Air, did I play that on Saturday? I'm embarrassed just saying it",
        family="did_i",
        period="saturday",
        name="Sexy Boy by Air",
    ),
    # what_played
    Fresh(
        text="What was I listening to last night, then?",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what all did I have on last Friday there, after the fish fry",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="what music was I playing on November third, that was a Tuesday I think",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="what did we have on in the kitchen yesterday evening, ya know, when the kids were over",
        family="what_played",
        period="yesterday_evening",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="so what was I listening to this afternoon, I forget already",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what've I been listening to lately, just generally speaking",
        family="what_played",
        period="lately",
    ),
    # playing_at
    Fresh(
        text="ope, what was that song playing round about quarter to eight last night there",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what was on at eight o'clock this morning, then?",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="what was I listening to at ten after five this afternoon",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="what was playing Wednesday night round about nine o'clock, do ya know",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="at noon on Saturday, what was on the speaker, then?",
        family="playing_at",
        moment="2026-11-14 12:00",
    ),
    Fresh(
        text="half past eight this morning, what was that I had on there",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    # taste
    Fresh(
        text="what kind of music would you say I'm into, then?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="oh, how would ya describe my taste in music, be honest now",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what sort of music have I been into these days, I'm curious",
        family="taste",
        period="lately",
    ),
    # peak
    Fresh(
        text="what time of day do I usually have the music going, would ya say",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when do I mostly listen, ya know, what hour and what day of the week",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Which day of the week do I play the most music, and about what time?",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="did I discover anybody new this month, then?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="any new bands turn up for me over the last thirty days",
        family="new_artists",
        period="last_30_days",
    ),
    Fresh(
        text="who'd I hear for the very first time since March, oh ya",
        family="new_artists",
        period="since_march",
    ),
    # skips
    Fresh(
        text="how often do I skip songs, would ya say?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's my skip rate been this month, real quick",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="do I skip a lot of tunes or am I pretty patient, be honest",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="how much do I replay the same songs over and over, uff da",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate been this year, then",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="do I play the same old songs again and again, my husband says I do",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="how many days in a row have I listened to music now, you betcha it's a few",
        family="streak",
    ),
    Fresh(
        text="what's my listening streak at, then?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first listen to Justice, I can't remember",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when was the very first time I played that Eres song, the Spanish one",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="Moon Safari, that album, when did I first put that on?",
        family="first_play",
        name="Moon Safari",
    ),
    Fresh(
        text="when did I first play any Frankie Yankovic, the polka king",
        family="first_play",
        name="Frankie Yankovic",
    ),
    # last_play
    Fresh(
        text="when was the last time I played Bohemian Rhapsody, then",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="when did I last have The Daily on, do ya know",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="ope, when'd I last hear that Da Funk one by the Daft Punk fellas",
        family="last_play",
        name="Da Funk by Daft Punk",
    ),
    # last_song
    Fresh(
        text="what was the last song I played, then?",
        family="last_song",
    ),
    Fresh(
        text="oh, what'd I listen to last, what song was that",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song I played today, I was only half awake",
        family="first_today",
    ),
    Fresh(
        text="what'd I wake up to, music-wise, earlier today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song I played yesterday, do ya know",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did I start off with last Friday there",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what song did I start this week off with, then",
        family="first_in",
        period="this_week",
    ),
    Fresh(
        text="first thing I played on Saturday, what was that, oh ya",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="what was the last song I played last night before bed",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what did I end with on the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what was the last tune I had on in August, way back",
        family="last_in",
        period="august",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most, then?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what's the one song I always seem to skip, for cryin' out loud",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which band do I skip the most, do ya know",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who's the artist I'm always skipping past, would ya say",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have I got on repeat these days, uff da",
        family="on_repeat",
    ),
    Fresh(
        text="what's that one song I just can't stop playing, then",
        family="on_repeat",
    ),
    Fresh(
        text="in the kitchen, what song's been in heavy rotation",
        family="on_repeat",
        room="kitchen",
    ),
    # recap
    Fresh(
        text="so how'd my week go, music-wise, oh ya",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="could ya give me a little rundown of my listening there",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="would ya do me a review of my year, real nice like",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill me in on how my October went for music, then",
        family="recap",
        period="october",
    ),
    Fresh(
        text="how'd last month go for our listening, the whole household I mean",
        family="recap",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="tell me about my summer, music-wise, up at the cabin and all",
        family="recap",
        period="summer",
    ),
    Fresh(
        text="holy buckets, run me through the last seven days, would ya",
        family="recap",
        period="last_7_days",
    ),
    # compare_day_parts
    Fresh(
        text="do I listen more in the morning or in the evening, would ya say",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am I more of a morning listener or a night owl, then?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="afternoons or evenings, when do I play more, I wonder",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do I listen more on the weekends or the weekdays, then?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="is it more during the week or on the weekend that I have the music on, ya think",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "oh ya, play some Daft Punk in the kitchen there, would ya",
    "turn the music up a little, then, I can't hear it over the dishwasher",
    "ope, turn that down, the pastor's on the phone",
    "what's playing in the kitchen right now",
    "what song is this, it's catchy",
    "skip this song, would ya, I don't care for it",
    "pause the podcast, someone's at the door",
    "next track in the living room, please",
    "turn off the kitchen light, then",
    "play the album Discovery, real quick",
    "put on some polka music, you betcha",
    "shuffle the music, would ya",
    "turn repeat off there, please",
    "set the volume to five",
    "uff da, that's too loud, volume down",
    "group the kitchen speaker with the living room one",
    "set a timer for forty minutes for the hotdish",
    "what's the weather gonna be tomorrow, supposed to snow?",
    "add lutefisk to the shopping list",
    "put cream of mushroom soup on the shopping list, then",
    "set the thermostat to sixty-eight",
    "what am I listening to right now",
    "who's singing this one, then",
    "play The Daily",
    "resume the podcast, would ya",
    "stop the music",
    "play Bohemian Rhapsody in the kitchen, oh ya",
    "go back to the last song, I missed the start",
    "play something by Queen",
    "play the next episode of The Daily",
    "ope, pause it real quick",
    "turn on the lights in the kitchen",
    "how cold is it outside, then",
    "play some church hymns for Sunday, would ya",
    "put the radio on, WCCO",
    "what time is it",
    "turn on the music in every room",
    "is the kitchen speaker on",
    "louder, please, it's my song",
    "what album is this one from",
    "play the song Eres",
    "set an alarm for six thirty for church",
    "how long is left on this podcast",
    "skip ahead thirty seconds",
]
