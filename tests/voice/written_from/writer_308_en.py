"""Writer 308, Indian English IT worker from Bangalore, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="tell me na, who is my most listened artist this month",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="which singer I was listening to the maximum last year, just tell",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="basically who is my number one artist of all time yaar",
        family="top_artists",
        period="all_time",
    ),
    Fresh(
        text="in the kitchen which band is getting played the most since october",
        family="top_artists",
        period="since_october",
        room="kitchen",
    ),
    Fresh(
        text="top three artists for the last thirty days please, quickly",
        family="top_artists",
        period="last_30_days",
        count=3,
    ),
    Fresh(
        text="this summer who I was totally obsessed with, which artist",
        family="top_artists",
        period="summer",
    ),
    # top_tracks
    Fresh(
        text="what is my most played song this week only",
        family="top_tracks",
        period="this_week",
    ),
    Fresh(
        text="give me top five songs of twenty twenty five",
        family="top_tracks",
        period="in_2025",
        count=5,
    ),
    Fresh(
        text="which song we were playing the most last month, any idea?",
        family="top_tracks",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="my favourite track in september, which one it was?",
        family="top_tracks",
        period="september",
    ),
    # top_albums
    Fresh(
        text="which album I have played maximum this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="kindly tell the most played album over the last three months",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="top 2 albums of all time for me",
        family="top_albums",
        period="all_time",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast I am hooked on these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="since march what is my most listened podcast",
        family="top_podcasts",
        period="since_march",
    ),
    Fresh(
        text="go to podcast for me last summer, which show was that",
        family="top_podcasts",
        period="last_summer",
    ),
    # listening_time
    Fresh(
        text="how many hours I listened today itself",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="total how much time music was playing last weekend",
        family="listening_time",
        period="last_weekend",
        content="music",
    ),
    Fresh(
        text="how long we listened yesterday evening, approximately",
        family="listening_time",
        period="yesterday_evening",
        person="we",
    ),
    Fresh(
        text="how many minutes of podcast I have heard this month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="one small doubt, how much time I spent listening in august",
        family="listening_time",
        period="august",
    ),
    # plays
    Fresh(
        text="how many songs I played this morning",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="total plays last week, how many were there",
        family="plays",
        period="last_week",
    ),
    Fresh(
        text="how many podcast episodes I heard in october month",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="number of tracks played since monday",
        family="plays",
        period="since_monday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists I listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="count of distinct artists last summer",
        family="artists_count",
        period="last_summer",
    ),
    Fresh(
        text="how many different different singers I heard in the last seven days",
        family="artists_count",
        period="last_7_days",
    ),
    # songs_count
    Fresh(
        text="how many different songs I played this month",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="in total how many unique tracks I have heard till now",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="last week how many separate songs were there in my listening",
        family="songs_count",
        period="last_week",
    ),
    # play_count
    Fresh(
        text="how many times I played bohemian rapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="daft punk how many times I have listened this year",
        family="play_count",
        period="this_year",
        name="Daft Punk",
    ),
    Fresh(
        text="how much of Queen I had on last week, roughly",
        family="play_count",
        period="last_week",
        name="Queen",
    ),
    Fresh(
        text="how many times around the world got played in total",
        family="play_count",
        period="all_time",
        name="Around the World",
    ),
    Fresh(
        text="how many times I listened to A R Rahman ever",
        family="play_count",
        period="all_time",
        name="A. R. Rahman",
    ),
    Fresh(
        text="that dance song by justice, how many times it played in october",
        family="play_count",
        period="october",
        name="D.A.N.C.E. by Justice",
    ),
    # did_i
    Fresh(
        text="did I listen to any justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="the daily I heard this morning or not?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="listened to Air lately?",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="did we play cafe tacuba last weekend",
        family="did_i",
        period="last_weekend",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="arijit singh I listened this week or what",
        family="did_i",
        period="this_week",
        name="Arijit Singh",
    ),
    # what_played
    Fresh(
        text="what all I was listening yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what I listened day before yesterday, just give overview",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what songs we played on saturday",
        family="what_played",
        period="saturday",
        content="music",
        person="we",
    ),
    Fresh(
        text="what was playing this afternoon, I was in a call only",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what I was listening to on 3rd november",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="what song was playing at quarter to eight yesterday night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what was on at eight fifteen this morning",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="at around 5 20 today evening what was playing",
        family="playing_at",
        moment="2026-11-20 17:20",
    ),
    Fresh(
        text="day before yesterday 9 pm what was going on in the speaker",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    # taste
    Fresh(
        text="what type of music I am into basically",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my music taste in one shot",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what kind of stuff I like to listen, what is my taste this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time generally I listen the most",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day of the week and what time I am mostly listening",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="usually what time I am putting on the speaker, peak hours I mean",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="any new artist I discovered this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="which artists I heard first time in last 30 days",
        family="new_artists",
        period="last_30_days",
    ),
    Fresh(
        text="anybody new came into my listening since october",
        family="new_artists",
        period="since_october",
    ),
    # skips
    Fresh(
        text="what is my skip rate",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what percent of tracks I skipped last month",
        family="skips",
        period="last_month",
        content="music",
    ),
    Fresh(
        text="this week how much I am skipping, too much or what",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="how much I am repeating the same songs again and again",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what is my repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="am I replaying same tracks too much lately",
        family="repeat",
        period="lately",
    ),
    # streak
    Fresh(
        text="how many days continuously I have listened",
        family="streak",
    ),
    Fresh(
        text="what is my listening streak as of now",
        family="streak",
    ),
    Fresh(
        text="since how many days in a row I am listening without any break",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when I first listened to Daft Punk",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="first time sexy boy came in my history, when was that",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="from when I am listening to the daily",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="when I heard the weeknd for the first time",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="when I last played don't stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="last time justice was played, when was it",
        family="last_play",
        name="Justice",
    ),
    Fresh(
        text="when did I listen to discovery album last",
        family="last_play",
        name="Discovery",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="last track which played, what was the name of that",
        family="last_song",
    ),
    Fresh(
        text="the last song I put, just tell me the name boss",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="which song I started my day with today",
        family="first_today",
    ),
    Fresh(
        text="first track of today, what it was",
        family="first_today",
    ),
    Fresh(
        text="today what was the very first song I played",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song I played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what was the first track on last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="which song I started with on saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="very first song of this month, what was it",
        family="first_in",
        period="this_month",
    ),
    # last_in
    Fresh(
        text="what was the last song last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song I played on november 3rd",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="what I ended with last weekend",
        family="last_in",
        period="last_weekend",
    ),
    # most_skipped
    Fresh(
        text="which song I am skipping the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped track of this year",
        family="most_skipped",
        period="this_year",
    ),
    Fresh(
        text="that one song I always skip, which one is it",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist I skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who is the singer I am skipping maximum last month",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="which song I have on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="what song I can't stop playing yaar",
        family="on_repeat",
    ),
    Fresh(
        text="currently which track is on loop for me",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a rundown of my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how was my october listening wise, quick summary",
        family="recap",
        period="october",
    ),
    Fresh(
        text="do one thing, give me full year review",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="summary of my listening please",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was last month for us, overall listening I am asking",
        family="recap",
        period="last_month",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="morning or evening, when I am listening more",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am I more of a night listener or a morning person",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="afternoons versus mornings, which one I listen more this month",
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
        text="on weekends I am listening more or on weekdays, for last three months",
        family="compare_week",
        period="last_3_months",
    ),
]

NEGATIVES = [
    "play daft punk in kitchen",
    "increase the volume little bit",
    "reduce the sound yaar it is too loud",
    "what song is this",
    "skip this song",
    "next song please",
    "pause the podcast, I will come back",
    "resume the daily from where I stopped",
    "play the album discovery",
    "put shuffle on",
    "put repeat mode on for this song only",
    "turn off the kitchen light",
    "switch on the fan in bedroom",
    "set a timer for 10 minutes, cooker is on",
    "what is the weather in Berlin today",
    "will it rain today evening",
    "add milk and curd to shopping list",
    "set the thermostat to 22 degrees",
    "what am I listening to right now",
    "who is singing this",
    "group the kitchen speaker with living room speaker",
    "play some old Kishore Kumar songs",
    "play A R Rahman in the living room",
    "next track in living room",
    "stop the music",
    "play the latest episode of the daily",
    "mute the kitchen speaker",
    "what is playing in kitchen now",
    "play something relaxing for my standup",
    "set alarm for 6 30 tomorrow morning",
    "remind me to call my manager at 10",
    "play bohemian rhapsody once again",
    "go back to previous song",
    "louder please",
    "turn on the lights in the hall",
    "what is the time in India now",
    "like this song",
    "add this song to my playlist",
    "stop after this song",
    "play queen on all speakers",
    "set volume to 40 percent",
    "turn off shuffle",
    "which album is this song from",
    "what is the cricket score",
]
