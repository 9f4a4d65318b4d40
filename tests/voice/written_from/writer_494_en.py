"""Writer 494, Dublin pub regular (Irish English), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="go on, who's me number one artist this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="what band was I mad into last month, I can't think",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="who've I been obsessed with lately would ya say",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="give us me top three artists of all time there",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="in the kitchen, who did we have on the most last week",
        family="top_artists",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="what's me song of the month so",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name me five most played tracks since March",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="what's the one tune I've had on more than anything, ever like",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="which song was I playing the most yesterday evening",
        family="top_tracks",
        period="yesterday_evening",
    ),
    # top_albums
    Fresh(
        text="what album was I after wearing out this summer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="me most played record in twenty twenty five, what was it",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="which album did I have on the most in October",
        family="top_albums",
        period="october",
    ),
    # top_podcasts
    Fresh(
        text="what podcast am I hooked on these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what's me go-to podcast at all at all",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="which show did I listen to most over the last three months",
        family="top_podcasts",
        period="last_3_months",
    ),
    # listening_time
    Fresh(
        text="how long was I listening to music today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours of stuff did I have on last weekend",
        family="listening_time",
        period="last_weekend",
    ),
    Fresh(
        text="how many hours of podcasts am I after listening to this month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="what's the story with me listening time since Monday",
        family="listening_time",
        period="since_monday",
    ),
    # plays
    Fresh(
        text="how many songs did I get through this morning",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many tracks did we play last Friday",
        family="plays",
        period="last_friday",
        content="music",
        person="we",
    ),
    Fresh(
        text="how many things did I play altogether in September",
        family="plays",
        period="september",
    ),
    Fresh(
        text="how many episodes did I listen to last month",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="how many different artists was I listening to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many different bands did I have on in the last thirty days",
        family="artists_count",
        period="last_30_days",
    ),
    Fresh(
        text="quick one, how many artists have I listened to, ever",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play last week",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="how many separate tunes have I been through since October",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="how many different tracks were played in the kitchen yesterday",
        family="songs_count",
        period="yesterday",
        room="kitchen",
    ),
    # play_count
    Fresh(
        text="how many times did I play Bohemian Rhapsody this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Queen have I had on this month, go on",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="how many times was One More Time on last month, yer man Daft Punk's one",
        family="play_count",
        period="last_month",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how often did I play the Dubliners ever",
        family="play_count",
        period="all_time",
        name="The Dubliners",
    ),
    Fresh(
        text="how many times did I have the daily on the last 7 days",
        family="play_count",
        period="last_7_days",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="did I hear any Justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="listened to any Air lately, have I",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="did I play Christy Moore at all last year",
        family="did_i",
        period="last_year",
        name="Christy Moore",
    ),
    Fresh(
        text="was I after playing Sexy Boy the day before yesterday",
        family="did_i",
        period="day_before_yesterday",
        name="Sexy Boy",
    ),
    Fresh(
        text="did cafe tacuba get a spin on Saturday",
        family="did_i",
        period="saturday",
        name="Café Tacvba",
    ),
    Fresh(
        text="did we have the Discovery album on at all in August",
        family="did_i",
        period="august",
        name="Discovery",
        person="we",
    ),
    # what_played
    Fresh(
        text="what was I listening to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what was I playing last night, I can't remember sure",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what did I have on this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what was I at on November the third, what did I play",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what was Ada listening to the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="what was that tune on at ten past eight last night",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="what was playing at half eight this morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what had I on at five past five today",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="Wednesday night around nine, what was on in the kitchen",
        family="playing_at",
        moment="2026-11-18 21:00",
        room="kitchen",
    ),
    Fresh(
        text="last Friday at twelve o'clock, dinner time like, what was playing",
        family="playing_at",
        moment="2026-11-13 12:00",
    ),
    # taste
    Fresh(
        text="what kind of music am I into would you say",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe me taste there, what am I like",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what sort of stuff do I go for, music wise",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time of the day do I usually have the tunes on",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when am I listening the most, like what hour and what day",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="did I discover anyone new lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new bands this year that I hadn't heard before",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="who'd I hear for the first time last month",
        family="new_artists",
        period="last_month",
    ),
    # skips
    Fresh(
        text="how often am I skipping stuff, be honest",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's me skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="how many tunes did I skip last week",
        family="skips",
        period="last_week",
        content="music",
    ),
    # repeat
    Fresh(
        text="do I play the same songs over and over",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's me repeat rate this year, am I a broken record",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="how much was I replaying the same tracks over the past two weeks",
        family="repeat",
        period="last_2_weeks",
    ),
    # streak
    Fresh(
        text="how many days in a row have I been listening now",
        family="streak",
    ),
    Fresh(
        text="what's me streak at, days on the trot",
        family="streak",
    ),
    Fresh(
        text="how long's me listening streak going",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first play Around the World",
        family="first_play",
        name="Around the World",
    ),
    Fresh(
        text="when was the first time I ever heard Phantom by Justice",
        family="first_play",
        name="Phantom by Justice",
    ),
    Fresh(
        text="the Pogues, when did I first listen to them",
        family="first_play",
        name="The Pogues",
    ),
    Fresh(
        text="when did I first hear Da Funk, it was ages ago sure",
        family="first_play",
        name="Da Funk",
    ),
    # last_play
    Fresh(
        text="when did I last have Don't Stop Me Now on",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="when's the last time I played the Daily",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="last time I heard Moon Safari, when was that",
        family="last_play",
        name="Moon Safari",
    ),
    Fresh(
        text="I'm after hearing Digital Love the other day, when was that exactly",
        family="last_play",
        name="Digital Love",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="what was that last tune I had on, the name of it",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song I played today",
        family="first_today",
    ),
    Fresh(
        text="what song did I start the day with",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first tune on yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did I kick off last weekend with",
        family="first_in",
        period="last_weekend",
    ),
    Fresh(
        text="first track I played on Saturday, what was it",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="what did I finish up with last Friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the last song on last night before bed",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="the very last thing I played the day before yesterday, what was it",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="what song do I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="which tune am I always skipping past",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what's the song I can't stand, the one I skipped most this year",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do I skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who's the band I'm always skipping",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song can't I stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="what tune have I had on a loop these past couple of weeks",
        family="on_repeat",
    ),
    Fresh(
        text="what song am I after playing to death the last while",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="how was me week in music",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="give us a rundown of me listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="run me through me year so far",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill me in on last summer, how'd the listening go",
        family="recap",
        period="last_summer",
    ),
    Fresh(
        text="what's the story with me October, give us the recap",
        family="recap",
        period="october",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a morning or a night listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more in the afternoons or the evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do I listen to more music at the weekend than during the week",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="weekdays or weekends, when am I at the tunes more",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "play a bit of Daft Punk in the kitchen there",
    "turn up the music would ya",
    "give us a bit of Queen",
    "what's this song that's on",
    "who's yer man singing this",
    "skip this one, it's brutal",
    "pause the podcast a sec",
    "next track in the living room",
    "turn off the kitchen light",
    "play the album Discovery",
    "stick on the Daily there",
    "volume down a bit, the neighbours will be in on top of us",
    "shuffle me playlist",
    "put this song on repeat",
    "turn off repeat, I'm sick of it",
    "group the kitchen speaker with the one in the sitting room",
    "set a timer for twenty minutes for the spuds",
    "what's the weather like for tomorrow",
    "is it going to lash rain today",
    "add milk to the shopping list",
    "put the heating up a notch, it's freezing",
    "what am I listening to right now",
    "what's playing in the kitchen",
    "what's this tune called",
    "play something deadly",
    "play Don't Stop Me Now by Queen",
    "stop the music",
    "go back to the start of the song",
    "play the next episode of the Daily",
    "turn it down in the kitchen there",
    "louder, louder, this one's a banger",
    "play D.A.N.C.E. by Justice and crank it",
    "set an alarm for half seven",
    "what time is it",
    "put on RTÉ Radio One",
    "play some trad music",
    "add this song to me favourites",
    "who sings this",
    "play Moon Safari from the start",
    "mute the kitchen speaker",
    "how long's left on this song",
    "skip ahead thirty seconds in the podcast",
    "turn the telly off",
    "what's the score in the match",
    "remind me to ring me mam at six",
    "play Air in the kitchen",
    "sure look, just put on whatever",
]
