"""Writer 269, New Zealand sheep farmer, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who've I been hammering the most this year artist wise eh",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="righto who was my number one band last month",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="in the kitchen, who gets played the most, artist wise",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="which band were we flogging to death last week eh",
        family="top_artists",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="chuck me my top three artists since March",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="what's Ada been playing heaps lately, who's her top artist",
        family="top_artists",
        period="lately",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="what's my song of the year so far",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="chur, name my five most played tracks over the last thirty days",
        family="top_tracks",
        period="last_30_days",
        count=5,
    ),
    Fresh(
        text="yeah so what song did I play the most over the past two weeks",
        family="top_tracks",
        period="last_2_weeks",
    ),
    Fresh(
        text="favourite song of all time going by the numbers, what is it",
        family="top_tracks",
        period="all_time",
    ),
    # top_albums
    Fresh(
        text="which album have I flogged the most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="what record got the most spins last month",
        family="top_albums",
        period="last_month",
    ),
    Fresh(
        text="top two albums ever, go",
        family="top_albums",
        period="all_time",
        count=2,
    ),
    Fresh(
        text="sweet as, in the kitchen what album gets played the most",
        family="top_albums",
        period="all_time",
        room="kitchen",
    ),
    # top_podcasts
    Fresh(
        text="what podcast am I hooked on these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="which show did I have on the most in October eh",
        family="top_podcasts",
        period="october",
    ),
    Fresh(
        text="yeah nah not the music, what's my go-to podcast",
        family="top_podcasts",
        period="all_time",
    ),
    # listening_time
    Fresh(
        text="how many hours of tunes did I get through this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how long's the music been going this arvo",
        family="listening_time",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="how much listening did we do last weekend all up",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="total time on podcasts since October roughly",
        family="listening_time",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="how long was the speaker going for the day before yesterday",
        family="listening_time",
        period="day_before_yesterday",
    ),
    Fresh(
        text="gidday, quick one, how much podcast did I listen to in the last thirty days",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="how long did ada have the music on yesterday",
        family="listening_time",
        period="yesterday",
        content="music",
        person="Ada",
    ),
    # plays
    Fresh(
        text="how many tracks have I played so far today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many plays all up last year",
        family="plays",
        period="last_year",
    ),
    Fresh(
        text="how many episodes did I get through in the last three months",
        family="plays",
        period="last_3_months",
        content="podcasts",
    ),
    Fresh(
        text="number of songs I played on Saturday, roughly",
        family="plays",
        period="saturday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different bands have I had on this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artists did I get through in twenty twenty five eh",
        family="artists_count",
        period="in_2025",
    ),
    Fresh(
        text="different artists in the last seven days, how many",
        family="artists_count",
        period="last_7_days",
    ),
    # songs_count
    Fresh(
        text="how many different songs have I played since Monday",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="had heaps of tunes on this month, how many different ones reckon",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="how many separate tracks did I play in September",
        family="songs_count",
        period="september",
    ),
    # play_count
    Fresh(
        text="how many times have I played bohemian rapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much queen's been on this month eh",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="that one more time song by daft punk, how many times this week",
        family="play_count",
        period="this_week",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many plays has the daily had since march",
        family="play_count",
        period="since_march",
        name="The Daily",
    ),
    Fresh(
        text="how many times did I play radiohead last year",
        family="play_count",
        period="last_year",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="been giving justice a go lately or nah",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="listened to much Air this summer?",
        family="did_i",
        period="summer",
        name="Air",
    ),
    Fresh(
        text="did I have cafe tacvba on last summer at all",
        family="did_i",
        period="last_summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="did the daily get a run yesterday",
        family="did_i",
        period="yesterday",
        name="The Daily",
    ),
    Fresh(
        text="did I play any wet leg back in August",
        family="did_i",
        period="august",
        name="Wet Leg",
    ),
    Fresh(
        text="did we have sexy boy on in October",
        family="did_i",
        period="october",
        name="Sexy Boy",
        person="we",
    ),
    # what_played
    Fresh(
        text="what was I listening to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what'd I have on this morning while I was out feeding the dogs",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="what tunes were going last Friday",
        family="what_played",
        period="last_friday",
        content="music",
    ),
    Fresh(
        text="what did we listen to on November third",
        family="what_played",
        period="november_3",
        person="we",
    ),
    Fresh(
        text="what was I playing last night eh",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="what was playing at eight o'clock last night",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="what was going at half eight this morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what song was on at quarter past five this arvo",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="yesterday about ten past eight in the evening, what was on",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    # taste
    Fresh(
        text="what kind of music am I into, reckon",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste in tunes, be honest eh",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would you sum up my taste this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time of day do I usually get the tunes going",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when do I listen the most, like what hour and what day",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="found any new bands lately or what",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new artists turn up this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who'd I hear for the first time last year",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(
        text="how often do I skip songs",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's my skip rate this month eh",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="do I skip heaps or what",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="how much do I replay the same songs over and over",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate been like this year",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="how many days in a row have I had music on",
        family="streak",
    ),
    Fresh(
        text="what's my listening streak at, chur",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first hear justice then",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="first time I ever played eres, when was that",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="when did I first put the daily on",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="when did I first play the weeknd",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="when did I last have don't stop me now on",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="last time I played any air, when was it",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="when'd I last listen to the discovery album",
        family="last_play",
        name="Discovery",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="what was that last track I had on eh",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what tune did I start the day with",
        family="first_today",
    ),
    Fresh(
        text="first song I played today, what was it",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song I played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did I kick off with on Saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="first tune of the month, what was it",
        family="first_in",
        period="this_month",
    ),
    # last_in
    Fresh(
        text="what did I finish up on last Friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="last song I played yesterday evening",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="what was the last track of last week",
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
        text="what track do I always bin halfway through",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which band do I skip the most eh",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who's the artist I skip heaps",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have I got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="what's been on high rotation, song wise",
        family="on_repeat",
    ),
    Fresh(
        text="what song can't I stop playing",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="how's my week been for tunes",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="give me a rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="chur, run me through my year",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="what was last month like listening wise, sum it up",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="fill me in on how twenty twenty five went for tunes",
        family="recap",
        period="in_2025",
    ),
    # compare_day_parts
    Fresh(
        text="do I listen more in the mornings or at night eh",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mornings or arvos, when am I listening more",
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
        text="weekends versus during the week, which gets more listening",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "chuck some daft punk on in the kitchen",
    "turn the music up eh",
    "what's playing in the kitchen right now",
    "what song's this",
    "skip this one, it's rubbish",
    "pause the podcast, the dog's barking",
    "next track in the lounge",
    "turn off the kitchen light",
    "play the album discovery",
    "turn it down a notch, too loud",
    "volume to thirty",
    "shuffle the tunes",
    "put this song on repeat",
    "group the kitchen and the lounge speakers",
    "set a timer for twenty minutes for the scones",
    "what's the weather doing this arvo",
    "is it gonna rain tomorrow, need to shift the mob",
    "add sheep drench to the shopping list",
    "set the heat pump to twenty one",
    "what am I listening to right now",
    "play the daily",
    "resume the podcast",
    "play some queen",
    "stop the music",
    "who sings this",
    "play something by justice in the kitchen",
    "turn repeat off",
    "turn shuffle on in the kitchen",
    "play the next episode of the daily",
    "go back a song",
    "mute the kitchen speaker",
    "add milk and bread to the shopping list",
    "what time is it",
    "set an alarm for half five tomorrow morning",
    "play bohemian rhapsody, loud as",
    "like this song",
    "what album is this from",
    "turn the lights on in the woolshed",
    "play radio new zealand",
    "skip ahead thirty seconds",
    "how long's left on the timer",
    "play something chill in the kitchen, sweet as",
    "who's this band playing now",
    "stop playing in all rooms",
    "cancel the timer",
]
