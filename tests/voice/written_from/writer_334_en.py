"""Writer 334, a Brummie (Birmingham) office worker, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="ere bab, who've I had on the most this week then",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="who was me number one artist last month, ar?",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="go on then which band did I play the most in twenty twenty five",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="who've I bin proper obsessed with lately bab",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="tell us me top three artists this year, I'm curious like",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="what's me most played song of all time bab",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="song of the month for me, what's that then",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name me five most played tracks from last summer",
        family="top_tracks",
        period="last_summer",
        count=5,
    ),
    Fresh(
        text="which tune did I 'ave on the most yesterday",
        family="top_tracks",
        period="yesterday",
    ),
    # top_albums
    Fresh(
        text="what album's had the most goes this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="which record did I play most in September bab",
        family="top_albums",
        period="september",
    ),
    Fresh(
        text="me favourite album over the last three months, what's that when it's at home",
        family="top_albums",
        period="last_3_months",
    ),
    # top_podcasts
    Fresh(
        text="what's me go-to podcast then",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="which podcast am I hooked on these days, yam gonna say the same one ay ya",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="in the kitchen, what podcast got played most last year",
        family="top_podcasts",
        period="last_year",
        room="kitchen",
    ),
    # listening_time
    Fresh(
        text="how long've I had music on today bab",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="ow many hours did I listen last week, roughly like",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="how much time did we spend listenin' last month",
        family="listening_time",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="minutes of podcasts this week, how many's that come to",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="how long was the music goin' in the kitchen yesterday evening",
        family="listening_time",
        period="yesterday_evening",
        content="music",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="how many songs have I played so far today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="ow many tracks did I get through in October, must be loads",
        family="plays",
        period="october",
        content="music",
    ),
    Fresh(
        text="how many podcast episodes have I listened to this month",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how many things did we play last weekend bab",
        family="plays",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="total streams for the last thirty days, how many",
        family="plays",
        period="last_30_days",
    ),
    # artists_count
    Fresh(
        text="how many different artists have I listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="ow many different bands have I 'ad on since March",
        family="artists_count",
        period="since_march",
    ),
    Fresh(
        text="number of different artists last week, go on",
        family="artists_count",
        period="last_week",
    ),
    # songs_count
    Fresh(
        text="how many different songs have I played in the last seven days",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="how many separate tunes did I get through in August",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="different tracks since Monday, how many's that bab",
        family="songs_count",
        period="since_monday",
    ),
    # play_count
    Fresh(
        text="how many times have I played bohemian rapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much of Queen's stuff 'ave I 'ad on this month",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="ow many goes has daft punk 'ad since October",
        family="play_count",
        period="since_october",
        name="Daft Punk",
    ),
    Fresh(
        text="the daily, how many times did I stick that on last month",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    Fresh(
        text="how many times did I play one more time by daft punk this year",
        family="play_count",
        period="this_year",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times have I played Radiohead, bab",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="yesterday did I 'ave any Justice on",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="'ad any Air on lately?",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="did I play that sexy boy song last weekend",
        family="did_i",
        period="last_weekend",
        name="Sexy Boy",
    ),
    Fresh(
        text="did we 'ave any cafe tacuba on in October",
        family="did_i",
        period="october",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="did I listen to The Weeknd at all this year",
        family="did_i",
        period="this_year",
        name="The Weeknd",
    ),
    Fresh(
        text="was Moon Safari on at all this week or not",
        family="did_i",
        period="this_week",
        name="Moon Safari",
    ),
    # what_played
    Fresh(
        text="what was I listenin' to last night bab",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what did I 'ave on this morning, I was half asleep",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="what did I listen to the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="run me through what I played on Saturday",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="what was we listenin' to last Friday",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="what music did I 'ave on this afternoon then",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="what did I listen to on November the third",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="what was playin' at ten to eight last night bab",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="what song was on at about eight this mornin'",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="what was I listening to at twenty past eight yesterday evening",
        family="playing_at",
        moment="2026-11-19 20:20",
    ),
    Fresh(
        text="at ten past five this afternoon, what was on",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="what was on at half eight this morning, summat was",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what was playin' at dinner time Wednesday, twelve o'clock like",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="what sort of music am I into then",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how'd yow describe me taste in music bab",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's me taste been like this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="when do I normally listen, like what hour",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what's me busiest day of the week for music",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what time am I usually listenin' to summat",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="'ave I found anyone new this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="any new bands turn up for me last month",
        family="new_artists",
        period="last_month",
    ),
    Fresh(
        text="which artists did I hear for the first time this year",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="how often do I skip stuff, honest",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's me skip rate this week bab",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="do I skip a lot of tracks or am I alright",
        family="skips",
        period="all_time",
        content="music",
    ),
    # repeat
    Fresh(
        text="do I play the same stuff over and over, be honest bab",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's me repeat rate been this month",
        family="repeat",
        period="this_month",
    ),
    # streak
    Fresh(
        text="how many days on the trot have I listened",
        family="streak",
    ),
    Fresh(
        text="what's me listenin' streak at, bab",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first listen to Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did da funk first turn up then",
        family="first_play",
        name="Da Funk",
    ),
    Fresh(
        text="when did I first play Wet Leg",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when did I last 'ave Queen on",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="last time I played the daily, when was that",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when was Eres last on bab",
        family="last_play",
        name="Eres",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="ar, what was the last tune I 'ad on, I've forgot",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song on today",
        family="first_today",
    ),
    Fresh(
        text="first tune I played today, what was it bab",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song I played last Friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what did I start off with yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="first track on in the kitchen on Saturday, what was it",
        family="first_in",
        period="saturday",
        room="kitchen",
    ),
    # last_in
    Fresh(
        text="what was the last song I played last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what did I finish up with the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="last tune I 'ad on last week, what was it",
        family="last_in",
        period="last_week",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what track gets skipped most, bab, the one I cor stand",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which band do I skip most often",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who do I skip the most then, which artist",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song 'ave I got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="which tune can't I stop playin'",
        family="on_repeat",
    ),
    Fresh(
        text="what track 'ave I bin caning lately bab",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give us a rundown of me week's listenin'",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="go on, do me year in review",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill me in on how October went music-wise",
        family="recap",
        period="october",
    ),
    Fresh(
        text="rundown of me listenin' please bab",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how did last summer go for music then, recap it for us",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="am I more a mornin' person or an evenin' person for music",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="do I listen more in the afternoons or at night",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do I play more music at weekends or in the week",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="weekdays or weekends, when do I listen more bab",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "put some Daft Punk on in the kitchen bab",
    "turn it up a bit, ar",
    "what's this song that's on now",
    "skip this one, it's doin' me 'ead in",
    "pause the podcast a sec",
    "next track in the front room",
    "turn the kitchen light off bab",
    "play the album Discovery",
    "shuffle some Queen",
    "put repeat on for this song",
    "group the kitchen speaker with the front room one",
    "set a timer for ten minutes for me cobs",
    "what's the weather doin' tomorrow in Brum",
    "stick cobs on the shopping list",
    "put the heating up to twenty one",
    "what am I listening to right now",
    "volume down bab, the babby's asleep",
    "play The Daily",
    "what's playing in the kitchen right now",
    "stop the music, tara-a-bit",
    "play summat bostin",
    "turn the speaker off in the kitchen",
    "play D.A.N.C.E. by Justice dead loud",
    "is it gonna rain in Birmingham later",
    "add milk and a sliced loaf to the list",
    "what's the time bab",
    "resume the podcast",
    "go back a song",
    "play some Air in the bathroom",
    "turn shuffle off",
    "play the next episode of The Daily",
    "who sings this",
    "how long's left on the timer",
    "set an alarm for seven tomorrow, I've got werk",
    "turn the thermostat down, it's roastin' in 'ere",
    "put BBC Radio WM on",
    "skip forward thirty seconds",
    "lights on in the kitchen",
    "make the kitchen speaker a bit quieter",
    "what album is this song off",
    "play Bohemian Rhapsody on repeat",
    "tara-a-bit, turn everythin' off",
    "ar, play that again",
    "mute the kitchen",
]
