"""Writer 267, Indian-English call-centre worker in Pune, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Kindly tell me which artist I have listened to the most last week itself",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="hello, please tell who is my number one singer this year only",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="who all I was obsessed with lately, please tell",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="kindly tell me top 3 bands we were playing in October",
        family="top_artists",
        period="october",
        count=3,
        person="we",
    ),
    Fresh(
        text="Last summer which band I was listening maximum, do you know?",
        family="top_artists",
        period="last_summer",
    ),
    # top_tracks
    Fresh(
        text="Please tell me my three most played songs of this month",
        family="top_tracks",
        period="this_month",
        count=3,
    ),
    Fresh(
        text="Which is my favourite song of all time, kindly tell",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="what all songs I played maximum since March, top five only",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="one small doubt, which track was my number one in August",
        family="top_tracks",
        period="august",
    ),
    # top_albums
    Fresh(
        text="Kindly tell which album I played the most this summer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Please tell which record I have played most in twenty twenty five",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="top 2 albums in the last 30 days please",
        family="top_albums",
        period="last_30_days",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="Which podcast I am hooked on these days, please tell",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Kindly tell me my most played podcast this year",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="in the kitchen which podcast show I listened most last month",
        family="top_podcasts",
        period="last_month",
        room="kitchen",
    ),
    # listening_time
    Fresh(
        text="How much time I have listened to music today itself?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Kindly tell me how many hours of podcasts I listened in the last seven days",
        family="listening_time",
        period="last_7_days",
        content="podcasts",
    ),
    Fresh(
        text="how long we had music going on yesterday in the kitchen",
        family="listening_time",
        period="yesterday",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="total how many minutes I listened this morning only",
        family="listening_time",
        period="this_morning",
    ),
    # plays
    Fresh(
        text="how many songs I played today please tell",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Please tell how many episodes I have played this month",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how much times in total something was played by me last weekend",
        family="plays",
        period="last_weekend",
    ),
    Fresh(
        text="over the past two weeks how many tracks I have streamed, kindly give count",
        family="plays",
        period="last_2_weeks",
        content="music",
    ),
    # artists_count
    Fresh(
        text="How many different artists I have listened this year, kindly tell",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="in the last three months how many different singers and bands I heard",
        family="artists_count",
        period="last_3_months",
    ),
    Fresh(
        text="Total how many different artists are there in my history, please tell",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs I listened last month please",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="kindly tell me the number of different tracks I played since October",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="How many unique songs this week itself?",
        family="songs_count",
        period="this_week",
    ),
    # play_count
    Fresh(
        text="How much times I played Bohemian Rhapsody this month?",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how many times Daft Punk was played in the kitchen since Monday",
        family="play_count",
        period="since_monday",
        name="Daft Punk",
        room="kitchen",
    ),
    Fresh(
        text="Please tell how much times I listened to The Daily in the last 30 days",
        family="play_count",
        period="last_30_days",
        name="The Daily",
    ),
    Fresh(
        text="Arijit Singh I have played how many times this year, just tell me na",
        family="play_count",
        period="this_year",
        name="Arijit Singh",
    ),
    # did_i
    Fresh(
        text="Did I listen any Queen yesterday?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Kindly check whether I heard Justice on Saturday or not",
        family="did_i",
        period="saturday",
        name="Justice",
    ),
    Fresh(
        text="that Daft Punk one more time song I played day before yesterday or not?",
        family="did_i",
        period="day_before_yesterday",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="Did we listen to Radiohead last year, please check once",
        family="did_i",
        period="last_year",
        name="Radiohead",
        person="we",
    ),
    # what_played
    Fresh(
        text="What all I was listening yesterday evening?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Please tell what all songs were played on November 3rd",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="what I listened last Friday, kindly give short summary",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="actually I want to know what all I played this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="yesterday night around quarter to eight what song was playing?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="today morning at half past eight what was going on in the kitchen",
        family="playing_at",
        moment="2026-11-20 08:30",
        room="kitchen",
    ),
    Fresh(
        text="Please tell what was playing at 5:15 in the evening today",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="what was on at ten past eight yesterday night only, I forgot the name",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    # taste
    Fresh(
        text="What kind of music I am into, kindly tell",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="please describe my music taste in short",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what type of songs I am liking this year only, tell me",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="At what time I am usually listening to music?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Which day of the week I listen the most, please tell",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Kindly tell my peak listening hour",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Any new artists I discovered lately?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Which all new singers I heard first time this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Please tell any new bands I started listening in September",
        family="new_artists",
        period="september",
    ),
    # skips
    Fresh(
        text="How much I am skipping songs, please tell honestly",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="kindly tell my skip rate for last week",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="how often I skipped tracks this week itself",
        family="skips",
        period="this_week",
        content="music",
    ),
    # repeat
    Fresh(
        text="How much I am repeating same songs again and again?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="kindly tell my repeat rate this month",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="last 30 days I am replaying same tracks only, what is the percentage",
        family="repeat",
        period="last_30_days",
    ),
    # streak
    Fresh(
        text="Kindly tell my current listening streak",
        family="streak",
    ),
    Fresh(
        text="since how many days in a row I am listening without any break",
        family="streak",
    ),
    Fresh(
        text="How many days continuously I have listened music till today",
        family="streak",
        content="music",
    ),
    # first_play
    Fresh(
        text="When did I first listen Justice?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Please tell when Bohemian Rhapsody came first time in my history",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="A R Rahman first time I heard on this when, kindly check",
        family="first_play",
        name="A. R. Rahman",
    ),
    # last_play
    Fresh(
        text="When was the last time I played Queen?",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="Kindly tell when I last heard The Daily",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="last when I listened that sexy boy song by Air",
        family="last_play",
        name="Sexy Boy by Air",
    ),
    # last_song
    Fresh(
        text="What was the last song I played, please tell",
        family="last_song",
    ),
    Fresh(
        text="which song I listened last of all, I want the name only",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what song I woke up to today, kindly tell",
        family="first_today",
    ),
    Fresh(
        text="Kindly tell the very first song I played today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="First song I played yesterday, what was it?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="which song I started with on last Friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="Please tell the first track of this month",
        family="first_in",
        period="this_month",
    ),
    # last_in
    Fresh(
        text="Last song I listened yesterday night please tell",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="which was the last song on Saturday",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="What was the final track I played last month",
        family="last_in",
        period="last_month",
    ),
    # most_skipped
    Fresh(
        text="Which song I skip the most, kindly tell",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped track of mine is which one?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Which singer I am skipping maximum?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="please tell which band's songs I skip most of the time",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Which song I am having on repeat these days?",
        family="on_repeat",
    ),
    Fresh(
        text="What song I can't stop playing, please tell",
        family="on_repeat",
    ),
    Fresh(
        text="which track is going on loop for me nowadays",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Kindly give me one rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="please tell how my music week went",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Do the needful and give me my year in review",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="give recap of last month itself",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="please summarise how our listening was last week overall",
        family="recap",
        period="last_week",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="I am listening more in morning or evening?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Kindly tell whether I play more music in afternoons or at night",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="I listen more on weekdays or weekends, please tell",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="on Saturday Sunday I am playing more songs or on working days?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Kindly play Daft Punk in the kitchen",
    "please increase the volume little bit",
    "turn the music down, baby is sleeping",
    "what song is this, please tell",
    "what all is playing in the kitchen right now",
    "what I am listening to right now, tell the name",
    "skip this song itself",
    "kindly pause the podcast for two minutes",
    "next track in the living room please",
    "switch off the kitchen light",
    "play the album Discovery, do the needful",
    "please put shuffle on",
    "turn on repeat mode for this song",
    "group the kitchen speaker with the bedroom speaker",
    "set timer for ten minutes for the pressure cooker",
    "how is the weather in Pune today",
    "will it rain tomorrow, kindly tell",
    "add milk and curd to shopping list",
    "set the thermostat to twenty two degrees",
    "play The Daily latest episode",
    "play Bohemian Rhapsody by Queen",
    "stop the music please",
    "resume the song",
    "volume to thirty percent only",
    "play some Justice songs in the kitchen",
    "which speaker is playing right now",
    "go back to previous song",
    "play something relaxing for evening",
    "mute the kitchen speaker",
    "set alarm for six thirty tomorrow morning",
    "remind me to call my mother at nine",
    "what time is it now",
    "turn on the fan in the bedroom",
    "like this song please",
    "add this track to my playlist",
    "play the radio",
    "forward this podcast by thirty seconds",
    "please play Air Moon Safari full album",
    "play music in all rooms",
    "who is singing this song right now",
    "how much time is left on the timer",
    "turn off all the lights, I am going to sleep",
]
