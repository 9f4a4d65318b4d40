"""Writer 230, Australian tradesperson in a noisy workshop, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="yeah who'd I listen to most last week mate",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="who's me number one band this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="which artist I been flogging to death lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top three artists since march",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="in the kitchen who gets played most",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="what's me most played song this month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name my five most played tracks all time",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="song of the year so far mate what is it",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="which track did we have on most last month",
        family="top_tracks",
        period="last_month",
        person="we",
    ),
    # top_albums
    Fresh(
        text="what album did I hammer most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="most played record ever",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="top two albums october",
        family="top_albums",
        period="october",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast am I hooked on these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what's me go to podcast",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="most played podcast in twenty twenty five",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="how long'd I have music going today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours listening this week all up",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="how much time we spend listening last weekend",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="how many minutes of podcast yesterday",
        family="listening_time",
        period="yesterday",
        content="podcasts",
    ),
    Fresh(
        text="hours of tunes in the last thirty days reckon it's heaps",
        family="listening_time",
        period="last_30_days",
        content="music",
    ),
    Fresh(
        text="how long was the music on in the kitchen last summer",
        family="listening_time",
        period="last_summer",
        content="music",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="how many songs I play this morning",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="total plays since monday",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="how many episodes I get through last month",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="how many tracks did we chew through yesterday",
        family="plays",
        period="yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="how many songs did ada play in august",
        family="plays",
        period="august",
        content="music",
        person="Ada",
    ),
    # artists_count
    Fresh(
        text="how many different artists I listen to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many different bands ever",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="number of artists last three months",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="how many different songs this week",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="how many separate tracks I play in september",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="dunno how many different tunes I got through over summer",
        family="songs_count",
        period="summer",
    ),
    # play_count
    Fresh(
        text="how many times I play bohemian rhapsody this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much queen have I had on this month",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="times I played that one more time daft punk song",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times acdc got a run this year",
        family="play_count",
        period="this_year",
        name="AC/DC",
    ),
    Fresh(
        text="daily episodes since october how many",
        family="play_count",
        period="since_october",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="did I have any justice on yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="listen to any air last weekend",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="any cold chisel this year or what",
        family="did_i",
        period="this_year",
        name="Cold Chisel",
    ),
    Fresh(
        text="did we play sexy boy last week",
        family="did_i",
        period="last_week",
        name="Sexy Boy",
        person="we",
    ),
    Fresh(
        text="heard the daily this morning did I",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="cafe tacuba past seven days had any on",
        family="did_i",
        period="last_7_days",
        name="Café Tacvba",
    ),
    # what_played
    Fresh(
        text="what was I listening to last night",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what'd I have on saturday",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="what did I listen to day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what tunes I have on this arvo",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="what did ada listen to yesterday evening",
        family="what_played",
        period="yesterday_evening",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="what was going round about ten past eight last night",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="what song was on quarter past eight this morning",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="at five past five this arvo what was playing",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="wednesday nine o'clock at night what was on",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    # taste
    Fresh(
        text="what sort of stuff am I into music wise",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would you describe me taste in tunes",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's me music taste like mate honest",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time of day I usually have the tunes on",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when do I listen most what day and that",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what's me busiest listening hour",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="found any new bands lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new artists this month I hadn't heard before",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who'd I listen to first time last year",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(
        text="how often I skip songs",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's me skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="yeah nah do I skip heaps or not",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="how much do I replay the same songs",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's me repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="do I play same tracks over and over",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="how many days in a row I been listening",
        family="streak",
    ),
    Fresh(
        text="what's me streak at",
        family="streak",
    ),
    Fresh(
        text="how many days straight have I had something on",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when'd I first listen to justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="first time I played eres by cafe tacuba",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="when did I first put radiohead on",
        family="first_play",
        name="Radiohead",
    ),
    # last_play
    Fresh(
        text="when'd I last play don't stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="last time I had the daily on",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="air when was that last on",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="when did I last listen to discovery album",
        family="last_play",
        name="Discovery",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="last track I had on mate",
        family="last_song",
    ),
    Fresh(
        text="what was the very last thing I played song wise",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what song I start with today",
        family="first_today",
    ),
    Fresh(
        text="what was first song on today",
        family="first_today",
    ),
    Fresh(
        text="what kicked off the day music wise",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what'd I start with yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="first track last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what was first song on november third",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="what'd I finish up on last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song saturday",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="what was last track I played last week",
        family="last_in",
        period="last_week",
    ),
    # most_skipped
    Fresh(
        text="what song I skip most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="which track do I always skip",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped tune",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which band I skip most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who do I keep skipping artist wise",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have I got on repeat",
        family="on_repeat",
    ),
    Fresh(
        text="what's on high rotation these days",
        family="on_repeat",
    ),
    Fresh(
        text="what's that song I can't stop playing",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give us a rundown of me week in music",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how'd me october go music wise",
        family="recap",
        period="october",
    ),
    Fresh(
        text="year in review mate let's hear it",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="run me through last month",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="fill me in on my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was our fortnight for music",
        family="recap",
        period="last_2_weeks",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="do I listen more mornings or evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am I more a morning or arvo listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="more tunes at night or in the morning reckon",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do I listen more weekdays or weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="more music on weekend or during the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="work days versus weekends which gets more listening",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play daft punk in kitchen mate",
    "turn the tunes up",
    "crank it up heaps",
    "what's this song",
    "skip this one",
    "pause the podcast",
    "next track",
    "turn off kitchen light",
    "play album discovery",
    "volume to eight",
    "shuffle on",
    "put it on repeat",
    "group the shed speaker with kitchen",
    "set a timer twenty minutes for smoko",
    "what's the weather gonna do this arvo",
    "add sausages to shopping list",
    "turn heater up to twenty",
    "what am I listening to right now",
    "who sings this",
    "stop the music",
    "play some justice",
    "play latest episode of the daily",
    "turn it down mate can't hear meself think",
    "what's playing in the kitchen",
    "play queen in the shed",
    "resume podcast",
    "go back a song",
    "mute",
    "louder",
    "play triple j",
    "set alarm for six",
    "remind me at smoko to ring the sparky",
    "what's the time",
    "add bread to the list",
    "lights on in the workshop",
    "play bohemian rhapsody",
    "repeat this song",
    "turn shuffle off",
    "skip ahead thirty seconds",
    "what album is this",
    "who's this band",
    "play some acdc loud",
    "is it gonna rain tomorrow",
    "next song in the kitchen",
]
