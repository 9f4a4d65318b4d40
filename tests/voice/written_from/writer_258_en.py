"""Writer 258, night-shift security guard dictating half asleep (no punctuation, run-on, false starts, self-corrections), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="uh who did i who did i listen to most this week like what artist",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="whos my go to um go to band this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="okay so which artist was i kind of obsessed with lately the last couple weeks or whatever",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top artist ever for me who is it who is it",
        family="top_artists",
        period="all_time",
    ),
    Fresh(
        text="in august who was my number one no not the song the artist my number one artist in august",
        family="top_artists",
        period="august",
    ),
    Fresh(
        text="twenty twenty five who did i play the most that whole year",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="whats my most played song this month",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name my three uh my three most played tracks from last year",
        family="top_tracks",
        period="last_year",
        count=3,
    ),
    Fresh(
        text="what was my song of the summer i mean this summer not last summer this one",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="top five tunes since october gimme those",
        family="top_tracks",
        period="since_october",
        count=5,
    ),
    Fresh(
        text="most played track the last thirty days what is it",
        family="top_tracks",
        period="last_30_days",
    ),
    # top_albums
    Fresh(
        text="which album did i play the most ever like of all time",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="what record was i spinning most in um september",
        family="top_albums",
        period="september",
    ),
    Fresh(
        text="favourite album the last three months whats that",
        family="top_albums",
        period="last_3_months",
    ),
    # top_podcasts
    Fresh(
        text="whats my go to podcast these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="which podcast did i uh listen to most this year",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="the podcast i was on the most last month which one",
        family="top_podcasts",
        period="last_month",
    ),
    # listening_time
    Fresh(
        text="how long did i have music on yesterday",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="how many hours did i did i listen last week total",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="how much podcast time did i rack up this month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how long was stuff playing in the kitchen this morning before i crashed",
        family="listening_time",
        period="this_morning",
        room="kitchen",
    ),
    Fresh(
        text="last seven days how much time did i spend listening in total roughly",
        family="listening_time",
        period="last_7_days",
    ),
    # plays
    Fresh(
        text="how many songs have i played so far today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many episodes did i get through in october",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="total number of plays last thirty days just the number",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="how many tracks did we play last weekend the house i mean all of us",
        family="plays",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="over the past two weeks how many songs did i put on",
        family="plays",
        period="last_2_weeks",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists did i listen to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many different bands have i had on uh since march",
        family="artists_count",
        period="since_march",
    ),
    Fresh(
        text="number of different artists last summer the summer before this one",
        family="artists_count",
        period="last_summer",
    ),
    # songs_count
    Fresh(
        text="how many different songs did i play last month",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="how many different tracks have i heard like in total",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="since monday how many different songs",
        family="songs_count",
        period="since_monday",
    ),
    # play_count
    Fresh(
        text="how many times did i play bohemian rapsody this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much daft punk did i have on last week",
        family="play_count",
        period="last_week",
        name="Daft Punk",
    ),
    Fresh(
        text="how many times did the daily play this month",
        family="play_count",
        period="this_month",
        name="The Daily",
    ),
    Fresh(
        text="how many times have i played radiohead ever",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="that one more time song the daft punk one how many times did it go in october",
        family="play_count",
        period="october",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="dance by justice how many plays this year no this month sorry this month",
        family="play_count",
        period="this_month",
        name="D.A.N.C.E. by Justice",
    ),
    # did_i
    Fresh(
        text="did i hear any justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="listened to any air lately or nah",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="did i play dont stop me now last friday",
        family="did_i",
        period="last_friday",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="did we put on any queen last month",
        family="did_i",
        period="last_month",
        name="Queen",
        person="we",
    ),
    Fresh(
        text="did i ever listen to wet leg i dont think so but did i",
        family="did_i",
        period="all_time",
        name="Wet Leg",
    ),
    Fresh(
        text="was there any cafe tacuba on saturday",
        family="did_i",
        period="saturday",
        name="Café Tacvba",
    ),
    Fresh(
        text="genesis did i listen to that one the day before yesterday",
        family="did_i",
        period="day_before_yesterday",
        name="Genesis",
    ),
    # what_played
    Fresh(
        text="what did i have on uh yesterday evening before my shift",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what was i listening to wednesday i mean the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what played in the kitchen this afternoon",
        family="what_played",
        period="this_afternoon",
        room="kitchen",
    ),
    Fresh(
        text="run me through what i listened to on november third",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what was i playing last night while i was um last night",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what did ada listen to yesterday",
        family="what_played",
        period="yesterday",
        person="Ada",
    ),
    Fresh(
        text="what did i listen to on saturday no friday last friday",
        family="what_played",
        period="last_friday",
    ),
    # playing_at
    Fresh(
        text="what was on at um ten to eight last night",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="what song was playing at eight oclock this morning",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="yesterday around eight fifteen in the evening what was playing",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="quarter past five this afternoon what was on",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="what was playing at noon on saturday",
        family="playing_at",
        moment="2026-11-14 12:00",
    ),
    # taste
    Fresh(
        text="whats my taste like in general what am i into",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my uh my taste i guess",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what has my taste been this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="when do i usually put stuff on like what hour",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day of the week and what time do i listen the most usually",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="did i discover anybody new this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="any new artists i heard for the first time this year",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="whos new in my listening since monday anybody",
        family="new_artists",
        period="since_monday",
    ),
    # skips
    Fresh(
        text="how much do i skip stuff",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="whats my skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="did i skip a lot last week like how often",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="whats my repeat rate like",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="do i keep playing the same things over and over this year how much",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="how many days in a row have i been listening now",
        family="streak",
    ),
    Fresh(
        text="whats my streak at days straight of listening",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did i first listen to justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did sexy boy first show up in my history",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="first time i ever played the weeknd when was that",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="when did i last hear eres",
        family="last_play",
        name="Eres",
    ),
    Fresh(
        text="last time i had queen on when was it",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="when was the daily last on",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="whats the last song i played",
        family="last_song",
    ),
    Fresh(
        text="what was the uh last track i had on the very last one",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song i played today",
        family="first_today",
    ),
    Fresh(
        text="first thing i put on today what was it",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what did i start off with yesterday first song",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what was the first track last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first song this week what was it",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="last song i played yesterday what was it",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="what did i finish up with on saturday",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="the last thing i played the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="which song do i skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="whats the track i always always skip",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do i skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="what band do i keep skipping past",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have i got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="which song cant i stop playing",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="do my year in review thing",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill me in on last month uh listening wise",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="recap of last summer",
        family="recap",
        period="last_summer",
    ),
    Fresh(
        text="how did twenty twenty five go music wise",
        family="recap",
        period="in_2025",
    ),
    Fresh(
        text="run me through my week",
        family="recap",
        period="this_week",
    ),
    # compare_day_parts
    Fresh(
        text="do i listen more in the mornings or the evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mornings or afternoons when do i play more",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do i listen more on weekdays or weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekends versus during the week when do i play more stuff",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="last month did we listen more on the weekends or weekdays",
        family="compare_week",
        period="last_month",
        person="we",
    ),
]

NEGATIVES = [
    "uh play daft punk in the kitchen",
    "turn the music up a bit no down turn it down",
    "whats playing in the kitchen right now",
    "what song is this",
    "skip this song",
    "pause the podcast",
    "next track",
    "turn off the kitchen light",
    "play the album discovery",
    "set volume to uh four",
    "shuffle on",
    "turn repeat off",
    "group the kitchen speaker with the living room one",
    "set a timer for twenty minutes",
    "whats the weather tonight",
    "add coffee to the shopping list",
    "set the thermostat to twenty one",
    "what am i listening to right now",
    "play the daily",
    "play some queen",
    "resume the podcast",
    "stop the music",
    "lock the front door",
    "turn on the porch lights",
    "wake me up at six",
    "set an alarm for five thirty am",
    "whos singing this",
    "play something to keep me awake",
    "louder",
    "mute the kitchen speaker",
    "play bohemian rhapsody",
    "put on justice the cross album",
    "go back to the previous song",
    "like this song",
    "add this song to my playlist",
    "what time is it",
    "is it gonna rain in the morning",
    "turn the heating down",
    "play the latest episode of the daily in the kitchen",
    "whats this podcast called",
    "restart this track",
    "fast forward thirty seconds",
    "how long is left on this song",
    "set a sleep timer for the music",
    "play air moon safari on the kitchen speaker",
]
