"""Writer 482, a hurried parent dictating while cooking dinner, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="ok who did i listen to the most last week no Ben put that down who did i listen to most last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="hang on hang on whos my number one artist this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="which band am i obsessed with lately dont lick the spoon sorry which band have i been obsessed with",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top three artists last month quick before the water boils over",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="who was my top artist in august Lily stop it who was my top artist in august",
        family="top_artists",
        period="august",
    ),
    Fresh(
        text="who did i listen to most in twenty twenty five mia shoes off the chair please",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="whats my most played song this month sorry what song have i played the most this month",
        family="top_tracks",
        period="this_month",
        content="music",
    ),
    Fresh(
        text="Mia sit down please give me my top five tracks ever",
        family="top_tracks",
        period="all_time",
        content="music",
        count=5,
    ),
    Fresh(
        text="song of the month for october what was it",
        family="top_tracks",
        period="october",
        content="music",
    ),
    Fresh(
        text="what were my two most played tunes last summer oh the oven hang on",
        family="top_tracks",
        period="last_summer",
        content="music",
        count=2,
    ),
    Fresh(
        text="in the kitchen whats the most played song",
        family="top_tracks",
        period="all_time",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="favourite song since march witch one is it",
        family="top_tracks",
        period="since_march",
        content="music",
    ),
    # top_albums
    Fresh(
        text="what album did i what album have i played the most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="witch record have i played most ever Oscar stop kicking your sister",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="what album am i hooked on these days know you cant have a biscuit its nearly tea",
        family="top_albums",
        period="lately",
    ),
    # top_podcasts
    Fresh(
        text="whats my go to podcast sorry my go to podcast",
        family="top_podcasts",
        period="all_time",
        content="podcasts",
    ),
    Fresh(
        text="which podcast did i listen to most this year sorry which one did i",
        family="top_podcasts",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="quick question what podcast have i been hooked on lately",
        family="top_podcasts",
        period="lately",
        content="podcasts",
    ),
    # listening_time
    Fresh(
        text="how long have i been listening today hang on how long have i been listening today",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="how much music did i have on this weak um how many hours of music this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="yesterday how many minutes of podcasts did i get through i mean listen to",
        family="listening_time",
        period="yesterday",
        content="podcasts",
    ),
    Fresh(
        text="how long did we listen to music last month Ben not with your fingers",
        family="listening_time",
        period="last_month",
        content="music",
        person="we",
    ),
    Fresh(
        text="how many ours of music over the summer roughly",
        family="listening_time",
        period="summer",
        content="music",
    ),
    # plays
    Fresh(
        text="how many tunes have i put on so far today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many plays have i racked up this week all together",
        family="plays",
        period="this_week",
    ),
    Fresh(
        text="how many episodes have i listened to in the last seven days",
        family="plays",
        period="last_7_days",
        content="podcasts",
    ),
    Fresh(
        text="how many songs got played in the kitchen yesterday",
        family="plays",
        period="yesterday",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="how many songs did i play in september no wait put the lid on first",
        family="plays",
        period="september",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different artists have i had on this month Ben thats hot dont",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="how many different bands have i ever listened to no not you sweetie me",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="um number of different artists last year how many was it",
        family="artists_count",
        period="last_year",
    ),
    # songs_count
    Fresh(
        text="how many different songs have i played this year not counting the same ones twice",
        family="songs_count",
        period="this_year",
        content="music",
    ),
    Fresh(
        text="how many different tracks have there been in the last 30 days",
        family="songs_count",
        period="last_30_days",
        content="music",
    ),
    Fresh(
        text="how many separate songs have i listened to all together like ever",
        family="songs_count",
        period="all_time",
        content="music",
    ),
    # play_count
    Fresh(
        text="hang on how many times did i play queen this week the kids keep asking for it",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="bohemian rhapsody how many times have i played it in total",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="the daily how many episodes have i done this month",
        family="play_count",
        period="this_month",
        name="The Daily",
        content="podcasts",
    ),
    Fresh(
        text="how often have i played won more time by daft punk lately",
        family="play_count",
        period="lately",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times did i play radiohead this year Lily dont touch the hob",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="did i listen to justice yesterday i cant remember",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="did i have any air on last weekend you know the french ones",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="have i listened to that cafe tacuba since october Mia the salt no",
        family="did_i",
        period="since_october",
        name="Café Tacvba",
    ),
    Fresh(
        text="did i listen to the weekend at all last month",
        family="did_i",
        period="last_month",
        name="The Weeknd",
    ),
    Fresh(
        text="da funk did that come on this week at all",
        family="did_i",
        period="this_week",
        name="Da Funk",
    ),
    Fresh(
        text="did i play any daft punk over the passed two weeks hang on",
        family="did_i",
        period="last_2_weeks",
        name="Daft Punk",
    ),
    # what_played
    Fresh(
        text="what was i listening to yesterday evening while i was doing the what was it the lasagne",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did i listen to this morning before the school run",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="what did we have on last friday when everyone was round",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="what was i playing the day before yesterday Oscar sit on your bottom",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="fill me in what have i been listening to since monday",
        family="what_played",
        period="since_monday",
    ),
    Fresh(
        text="ok so what was ada listening to last night",
        family="what_played",
        period="last_night",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="last night at like quarter to eight what was that on the speaker",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what song was playing this morning at half ate",
        family="playing_at",
        moment="2026-11-20 08:30",
        content="music",
    ),
    Fresh(
        text="what was on yesterday at noon not the radio the speaker",
        family="playing_at",
        moment="2026-11-19 12:00",
    ),
    Fresh(
        text="what was playing wensday at nine pm",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="what was on today at five past five when i got in",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    # taste
    Fresh(
        text="how would you describe my taste in music be honest",
        family="taste",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="whats my taste like this year Ben go wash your hands whats my taste like this year",
        family="taste",
        period="this_year",
    ),
    Fresh(
        text="what sort of stuff am i into music wise",
        family="taste",
        period="all_time",
        content="music",
    ),
    # peak
    Fresh(
        text="what time of day do i normally listen to stuff no Oscar the other drawer",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when do i listen to music the most like what day and what time",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="have i discovered anyone new lately or is it all the same old",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="which artists did i here for the first time this year",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="any knew bands in the last three months",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="how often do i skip songs honestly",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="whats my skip rate this week percentage wise",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="how many songs did i skip last month out of how many",
        family="skips",
        period="last_month",
        content="music",
    ),
    # repeat
    Fresh(
        text="do i replay the same songs a lot the kids say i do",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="repeat rate for this month whats that at",
        family="repeat",
        period="this_month",
    ),
    # streak
    Fresh(
        text="how many days in a row have i listened now without missing one",
        family="streak",
    ),
    Fresh(
        text="whats my listening streak at hang on Lily spit that out",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did i first ever listen to justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when was the first time i herd sexy boy no not you Oscar eat your peas",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="when did i first play wet leg my sister keeps on about them",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="queen when did i last listen to them",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="when did i last have the daily on",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="digital love when was that last on",
        family="last_play",
        name="Digital Love",
    ),
    # last_song
    Fresh(
        text="what was the last song i played its stuck in my head",
        family="last_song",
        content="music",
    ),
    Fresh(
        text="the last thing i listened to what was it again",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song i played today the one at breakfast",
        family="first_today",
        content="music",
    ),
    Fresh(
        text="what did i put on first thing today",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song i played yesterday what was it",
        family="first_in",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="on saturday what did i start with",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="what was the first song i played on november the third",
        family="first_in",
        period="november_3",
        content="music",
    ),
    # last_in
    Fresh(
        text="last friday what did i finish off with",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the last song yesterday the one at the end",
        family="last_in",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="the last track this morning what was that",
        family="last_in",
        period="this_morning",
        content="music",
    ),
    # most_skipped
    Fresh(
        text="which song do i skip the most i bet its the same one",
        family="most_skipped",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="whats the track i always skip",
        family="most_skipped",
        period="all_time",
        content="music",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do i skip the most boys please",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who do i skip most often band wise",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have i got on repeat at the minute",
        family="on_repeat",
        content="music",
    ),
    Fresh(
        text="whats getting hammered at the moment song wise",
        family="on_repeat",
        content="music",
    ),
    Fresh(
        text="which song cant i stop playing apparently",
        family="on_repeat",
        content="music",
    ),
    # recap
    Fresh(
        text="how was my week in terms of listening",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="give me a quick rundown of my listening hang on stirring",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="run me through my year go on quickly",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="quick recap of last month please while the rice is on",
        family="recap",
        period="last_month",
    ),
    # compare_day_parts
    Fresh(
        text="do i listen more in the mournings or evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am i more a morning person or a night person for listening",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do i listen more on weak days or weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="more music at the weekend or during the week",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    # more, mixed
    Fresh(
        text="three songs i played most this week what are they quick",
        family="top_tracks",
        period="this_week",
        content="music",
        count=3,
    ),
    Fresh(
        text="how much queen have i had on since march Ben stop singing it",
        family="play_count",
        period="since_march",
        name="Queen",
    ),
    Fresh(
        text="that d a n c e song did i have it on this month",
        family="did_i",
        period="this_month",
        name="D.A.N.C.E.",
    ),
    Fresh(
        text="when did i last put moon safari on the whole album i mean",
        family="last_play",
        name="Moon Safari",
    ),
    Fresh(
        text="how many things did i listen to on november third",
        family="plays",
        period="november_3",
    ),
    Fresh(
        text="how long have i listened in the last three months hours wise roughly",
        family="listening_time",
        period="last_3_months",
    ),
    Fresh(
        text="what was i playing this afternoon when i got in from work",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="who have i been playing most the last thirty days sorry who have i played most",
        family="top_artists",
        period="last_30_days",
    ),
    Fresh(
        text="how many different artists did we have on last weekend",
        family="artists_count",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="how many times has digital love buy daft punk been on since october",
        family="play_count",
        period="since_october",
        name="Digital Love by Daft Punk",
    ),
    Fresh(
        text="whats the album i played most in september",
        family="top_albums",
        period="september",
    ),
    Fresh(
        text="anyone new this month artist wise no put it back in the fridge",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="do i skip more than i used to how much did i skip this year",
        family="skips",
        period="this_year",
    ),
    Fresh(
        text="what did i wake up too today",
        family="first_today",
    ),
    Fresh(
        text="whats the last thing that played yesterday evening",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="tell me how my october went listening wise",
        family="recap",
        period="october",
    ),
    Fresh(
        text="afternoons or evenings when do i listen more",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="is it weekends where i listen the most or week days",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="what kind of music am i into these days",
        family="taste",
        period="lately",
        content="music",
    ),
    Fresh(
        text="what time do i usually put the podcast on like which hour and which day",
        family="peak",
        period="all_time",
        content="podcasts",
    ),
]

NEGATIVES = [
    "play daft punk in the kitchen please no Ben not now",
    "turn the music up i cant hear it over the extractor fan",
    "hang on set a timer for twelve minutes",
    "set a timer for the pasta eight minutes",
    "whats playing in the kitchen",
    "what song is this the kids want to know",
    "skip this song the kids hate it",
    "pause the podcast Mia is talking to me",
    "next track",
    "turn off the kitchen light",
    "play the album discovery",
    "volume down to four",
    "shuffle on",
    "put this song on repeat",
    "group the kitchen and living room speakers",
    "whats the weather tomorrow morning do they need coats",
    "add pasta to the shopping list",
    "add fish fingers to the shopping list no make that too bags",
    "set the thermostat to twenty one",
    "what am i listening to right now",
    "play some queen for the kids",
    "stop",
    "louder",
    "play the daily",
    "turn it down Oscar is doing his homework",
    "play something calm in the kitchen",
    "how long is left on the timer",
    "cancel the pasta timer",
    "play bohemian rhapsody the kids want to sing it",
    "skip skip skip",
    "resume the music",
    "play the next episode of the daily",
    "whos singing this",
    "turn the kitchen speaker off",
    "play music in the living room as well",
    "set an alarm for seven tomorrow",
    "whats the time",
    "is it going to rain later",
    "play justice dance",
    "go back to the previous song",
    "turn the heating up a bit its freezing",
    "play some kids songs in the kitchen",
    "play the radio",
    "hang on pause pause",
    "what album is this from",
    "volume fifty percent",
    "turn off shuffle",
    "play air moon safari on the kitchen speaker",
]
