"""Writer 317, Ghanaian English speaker from Accra, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="please which artist have I been listening to the most this month",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="chale who be my number one artist this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="ei who have I been obsessed with lately sef",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="my top three artists for last month, give me",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="in the kitchen which musician did we play pass last week",
        family="top_artists",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="what is my most played song of all time please",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="tell me my five most played songs since March",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="which song did I play pass for October",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="erm the song I was playing the most last summer, what was it again",
        family="top_tracks",
        period="last_summer",
    ),
    # top_albums
    Fresh(
        text="which album have I been playing paa this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="please my favourite album for the last three months",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="herh which record did I play the most in twenty twenty five",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="the album I can't stop playing these days abi, which one is it",
        family="top_albums",
        period="lately",
    ),
    # top_podcasts
    Fresh(
        text="which podcast have I been hooked on lately",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="my go to podcast this year which one",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="by the way what podcast did I listen to the most last month",
        family="top_podcasts",
        period="last_month",
    ),
    # listening_time
    Fresh(
        text="how many hours of music did I listen to this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="please how long did I listen yesterday",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="ei how much time have I spent on podcasts this month sef",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="total time I listened to music in september, how much",
        family="listening_time",
        period="september",
        content="music",
    ),
    Fresh(
        text="how long did we have the music on last weekend",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    # plays
    Fresh(
        text="so far today how many songs have I played",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many tracks did I play the day before yesterday",
        family="plays",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="count for me how many episodes I played the last thirty days",
        family="plays",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="how many things did we play on saturday in total",
        family="plays",
        period="saturday",
        person="we",
    ),
    # artists_count
    Fresh(
        text="how many different artists have I listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="please how many artists in all have I played kraa",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="number of different musicians I heard last month",
        family="artists_count",
        period="last_month",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play this month",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="since october how many distinct tracks have I played",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="how many songs have I played in all, I mean different different ones",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times did I play bohemian rap city this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="chale how many times I dey play daft punk this week",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="how many times have I played that one more time song by daft punk",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times did I play black sherif last month",
        family="play_count",
        period="last_month",
        name="Black Sherif",
    ),
    Fresh(
        text="ehn how much justice have I had on since monday",
        family="play_count",
        period="since_monday",
        name="Justice",
    ),
    # did_i
    Fresh(
        text="please did I play Queen yesterday evening",
        family="did_i",
        period="yesterday_evening",
        name="Queen",
    ),
    Fresh(
        text="have I listened to air at all this year, the french people",
        family="did_i",
        period="this_year",
        name="Air",
    ),
    Fresh(
        text="did I play Sarkodie last week",
        family="did_i",
        period="last_week",
        name="Sarkodie",
    ),
    Fresh(
        text="cafe taco by, did I hear them this summer",
        family="did_i",
        period="summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="did I listen to the dealy this morning",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="did we play dance by justice on last friday",
        family="did_i",
        period="last_friday",
        name="D.A.N.C.E. by Justice",
        person="we",
    ),
    # what_played
    Fresh(
        text="what was I listening to yesterday night",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what and what did I play this morning",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="tell me what I listened to on november third",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what music did we play the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="this afternoon what have I been listening to eh",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="what was playing yesterday night around quarter to eight",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="please at eight o'clock this morning what song was playing",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="what was on at five o'clock today",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="which song was playing at noon on saturday",
        family="playing_at",
        moment="2026-11-14 12:00",
    ),
    Fresh(
        text="last friday nine o'clock in the night, what was playing",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    # taste
    Fresh(
        text="what kind of music do I like, according to you",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my music taste for me small",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="chale what type of music have I been into this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time of the day do I normally listen to music",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="which day of the week do I listen the most",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="at what hour do I mostly be listening",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="have I discovered any new artists lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="which new musicians did I hear for the first time this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="any new artist I started listening to this year oo",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="how often do I skip songs",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what is my skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="do I skip plenty, like how many have I skipped this week",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="do I replay the same things too much",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what is my repeat rate for last month",
        family="repeat",
        period="last_month",
    ),
    Fresh(
        text="ankasa how much have I been repeating the same stuff lately",
        family="repeat",
        period="lately",
    ),
    # streak
    Fresh(
        text="how many days in a row have I been listening",
        family="streak",
    ),
    Fresh(
        text="what is my listening streak now",
        family="streak",
    ),
    Fresh(
        text="charlie how many days straight have I played music",
        family="streak",
        content="music",
    ),
    # first_play
    Fresh(
        text="when did I first listen to justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when was the first time I played don't stop me now",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="when did I first play stonebwoy",
        family="first_play",
        name="Stonebwoy",
    ),
    Fresh(
        text="moon safari, when did I first play that album",
        family="first_play",
        name="Moon Safari",
    ),
    # last_play
    Fresh(
        text="when was the last time I listened to the daily",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when last did I play queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="when last did I hear la fem dargent",
        family="last_play",
        name="La femme d'argent",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="the last song I listened to, what was the name again",
        family="last_song",
    ),
    Fresh(
        text="which song did I play last sef",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song I played today",
        family="first_today",
    ),
    Fresh(
        text="which song did I wake up to this morning",
        family="first_today",
    ),
    Fresh(
        text="today today, the very first tune I put on, which one",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="yesterday which song did I start with",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="the first track I played on saturday please",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="what song did I start last week with",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="first song I played this year, do you know it",
        family="first_in",
        period="this_year",
    ),
    # last_in
    Fresh(
        text="the last song I played yesterday before I slept",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="which song did I end with on last friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="what did I finish october with",
        family="last_in",
        period="october",
    ),
    Fresh(
        text="last song I played the day before yesterday",
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
        text="the song I always skip, which one is it",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="which track did I skip pass this month",
        family="most_skipped",
        period="this_month",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do I skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="chale which musician do I keep skipping",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="the artist I skipped the most last year",
        family="most_skipped_artist",
        period="last_year",
    ),
    # on_repeat
    Fresh(
        text="which song have I been playing on repeat",
        family="on_repeat",
    ),
    Fresh(
        text="herh what song can't I stop playing these days",
        family="on_repeat",
    ),
    Fresh(
        text="the song I've been playing over and over, which one",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="run me through my october please",
        family="recap",
        period="october",
    ),
    Fresh(
        text="how did my music go last week, summarise it for me",
        family="recap",
        period="last_week",
    ),
    Fresh(
        text="I beg give me the recap of last year",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="how was our listening last month, tell me small",
        family="recap",
        period="last_month",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="do I listen more in the morning or in the evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am I a morning person or night person when it comes to music",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="between afternoon and night, when do I play more",
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
        text="weekends or working days, which one do I play music more",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="saturday sunday do I listen more than monday to friday",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "please play Sarkodie in the kitchen",
    "chale turn the music up small",
    "reduce the volume please",
    "what song is this",
    "who is singing this song",
    "skip this song abeg",
    "pause the podcast please",
    "next track in the living room",
    "switch off the kitchen light",
    "play the album discovery",
    "shuffle my playlist",
    "put repeat on for this song",
    "group the kitchen speaker with the bedroom one",
    "set timer for twenty minutes for my jollof",
    "what is the weather like today",
    "add gari to my shopping list",
    "set the thermostat to twenty two",
    "what am I listening to right now",
    "play the daily",
    "play some highlife in the kitchen",
    "stop the music",
    "turn it down, it's too loud",
    "go back to the previous song",
    "play don't stop me now by queen",
    "what's playing in the kitchen now",
    "who sang this one",
    "like this song",
    "add this song to my playlist",
    "play me some afrobeats",
    "set alarm for five thirty tomorrow morning",
    "remind me to call my mother at seven",
    "turn on the fan in the hall",
    "is the kitchen speaker on",
    "louder please",
    "resume the podcast",
    "rewind thirty seconds",
    "play the latest episode of the daily",
    "play music in all the rooms",
    "how long is left on this song",
    "what album is this song from",
    "turn on repeat mode",
    "set volume to 40",
    "call Kwame",
    "what is the time now",
]
