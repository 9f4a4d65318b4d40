"""Writer 54, a speaker whose English follows Indian English habits, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="the most I listened is which artist",
        family="top_artists",
        period="all_time",
    ),
    Fresh(
        text="kindly tell me which singer I have played maximum this month",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="last year who was my number one artist, tell me",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="which band I was obsessed with lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top 3 artists of this year kindly",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="in 2025 which artist I listened most",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="which song I have played the most in October",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="tell me my top 5 songs since March",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="what was our most played song last month",
        family="top_tracks",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="song of the summer for me was which one",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="in kitchen which song got played maximum last week",
        family="top_tracks",
        period="last_week",
        room="kitchen",
    ),
    Fresh(
        text="top ten songs of all time kindly tell",
        family="top_tracks",
        period="all_time",
        count=10,
    ),
    # top_albums
    Fresh(
        text="which album I have listened most",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="my favourite album of twenty twenty five is what",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="kindly tell me top two albums of last 3 months",
        family="top_albums",
        period="last_3_months",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast I am hooked on these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="most I listened podcast this year is which one",
        family="top_podcasts",
        period="this_year",
    ),
    # listening_time
    Fresh(
        text="how many hours I have listened music this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how much time I spent on podcasts yesterday",
        family="listening_time",
        period="yesterday",
        content="podcasts",
    ),
    Fresh(
        text="today morning how long I listened",
        family="listening_time",
        period="this_morning",
    ),
    Fresh(
        text="total how many hours we have listened last weekend",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="since Monday how many minutes of songs I have played",
        family="listening_time",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="over the past two weeks how much time I have spent listening",
        family="listening_time",
        period="last_2_weeks",
    ),
    # plays
    Fresh(
        text="how many songs I have played today itself",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many podcast episodes I heard in last 30 days",
        family="plays",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="on Saturday total how many plays happened",
        family="plays",
        period="saturday",
    ),
    Fresh(
        text="how many tracks I have played this afternoon",
        family="plays",
        period="this_afternoon",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists I have listened this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="in August how many different singers I heard",
        family="artists_count",
        period="august",
    ),
    # songs_count
    Fresh(
        text="how many different different songs I played last 7 days",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="how many unique tracks I have listened in total",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times I have played Queen",
        family="play_count",
        period="all_time",
        name="Queen",
    ),
    Fresh(
        text="how many times bohemian rhapsody I played this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="kindly tell me how many times I listened the daily last week",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="that one more time song of daft punk, how many times I have played that since October",
        family="play_count",
        period="since_october",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times I have played Arijit Singh",
        family="play_count",
        period="all_time",
        name="Arijit Singh",
    ),
    Fresh(
        text="Genesis by Justice I have played how many times in last three months",
        family="play_count",
        period="last_3_months",
        name="Genesis by Justice",
    ),
    # did_i
    Fresh(
        text="did I listened Daft Punk yesterday",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="I have heard any Justice this week or not",
        family="did_i",
        period="this_week",
        name="Justice",
    ),
    Fresh(
        text="yesterday night did I play sexy boy",
        family="did_i",
        period="last_night",
        name="Sexy Boy",
    ),
    Fresh(
        text="have we listened cafe tacuba in September",
        family="did_i",
        period="september",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="did I listen any A. R. Rahman songs last month",
        family="did_i",
        period="last_month",
        name="A. R. Rahman",
    ),
    Fresh(
        text="digital love I have listened today or not",
        family="did_i",
        period="today",
        name="Digital Love",
    ),
    # what_played
    Fresh(
        text="what all songs I listened today",
        family="what_played",
        period="today",
        content="music",
    ),
    Fresh(
        text="yesterday evening what all I have listened",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="in kitchen what all was played day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        room="kitchen",
    ),
    Fresh(
        text="what all Ada has listened last Friday",
        family="what_played",
        period="last_friday",
        person="Ada",
    ),
    Fresh(
        text="yesterday night what all I was listening, tell me",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what all I have listened last weekend",
        family="what_played",
        period="last_weekend",
    ),
    # playing_at
    Fresh(
        text="yesterday night 8 o'clock what was playing",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="today morning at 8:30 which song was playing",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what was playing at quarter to eight yesterday evening",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="day before yesterday around 9 pm what song was going on",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="today evening at 5.15 what was on",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="what type of music I like, kindly describe",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="tell me about my music taste",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="based on my history what kind of music I am into",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="at what time I usually listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which time of the day and which day of the week I am listening most generally",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="normally what hour I put on music, kindly tell",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="any new artists I have discovered this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="lately which new singers I started listening",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="last summer who all were new artists for me",
        family="new_artists",
        period="last_summer",
    ),
    # skips
    Fresh(
        text="what is my skip rate",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how often I skipped this week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="last month out of all plays how many I have skipped",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="how much I replay same same songs",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what is my repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="how many days continuously I have listened",
        family="streak",
    ),
    Fresh(
        text="what is my listening streak, kindly tell",
        family="streak",
    ),
    Fresh(
        text="from how many days in a row I am listening without break",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when I have first listened Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when was the first time I played don't stop me now",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="the daily podcast, when I started listening that first",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="when I last played the band Air",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="last time I have played Eres by Cafe Tacvba was when",
        family="last_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="when did I last hear Radiohead",
        family="last_play",
        name="Radiohead",
    ),
    Fresh(
        text="Queen I have listened last when",
        family="last_play",
        name="Queen",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="which is the last song I have listened",
        family="last_song",
    ),
    Fresh(
        text="last played track is what",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was my first song today",
        family="first_today",
    ),
    Fresh(
        text="today itself which song I have played first",
        family="first_today",
    ),
    Fresh(
        text="first song of the day today kindly tell",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="yesterday which song I played first",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="first song of this week was which",
        family="first_in",
        period="this_week",
    ),
    Fresh(
        text="on 3rd November what was the first song I put",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="last Friday first track was what",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="yesterday night last song I have played is what",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="on Saturday what I ended with, which song",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="last song of last week kindly",
        family="last_in",
        period="last_week",
    ),
    Fresh(
        text="what was the last track I played on day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="which song I am skipping the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped track of mine is what",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist I skip maximum",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="whose songs I am skipping most, which singer",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="which song I have kept on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="what song I can't stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="currently which track is on heavy rotation for me",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="kindly give me rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="give me my week summary itself",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="do the needful and give me year in review",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="last month recap kindly",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="how was our October listening, give recap",
        family="recap",
        period="october",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="am I listening more in morning or in evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="morning or night, when I play more songs",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="afternoon or evening which one I listen more",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="weekdays or weekend, when I listen more",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="I am listening more on weekends or weekdays only",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="on weekends I play more music than weekdays or what",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "kindly play Arijit Singh in kitchen",
    "do the needful and increase the volume",
    "switch off the kitchen light",
    "put timer for 10 minutes",
    "what is the weather today",
    "add milk in shopping list",
    "skip this song only",
    "pause the podcast",
    "which song is this",
    "what I am listening right now",
    "play the album Discovery",
    "kindly on the shuffle",
    "repeat this song",
    "group kitchen and living room speakers",
    "set thermostat to 22 degree",
    "next track in living room",
    "play latest episode of the Daily",
    "stop the music",
    "reduce the volume little bit",
    "play some Queen songs",
    "turn on repeat mode",
    "who is singing this song",
    "what is playing in kitchen now",
    "play Daft Punk Discovery album in kitchen",
    "kindly put some old Hindi songs",
    "previous song",
    "volume 5 kindly",
    "switch on the kitchen speaker",
    "play bohemian rhapsody by Queen",
    "make the music slow, it is too loud",
    "add this song to my playlist",
    "like this song",
    "play some relaxing music for dinner",
    "do the needful and stop the podcast after this episode",
    "how much time is left in the timer",
    "turn off music in kitchen after 30 minutes",
    "resume the podcast from where I stopped",
    "this album name is what",
    "play radio in the kitchen itself",
    "shuffle the Justice songs",
    "fast forward 30 seconds",
    "is it going to rain today evening",
    "remind me to call mummy at 7",
    "mute the speaker",
    "which artist is singing now",
]
