"""Writer 182, non-native speaker (Spanish mother tongue, learner grammar), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who is the artist that i listened more in last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="oye which group i am obsessed this days",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="tell me my three artist more listened of this year",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="in the kitchen who is the singer that i put more since october",
        family="top_artists",
        period="since_october",
        room="kitchen",
    ),
    Fresh(
        text="who we listened the most on the last month",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="what is my song favourite of this month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="five songs more played of all the time, say me them",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="which song i listened more times in the summer",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="the song number one for me of last year which was",
        family="top_tracks",
        period="last_year",
    ),
    # top_albums
    Fresh(
        text="what is the disc that i put more this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="my album favourite in october, which is",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="top two albums of the last three months please",
        family="top_albums",
        period="last_3_months",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast i am hooked lastly",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what is the program of podcast i listened more in twenty twenty five",
        family="top_podcasts",
        period="in_2025",
    ),
    Fresh(
        text="the podcast that i put most since march which one is",
        family="top_podcasts",
        period="since_march",
    ),
    # listening_time
    Fresh(
        text="how much time i listened music today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours of music we had on the last weekend",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="how long i was listening in this week more or less",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="how much minutes of podcast i listened in september",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="in the kitchen how many hours the music was sounding the last 30 days",
        family="listening_time",
        period="last_30_days",
        content="music",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="how many songs i played the day before of yesterday",
        family="plays",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="how many things i played in total since i have this",
        family="plays",
        period="all_time",
    ),
    Fresh(
        text="how many episodes of podcasts i heard in the last thirty days",
        family="plays",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="number of reproductions of this morning",
        family="plays",
        period="this_morning",
    ),
    # artists_count
    Fresh(
        text="how many artists different i listened this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many different bands i heard in august",
        family="artists_count",
        period="august",
    ),
    Fresh(
        text="quick question how many distinct artists i have in total",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many songs different i heard the last seven days",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="how many different tracks i have listened since monday",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="the number of different songs in last summer",
        family="songs_count",
        period="last_summer",
    ),
    # play_count
    Fresh(
        text="how many times i listened bohemian rapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much queen i had on this week",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="how many times i put around the world of daft punk this month",
        family="play_count",
        period="this_month",
        name="Around the World by Daft Punk",
    ),
    Fresh(
        text="how many times i listened rosalia this year",
        family="play_count",
        period="this_year",
        name="Rosalía",
    ),
    Fresh(
        text="cafe tacuba how many times in october",
        family="play_count",
        period="october",
        name="Café Tacvba",
    ),
    # did_i
    Fresh(
        text="i listened something of justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="did i hear the daily this morning or no",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="we listened air on the last weekend?",
        family="did_i",
        period="last_weekend",
        name="Air",
        person="we",
    ),
    Fresh(
        text="listened to soda stereo in the last month?",
        family="did_i",
        period="last_month",
        name="Soda Stereo",
    ),
    Fresh(
        text="i have heard sexy boy in this week or not",
        family="did_i",
        period="this_week",
        name="Sexy Boy",
    ),
    Fresh(
        text="did ada listen digital love on saturday",
        family="did_i",
        period="saturday",
        name="Digital Love",
        person="Ada",
    ),
    # what_played
    Fresh(
        text="what i was listening yesterday in the evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what was sounding in the kitchen last friday",
        family="what_played",
        period="last_friday",
        room="kitchen",
    ),
    Fresh(
        text="what music i put this afternoon",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="tell me what i listened on november 3",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what we listened the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="eh what was ada listening this morning",
        family="what_played",
        period="this_morning",
        person="Ada",
    ),
    Fresh(
        text="what i heard last night",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="what was sounding yesterday at quarter to eight of the night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="which song was on today at eight and half of the morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="at five and ten this afternoon what was playing",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="what was playing last friday at nine of the night",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    Fresh(
        text="what song was at twelve of the midday the wednesday",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="yesterday around eight and ten in the night which song was on",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    # taste
    Fresh(
        text="what type of music i like, describe me my taste",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how is my taste musical",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what kind of music i am into since march",
        family="taste",
        period="since_march",
    ),
    # peak
    Fresh(
        text="at what hour normally i listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day of the week i listen more music and at what hour",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when is my hour peak of listening this year",
        family="peak",
        period="this_year",
    ),
    # new_artists
    Fresh(
        text="i discovered some new artist lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="which artists are new for me this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="the bands that i listened for first time in 2025",
        family="new_artists",
        period="in_2025",
    ),
    # skips
    Fresh(
        text="how much i skip normally",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what is my rate of skipping this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="how many songs i jumped last week",
        family="skips",
        period="last_week",
        content="music",
    ),
    # repeat
    Fresh(
        text="i repeat too much the same songs?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how is my rate of repetition in october",
        family="repeat",
        period="october",
    ),
    Fresh(
        text="how often i put again and again the same song this year",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="how many days in a row i am listening",
        family="streak",
    ),
    Fresh(
        text="how many days followed i listened without stop",
        family="streak",
    ),
    Fresh(
        text="my streak of days, how long is it now",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when was the first time i listened justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when i put for first time the daily",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="the first time that sounded eres of cafe tacuba when was",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="when i heard for first time radiohead",
        family="first_play",
        name="Radiohead",
    ),
    # last_play
    Fresh(
        text="remember me when was the last time i listened queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="when i listened phantom for last time",
        family="last_play",
        name="Phantom",
    ),
    Fresh(
        text="last time i put da funk",
        family="last_play",
        name="Da Funk",
    ),
    Fresh(
        text="the album moon safari when i listened it the last time",
        family="last_play",
        name="Moon Safari",
    ),
    # last_song
    Fresh(
        text="which was the last song that i listened",
        family="last_song",
    ),
    Fresh(
        text="remember me the last song i put",
        family="last_song",
    ),
    Fresh(
        text="the last song that sounded before, what was",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song of today",
        family="first_today",
    ),
    Fresh(
        text="with what song i woke up this morning",
        family="first_today",
    ),
    Fresh(
        text="first thing i put today which was",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="which was the first song i put yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="the first song of last weekend",
        family="first_in",
        period="last_weekend",
    ),
    Fresh(
        text="with what song i started the november 3",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="bueno the first song of this week what was",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="with what song i finished last friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="the last song of yesterday evening which was",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="what was the final song on saturday",
        family="last_in",
        period="saturday",
    ),
    # most_skipped
    Fresh(
        text="which song i skip more",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="the song that i jump the most, which is",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what track i always pass to the next more than the others",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist i skip more",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="the singer or the band that i jump more often",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="of what group i skip the songs the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="which song i have on repeat actually",
        family="on_repeat",
    ),
    Fresh(
        text="what song i can't stop of putting",
        family="on_repeat",
    ),
    Fresh(
        text="what is in heavy rotation for me in this moment",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a resume of my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how was my year of listening",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="make me a review of october",
        family="recap",
        period="october",
    ),
    Fresh(
        text="a rundown of my listening please",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was our last week, explain me a little",
        family="recap",
        period="last_week",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="i listen more in the mornings or in the nights?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="i am more of morning or of evening listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="this month when i listen more, afternoon or evening",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="i listen more the weekends or the days of work?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="in the week or in the weekend when i listen more",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="this year i listened more on weekdays or on weekends",
        family="compare_week",
        period="this_year",
    ),
    # extra
    Fresh(
        text="over the past two weeks what artist i listened more",
        family="top_artists",
        period="last_2_weeks",
    ),
    Fresh(
        text="did i put la femme d'argent in september",
        family="did_i",
        period="september",
        name="La femme d'argent",
    ),
    Fresh(
        text="how many times sounded the dance of justice since monday",
        family="play_count",
        period="since_monday",
        name="D.A.N.C.E. by Justice",
    ),
]

NEGATIVES = [
    "put daft punk in the kitchen",
    "play music of queen please",
    "up the volume",
    "put the music more loud",
    "what song is this one",
    "what is sounding now in the kitchen",
    "pass to the next song",
    "skip this song please",
    "stop the podcast",
    "pause the daily a moment",
    "put the album discovery",
    "put the random mode",
    "activate the repeat of this song",
    "turn off the light of the kitchen",
    "turn on the lights of the living",
    "put a timer of ten minutes",
    "what weather will make tomorrow",
    "add milk to the list of the shopping",
    "put the heating to 21 degrees",
    "group the speaker of kitchen with the one of the living room",
    "what i am listening in this moment",
    "who sings this",
    "low the volume a little bit",
    "play the last episode of the daily",
    "next track in the living room",
    "put la femme d'argent",
    "play something of cafe tacuba",
    "stop the music in the kitchen",
    "reproduce cross of justice",
    "how is called this song",
    "put the radio",
    "remember me buy eggs tomorrow",
    "turn off all the speakers",
    "silence in the kitchen please",
    "volume to forty percent",
    "put shuffle in the playlist",
    "repeat this song one time more",
    "what hour is it",
    "how many degrees are outside",
    "play some music for cook",
    "put the podcast more slow",
    "go back to the song of before",
    "i like this song, save it",
    "put alarm for seven of the morning",
    "connect the speaker of the kitchen to the bluetooth",
]
