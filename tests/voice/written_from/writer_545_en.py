"""Writer 545, a 16-year-old from East London speaking Multicultural London English, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="yo who's man's most played artist this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="who have i been bumping the most lately fam like which artist",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="bruv who was my top artist last month innit",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="in the kitchen yeah which artist gets played the most since october",
        family="top_artists",
        period="since_october",
        room="kitchen",
    ),
    Fresh(
        text="top three artists last summer go on then",
        family="top_artists",
        period="last_summer",
        count=3,
    ),
    Fresh(
        text="lowkey who was we listening to most last weekend",
        family="top_artists",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="which artist am i actually obsessed with rn be honest",
        family="top_artists",
        period="lately",
    ),
    # top_tracks
    Fresh(
        text="whats my most played chune of all time on my life i need to know",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="name man's top five tracks this month quick",
        family="top_tracks",
        period="this_month",
        count=5,
    ),
    Fresh(
        text="song of the week?? like what song did man play the most this week",
        family="top_tracks",
        period="this_week",
    ),
    Fresh(
        text="what was my number one track in september lowkey forgot",
        family="top_tracks",
        period="september",
    ),
    Fresh(
        text="which song was we playing most last week bruv",
        family="top_tracks",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="2 most played songs last year wagwan",
        family="top_tracks",
        period="last_year",
        count=2,
    ),
    # top_albums
    Fresh(
        text="which album have i caned the most this year swear down its cross",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="deffo gonna be discovery but whats man's top album ever",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="most played album in august go",
        family="top_albums",
        period="august",
    ),
    # top_podcasts
    Fresh(
        text="what podcast am i hooked on rn",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="whats my most listened to podcast this year not that i listen to many innit",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="oi whats my top podcast from the last three months",
        family="top_podcasts",
        period="last_3_months",
    ),
    # listening_time
    Fresh(
        text="how long was i listening to music today bruv",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours of tunes did man rinse last week",
        family="listening_time",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="how much time i spent on podcasts this month bet its long",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how long did we have music on in the kitchen yesterday",
        family="listening_time",
        period="yesterday",
        content="music",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="in twenty twenty five how long did i listen altogether like all of it added up",
        family="listening_time",
        period="in_2025",
    ),
    Fresh(
        text="say swear i was listening for hours this afternoon? how long was it",
        family="listening_time",
        period="this_afternoon",
    ),
    # plays
    Fresh(
        text="how many tunes man's played so far today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="since march how many episodes have i listened to",
        family="plays",
        period="since_march",
        content="podcasts",
    ),
    Fresh(
        text="how many streams man done this week",
        family="plays",
        period="this_week",
    ),
    Fresh(
        text="how many tracks did i bang out on saturday",
        family="plays",
        period="saturday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many diff artists man's listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artists i got in my history like in total",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="last 30 days how many different artists was it",
        family="artists_count",
        period="last_30_days",
    ),
    # songs_count
    Fresh(
        text="how many different songs i played this month not counting the same one twice",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="how many separate tracks did i get through last month",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="different tunes since monday how many",
        family="songs_count",
        period="since_monday",
    ),
    # play_count
    Fresh(
        text="how many times has man played bohemian rhapsody this year bare times i bet",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much justice have i had on this week",
        family="play_count",
        period="this_week",
        name="Justice",
    ),
    Fresh(
        text="how many times did i play one more time by daft punk last month lol",
        family="play_count",
        period="last_month",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times have i played stormzy",
        family="play_count",
        period="all_time",
        name="Stormzy",
    ),
    Fresh(
        text="the daily yeah how many times did i listen to it in october",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    Fresh(
        text="da funk how many times i played that since monday its peak how much",
        family="play_count",
        period="since_monday",
        name="Da Funk",
    ),
    # did_i
    Fresh(
        text="did man listen to any queen yesterday or nah",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="have i played sexy boy by air this week",
        family="did_i",
        period="this_week",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="did i bang any cafe tacvba last summer",
        family="did_i",
        period="last_summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="did i listen to central cee last week",
        family="did_i",
        period="last_week",
        name="Central Cee",
    ),
    Fresh(
        text="listened to the daily this morning?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="did i put discovery on at all in august like the album",
        family="did_i",
        period="august",
        name="Discovery",
    ),
    Fresh(
        text="any phantom in the last seven days or did man not touch it",
        family="did_i",
        period="last_7_days",
        name="Phantom",
    ),
    # what_played
    Fresh(
        text="what was man listening to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="wha did i have on the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what tunes was i playing this afternoon",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="what was we listening to last friday",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="on november 3rd what did i listen to cuz i can't remember",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="what was playing at like quarter to eight last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="yo what was on at 8 this morning",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="what song was on at ten past five today that one was hard",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="wednesday night around nine what was playing",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    # taste
    Fresh(
        text="what kinda music am i into like describe my vibe",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="whats my music taste honestly am i cultured or nah",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would you describe man's taste don't be peak about it",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time of day do i normally be listening to tunes",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when do i listen the most like what day and that",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when am i usually on it like what hour and what day",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="have i found any new artists lately or is it the same ones innit",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="any new artists this year or nah",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="who did i listen to for the first time over the past two weeks",
        family="new_artists",
        period="last_2_weeks",
    ),
    # skips
    Fresh(
        text="do i skip bare or what",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="this week how often did man skip songs",
        family="skips",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="whats my skip rate the last 3 months",
        family="skips",
        period="last_3_months",
    ),
    # repeat
    Fresh(
        text="do i replay the same songs loads be real",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="how much have i been repeating tunes this month",
        family="repeat",
        period="this_month",
        content="music",
    ),
    Fresh(
        text="whats my repeat rate looking like am i replaying bare",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="how many days straight man's been listening",
        family="streak",
    ),
    Fresh(
        text="wagwan whats my streak looking like",
        family="streak",
    ),
    Fresh(
        text="have i listened every single day or did i break it how long's the streak",
        family="streak",
    ),
    # first_play
    Fresh(
        text="yo when did justice first pop up for me",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when was the first time i ever played don't stop me now been time innit",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="dave when did i first hear him",
        family="first_play",
        name="Dave",
    ),
    # last_play
    Fresh(
        text="when did i last play that eres song by cafe tacvba",
        family="last_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="last time i listened to the daily when was it",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="around the world by daft punk when was that last on feels like time",
        family="last_play",
        name="Around the World by Daft Punk",
    ),
    Fresh(
        text="when did man last bump air",
        family="last_play",
        name="Air",
    ),
    # last_song
    Fresh(
        text="wait what was the last song man played",
        family="last_song",
    ),
    Fresh(
        text="last tune i had on?",
        family="last_song",
    ),
    Fresh(
        text="what did i play last like the very very last one",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what did man wake up to today",
        family="first_today",
    ),
    Fresh(
        text="the first tune today what was it cuz it was hard",
        family="first_today",
    ),
    Fresh(
        text="what chune did i start the day with",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="yesterday first song i played what was it",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="saturday what was the first track man put on",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="on the 3rd of november what did i start off with",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="last friday what did i finish on",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the last thing i played yesterday the song i mean",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="what was the last tune last night before man went sleep",
        family="last_in",
        period="last_night",
    ),
    # most_skipped
    Fresh(
        text="which song do i skip the most bet its the peak one",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what tune am i always skipping lool",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="whats my most skipped track this year deffo something long",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist does man skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who am i always skipping like which artist",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="last month who did i skip the most artist wise",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="what song have i got on repeat rn",
        family="on_repeat",
    ),
    Fresh(
        text="what's that tune i can't stop playing lowkey",
        family="on_repeat",
    ),
    Fresh(
        text="what's on heavy rotation for man at the moment",
        family="on_repeat",
    ),
    Fresh(
        text="which track am i proper obsessed with",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give man a rundown of my week innit",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="run me through my year bruv go on",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="recap last month for me",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="fill me in on my listening like the whole rundown",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was our summer then like give us the rundown",
        family="recap",
        period="summer",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="am i more of a morning listener or evening like which one",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mornings or nights when do i listen more",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do man play more tunes in the afternoon or the evening",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="weekdays or weekends which one do i listen more",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="is it the weekend i listen more or in the week cuz of school",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="do i play more music at the weekend than on school days",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "play daft punk in the kitchen innit",
    "bruv turn it up",
    "skip this chune its peak",
    "pause the podcast man's eating",
    "wha song is this",
    "what's playing rn in the kitchen",
    "next track",
    "turn off the kitchen light",
    "play the album discovery",
    "shuffle my playlist",
    "put this one on repeat",
    "volume seven",
    "set a timer for 12 minutes for my pizza",
    "is it gonna rain today or nah",
    "add chicken wings to the shopping list",
    "turn the heating up its long how cold it is",
    "play some stormzy",
    "group the kitchen speaker with the living room one",
    "what am i listening to right now",
    "who sings this",
    "turn the music down my mum's on the phone",
    "stop the music",
    "play the daily",
    "play something chill in the kitchen",
    "carry on playing",
    "go back a song",
    "what time is it",
    "play one more time by daft punk",
    "set an alarm for 7 tomorrow for school",
    "turn off shuffle",
    "how long is left on this song",
    "whats the weather like tomorrow",
    "louder bruv louder",
    "play 1xtra",
    "put on some uk drill",
    "mute it",
    "what album is this from",
    "turn the lights blue in my room",
    "play queen in the living room",
    "play it on all the speakers",
    "next episode",
    "remind me to do my homework at 6",
    "who's this artist bruv it's hard",
    "allow it stop the podcast",
]
