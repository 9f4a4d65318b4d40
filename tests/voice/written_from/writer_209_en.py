"""Writer 209, speech-to-text dictation (Scottish Highlands English, misheard names and words), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="um who have i been listening to the most this month",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="och whos my number one band this year then",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="um giz my top three artists fae last month",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="who have i been pure obsessed wi lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen um who gets played the most last week",
        family="top_artists",
        period="last_week",
        room="kitchen",
    ),
    Fresh(
        text="who did we have on the maist in october",
        family="top_artists",
        period="october",
        person="we",
    ),
    Fresh(
        text="wha was ma go to artist last summer",
        family="top_artists",
        period="last_summer",
    ),
    # top_tracks
    Fresh(
        text="whit is my favourite song of all time",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="name my 5 most played tracks this summer",
        family="top_tracks",
        period="summer",
        count=5,
    ),
    Fresh(
        text="whit was ma song o the month aye",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="top tunes since march um",
        family="top_tracks",
        period="since_march",
    ),
    Fresh(
        text="um three most played songs last year",
        family="top_tracks",
        period="last_year",
        count=3,
    ),
    Fresh(
        text="which track did ada play most the last seven days",
        family="top_tracks",
        period="last_7_days",
        person="Ada",
    ),
    # top_albums
    Fresh(
        text="which album did i play the most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="whit record have i had on maist since october",
        family="top_albums",
        period="since_october",
    ),
    Fresh(
        text="top 2 albums over the past two weeks",
        family="top_albums",
        period="last_2_weeks",
        count=2,
    ),
    Fresh(
        text="my favourite album ever um",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="whits my go to podcast",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="which podcast am i hooked on the now",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="most played podcast in twenty twenty five please",
        family="top_podcasts",
        period="in_2025",
    ),
    Fresh(
        text="um top pod cast in the kitchen this month",
        family="top_podcasts",
        period="this_month",
        room="kitchen",
    ),
    # listening_time
    Fresh(
        text="how long did i listen tae music yesterday",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="how many ours of listening have i done this week",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="um how much time did we spend listening last weekend",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="how long were the podcasts on in the last 30 days",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="och how much music did i have on in august",
        family="listening_time",
        period="august",
        content="music",
    ),
    Fresh(
        text="whits ma total listening time ever",
        family="listening_time",
        period="all_time",
    ),
    # plays
    Fresh(
        text="how many songs did i put on this morning",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="since Monday whats the total number o plays",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="how many episodes did i listen tae last month",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="how many tracks got played in the kitchen on saturday",
        family="plays",
        period="saturday",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="um how many things did ada play the day before yesterday",
        family="plays",
        period="day_before_yesterday",
        person="Ada",
    ),
    Fresh(
        text="how many streams have i done the day",
        family="plays",
        period="today",
    ),
    # artists_count
    Fresh(
        text="how many different artists have i listened tae this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many different bands did i hear in september",
        family="artists_count",
        period="september",
    ),
    Fresh(
        text="och right how many different artists have I listened tae in total like",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="aye how many different artists did we get through last week",
        family="artists_count",
        period="last_week",
        person="we",
    ),
    # songs_count
    Fresh(
        text="last week how many different songs did i get through",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="in the last 3 months how many unique tracks have i had",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="how many different tunes have we had on in twenty twenty five",
        family="songs_count",
        period="in_2025",
        person="we",
    ),
    Fresh(
        text="um how many separate songs have i played since monday",
        family="songs_count",
        period="since_monday",
    ),
    # play_count
    Fresh(
        text="how many times have i played bohemian rap city",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much queen have i been playing this week eh",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="how many times did i play one more time by draft punk this month",
        family="play_count",
        period="this_month",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how often did the daley come on lately",
        family="play_count",
        period="lately",
        name="The Daily",
    ),
    Fresh(
        text="have i played radio head many times how many",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="how many plays o moon safari since march",
        family="play_count",
        period="since_march",
        name="Moon Safari",
    ),
    Fresh(
        text="um count how many times fantom by just ice played last month",
        family="play_count",
        period="last_month",
        name="Phantom by Justice",
    ),
    # did_i
    Fresh(
        text="um did i listen to any just ice yesterday at aw",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="listened tae much cafe taco bar this year",
        family="did_i",
        period="this_year",
        name="Café Tacvba",
    ),
    Fresh(
        text="did i hear digital love last night",
        family="did_i",
        period="last_night",
        name="Digital Love",
    ),
    Fresh(
        text="have i had any wet leg on this month",
        family="did_i",
        period="this_month",
        name="Wet Leg",
    ),
    Fresh(
        text="did we play the daily last week at all",
        family="did_i",
        period="last_week",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="aye did i hear sexy boy by heir on saturday",
        family="did_i",
        period="saturday",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="was there any dont stop me now this afternoon",
        family="did_i",
        period="this_afternoon",
        name="Don't Stop Me Now",
    ),
    # what_played
    Fresh(
        text="whit was i listening tae yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did i have on last friday",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="um run me through what i played on november third",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="whit music was on this afternoon",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="what did we listen tae at the weekend",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="what have i been playing the last 7 days",
        family="what_played",
        period="last_7_days",
    ),
    # playing_at
    Fresh(
        text="whit was playing at twenty past eight last night",
        family="playing_at",
        moment="2026-11-19 20:20",
    ),
    Fresh(
        text="what was on at half eight this morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="um what song was playing at 5 15 today",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="whit was on aboot quarter past twelve on wednesday",
        family="playing_at",
        moment="2026-11-18 12:15",
    ),
    Fresh(
        text="saturday night at nine pm what was playing in the kitchen",
        family="playing_at",
        moment="2026-11-14 21:00",
        room="kitchen",
    ),
    Fresh(
        text="what was on at eight oclock yesterday morning",
        family="playing_at",
        moment="2026-11-19 08:00",
    ),
    Fresh(
        text="7 50 last night whit was on",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    # taste
    Fresh(
        text="right whit kind o music am i intae",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste in music would ye",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what sort of tunes do i like ken",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what does my listening say aboot my taste this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time of day do i usually listen",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when dae i listen maist",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="whit day o the week am i listening the most",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what hour am i usually playing music at this month",
        family="peak",
        period="this_month",
        content="music",
    ),
    # new_artists
    Fresh(
        text="have i discovered anybody new lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new bands turned up this month or no",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="which artists did i hear for the first time last year",
        family="new_artists",
        period="last_year",
    ),
    Fresh(
        text="whos new in my listening since october",
        family="new_artists",
        period="since_october",
    ),
    # skips
    Fresh(
        text="how often do i skip songs",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="whits my skip rate this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="how many tunes did i skip last week",
        family="skips",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="do i skip a lot um",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="do i replay the same songs a lot or is it just me",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="whats my re peat rate for this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="am i listening tae the same stuff ower and ower lately",
        family="repeat",
        period="lately",
    ),
    # streak
    Fresh(
        text="how many days in a row have i listened noo",
        family="streak",
    ),
    Fresh(
        text="whits my listening streak the now",
        family="streak",
    ),
    Fresh(
        text="um how many days running have i had music on",
        family="streak",
        content="music",
    ),
    # first_play
    Fresh(
        text="when did i first listen tae just ice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did bohemian rapsody first turn up",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="first time i played the weekend",
        family="first_play",
        name="The Weeknd",
    ),
    Fresh(
        text="when was the first time i heard eris by cafe tacuba",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    # last_play
    Fresh(
        text="when did i last play around the world",
        family="last_play",
        name="Around the World",
    ),
    Fresh(
        text="och when did i last hear Queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="when was the daley last on",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="last time i listened tae dafunk",
        family="last_play",
        name="Da Funk",
    ),
    Fresh(
        text="when did i last put on a night at the oprah",
        family="last_play",
        name="A Night at the Opera",
    ),
    # last_song
    Fresh(
        text="wit was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="um last tune i had on",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what did i wake up tae",
        family="first_today",
    ),
    Fresh(
        text="whit did i start the day wi the day",
        family="first_today",
    ),
    Fresh(
        text="whit was my first song today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="whit was the first tune on yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did i open wi last friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first track on the 3rd of November",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="what was the first thing i played in october",
        family="first_in",
        period="october",
    ),
    # last_in
    Fresh(
        text="whit was the last song on saturday",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="last track i played the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="whit did i finish up wi last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what was the last tune this morning",
        family="last_in",
        period="this_morning",
    ),
    # most_skipped
    Fresh(
        text="och which song do i skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="whits the track i always skip",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped tune this year",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which band dae i skip maist",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who am i skipping the most lately",
        family="most_skipped_artist",
        period="lately",
    ),
    # on_repeat
    Fresh(
        text="whit song have i got on repeat the now",
        family="on_repeat",
    ),
    Fresh(
        text="which song cannae i stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="what tune am i obsessed wi these days",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="gie me a rundown o my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how did my week go listening wise",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="gonnae give me my year in review please",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="can i get a recap o last month",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="fill me in on my october listening",
        family="recap",
        period="october",
    ),
    Fresh(
        text="how was last summer for tunes",
        family="recap",
        period="last_summer",
        content="music",
    ),
    # compare_day_parts
    Fresh(
        text="am i more o a morning or evening listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do i listen more in the mornings or at night",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mornings or afternoons which dae i listen more",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do i listen mair on weekdays or at the weekend",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekends or weekdays when do i play more music",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="is it mostly weekdays i have tunes on or weekends",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="right so um the kitchen speaker whit was the maist played song on it this year",
        family="top_tracks",
        period="this_year",
        room="kitchen",
    ),
    Fresh(
        text="daft punk how many times this year",
        family="play_count",
        period="this_year",
        name="Daft Punk",
    ),
    Fresh(
        text="have i ever played the album home work",
        family="did_i",
        period="all_time",
        name="Homework",
    ),
    Fresh(
        text="did i play any air at all in the last thirty days",
        family="did_i",
        period="last_30_days",
        name="Air",
    ),
    Fresh(
        text="whats been on since monday then",
        family="what_played",
        period="since_monday",
    ),
    Fresh(
        text="um so how much did we listen tae on the 3rd of november",
        family="listening_time",
        period="november_3",
        person="we",
    ),
    Fresh(
        text="who was the top artist on the day before yesterday",
        family="top_artists",
        period="day_before_yesterday",
    ),
    Fresh(
        text="how many podcast episodes did i get through this week",
        family="plays",
        period="this_week",
        content="podcasts",
    ),
]

NEGATIVES = [
    "um play some draft punk in the kitchen",
    "turn it up a wee bit",
    "whit song is this",
    "skip this one its pure rubbish",
    "pause the daley",
    "next track in the living room",
    "turn aff the kitchen light",
    "play the album discovery",
    "put moon safari on shuffle",
    "set a timer for ten minutes for the tatties",
    "whits the weather like in inverness the morn",
    "add oatcakes tae the shopping list",
    "turn the heating up tae twenty one",
    "whit am i listening tae the now",
    "och who sings this",
    "volume tae 5",
    "shuffle queen in the kitchen",
    "turn repeat on for this song",
    "group the kitchen speaker wi the living room one",
    "stop the music",
    "play the daily",
    "play the latest episode o the daley",
    "whats playing in the kitchen the now",
    "louder please its awfy quiet",
    "play bohemian rap city",
    "um play something by just ice",
    "is it gonnae be dreich the day",
    "set an alarm for half six",
    "switch on the kettle plug",
    "whos the artist o this track",
    "rewind thirty seconds",
    "play some ceilidh music in the kitchen",
    "like this song",
    "add this tune tae my playlist",
    "how long is this song",
    "whit album is this fae",
    "mute the kitchen speaker",
    "play radio scotland",
    "kitchen lights tae fifty percent",
    "remind me tae phone ma mam at seven",
    "turn the telly aff",
    "play the next episode",
    "go back a song",
    "stop playing after this track",
    "play sexy boy by heir",
    "turn the music doon a wee bit in the kitchen",
    "repeat mode aff",
    "what time is it",
    "play jazz by queen",
]
