"""Writer 565, a Japanese office worker in London with B1 English, very polite and indirect, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="excuse me, last week which artist did I listen the most? please tell me",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="um sorry, who is my number one artist this year, maybe you know",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="please teach me my top three artists of October",
        family="top_artists",
        period="october",
        count=3,
    ),
    Fresh(
        text="recently I am a little bit obsessed with one band I think... who is it?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen, which singer is played most often, if it is okay to ask",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="sorry to bother you, what song I played most in this month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="could you tell me five songs I listened the most last year please",
        family="top_tracks",
        period="last_year",
        count=5,
    ),
    Fresh(
        text="since March, which one is my favourite song, do you know",
        family="top_tracks",
        period="since_march",
    ),
    Fresh(
        text="ah excuse me, top song of last seven days, what is it",
        family="top_tracks",
        period="last_7_days",
    ),
    Fresh(
        text="last month what song did we listen most? sorry, I mean all of us at home",
        family="top_tracks",
        period="last_month",
        person="we",
    ),
    # top_albums
    Fresh(
        text="which album have I played the most ever, maybe you can tell me",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="this summer my favourite album was which one, please",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="two albums I listened most in twenty twenty five, please tell me",
        family="top_albums",
        period="in_2025",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast am I listening to most these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="sorry, my top podcast of this year, what is it please",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="in September, the podcast I listened a lot, which show was it",
        family="top_podcasts",
        period="september",
    ),
    # listening_time
    Fresh(
        text="how long did I listen music today, please tell me",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="excuse me, how many hours I spent with music for the last 30 days",
        family="listening_time",
        period="last_30_days",
        content="music",
    ),
    Fresh(
        text="ano... how much time I listened podcast this week? only podcast please",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="yesterday evening in kitchen, how long did we listen, I am a little curious",
        family="listening_time",
        period="yesterday_evening",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="total listening time since October, how much is it please",
        family="listening_time",
        period="since_october",
    ),
    # plays
    Fresh(
        text="how many songs I played this morning, sorry",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="on Saturday how many times did I play something",
        family="plays",
        period="saturday",
    ),
    Fresh(
        text="is it possible to know the number of episodes I listened last month",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="in total how many tracks were played until now",
        family="plays",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="yesterday we played how many songs? I mean whole home, not only me",
        family="plays",
        period="yesterday",
        person="we",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists did I listen this year, please tell me",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="excuse me, last summer, how many different singers or bands I heard",
        family="artists_count",
        period="last_summer",
    ),
    Fresh(
        text="number of different artists in last three months, maybe you can count for me",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I listen in August",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="sorry, since Monday how many different song I played, same ones not counted",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="all together, how many different tracks I have ever heard",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times did I play bohemian rhapsody this month please",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="excuse me, Daft Punk, how many times I listened to them this year",
        family="play_count",
        period="this_year",
        name="Daft Punk",
    ),
    Fresh(
        text="how many times I listened The Daily last week, sorry for asking",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="Utada Hikaru song, how many times I played, all time",
        family="play_count",
        period="all_time",
        name="Utada Hikaru",
    ),
    Fresh(
        text="one more time by daft punk, how often I played it in kitchen this week",
        family="play_count",
        period="this_week",
        name="One More Time by Daft Punk",
        room="kitchen",
    ),
    # did_i
    Fresh(
        text="did I listen any Queen yesterday, sorry",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="excuse me, maybe I listened Justice at last weekend? yes or no please",
        family="did_i",
        period="last_weekend",
        name="Justice",
    ),
    Fresh(
        text="this week did I hear sexy boy? I think yes but I am not sure",
        family="did_i",
        period="this_week",
        name="Sexy Boy",
    ),
    Fresh(
        text="did I listen Radiohead this year, I don't remember well",
        family="did_i",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="last Friday... The Daily, did I listen it?",
        family="did_i",
        period="last_friday",
        name="The Daily",
    ),
    Fresh(
        text="Ada listened Cafe Tacuba in October? please check for me",
        family="did_i",
        period="october",
        name="Café Tacvba",
        person="Ada",
    ),
    # what_played
    Fresh(
        text="what did I listen yesterday evening, please tell me",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="sorry, what music was playing in kitchen on Saturday",
        family="what_played",
        period="saturday",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="on November 3rd what I listened? I forgot already",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="excuse me, what we listened at last weekend",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="this afternoon what I listened, small summary please",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="what was playing yesterday at quarter to eight in the evening",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="excuse me, this morning around half past eight, which song was on",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="on Saturday about nine o'clock at night, what was playing in kitchen please",
        family="playing_at",
        moment="2026-11-14 21:00",
        room="kitchen",
    ),
    Fresh(
        text="today ten past five in afternoon, what song it was",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="day before yesterday at twelve o'clock lunch time, what was on",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="what kind of music do I like? can you describe me please",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="please tell me about my music taste a little",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="this year, what is my taste, which style I am listening",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time usually I listen music, and which day of the week also",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="which hour of the day I listen the most usually, sorry",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="my most busy listening day in the week, which one is it",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="this month at what time I usually listen, please",
        family="peak",
        period="this_month",
    ),
    # new_artists
    Fresh(
        text="did I find any new artists lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="which artists I listened for first time this year",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="excuse me, new singers for me in last month, are there some",
        family="new_artists",
        period="last_month",
    ),
    # skips
    Fresh(
        text="how often do I skip songs, sorry strange question",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="please tell me my skip rate this week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="last month I skipped a lot maybe? how much I skipped",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="do I listen same songs again and again? how much",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="my repeat rate for this year, please",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="I think I replay same tracks too much lately, what is the rate",
        family="repeat",
        period="lately",
        content="music",
    ),
    # streak
    Fresh(
        text="how many days in a row did I listen music",
        family="streak",
        content="music",
    ),
    Fresh(
        text="excuse me, my listening streak, how many days now",
        family="streak",
    ),
    Fresh(
        text="until today how many days continuously I listened, without break",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I listen Justice first time",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="the first time I heard bohemian rhapsody, when was it please",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="when I listened Moon Safari album for the first time, do you know",
        family="first_play",
        name="Moon Safari",
    ),
    # last_play
    Fresh(
        text="when did I last listen Queen, sorry",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="The Daily, last time I listened was when",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when is the last time I played eres by cafe tacuba",
        family="last_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="last time I listened Kenshi Yonezu, when was it",
        family="last_play",
        name="Kenshi Yonezu",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="sorry, the song I listened last, before now, what was it",
        family="last_song",
    ),
    Fresh(
        text="please tell me which track I played most recently",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="today, which song I played first",
        family="first_today",
    ),
    Fresh(
        text="excuse me, the first song I listened today please",
        family="first_today",
    ),
    Fresh(
        text="when I woke up, what did I listen first",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song I played yesterday, what was it",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="excuse me, on last Friday what song I played first",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the first track of this month",
        family="first_in",
        period="this_month",
    ),
    Fresh(
        text="this afternoon first song please, I forgot the name",
        family="first_in",
        period="this_afternoon",
    ),
    # last_in
    Fresh(
        text="what was the last song last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song I played on Saturday, please tell me",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="in October, which song was my last one",
        family="last_in",
        period="october",
    ),
    Fresh(
        text="the day before yesterday, the last song I listened, what is the title",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="which song I skip most, sorry",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="the track I always skip, what is it? maybe I don't like it",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped song this year, can you tell",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist I skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="excuse me, which band I skip often, maybe I don't like them",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="since March, the artist I skipped most",
        family="most_skipped_artist",
        period="since_march",
    ),
    # on_repeat
    Fresh(
        text="which song I have on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="I cannot stop listening one song recently, which one is it",
        family="on_repeat",
    ),
    Fresh(
        text="which song I play again and again these two weeks, sorry",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="please give me a recap of my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how was my music in last year, a little review please",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="excuse me, can you summarise my October for me",
        family="recap",
        period="october",
    ),
    Fresh(
        text="my listening, how it was, please tell me a rundown",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was my summer in music, I am curious",
        family="recap",
        period="summer",
    ),
    # compare_day_parts
    Fresh(
        text="am I listening more in morning or in evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="sorry strange question, afternoon or night, when I listen more music",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="this month, morning or evening, which is more for me",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="do I listen more on weekdays or at weekend",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="last month, weekend or weekdays, when did I play more music",
        family="compare_week",
        period="last_month",
        content="music",
    ),
    Fresh(
        text="I think at weekend I listen more than weekdays, is it true",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "excuse me, please play Daft Punk in the kitchen",
    "could you turn the music up a little please",
    "sorry, what song is this now",
    "what is playing in kitchen right now, please tell me",
    "please skip this song, sorry",
    "pause the podcast please, I have a phone call",
    "next track please",
    "excuse me, turn off the kitchen light",
    "please play the album Discovery",
    "volume down a little, it is too loud, sorry",
    "set volume to five please",
    "please shuffle the music",
    "can you repeat this song please, again and again",
    "turn off repeat mode please",
    "please group kitchen speaker and living room speaker together",
    "set a timer for ten minutes please, for my rice",
    "what is the weather in London tomorrow",
    "will it rain today, should I take umbrella",
    "please add milk and eggs to shopping list",
    "excuse me, make the heating a little warmer, twenty one degree",
    "what am I listening to now, the artist name please",
    "who is singing this song now",
    "play The Daily latest episode please",
    "play some quiet jazz music in kitchen",
    "stop the music please, thank you",
    "resume the podcast from where I stopped",
    "play Bohemian Rhapsody by Queen",
    "please play some relaxing music for studying",
    "go back to previous song please",
    "add this song to my playlist please",
    "sorry, I like this song, please remember it",
    "play music in all rooms",
    "move the music to the bedroom speaker please",
    "what time is it in Tokyo now",
    "set alarm for seven tomorrow morning please",
    "turn on the kitchen light a little dim",
    "excuse me, skip forward thirty seconds in the podcast",
    "please play Justice album Cross from beginning",
    "what is the name of this album playing now",
    "lower the bass a little please",
    "remind me to call my mother at eight",
    "sorry, how do you say otsukaresama in English",
    "play BBC Radio 4 please",
    "thank you very much, that's all",
]
