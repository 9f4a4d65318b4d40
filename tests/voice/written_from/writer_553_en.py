"""Writer 553, a terse Singaporean IT contractor between client calls (Singlish), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="eh this week who i play the most ah",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="last month top artist who",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="lately i siao on which band one",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top three artist this year, can or not",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="twenty twenty five my number one singer who ah",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="most played song last week what ah",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="song of the month lah, which one",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="top 5 track since march, list me quick",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="last summer which song i pump the most sia",
        family="top_tracks",
        period="last_summer",
    ),
    # top_albums
    Fresh(
        text="which album i play the most this year ah",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="my all time album which one",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="september most played album what",
        family="top_albums",
        period="september",
    ),
    Fresh(
        text="in the kitchen ah, since october which album most",
        family="top_albums",
        period="since_october",
        room="kitchen",
    ),
    # top_podcasts
    Fresh(
        text="podcast i listen most which one",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="these days which podcast i hooked on ah",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="last 30 days my top podcast show what",
        family="top_podcasts",
        period="last_30_days",
    ),
    # listening_time
    Fresh(
        text="today listen how long already",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="how many hours of music last week ah",
        family="listening_time",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="yesterday evening got music on how long",
        family="listening_time",
        period="yesterday_evening",
        content="music",
    ),
    Fresh(
        text="this year total listen time roughly how much",
        family="listening_time",
        period="this_year",
    ),
    Fresh(
        text="last month we all listen how long ah",
        family="listening_time",
        period="last_month",
        person="we",
    ),
    # plays
    Fresh(
        text="how many song today so far",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="this morning play how many thing already",
        family="plays",
        period="this_morning",
    ),
    Fresh(
        text="since monday how many streams ah",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="episode i play how many this month",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="saturday i play how many track one",
        family="plays",
        period="saturday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artist this year ah",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="last three months ah, how many band i listen, different one",
        family="artists_count",
        period="last_3_months",
    ),
    Fresh(
        text="in total got how many artist in my history",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different song last week",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="unique track this month how many ah",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="this summer i listen how many different songs leh",
        family="songs_count",
        period="summer",
    ),
    # play_count
    Fresh(
        text="queen this week play how many times",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="one more time how many times i play already ah",
        family="play_count",
        period="all_time",
        name="One More Time",
    ),
    Fresh(
        text="da funk last month how many times",
        family="play_count",
        period="last_month",
        name="Da Funk",
    ),
    Fresh(
        text="how many times radiohead this year",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="the daily ah, since october listen how many times",
        family="play_count",
        period="since_october",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="yesterday got listen justice or not",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="bohemian rapsody got play this week anot",
        family="did_i",
        period="this_week",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="last year i got play any wet leg or not",
        family="did_i",
        period="last_year",
        name="Wet Leg",
    ),
    Fresh(
        text="cafe tacuba in august i listen or not ah",
        family="did_i",
        period="august",
        name="Café Tacvba",
    ),
    Fresh(
        text="sexy boy by air, this month got or not",
        family="did_i",
        period="this_month",
        name="Sexy Boy by Air",
    ),
    # what_played
    Fresh(
        text="yesterday evening i listen what ah",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="last friday what i play",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="this afternoon what got play one",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="the day before yesterday music what i listen",
        family="what_played",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="november third what i listen, quick",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="last night what i pump ah",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="yesterday quarter to eight at night what song playing",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="this morning eight o'clock what was on ah",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="just now five fifteen what was playing ah",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="wednesday night nine o'clock what was playing",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="last night ten past eight that song what ah",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    # taste
    Fresh(
        text="i what kind of listener one ah, my taste",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste lah, short short can",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what genre i into actually",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="usually what time i listen music",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="which day of the week i listen most ah",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="my peak hour when ah",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="this year usually i listen what time what day",
        family="peak",
        period="this_year",
    ),
    # new_artists
    Fresh(
        text="this month got new artist or not",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="lately discover anyone new ah",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="past two weeks any new band or not",
        family="new_artists",
        period="last_2_weeks",
    ),
    # skips
    Fresh(
        text="i skip a lot or not ah",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="skip rate this week how much",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="last month i skip how much, out of total",
        family="skips",
        period="last_month",
    ),
    Fresh(
        text="kitchen there i skip how often",
        family="skips",
        period="all_time",
        room="kitchen",
    ),
    # repeat
    Fresh(
        text="i always replay same same song is it",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="repeat rate this month",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="last 7 days how much i replay same track ah",
        family="repeat",
        period="last_7_days",
    ),
    # streak
    Fresh(
        text="how many days straight i listen already",
        family="streak",
    ),
    Fresh(
        text="my streak now how long ah",
        family="streak",
    ),
    Fresh(
        text="consecutive day listening, how many got",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when i first listen justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="the daily first time play when ah",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="eres by cafe tacvba, when first time i play",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="the weeknd when i first listen ah",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="last time i play queen when",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="digital love last play when ah",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="when i last listen moon safari album",
        family="last_play",
        name="Moon Safari",
    ),
    Fresh(
        text="genesis by justice, last time when",
        family="last_play",
        name="Genesis by Justice",
    ),
    # last_song
    Fresh(
        text="last song i play what ah",
        family="last_song",
    ),
    Fresh(
        text="most recent track what name",
        family="last_song",
    ),
    Fresh(
        text="the last one i listen, which song",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="today first song what",
        family="first_today",
    ),
    Fresh(
        text="morning wake up i play what first ah",
        family="first_today",
    ),
    Fresh(
        text="what i start the day with today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="yesterday ah, the first song i play what",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="last friday start with what song",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first song this month what ah",
        family="first_in",
        period="this_month",
    ),
    Fresh(
        text="saturday first thing i play, what one",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="yesterday last song what",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="last weekend end with which track",
        family="last_in",
        period="last_weekend",
    ),
    Fresh(
        text="october last song i listen what ah",
        family="last_in",
        period="october",
    ),
    Fresh(
        text="day before yesterday the last one i play which song",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="which song i skip most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="the song always kena skip, which one ah",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped track what",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist i skip most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="band i keep skipping who ah",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who i always skip one",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song i on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="now heavy rotation what",
        family="on_repeat",
    ),
    Fresh(
        text="which song i cannot stop playing ah",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="my week how ah, give me the summary lah",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="recap october can",
        family="recap",
        period="october",
    ),
    Fresh(
        text="last year review, quick quick",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="rundown my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="our last month recap pls",
        family="recap",
        period="last_month",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="morning or evening i listen more ah",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="i more morning or night listener one",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="afternoon vs night, which one i listen more",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="weekday or weekend i listen more",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekend listen more than weekday or not",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="working days vs sat sun, which more music ah",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "play daft punk in the kitchen lah",
    "volume up a bit",
    "eh soft soft a bit, on call",
    "skip this song",
    "next track",
    "pause the podcast, got call",
    "what song is this ah",
    "who sing this one",
    "what playing now",
    "kitchen light off",
    "on the kitchen light",
    "set timer ten minutes",
    "timer 25 min for meeting",
    "weather today got rain or not",
    "later need umbrella or not",
    "add kopi powder to shopping list",
    "shopping list add milo",
    "aircon 24 degree",
    "temperature set to twenty two",
    "shuffle on",
    "repeat this song",
    "repeat off",
    "play the album discovery",
    "play queen bohemian rhapsody",
    "play the daily latest episode",
    "group kitchen speaker with living room",
    "stop the music",
    "mute for five minutes",
    "resume podcast",
    "continue the daily",
    "next episode",
    "play some jazz in kitchen",
    "turn off speaker",
    "what time now",
    "remind me call client at three",
    "set alarm seven thirty tomorrow",
    "this one what song, so nice",
    "louder lah cannot hear",
    "play justice cross album shuffle",
    "previous song",
    "go back 30 seconds",
    "like this song",
    "what am i listening to now ah",
    "play lofi for focus",
    "living room speaker play air",
]
