"""Writer 318, Pakistani-British taxi driver in Bradford, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="right yaar who've I been banging on most this month",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="quick one, who were me number one artist last year",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="who am I proper obsessed with lately, go on, be honest",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top three artists since October, go on then",
        family="top_artists",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="in the kitchen like, which artist gets played most in there",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="over the last three months who's been me main man, artist wise",
        family="top_artists",
        period="last_3_months",
    ),
    # top_tracks
    Fresh(
        text="what's me most played track this week bruv",
        family="top_tracks",
        period="this_week",
    ),
    Fresh(
        text="name me top five songs of all time yaar",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="song of the summer for me, what were it",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="which tune did I have on most last month",
        family="top_tracks",
        period="last_month",
    ),
    Fresh(
        text="me favourite song in twenty twenty five what were it, I can't remember",
        family="top_tracks",
        period="in_2025",
    ),
    # top_albums
    Fresh(
        text="which album have I had on most, like ever",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="what were me most played record in September",
        family="top_albums",
        period="september",
    ),
    Fresh(
        text="top two albums this year, just the two",
        family="top_albums",
        period="this_year",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast am I hooked on these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="most played podcast last month?",
        family="top_podcasts",
        period="last_month",
    ),
    Fresh(
        text="podcast wise, what show do I listen to most",
        family="top_podcasts",
        period="all_time",
    ),
    # listening_time
    Fresh(
        text="how many hours of music have I had on this week yaar",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how long were I listening yesterday",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="how much time on podcasts this month roughly",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="total listening last seven days, how much is it",
        family="listening_time",
        period="last_7_days",
    ),
    Fresh(
        text="how long did we have music going last weekend in the house",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="over the past two weeks how long have I been listening, hours like",
        family="listening_time",
        period="last_2_weeks",
    ),
    # plays
    Fresh(
        text="how many songs have I got through today so far",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="saturday, how many tracks did I play",
        family="plays",
        period="saturday",
        content="music",
    ),
    Fresh(
        text="how many episodes did I listen to in october",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="how many things did we play last week all together",
        family="plays",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="number of plays since monday",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="how many tunes last summer, total like",
        family="plays",
        period="last_summer",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists have I listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artists did I go through last month, different ones I mean",
        family="artists_count",
        period="last_month",
    ),
    Fresh(
        text="how many different bands in the last thirty days",
        family="artists_count",
        period="last_30_days",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play this week",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="different tracks since march how many",
        family="songs_count",
        period="since_march",
    ),
    Fresh(
        text="how many separate tunes have I played, not counting the same one twice",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times have I played bohemian rapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Queen have I had on this month then",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="daft punk, how many plays this year",
        family="play_count",
        period="this_year",
        name="Daft Punk",
    ),
    Fresh(
        text="how many times did I put the daily on last week",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="how many times I played Radiohead ever",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="that dance one by justice, how many times this month",
        family="play_count",
        period="this_month",
        name="D.A.N.C.E. by Justice",
    ),
    # did_i
    Fresh(
        text="did I listen to any Justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="had much Air on lately?",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="did I have cafe taco ba on in october",
        family="did_i",
        period="october",
        name="Café Tacvba",
    ),
    Fresh(
        text="have I had The Weeknd on at all this year, my lad says I did",
        family="did_i",
        period="this_year",
        name="The Weeknd",
    ),
    Fresh(
        text="did we have that one more time song on yesterday evening",
        family="did_i",
        period="yesterday_evening",
        name="One More Time",
        person="we",
    ),
    Fresh(
        text="the daily, did I catch it this morning or not",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="around the world by daft punk, did I play it day before yesterday",
        family="did_i",
        period="day_before_yesterday",
        name="Around the World by Daft Punk",
    ),
    # what_played
    Fresh(
        text="what were I listening to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did I have on last friday, no hang on, day before yesterday I mean",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="run me through what I played last friday",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="what music were on november the third",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="what've I been listening to this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what were I listening to back in august",
        family="what_played",
        period="august",
    ),
    # playing_at
    Fresh(
        text="what were playing about ten to eight yesterday",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="this morning round quarter past eight what song were that",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="what was on at five past five today",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="wednesday dinner time, about twelve, what were on",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="last night at eight o clock what were playing",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    # taste
    Fresh(
        text="what sort of music am I into then, honestly",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe me taste in music yaar",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time of day do I usually have me tunes on",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when do I listen most, like which hour and which day",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="have I found anyone new lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new artists this month what I never heard before",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="which artists did I discover last year",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(
        text="how often do I skip, be honest",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's me skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="last week did I skip a lot of tracks or what",
        family="skips",
        period="last_week",
        content="music",
    ),
    # repeat
    Fresh(
        text="how much do I replay the same stuff, what's me repeat rate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="do I keep playing the same things over and over, wife says I do",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="how many days on the trot have I listened",
        family="streak",
    ),
    Fresh(
        text="what's me streak, days in a row like",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first listen to Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when were the first time I played sexy boy",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="when did wet leg first come up for me",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when did I last have Queen on",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="last time I played digital love, when were that",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="when did I last listen to the daly",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="what were the last song I played",
        family="last_song",
    ),
    Fresh(
        text="last track I had on, what were it, it's gone right out me head",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what did I start the day with, first song",
        family="first_today",
    ),
    Fresh(
        text="first tune today what were it",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what were the first track on saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="what did I kick off last week with",
        family="first_in",
        period="last_week",
    ),
    # last_in
    Fresh(
        text="what were the last song I played yesterday evening",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did I finish with last friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="last thing I played in october",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what track do I always skip, the one I can't be doing with",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do I skip the most",
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
        text="what song have I got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="which track can't I stop playing yaar",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a rundown of me week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how were my october for music",
        family="recap",
        period="october",
    ),
    Fresh(
        text="tell me how me year in music's gone",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="quick recap of last month please",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="fill me in on me listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how did we do last week music wise, sort of a roundup",
        family="recap",
        period="last_week",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="do I listen more in the mornings or at night",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am I a morning listener or more evenings, after shift like",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do I listen more on weekdays or weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekends or in the week, when have I got more music on",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "play some daft punk in the kitchen yaar",
    "turn it up a bit",
    "turn the music down kids are asleep",
    "skip this one bruv",
    "what song is this",
    "who sings this then",
    "pause the podcast",
    "next track",
    "put the daily on",
    "play the album cross",
    "shuffle on",
    "put this on repeat",
    "stop the music",
    "set a timer for twenty minutes for the chai",
    "what's the weather doing in bradford tomorrow",
    "add milk and atta to the shopping list",
    "turn the heating up to twenty one",
    "turn off the kitchen light",
    "group the kitchen speaker with the front room",
    "what am I listening to right now",
    "what's playing in the kitchen",
    "volume to five",
    "louder",
    "play some nusrat fateh ali khan",
    "play qawwali in the kitchen",
    "put bbc asian network on",
    "wake me up at half four, early shift",
    "set an alarm for five",
    "remind me pickup at the airport six o clock",
    "how's the traffic on the M606",
    "add this song to me playlist",
    "go back a song",
    "start the song again",
    "resume the podcast",
    "turn off shuffle",
    "stop after this track",
    "what album's this from",
    "play the next episode of the daily",
    "play something for the drive",
    "is it gonna rain today",
    "lock the front door",
    "bass up a bit on the kitchen speaker",
    "mute the kitchen speaker",
    "play bohemian rhapsody in the kitchen",
    "repeat mode off",
]
