"""Writer 575, a Nigerian software developer in Lagos (Nigerian English and a bit of Pidgin), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="abeg who be my number one artist this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="oya tell me the artist wey I play pass last month",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="who I dey obsessed with lately sef, which artist",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="my top 3 artists since March, run am for me",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="in the kitchen, na which band we play pass last week?",
        family="top_artists",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="wetin be my song of the month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name my five most played tracks of all time",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="which song I play pass for October",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="how far, the tune wey I dey rinse pass this summer, wetin be am?",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="top ten songs for twenty twenty five abeg",
        family="top_tracks",
        period="in_2025",
        count=10,
    ),
    # top_albums
    Fresh(
        text="which album I don play pass this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="my favourite album last summer, which one be that again",
        family="top_albums",
        period="last_summer",
    ),
    Fresh(
        text="that album wey I no fit stop playing these days, which one?",
        family="top_albums",
        period="lately",
    ),
    Fresh(
        text="give me my top two albums since October",
        family="top_albums",
        period="since_october",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast I dey hooked on recently",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what is my go-to podcast this year please",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="most played podcast of all time, na which one",
        family="top_podcasts",
        period="all_time",
    ),
    # listening_time
    Fresh(
        text="how many hours I don spend listening this week ehn",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="how long music play for here yesterday",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="total time on podcasts last month, calculate am for me",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="how much music did we have on last weekend",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="how many minutes I listen this morning sef, before standup",
        family="listening_time",
        period="this_morning",
    ),
    # plays
    Fresh(
        text="how many songs I don play today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="number of streams in total for September, how many",
        family="plays",
        period="september",
    ),
    Fresh(
        text="how many episodes I play in the last 30 days",
        family="plays",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="on Saturday for the kitchen, how many things play",
        family="plays",
        period="saturday",
        room="kitchen",
    ),
    # artists_count
    Fresh(
        text="how many different artists I don listen to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="artists in total, since I start using this thing, how many",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="count the artists wey I play last month for me abeg",
        family="artists_count",
        period="last_month",
    ),
    # songs_count
    Fresh(
        text="how many different songs I play in August",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="unique tracks this month, wetin be the number",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="abeg how many distinct songs did we play last week",
        family="songs_count",
        period="last_week",
        person="we",
    ),
    # play_count
    Fresh(
        text="how many times I don play One More Time this month",
        family="play_count",
        period="this_month",
        name="One More Time",
    ),
    Fresh(
        text="how much Queen I don hear this week",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="e reach how many times wey I play that phantom by justice since march",
        family="play_count",
        period="since_march",
        name="Phantom by Justice",
    ),
    Fresh(
        text="radiohead, how many times e play for 2025",
        family="play_count",
        period="in_2025",
        name="Radiohead",
    ),
    Fresh(
        text="The Daily, how many times I listen am the last 7 days",
        family="play_count",
        period="last_7_days",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="did I listen to any Justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="shey I play bohemian rapsody last friday",
        family="did_i",
        period="last_friday",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Air, I hear them at all this week abi?",
        family="did_i",
        period="this_week",
        name="Air",
    ),
    Fresh(
        text="did I play Burna Boy at all this year",
        family="did_i",
        period="this_year",
        name="Burna Boy",
    ),
    Fresh(
        text="cafe tacuba, I don listen to them recently?",
        family="did_i",
        period="lately",
        name="Café Tacvba",
    ),
    # what_played
    Fresh(
        text="wetin I dey listen to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what was I playing the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="remind me wetin play for kitchen on November 3rd",
        family="what_played",
        period="november_3",
        room="kitchen",
    ),
    Fresh(
        text="this afternoon sha, wetin I play",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what did Ada listen to last night",
        family="what_played",
        period="last_night",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="wetin dey play around quarter to eight last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="the song wey dey play around eight this morning, which one",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="what was on at ten past five today",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="last friday around 9pm wetin play",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    Fresh(
        text="what was playing 8:05 yesterday night when I dey cook",
        family="playing_at",
        moment="2026-11-19 20:05",
    ),
    # taste
    Fresh(
        text="what kind of music I dey into sef",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste for me, I wan hear am",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how you go describe my music taste this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time of the day I dey listen pass",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day of the week I dey play music pass, and which hour",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when am I usually listening, like my peak time",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="any new artist I discover lately?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="which artists I hear for the first time this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="since October who be the new people wey enter my history",
        family="new_artists",
        period="since_october",
    ),
    # skips
    Fresh(
        text="how often I dey skip songs",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="my skip rate this month, how e be",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="out of everything wey play last week, how many I skip",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="do I dey replay the same songs too much",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what's my repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="how much I dey repeat tracks lately, e plenty?",
        family="repeat",
        period="lately",
        content="music",
    ),
    # streak
    Fresh(
        text="how many days in a row I don dey listen",
        family="streak",
    ),
    Fresh(
        text="my listening streak, how long e don be now",
        family="streak",
    ),
    Fresh(
        text="omo how many straight days I don play something without break",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when I first listen to Daft Punk",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="when did sexy boy first show for my history",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="first time I play the weeknd, when be that",
        family="first_play",
        name="The Weeknd",
    ),
    Fresh(
        text="the very first time dance by justice come up, which date",
        family="first_play",
        name="D.A.N.C.E. by Justice",
    ),
    # last_play
    Fresh(
        text="when last I play Queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="when was the last time I listened to Eres",
        family="last_play",
        name="Eres",
    ),
    Fresh(
        text="The Daily, when last I hear am",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="don't stop me now, when was the last time e play",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="the song wey I play last, wetin be the name",
        family="last_song",
    ),
    Fresh(
        text="abeg the last track I listen to before, which one",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="wetin I wake up to today",
        family="first_today",
    ),
    Fresh(
        text="the first song I play today, what was it",
        family="first_today",
    ),
    Fresh(
        text="which song start my day today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song I played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="wetin be the first tune for last weekend",
        family="first_in",
        period="last_weekend",
    ),
    Fresh(
        text="what did I start with on November third",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="this week, the first track wey I play na which one",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="what did I end with last Friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="the last song wey play yesterday evening",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="which song I close with on Saturday",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="day before yesterday, the final song I play, wetin be am",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="which song I dey skip pass",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="the track wey I no fit stand, the one I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped song this year",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist I dey skip pass",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="the band wey I dey always skip, who be that",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="since march, the artist wey I skip most",
        family="most_skipped_artist",
        period="since_march",
    ),
    # on_repeat
    Fresh(
        text="wetin I get on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="which song I no fit stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="what's on heavy rotation for me now now",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="oya give me my week in music",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="run me through my year",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill me in on how my October went, music wise",
        family="recap",
        period="october",
    ),
    Fresh(
        text="give me a rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was last month for me, summarize am",
        family="recap",
        period="last_month",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of morning person or evening person for music",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="do I listen more for afternoon or for night",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="morning or evening, which one I dey play pass",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do I listen more on weekends or weekdays",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekend versus weekday, which one I dey play music pass",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="shey I dey listen more during the week than weekend",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "abeg play Daft Punk for the kitchen",
    "turn am up small",
    "reduce the volume abeg, I dey on call",
    "wetin dey play now",
    "which song be this",
    "skip this one jare",
    "pause the podcast make I take this call",
    "next track for the parlour",
    "off the kitchen light",
    "play the album Discovery",
    "oya shuffle am",
    "put this song on repeat",
    "group the kitchen speaker with the parlour one",
    "set timer for twenty minutes, my jollof dey fire",
    "how the weather go be tomorrow for Berlin",
    "add garri and plantain to my shopping list",
    "set the heating to twenty two degrees",
    "what am I listening to right now",
    "who dey sing this song wey dey play",
    "play Burna Boy",
    "play the latest episode of The Daily",
    "volume four",
    "stop the music abeg",
    "continue the song",
    "go back to the previous song",
    "I like this song, add am to my playlist",
    "play something by Queen in the kitchen",
    "turn on shuffle for the kitchen speaker",
    "what time is it",
    "remind me to push my code by nine",
    "wake me up by six tomorrow",
    "e go rain today?",
    "play some afrobeats",
    "play Around the World by Daft Punk",
    "louder abeg, I no fit hear",
    "mute the kitchen speaker",
    "wetin be the name of this album",
    "play music everywhere for the house",
    "pause",
    "play the next episode of The Daily",
    "turn off repeat",
    "call my mummy",
    "how far, set an alarm for 7am",
    "play Moon Safari from the beginning",
]
