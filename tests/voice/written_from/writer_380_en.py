"""Writer 380, a New Zealand sheep farmer in his forties, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who've I been hammering the most this month eh",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="yeah nah quick one, which band's been my number one so far this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="top three artists last month, chur",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="which band have I been flogging to death lately eh",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="who'd I play the most back in twenty twenty five",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="what's been my most played tune over the last thirty days",
        family="top_tracks",
        period="last_30_days",
    ),
    Fresh(
        text="chuck me my top five tracks from last year eh",
        family="top_tracks",
        period="last_year",
        count=5,
    ),
    Fresh(
        text="which song did I have on the most back in September",
        family="top_tracks",
        period="september",
    ),
    Fresh(
        text="in the kitchen, what's the one song that gets a hammering more than the rest",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="which album did I thrash the most last summer",
        family="top_albums",
        period="last_summer",
    ),
    Fresh(
        text="what's me favourite record since March would ya reckon",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="most played album of all time eh",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="what podcast have I had on the most over the past two weeks",
        family="top_podcasts",
        period="last_2_weeks",
    ),
    Fresh(
        text="most listened to podcast this year mate",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="all up which show have I listened to most",
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
        text="how long have I had stuff playing today all up",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="roughly how much time have I spent on podcasts this month eh",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="total hours listened in twenty twenty five",
        family="listening_time",
        period="in_2025",
    ),
    Fresh(
        text="how much music did we have going last weekend",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    # plays
    Fresh(
        text="how many songs have I played since Monday",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="how many things got played on Saturday",
        family="plays",
        period="saturday",
    ),
    Fresh(
        text="how many podcast episodes did I knock over in October",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="total number of streams last week roughly",
        family="plays",
        period="last_week",
    ),
    # artists_count
    Fresh(
        text="how many different bands have I listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="in August how many separate artists did I have on",
        family="artists_count",
        period="august",
    ),
    Fresh(
        text="number of different artists ever, all up",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play over the last three months",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="how many unique tracks since October eh",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="yesterday, how many different tunes was that",
        family="songs_count",
        period="yesterday",
    ),
    # play_count
    Fresh(
        text="how many times have I played bohemian rapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Daft Punk did I chuck on last week",
        family="play_count",
        period="last_week",
        name="Daft Punk",
    ),
    Fresh(
        text="how many times has the daily been on this month",
        family="play_count",
        period="this_month",
        name="The Daily",
    ),
    Fresh(
        text="how many times have I played Fat Freddy's Drop this year",
        family="play_count",
        period="this_year",
        name="Fat Freddy's Drop",
    ),
    Fresh(
        text="sexy boy by air, how many plays has that had since march",
        family="play_count",
        period="since_march",
        name="Sexy Boy by Air",
    ),
    # did_i
    Fresh(
        text="did I have any Justice on last weekend",
        family="did_i",
        period="last_weekend",
        name="Justice",
    ),
    Fresh(
        text="listened to Six60 at all this year?",
        family="did_i",
        period="this_year",
        name="Six60",
    ),
    Fresh(
        text="yeah nah did I play that eres song by cafe tacuba in the last seven days",
        family="did_i",
        period="last_7_days",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="did Ada put any Queen on yesterday evening",
        family="did_i",
        period="yesterday_evening",
        name="Queen",
        person="Ada",
    ),
    Fresh(
        text="did we have The Daily on last Friday",
        family="did_i",
        period="last_friday",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="any Moon Safari over the summer, bro",
        family="did_i",
        period="summer",
        name="Moon Safari",
    ),
    # what_played
    Fresh(
        text="what was I listening to on November the third",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what did I have on this arvo",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what were we playing the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="what tunes did I have going last night eh",
        family="what_played",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="this morning while I was feeding out, what was I listening to",
        family="what_played",
        period="this_morning",
    ),
    # playing_at
    Fresh(
        text="what song was going at about five past eight last night",
        family="playing_at",
        moment="2026-11-19 20:05",
    ),
    Fresh(
        text="what was playing at half eight this morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="round quarter past five this arvo what was on",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="what was playing last Friday at midday, at smoko",
        family="playing_at",
        moment="2026-11-13 12:00",
    ),
    # taste
    Fresh(
        text="how would you sum up me taste in music eh",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's my music taste like then, be honest",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's my taste been like this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="when do I usually have the music going",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what time of the day am I listening the most, and what day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day of the week do I listen heaps more than the others",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="found any new bands this month?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who've I come across for the first time since October",
        family="new_artists",
        period="since_october",
    ),
    Fresh(
        text="any artists I'd never heard before pop up last month",
        family="new_artists",
        period="last_month",
    ),
    # skips
    Fresh(
        text="how often do I skip stuff eh",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's my skip rate this week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="how many tracks did I skip last month",
        family="skips",
        period="last_month",
        content="music",
    ),
    # repeat
    Fresh(
        text="how much do I replay the same stuff over and over",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate for the year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="last thirty days, do I play the same things on loop heaps",
        family="repeat",
        period="last_30_days",
    ),
    # streak
    Fresh(
        text="how many days straight have I had something on",
        family="streak",
    ),
    Fresh(
        text="what's my listening streak at eh",
        family="streak",
    ),
    Fresh(
        text="how many days running have I listened now",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first play Air",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="when did don't stop me now first show up",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="first time I ever put on Dave Dobbyn, when was that",
        family="first_play",
        name="Dave Dobbyn",
    ),
    # last_play
    Fresh(
        text="when did I last have Digital Love on",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="how long since I played Moon Safari",
        family="last_play",
        name="Moon Safari",
    ),
    Fresh(
        text="when was the last time I heard phantom by justice",
        family="last_play",
        name="Phantom by Justice",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="last track I had on, what was it eh",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what did I kick the day off with",
        family="first_today",
    ),
    Fresh(
        text="first tune of the day today, what was it",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what did I start off with on Saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="first track of the week, what was it",
        family="first_in",
        period="this_week",
    ),
    Fresh(
        text="what kicked things off last Friday music wise",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="what did I finish up with last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song I played yesterday",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="what was the last thing I had on the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what's the track I'm always flicking past",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped song this year",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which band do I skip the most eh",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="in the kitchen which artist gets skipped the most",
        family="most_skipped_artist",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="who did I skip the most last month",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="what song have I got on repeat at the moment",
        family="on_repeat",
    ),
    Fresh(
        text="which tune can't I stop playing eh",
        family="on_repeat",
    ),
    Fresh(
        text="what's the track that's been on high rotation round here",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="how'd my week go music wise",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="give me the rundown on my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="do me a year in review eh, sweet as",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="run me through how last month went for listening",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="how did the summer go listening wise",
        family="recap",
        period="summer",
    ),
    # compare_day_parts
    Fresh(
        text="do I listen more in the mornings or the evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am I more of an arvo listener or a night one",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="this month, more tunes in the mornings or at night?",
        family="compare_day_parts",
        period="this_month",
        content="music",
    ),
    # compare_week
    Fresh(
        text="do I listen more on the weekends or during the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays or weekends, when do I play more music",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="was I listening more on weekdays or weekends last month",
        family="compare_week",
        period="last_month",
    ),
]

NEGATIVES = [
    "chuck on some Six60 in the kitchen",
    "turn it up a bit eh",
    "what song's this",
    "skip this one, yeah nah not feeling it",
    "pause the podcast, gotta go check the ewes",
    "next track in the kitchen",
    "turn off the kitchen light",
    "play the album Discovery",
    "whack the volume down to four",
    "shuffle on mate",
    "put this on repeat",
    "group the kitchen and lounge speakers",
    "set a timer for twenty minutes for the mutton",
    "what's the weather doing tomorrow, gonna rain?",
    "add bread and milk to the shopping list",
    "set the heat pump to twenty one",
    "what am I listening to right now",
    "who's this singing",
    "play The Daily",
    "put some Queen on eh",
    "stop the music",
    "resume the podcast",
    "play Bohemian Rhapsody in the kitchen",
    "louder, chur",
    "mute the kitchen speaker",
    "what's playing in the kitchen",
    "play something by Justice",
    "go back a song",
    "play the latest episode of The Daily",
    "turn the kitchen speaker off",
    "set an alarm for half four, lambing tomorrow",
    "is it gonna frost tonight",
    "turn repeat off",
    "play the next episode",
    "how long's left on this song",
    "who sings this track",
    "play Around the World by Daft Punk",
    "what album is this from",
    "fast forward thirty seconds",
    "remind me to move the mob at six",
    "play Air in the kitchen sweet as",
    "turn the music off when this song finishes",
    "add this track to my playlist",
    "what's the time eh",
    "put the radio on in the kitchen",
]
