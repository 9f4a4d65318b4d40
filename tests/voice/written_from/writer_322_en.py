"""Writer 322, Hong Kong English speaker mixing in Cantonese particles, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="wah last week ah, who i listen the most",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="my number one singer this year is who ah",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="which band i so obsessed with recently ah, i cannot remember leh",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top three artist since march can tell me or not",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="last month our whole family listen who the most ah",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="hey what's my song of the month ah",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="name me my five most played song leh, all time one",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="yesterday which track i play the most ah",
        family="top_tracks",
        period="yesterday",
    ),
    Fresh(
        text="in the kitchen ah, which song get played the most in october",
        family="top_tracks",
        period="october",
        room="kitchen",
    ),
    Fresh(
        text="aiya what was my favourite song in twenty twenty five ah",
        family="top_tracks",
        period="in_2025",
    ),
    # top_albums
    Fresh(
        text="which album i play most this year ah",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="the record i spin the most ever is which one ga",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="last summer hor, album i play the most is what",
        family="top_albums",
        period="last_summer",
    ),
    # top_podcasts
    Fresh(
        text="which podcast i hooked on lately ah",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="my go to podcast this month is which one la",
        family="top_podcasts",
        period="this_month",
    ),
    Fresh(
        text="top podcast for me last year leh",
        family="top_podcasts",
        period="last_year",
    ),
    # listening_time
    Fresh(
        text="today i listen music how long already ah",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wah how many hours i spend listening this week ah, sure very many",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="total how much time we listen last weekend ah",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="how many minutes of podcast i hear yesterday",
        family="listening_time",
        period="yesterday",
        content="podcasts",
    ),
    Fresh(
        text="so far this year how long i listen already ah, in hours",
        family="listening_time",
        period="this_year",
    ),
    Fresh(
        text="the last seven days hor, how much music i have on",
        family="listening_time",
        period="last_7_days",
        content="music",
    ),
    # plays
    Fresh(
        text="today play how many songs already ah",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many track we played on saturday ah",
        family="plays",
        period="saturday",
        person="we",
        content="music",
    ),
    Fresh(
        text="number of episode i listen last month leh",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="past thirty days ah how many things i play altogether",
        family="plays",
        period="last_30_days",
    ),
    # artists_count
    Fresh(
        text="how many different singer i listen this month ah",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="i listen how many artist in total ah, different one i mean",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="since october how many different artists la",
        family="artists_count",
        period="since_october",
    ),
    # songs_count
    Fresh(
        text="how many different songs i play last week ah",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="in the last three months how many unique tracks leh",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="ever ah, total how many different song i listen before",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times i play bohemian rhapsody this year ah",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="queen ah, how much i have them on this week",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="that daft punk one more time song i play how many time already wor",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many time i listen radiohead last month ah",
        family="play_count",
        period="last_month",
        name="Radiohead",
    ),
    Fresh(
        text="since monday the daily i hear how many episode la",
        family="play_count",
        period="since_monday",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="did i listen any justice lately ah",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="yesterday got play air or not ah",
        family="did_i",
        period="yesterday",
        name="Air",
    ),
    Fresh(
        text="i listen cafe tacvba in september hai mai ah",
        family="did_i",
        period="september",
        name="Café Tacvba",
    ),
    Fresh(
        text="last friday we got play sexy boy or not",
        family="did_i",
        period="last_friday",
        person="we",
        name="Sexy Boy",
    ),
    Fresh(
        text="this summer i got listen the weeknd meh",
        family="did_i",
        period="summer",
        name="The Weeknd",
    ),
    # what_played
    Fresh(
        text="what i listen yesterday evening ah",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="tell me what i play this morning lah, forgot already",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="on november third what song we play ah",
        family="what_played",
        period="november_3",
        person="we",
        content="music",
    ),
    Fresh(
        text="day before yesterday ah i listen what ah",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="this afternoon what was i listening to leh",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="last night around eight o'clock what song was playing ah",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="this morning half past eight what was on ah",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="at ten past five today what was playing in the kitchen ah",
        family="playing_at",
        moment="2026-11-20 17:10",
        room="kitchen",
    ),
    Fresh(
        text="yesterday about seven fifty at night, what i listening that time ah",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    # taste
    Fresh(
        text="what kind of music i like ah, describe me a bit leh",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="my music taste is what style one ah",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="aiya my friend ask me what music i into, you tell me la",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time i usually listen music one ah",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day of the week i listen the most ah, and which hour",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when is my peak listening time ga",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="got any new singer i discover lately or not",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="which artists i hear for the first time this month ah",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="last year i find any new band ah",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(
        text="i skip song a lot or not ah, honestly",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="this week how often i skip ah",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="my skip rate is how much la",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="i replay the same song very often hai mai",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="repeat rate for me this month how much ah",
        family="repeat",
        period="this_month",
    ),
    # streak
    Fresh(
        text="how many days in a row i listen already ah",
        family="streak",
    ),
    Fresh(
        text="my listening streak now how long lor",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when i first listen to justice ah",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="da funk ah, first time i play it is when",
        family="first_play",
        name="Da Funk",
    ),
    Fresh(
        text="when wet leg first show up in my history ah",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when i last play don't stop me now ah",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="the daily ah, last time i listen is when",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="last time i hear cafe tacuba is when ah, long time already right",
        family="last_play",
        name="Café Tacvba",
    ),
    # last_song
    Fresh(
        text="what's the last song i played ah",
        family="last_song",
    ),
    Fresh(
        text="the song i put on most recent, what is it ah",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="today first song what ah",
        family="first_today",
    ),
    Fresh(
        text="wake up this morning i play what song first ah",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song i play yesterday what ah",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="last friday i start with which song ah",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="in august the very first track i play is what",
        family="first_in",
        period="august",
    ),
    # last_in
    Fresh(
        text="last song i play yesterday evening ah",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="on saturday i end with what ah",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="last week final track what ah",
        family="last_in",
        period="last_week",
    ),
    # most_skipped
    Fresh(
        text="which song i skip the most ah",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="the track i always press skip one, which ah",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which singer i skip most ah",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="the band i always skip is who la, sure is queen right",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song i keep playing these days ah, the on repeat one",
        family="on_repeat",
    ),
    Fresh(
        text="which song i cannot stop playing ah, so addictive",
        family="on_repeat",
    ),
    Fresh(
        text="heavy rotation now is which track lor",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me my week in music lah",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="summarise my year for me ah",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="how was our october ah, music wise",
        family="recap",
        period="october",
        person="we",
    ),
    Fresh(
        text="quick quick give me a rundown of my listening la",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="recap last month for me can or not",
        family="recap",
        period="last_month",
    ),
    # compare_day_parts
    Fresh(
        text="morning or night i listen more ah",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="i am morning listener or evening listener one ah",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="weekend or weekday i listen more ah",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="do i play more music on weekend than on weekday ge",
        family="compare_week",
        period="all_time",
    ),
    # extras
    Fresh(
        text="over the past two weeks who i play the most ah",
        family="top_artists",
        period="last_2_weeks",
    ),
    Fresh(
        text="how many times i play digital love lately ah",
        family="play_count",
        period="lately",
        name="Digital Love",
    ),
    Fresh(
        text="did i hear the album cross this month ah",
        family="did_i",
        period="this_month",
        name="Cross",
    ),
]

NEGATIVES = [
    "play daft punk in kitchen lah",
    "turn up the music a bit ah",
    "aiya too loud, volume down la",
    "skip this song lah, don't like",
    "what song is this ah",
    "what's playing in the kitchen now ah",
    "pause the podcast first ah, phone ringing",
    "next track lah",
    "turn off kitchen light ah",
    "play the album discovery lah",
    "shuffle on ah",
    "set repeat mode on this song la",
    "group the kitchen speaker with the living room one ah",
    "set a timer ten minutes for the rice lah",
    "tomorrow weather how ah, got rain or not",
    "add milk tea to shopping list ah",
    "thermostat set to twenty four degree la",
    "what am i listening to right now ah",
    "play the daily latest episode lah",
    "play some queen in the kitchen ah",
    "stop the music la, i go out already",
    "louder a bit lah, cannot hear",
    "play something relaxing ah, tired already",
    "who sing this song ah",
    "repeat this song lah",
    "play justice cross album loud loud ah",
    "turn on the aircon ah, so hot",
    "bedroom light dim a bit la",
    "volume thirty percent ah",
    "what time now ah",
    "play air moon safari in kitchen",
    "next episode of the daily lah",
    "cancel the timer ah",
    "set alarm seven thirty tomorrow la",
    "remind me buy char siu later ah",
    "rewind thirty seconds ah, i miss that part",
    "stop the speaker in kitchen lah",
    "mute ah, mama calling",
    "what album is this song from ah",
    "add this song to my playlist lah",
    "play cafe tacvba eres ah",
    "turn off everything ah, i sleep already",
    "shuffle off la, i want in order",
    "play bohemian rhapsody one more time lah",
]
