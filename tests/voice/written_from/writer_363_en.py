"""Writer 363, a French native speaker with B1 English (false friends, French word order, 'since' for 'for'), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="which is the artist that I have the most listened this month",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="who is my number one singer since the beginning of the year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="euh who I listen the most actually, I mean these days",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen who are the 3 groups I have listened the most last year",
        family="top_artists",
        period="last_year",
        count=3,
        room="kitchen",
    ),
    Fresh(
        text="at home we listened which band the most in october",
        family="top_artists",
        period="october",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="what is my favorite song of the month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="give me the five titles I have listened the most since three months",
        family="top_tracks",
        period="last_3_months",
        count=5,
    ),
    Fresh(
        text="which song I have played the most in all my life",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="the song the most listened the week passed it was which one",
        family="top_tracks",
        period="last_week",
    ),
    # top_albums
    Fresh(
        text="what is the album that I have put the most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="my favourite disc of all the times, what is it",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="which album did I listen the most in september",
        family="top_albums",
        period="september",
    ),
    # top_podcasts
    Fresh(
        text="which podcast I am addict these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what is the emission that I listen the most",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="my podcast the most played of last summer",
        family="top_podcasts",
        period="last_summer",
    ),
    # listening_time
    Fresh(
        text="how much time I have listened music today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours of music since monday",
        family="listening_time",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="how long I have listened podcasts in the month of october",
        family="listening_time",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="how much time did we pass listening music last weekend",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="this morning I listened during how many minutes",
        family="listening_time",
        period="this_morning",
    ),
    # plays
    Fresh(
        text="how many songs I have played since 30 days",
        family="plays",
        period="last_30_days",
        content="music",
    ),
    Fresh(
        text="how many episodes I have listened this year",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="the number of streams of yesterday it is how much",
        family="plays",
        period="yesterday",
    ),
    Fresh(
        text="how many pieces of music I heard the day before yesterday",
        family="plays",
        period="day_before_yesterday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists I have listened since march",
        family="artists_count",
        period="since_march",
    ),
    Fresh(
        text="with how many artists different I passed the summer",
        family="artists_count",
        period="summer",
    ),
    Fresh(
        text="in total how many singers or groups I have heard",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs I have heard in august",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="the number of titles different since october please",
        family="songs_count",
        period="since_october",
    ),
    # play_count
    Fresh(
        text="how many times I have listened bohemian rhapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="queen how many time I put it this month",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="how much times I listened one more time of daft punk last month",
        family="play_count",
        period="last_month",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="combien de fois oh sorry how many times I listened radiohead in twenty twenty five",
        family="play_count",
        period="in_2025",
        name="Radiohead",
    ),
    Fresh(
        text="the daily, how many times I listened it the last 7 days",
        family="play_count",
        period="last_7_days",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="did I listened justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="I have heard some air this week or not",
        family="did_i",
        period="this_week",
        name="Air",
    ),
    Fresh(
        text="did I eventually listen the weeknd this month",
        family="did_i",
        period="this_month",
        name="The Weeknd",
    ),
    Fresh(
        text="is it that I listened cafe tacuba on saturday",
        family="did_i",
        period="saturday",
        name="Café Tacvba",
    ),
    Fresh(
        text="last friday I put sexy boy or no",
        family="did_i",
        period="last_friday",
        name="Sexy Boy",
    ),
    # what_played
    Fresh(
        text="what I listened yesterday in the evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did we listen at home last week, me and my husband",
        family="what_played",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="what music I have listened this night",
        family="what_played",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="tell me what I heard the 3 of november",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what was I listening this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="what was playing yesterday at 19h45",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what was it at eight and half this morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="which song was on wednesday at 9 of the evening",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="at 5 hours this afternoon what was passing in the kitchen",
        family="playing_at",
        moment="2026-11-20 17:00",
        room="kitchen",
    ),
    Fresh(
        text="the day before yesterday at midday what was passing",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="yesterday around 8 of the evening what I was listening",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    # taste
    Fresh(
        text="what is my style of music according to you",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what kind of music I like in general",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe me my musical tastes of this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="at what hour I listen generally",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which is the day of the week where I listen the most",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="at what moment of the day I use to listen music",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="did I discover new artists this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="which artists new I have listened for the first time since two weeks",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="the new groups that I found in 2025",
        family="new_artists",
        period="in_2025",
    ),
    # skips
    Fresh(
        text="do I skip a lot",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what is my rate of skip this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="how many songs I have jumped over the two last weeks",
        family="skips",
        period="last_2_weeks",
        content="music",
    ),
    # repeat
    Fresh(
        text="do I listen always the same songs or not",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what is my rate of repetition this year",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="since how many days I listen without stop",
        family="streak",
    ),
    Fresh(
        text="how many days of suite I have listened something",
        family="streak",
    ),
    # first_play
    Fresh(
        text="since when I listen justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when is the first time I heard around the world",
        family="first_play",
        name="Around the World",
    ),
    Fresh(
        text="when I have listened for the first time wet leg",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when is the last time I listened queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="the last time that I put don't stop me now it was when",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="when did I listen the daily for the last time",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="what was the last song I listened",
        family="last_song",
    ),
    Fresh(
        text="the last song I have put, it was which one",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="with what song I woke up today",
        family="first_today",
    ),
    Fresh(
        text="the first song of the day it was what",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="the first title of this morning please",
        family="first_in",
        period="this_morning",
    ),
    Fresh(
        text="the first song I played in the month of september",
        family="first_in",
        period="september",
    ),
    Fresh(
        text="what I listened in first on saturday",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="with what song I finished yesterday evening",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="the last song of last friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the last thing I listened the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="the last title I played in october what was it",
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
        text="the song I zap the most often it is which",
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
        text="which singer I zap the most this year",
        family="most_skipped_artist",
        period="this_year",
    ),
    # on_repeat
    Fresh(
        text="what song I listen in boucle these days",
        family="on_repeat",
    ),
    Fresh(
        text="which song I cannot stop to listen",
        family="on_repeat",
    ),
    Fresh(
        text="what is the song that turns in loop actually",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="can you make me a resume of my month",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="what is the balance of my year in music",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="tell me how was my week of music",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="give me a little review of last month",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="how was my summer musically",
        family="recap",
        period="summer",
    ),
    # compare_day_parts
    Fresh(
        text="I listen more the morning or the evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="is it that I listen more in the afternoon or in the night",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="I listen more the weekend or during the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="do I listen more music the weekend than the days of work",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "put daft punk in the kitchen please",
    "put the music more strong",
    "lower the sound a little bit",
    "what is this song",
    "who sings this",
    "pass to the next song",
    "stop the podcast please",
    "put the album discovery",
    "switch off the light of the kitchen",
    "what weather it will do tomorrow",
    "put a timer of ten minutes for the pasta",
    "add baguette to the list of shopping",
    "put the heating at 21 degrees",
    "what am I listening actually",
    "put the songs in random",
    "activate the repeat of this song",
    "group the speakers of the kitchen and the salon",
    "play the daily",
    "put some queen in the salon",
    "skip this one",
    "stop the music in the salon",
    "the volume at 5",
    "put again the song from the beginning",
    "play something calm for the dinner",
    "which song passes now in the kitchen",
    "what hour is it",
    "put france inter the radio",
    "continue the podcast please",
    "play the new episode of the daily",
    "put the music in all the house",
    "turn off the speaker of the kitchen",
    "louder please",
    "what is the title of this music",
    "go back to the precedent song",
    "who is the singer of this song",
    "put it on pause",
    "put moon safari of air in the chamber",
    "wake me up at 7 with music",
    "how much degrees it makes outside",
    "add this song to my favorites",
    "lower a little the music of the kitchen",
    "what album is it this",
    "is it going to rain this afternoon",
    "shuffle justice in the kitchen",
    "stop please",
]
