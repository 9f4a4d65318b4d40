"""Writer 268, a South African in Durban, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="howzit, who's my number one artist so far this year?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="ag who was I obsessed with lately, which band hey",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen, who did we play the most last month?",
        family="top_artists",
        period="last_month",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="top three artists since March, quickly quickly",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="ja, who was my go-to artist last year, can you remember?",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="over the past two weeks who've I been playing the most, which artists bru",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="what's been my lekker song of the month, hey?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name my five most played tracks of all time",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="which song did I play the most last week",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="eish, what was our most played song in October",
        family="top_tracks",
        period="october",
        person="we",
    ),
    Fresh(
        text="what was my summer jam this summer, you know the one I played to death",
        family="top_tracks",
        period="summer",
    ),
    # top_albums
    Fresh(
        text="which album have I played the most this year, is it Discovery or what?",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="my favourite album over the last three months, what's it?",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="top two albums last summer",
        family="top_albums",
        period="last_summer",
        count=2,
    ),
    Fresh(
        text="which record did I have on most in August nè",
        family="top_albums",
        period="august",
    ),
    # top_podcasts
    Fresh(
        text="which podcast am I hooked on these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what's my go-to podcast, like of all time",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="most played podcast since October?",
        family="top_podcasts",
        period="since_october",
    ),
    # listening_time
    Fresh(
        text="how long have I had music on today, feels like ages shame",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours of podcasts did I listen to last month",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="ag how much time did we spend listening last weekend",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="how much music did I have on in the kitchen this week",
        family="listening_time",
        period="this_week",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="this afternoon how long was I listening for",
        family="listening_time",
        period="this_afternoon",
    ),
    # plays
    Fresh(
        text="how many songs did I play yesterday",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="how many things did I stream in the last 30 days",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="total plays this year, is it a lot?",
        family="plays",
        period="this_year",
    ),
    Fresh(
        text="how many episodes did I get through in September",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="roughly how many tunes in the last seven days",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists have I played this month",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="eish how many different bands did we have on in August",
        family="artists_count",
        period="august",
        person="we",
    ),
    Fresh(
        text="number of artists I've listened to, ever",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I listen to last week",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="since Monday how many different tracks hey",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="how many unique tunes in twenty twenty five",
        family="songs_count",
        period="in_2025",
    ),
    # play_count
    Fresh(
        text="how many times did I play Bohemian Rhapsody this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Queen have I had on this week, bru?",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="how often did that one more time song by daft punk play last month",
        family="play_count",
        period="last_month",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times have I played Radiohead",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="the daily, how many times did I listen since october",
        family="play_count",
        period="since_october",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="listened to any Justice lately?",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="did I have Air on yesterday, is it?",
        family="did_i",
        period="yesterday",
        name="Air",
    ),
    Fresh(
        text="did i play sexy boy today",
        family="did_i",
        period="today",
        name="Sexy Boy",
    ),
    Fresh(
        text="did we have any cafe tacuba on last weekend",
        family="did_i",
        period="last_weekend",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="did I ever listen to The Weeknd",
        family="did_i",
        period="all_time",
        name="The Weeknd",
    ),
    Fresh(
        text="quick question, did I hear the daily this morning",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    # what_played
    Fresh(
        text="what was I listening to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="ag what did I play the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what all did I have on last Friday",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="what did we listen to on Saturday",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="what did I have on the 3rd of November",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="run me through what I listened to last night",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="what was playing at quarter to eight last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="yoh what was on at eight o'clock yesterday evening",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="this morning at half past eight what was playing",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what song was on at quarter past five this afternoon",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="last Friday about nine at night, what was on?",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    # taste
    Fresh(
        text="what kind of music am I into, hey",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste in music for me",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's my vibe musically this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time of day do I usually listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when's my busiest listening, like what hour and what day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day of the week do I play the most music",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="have I discovered anyone new lately or what",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="which new artists did I find this year",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="any new bands for me last month",
        family="new_artists",
        period="last_month",
    ),
    # skips
    Fresh(
        text="what's my skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="am I skipping a lot lately or what",
        family="skips",
        period="lately",
    ),
    Fresh(
        text="how often do I skip stuff, honestly",
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
        text="what's my repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="did I keep playing the same tracks over and over last month",
        family="repeat",
        period="last_month",
    ),
    # streak
    Fresh(
        text="how many days in a row have I listened now",
        family="streak",
    ),
    Fresh(
        text="what's my listening streak at the moment, still lekker?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first start listening to Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did i first play eres",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="first time I listened to Wet Leg, when was that",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when did I last listen to The Daily",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when last did I play digital love",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="ag when's the last time I had Don't Stop Me Now on",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="I played something now now, what was that song?",
        family="last_song",
    ),
    Fresh(
        text="the song I had on just now, what was it called again",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="which song did I wake up to today",
        family="first_today",
    ),
    Fresh(
        text="what was the first song I played today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what did I start off with yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did I kick off with last Friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first track on Saturday",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="what was the last song yesterday",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="what did I finish off with last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last tune I played the day before yesterday",
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
        text="what track do I always skip, hey",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do I skip most",
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
        text="which song have I got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="ag man what song can't I stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="what's my song on repeat at the moment",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="howzit, give me a rundown of my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="run me through my year in review",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill me in on how my listening went in October",
        family="recap",
        period="october",
    ),
    Fresh(
        text="give me a recap of last summer",
        family="recap",
        period="last_summer",
    ),
    Fresh(
        text="rundown of my listening please",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="do I listen more in the mornings or the evenings, hey",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="more music in the afternoon or at night for me?",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="do I listen more on weekdays or over weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="is it weekends I play more or in the week?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play Daft Punk in the kitchen just now",
    "howzit, play some Queen in the kitchen",
    "turn the music up a bit hey",
    "ag man it's too loud, volume down",
    "what's playing in the kitchen",
    "what song is this, it's lekker",
    "skip this song",
    "eish not this one, next track",
    "pause the podcast quickly",
    "next track in the lounge",
    "turn off the kitchen light",
    "switch on the lights in the lounge now now",
    "play the album Discovery",
    "put on The Daily",
    "shuffle on please",
    "put this song on repeat",
    "turn repeat off",
    "group the kitchen and lounge speakers",
    "set a timer for ten minutes for the boerewors",
    "set an alarm for six tomorrow",
    "what's the weather in Durban tomorrow",
    "is it going to rain later, must I take the washing in",
    "add milk and bread to the shopping list",
    "put Mrs Balls chutney on the shopping list",
    "set the aircon to twenty two degrees",
    "make it warmer in the bedroom",
    "what am I listening to right now",
    "who sings this song",
    "stop the music, I'm going out just now",
    "resume the podcast",
    "play Around the World by Daft Punk",
    "play something lekker for the braai",
    "louder in the kitchen hey",
    "mute the kitchen speaker",
    "play Justice on all the speakers",
    "skip ahead thirty seconds in this episode",
    "what's this album that's playing called",
    "go back to the previous song",
    "turn the volume to five",
    "play the radio in the kitchen",
    "stop the timer",
    "how long is left on the timer",
    "play the latest episode of The Daily",
    "lock the front door",
    "ag shame, turn it down, the baby's sleeping",
    "play some Air in the bedroom please",
    "what time is it",
]
