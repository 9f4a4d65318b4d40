"""Writer 277, Indian IT professional, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="kindly tell me which singer I have listened the most this month itself",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="who is my number one artist of all time only?",
        family="top_artists",
        period="all_time",
    ),
    Fresh(
        text="last week what all bands I was listening maximum, tell me top three",
        family="top_artists",
        period="last_week",
        count=3,
    ),
    Fresh(
        text="which band I am crazy about these days, kindly tell",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in kitchen which artist is getting played maximum since october",
        family="top_artists",
        period="since_october",
        room="kitchen",
    ),
    Fresh(
        text="last summer which artist I was listening the most, I am forgetting",
        family="top_artists",
        period="last_summer",
    ),
    # top_tracks
    Fresh(
        text="which song I have played maximum number of times this year, kindly tell",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="tell me my top five songs from last month",
        family="top_tracks",
        period="last_month",
        count=5,
    ),
    Fresh(
        text="song of the summer for me, which one it was?",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="which track we played the most last weekend",
        family="top_tracks",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="over the past two weeks what is my favourite song only, just tell the name",
        family="top_tracks",
        period="last_2_weeks",
    ),
    # top_albums
    Fresh(
        text="which album I have played most in twenty twenty five",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="my favourite album since march, what it is?",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="top 2 albums of last 30 days kindly",
        family="top_albums",
        period="last_30_days",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast I am hooked on these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what is my most listened podcast this year itself",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="podcast wise which show I listened maximum in september",
        family="top_podcasts",
        period="september",
    ),
    # listening_time
    Fresh(
        text="how many hours I have listened music this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="total how much time I spent listening yesterday, kindly calculate",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="how many minutes of podcast I heard this morning",
        family="listening_time",
        period="this_morning",
        content="podcasts",
    ),
    Fresh(
        text="how long we had music on in the kitchen last month",
        family="listening_time",
        period="last_month",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="in the past two weeks total listening time how much it is coming",
        family="listening_time",
        period="last_2_weeks",
    ),
    # plays
    Fresh(
        text="how many songs I played today only",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="total how many songs got played yesterday night",
        family="plays",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="how many episodes I listened since monday",
        family="plays",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="on saturday how many tracks I played, approximately tell",
        family="plays",
        period="saturday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists I heard this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="kindly tell the count of singers I listened in october",
        family="artists_count",
        period="october",
    ),
    Fresh(
        text="total how many artists are there in my history",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs I listened in the last 7 days",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="how many unique tracks I played in august month",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="count of different songs overall, kindly tell",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times I have played bohemian rapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="daft punk how many times I listened this month",
        family="play_count",
        period="this_month",
        name="Daft Punk",
    ),
    Fresh(
        text="the daily how many times it played last week",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="how much Radiohead I have listened this year",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="how many times we played one more time by daft punk in october",
        family="play_count",
        period="october",
        name="One More Time by Daft Punk",
        person="we",
    ),
    # did_i
    Fresh(
        text="did I listen any justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="have I heard queen this week or not",
        family="did_i",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="listened to cafe tacuba lately?",
        family="did_i",
        period="lately",
        name="Café Tacvba",
    ),
    Fresh(
        text="whether I played sexy boy by air last friday, kindly check",
        family="did_i",
        period="last_friday",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="did I hear the weekend last month",
        family="did_i",
        period="last_month",
        name="The Weeknd",
    ),
    # what_played
    Fresh(
        text="what all songs I listened yesterday night",
        family="what_played",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="what all I heard day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="kindly tell what I was listening this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="on november third what I was listening",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what all we listened last weekend in kitchen",
        family="what_played",
        period="last_weekend",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="yesterday evening what all music was there",
        family="what_played",
        period="yesterday_evening",
        content="music",
    ),
    # playing_at
    Fresh(
        text="what song was playing yesterday night at quarter to eight",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="at 8:30 this morning what was playing",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="which song was on around ten past eight yesterday evening",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="today evening five fifteen what was playing in kitchen",
        family="playing_at",
        moment="2026-11-20 17:15",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="what type of music I am liking, kindly describe my taste",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="my music taste is what kind, tell me honestly",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="based on my listening this year what is my taste",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time of the day I am usually listening music",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="which day of week and what time I listen maximum",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when is my peak listening time generally",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="any new singer I discovered this month?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="which new artists I heard first time in last 3 months",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="in 2025 which all artists were new for me",
        family="new_artists",
        period="in_2025",
    ),
    # skips
    Fresh(
        text="what is my skip rate",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="last month how often I skipped the songs",
        family="skips",
        period="last_month",
        content="music",
    ),
    Fresh(
        text="out of all plays how many I skipped this week",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="how much I am repeating the same songs again and again",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what is my repeat rate this month",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="am I replaying same tracks too much lately",
        family="repeat",
        period="lately",
        content="music",
    ),
    # streak
    Fresh(
        text="how many days continuously I have listened music",
        family="streak",
        content="music",
    ),
    Fresh(
        text="what is my listening streak currently",
        family="streak",
    ),
    Fresh(
        text="since how many days in a row I am listening without any break",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first listen justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when first time dance by justice got played",
        family="first_play",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="from when I am listening the daily, first episode was when",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="when I first heard wet leg",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when was the last time I played don't stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="air was played last when?",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="till when I listened the album moon safari, last time kindly tell",
        family="last_play",
        name="Moon Safari",
    ),
    # last_song
    Fresh(
        text="which was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="last track I heard, what was that",
        family="last_song",
    ),
    Fresh(
        text="kindly tell the name of song I played just before",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song today morning",
        family="first_today",
    ),
    Fresh(
        text="which song I started my day with today itself",
        family="first_today",
    ),
    Fresh(
        text="first thing I played today, what",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song I played yesterday which one",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="on saturday what was the first song",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="first track of this week kindly tell",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="what was the last song last friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="yesterday night which song I ended with",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song of october, which one it was",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="which song I am skipping maximum",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="which track I skip most this year",
        family="most_skipped",
        period="this_year",
    ),
    Fresh(
        text="most skipped song in last 30 days",
        family="most_skipped",
        period="last_30_days",
    ),
    # most_skipped_artist
    Fresh(
        text="which singer I skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="which artist's songs I am always skipping, tell na",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="since march which band I skipped most",
        family="most_skipped_artist",
        period="since_march",
    ),
    # on_repeat
    Fresh(
        text="which song I am having on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="which song I cannot stop playing only, what is it",
        family="on_repeat",
    ),
    Fresh(
        text="currently which track is on heavy rotation for me",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="kindly give me summary of my listening this week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how was my year in music, give full review",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="give me one rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="recap of last month kindly",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="how our listening was in last year, full summary I want",
        family="recap",
        period="last_year",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="I am listening more in morning or in evening?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="morning or night, when I listen more music",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="afternoon versus evening which time I play more this month",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="weekdays or weekends, when I listen more",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="do I listen more on saturday sunday compared to office days",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="last 3 months weekend listening is more than weekdays or not",
        family="compare_week",
        period="last_3_months",
    ),
]

NEGATIVES = [
    "kindly play daft punk in kitchen",
    "increase the volume little bit",
    "make music louder only",
    "what song is this",
    "what is playing in kitchen right now",
    "skip this song yaar",
    "pause the podcast for two minutes",
    "next track please in living room",
    "switch off the kitchen light",
    "play the album discovery",
    "shuffle on kindly",
    "put repeat mode on for this song",
    "group kitchen speaker and living room speaker together",
    "set timer for ten minutes for the rice",
    "what is the weather today in berlin",
    "add milk and curd to shopping list",
    "set thermostat to 22 degrees",
    "what am I listening right now",
    "who is singing this song",
    "play latest episode of the daily",
    "stop the music",
    "play bohemian rhapsody by queen",
    "volume 30 percent",
    "play something relaxing in kitchen",
    "resume the podcast",
    "go back to previous song",
    "turn off repeat",
    "play justice album cross on shuffle",
    "is it going to rain tomorrow",
    "remind me to call mummy at 7 pm",
    "set alarm for 6 tomorrow morning",
    "play air moon safari in bedroom",
    "mute the kitchen speaker",
    "what is the name of this album playing now",
    "like this song",
    "add this song to my playlist",
    "play some bollywood songs",
    "turn on the geyser",
    "how much time is left on the timer",
    "fast forward podcast by 30 seconds",
    "which artist is this",
    "dim the lights in kitchen",
    "ungroup all the speakers",
    "play music in all rooms",
]
