"""Writer 537, a Spanish native speaker with A2-B1 English, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="which is the artist that I have listen more this month?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="who is my favourite singer in this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="say me the three groups that I listen more in the last week",
        family="top_artists",
        period="last_week",
        count=3,
    ),
    Fresh(
        text="in the kitchen, who is the artist that we put more in october?",
        family="top_artists",
        period="october",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="with which band I am obsessioned lately",
        family="top_artists",
        period="lately",
    ),
    # top_tracks
    Fresh(
        text="which is the song that I have listen the most times this week",
        family="top_tracks",
        period="this_week",
    ),
    Fresh(
        text="say me my five songs more played in 2025 please",
        family="top_tracks",
        period="in_2025",
        count=5,
    ),
    Fresh(
        text="what was my song of the summer?",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="the top 10 of songs since march, please",
        family="top_tracks",
        period="since_march",
        count=10,
    ),
    # top_albums
    Fresh(
        text="which album I have put more times this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="my favourite disc of last month, which is?",
        family="top_albums",
        period="last_month",
    ),
    Fresh(
        text="what is the album more listened ever",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="which podcast I am listening more lately?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what is my podcast number one in this month",
        family="top_podcasts",
        period="this_month",
    ),
    Fresh(
        text="to which podcast I am enganched these days",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="how many hours I have listen music this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how much time I passed listening yesterday?",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="how many time of podcast I hear in october",
        family="listening_time",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="how long we have listen music the last weekend",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="how many minutes of music today, more or less?",
        family="listening_time",
        period="today",
        content="music",
    ),
    # plays
    Fresh(
        text="how many songs I have put today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many things I played the last seven days",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="how many episodes I hear this month?",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="the number of reproductions in the last year, how many is",
        family="plays",
        period="last_year",
    ),
    # artists_count
    Fresh(
        text="how many different artists I have listen this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many singers different I listen this month?",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="how many artists in total I have hear",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many songs different I have listen in september",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="quantity of distinct songs since october?",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="how many different tracks I have listen in all my life",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times I have listen bohemian rapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how many times I put Cafe Tacuba this month",
        family="play_count",
        period="this_month",
        name="Café Tacvba",
    ),
    Fresh(
        text="how much Queen I have listen in the summer?",
        family="play_count",
        period="summer",
        name="Queen",
    ),
    Fresh(
        text="how many times sound the daily this week",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="how many times I listen Rosalia in this year",
        family="play_count",
        period="this_year",
        name="Rosalía",
    ),
    # did_i
    Fresh(
        text="I listen Justice yesterday?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="did I hear something of Air the last month",
        family="did_i",
        period="last_month",
        name="Air",
    ),
    Fresh(
        text="have I put eres of cafe tacvba this week?",
        family="did_i",
        period="this_week",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="did I listen Shakira lately",
        family="did_i",
        period="lately",
        name="Shakira",
    ),
    Fresh(
        text="we listened the daily on saturday?",
        family="did_i",
        period="saturday",
        name="The Daily",
        person="we",
    ),
    # what_played
    Fresh(
        text="what I was listening yesterday in the evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what music I put this morning?",
        family="what_played",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="what we listen the day before of yesterday",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="tell me what I heard in last friday",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="on november 3 what I listen",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="what was sounding yesterday at quarter to eight of the night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="which song was at eight and ten this morning?",
        family="playing_at",
        moment="2026-11-20 08:10",
    ),
    Fresh(
        text="what was playing today at five and quarter in the afternoon",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="what was sounding at the nine of the night on wednesday",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="the last night at eight, what was playing?",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    # taste
    Fresh(
        text="what type of music I like, according to you?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe me my taste of music",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="which is my style of music, more or less",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="at what hour I listen music normally",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="which day of the week I listen more?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="in what moment of the day I use to listen",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="I have discovered some artist new this month?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="what artists new I listen for first time lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="which groups new appear in my history in the last 30 days",
        family="new_artists",
        period="last_30_days",
    ),
    # skips
    Fresh(
        text="how much I skip the songs, in general",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how many songs I have passed this week without listen them",
        family="skips",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="which is my rate of skip in october?",
        family="skips",
        period="october",
    ),
    # repeat
    Fresh(
        text="I repeat a lot the same songs?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how much I repeat songs this month",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="what percentage of repetition I have since monday",
        family="repeat",
        period="since_monday",
    ),
    # streak
    Fresh(
        text="how many days followed I have listen music?",
        family="streak",
        content="music",
    ),
    Fresh(
        text="how many days in a row I am listening without stop",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when was the first time I listen Daft Punk",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="since when I listen The Daily?",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="when I hear for first time la femme d'argent",
        family="first_play",
        name="La femme d'argent",
    ),
    Fresh(
        text="when was the first time that I listen the weekend",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="when was the last time that I listen don't stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="the last time I put Justice, when was?",
        family="last_play",
        name="Justice",
    ),
    Fresh(
        text="when I listen for last time the album moon safari",
        family="last_play",
        name="Moon Safari",
    ),
    # last_song
    Fresh(
        text="which was the last song I put",
        family="last_song",
    ),
    Fresh(
        text="the last song that sound in the kitchen, what was?",
        family="last_song",
        room="kitchen",
    ),
    # first_today
    Fresh(
        text="which was the first song of today",
        family="first_today",
    ),
    Fresh(
        text="with which song I wake up today?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="which was the first song that I put yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="the first song of the last week which was",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="what song I put first in the saturday?",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="what was the last song that I listen last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="with which song I finished the last friday?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="which was the last song of october",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="which song I pass more times",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what is the song that I skip the most?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="the song that I jump more, which one is",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist I skip more",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="of which group I pass more the songs?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="which song I have on repeat actually",
        family="on_repeat",
    ),
    Fresh(
        text="what song I cannot stop of listen?",
        family="on_repeat",
    ),
    Fresh(
        text="which is the song that I am putting all the time these days",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="make me a resume of my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how was my year? tell me",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="give me a summary of october",
        family="recap",
        period="october",
    ),
    Fresh(
        text="how it went the last month with my listening",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="tell me a resume of my listenings",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="I listen more in the mornings or in the nights?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="when I listen more, in the morning or in the afternoon",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="I am more of morning or of evening for the music?",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="I listen more the weekdays or the weekends?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="during the week or in the weekend, when I put more music",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="this month I listen more between week or in the weekends?",
        family="compare_week",
        period="this_month",
    ),
]

NEGATIVES = [
    "put Daft Punk in the kitchen",
    "put more high the music",
    "lower the volume please",
    "pass this song",
    "what song is sounding now?",
    "what I am listening actually",
    "stop the podcast",
    "put the next song in the living room",
    "turn off the light of the kitchen",
    "put the disc Discovery",
    "put in random the songs of Queen",
    "activate the repeat of the song",
    "join the speaker of the kitchen with the one of the living",
    "put a timer of ten minutes",
    "which weather it will make tomorrow?",
    "add milk to the list of the shopping",
    "put the heating at 21 degrees",
    "remember me that tomorrow I assist to the class of english at six",
    "who sings this song?",
    "put the last episode of the daily",
    "continue the podcast where I leave it",
    "put more low in the kitchen",
    "put some music of relax",
    "put Cafe Tacvba in the speaker of the kitchen",
    "repeat this song",
    "put Bohemian Rhapsody another time",
    "pause the music one moment",
    "what is sounding in the kitchen in this moment",
    "which album is this?",
    "turn on the radio",
    "put the volume at 5",
    "is going to rain today?",
    "put an alarm at seven of the morning",
    "how many degrees are in the kitchen",
    "connect the bluetooth of my mobile to the speaker",
    "go back to the song of before",
    "advance thirty seconds the podcast",
    "stop all the speakers",
    "put something of Justice for dance",
    "put the song of Air that is called sexy boy",
    "turn off the music in 20 minutes",
    "which is the name of this group?",
    "I like this song, save it in my list",
]
