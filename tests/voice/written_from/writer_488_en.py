"""Writer 488, an Israeli software engineer speaking blunt English with Hebrew habits, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="tell me who is the artist that I heard the most in the last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="nu, who is my number one this year? which artist",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="achi who I am obsessed with lately, which band",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="give me top 3 artists since march",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="in the kitchen, which singer we heard the most last month",
        family="top_artists",
        period="last_month",
        room="kitchen",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="what is the song that I heard the most",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="tell me my five most played songs from october",
        family="top_tracks",
        period="october",
        count=5,
    ),
    Fresh(
        text="which song I played the most this month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="the song of this summer for me, what it was",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="yalla the top ten tracks of last year",
        family="top_tracks",
        period="last_year",
        count=10,
    ),
    # top_albums
    Fresh(
        text="what is the album that I heard the most since october",
        family="top_albums",
        period="since_october",
    ),
    Fresh(
        text="which album I was listening the most in the last three months",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="top two albums in twenty twenty five",
        family="top_albums",
        period="in_2025",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast I am hooked on",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what is the podcast that I hear the most, from all time",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="most played podcast in september tell me",
        family="top_podcasts",
        period="september",
    ),
    # listening_time
    Fresh(
        text="how much time I listened to music today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours I was listening in the last week",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="how long we had music on yesterday",
        family="listening_time",
        period="yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="how many minutes of podcasts since the beginning of the month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="total listening time this afternoon, just the number",
        family="listening_time",
        period="this_afternoon",
    ),
    # plays
    Fresh(
        text="how many songs I put today so far",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many things I played since monday",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="how many episodes I heard in the last thirty days",
        family="plays",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="number of streams in august, total",
        family="plays",
        period="august",
    ),
    Fresh(
        text="walla how many tracks we played on saturday",
        family="plays",
        period="saturday",
        content="music",
        person="we",
    ),
    # artists_count
    Fresh(
        text="how many different artists I heard this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artists we had last weekend",
        family="artists_count",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="nu how many singers I have in my history in total",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs I heard since two weeks",
        family="songs_count",
        period="last_2_weeks",
        content="music",
    ),
    Fresh(
        text="how many unique tracks in the last seven days",
        family="songs_count",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="count me the different songs from last summer",
        family="songs_count",
        period="last_summer",
        content="music",
    ),
    # did_i
    Fresh(
        text="I heard Queen yesterday?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="tell me if I listened to justice since monday",
        family="did_i",
        period="since_monday",
        name="Justice",
    ),
    Fresh(
        text="I heard something of radiohead this year",
        family="did_i",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="achi any daft punk in the last week",
        family="did_i",
        period="last_week",
        name="Daft Punk",
    ),
    Fresh(
        text="we heard the daily last weekend or not",
        family="did_i",
        period="last_weekend",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="I listened to eres from cafe tacuba this month?",
        family="did_i",
        period="this_month",
        name="Eres by Café Tacvba",
    ),
    # play_count
    Fresh(
        text="how many times I played bohemian rhapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how many times I heard one more time of daft punk this month",
        family="play_count",
        period="this_month",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how much the band air I had this year",
        family="play_count",
        period="this_year",
        name="Air",
    ),
    Fresh(
        text="how many times the weeknd since march",
        family="play_count",
        period="since_march",
        name="The Weeknd",
    ),
    Fresh(
        text="the album discovery, how many times I heard it in october",
        family="play_count",
        period="october",
        name="Discovery",
    ),
    # what_played
    Fresh(
        text="what I listened yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="nu what was on this morning",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="tell me what I heard on saturday",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="what we listened in the kitchen the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="what I was hearing last night, remind me",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="what was playing yesterday at quarter to eight in the evening",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what song was on today at eight in the morning",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="what I heard at ten past five in the afternoon today",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="the day before yesterday at nine at night, what was on",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="last friday at 12 what was playing",
        family="playing_at",
        moment="2026-11-13 12:00",
    ),
    Fresh(
        text="yesterday like eight o'clock in the evening what was playing in the kitchen",
        family="playing_at",
        moment="2026-11-19 20:00",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="what is my music taste, tell me honest",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="which kind of music I like according to you",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe me my taste yalla",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="in which hour I listen the most usually",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when I usually hear music, which hour and which day",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what is my peak time",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="which new artists I discovered this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="I found someone new since two weeks?",
        family="new_artists",
        period="last_2_weeks",
    ),
    Fresh(
        text="new bands that I heard for the first time this year",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="how much I skip",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="my skip rate in the last week",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="I skip a lot lately or no",
        family="skips",
        period="lately",
    ),
    Fresh(
        text="how many songs I skipped out of all this month",
        family="skips",
        period="this_month",
        content="music",
    ),
    # repeat
    Fresh(
        text="how much I am repeating the same songs again",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what is my repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="I play same things again and again since october?",
        family="repeat",
        period="since_october",
    ),
    # streak
    Fresh(
        text="how many days in a row I listen",
        family="streak",
    ),
    Fresh(
        text="what is my streak now",
        family="streak",
    ),
    Fresh(
        text="since how many days I am listening without a break",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when I heard justice for the first time",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="since when I am listening to cafe tacuba",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="when was the first time I played wet leg",
        family="first_play",
        name="Wet Leg",
    ),
    Fresh(
        text="first time I heard don't stop me now, when it was",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    # last_play
    Fresh(
        text="what is with the daily, when I heard it last time",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when I played sexy boy last",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="last time I listened to queen, when",
        family="last_play",
        name="Queen",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="nu what was the last thing I heard, which song",
        family="last_song",
    ),
    Fresh(
        text="tell me the last track",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song today",
        family="first_today",
    ),
    Fresh(
        text="with what I woke up today, which song",
        family="first_today",
    ),
    Fresh(
        text="first thing I played today what it was",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song I heard yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="the first song of the last week",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="with what I started on november third",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="first track of this month",
        family="first_in",
        period="this_month",
    ),
    # last_in
    Fresh(
        text="the last song yesterday, what it was",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="with what I finished last friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the last thing I heard last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song of october",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="which song I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what is the song that I always skip it",
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
        text="who is the band that I am always skipping",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song I have on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="which song I cannot stop to play",
        family="on_repeat",
    ),
    Fresh(
        text="what is on heavy rotation",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me summary of my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how was my year in music",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="yalla give me recap of october",
        family="recap",
        period="october",
    ),
    Fresh(
        text="make me a review of last month",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="a rundown of my listening, go",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was last summer in music for me",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="I listen more in the morning or in the evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="I am morning person or night person, for music",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="afternoon or evening, when I hear more",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="I listen more on weekdays or on the weekend",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="on weekend I hear more music than during the week?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="weekdays versus weekend, where I have more listening",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "yalla play daft punk in the kitchen",
    "turn up the music achi",
    "nu, what is playing now in the kitchen",
    "what is this song",
    "skip this song, I don't like it",
    "pause the podcast one second",
    "next track in the living room",
    "turn off the light in the kitchen",
    "play me the album discovery",
    "volume to forty",
    "make it lower, it's too loud",
    "shuffle on",
    "put repeat on this song",
    "group the kitchen speaker with the living room",
    "set timer for twelve minutes for the pasta",
    "what is the weather now",
    "add hummus to the shopping list",
    "put the heating on twenty two",
    "what I am listening right now",
    "who sings this, tell me",
    "play the daily, the new episode",
    "stop the music",
    "play queen bohemian rhapsody loud",
    "next episode please",
    "go back one song",
    "play something relaxing in the kitchen",
    "nu, stop, enough",
    "turn off everything in the house",
    "what is the name of this album that is playing",
    "play justice on all the speakers",
    "raise the volume in the kitchen a little",
    "wake me up at six thirty",
    "remind me to call my mother at eight",
    "what time is it in new york",
    "play radio galgalatz",
    "lights in the kitchen to fifty percent",
    "play air moon safari from the start",
    "mute the kitchen",
    "put the daily faster, one and a half",
    "repeat off",
    "play the next episode of the daily in the kitchen",
    "how long is left in this song",
    "what is the next song in the queue",
    "add this song to my playlist",
    "like this song",
    "close the blinds",
    "play da funk by daft punk",
    "achi stop the timer",
    "connect my phone to the kitchen speaker by bluetooth",
    "how much time left on the timer",
]
