"""Writer 493, a local radio DJ who talks to the speaker in on-air patter, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="coming at ya live from the kitchen, who's my number one artist this week",
        family="top_artists",
        period="this_week",
        room="kitchen",
    ),
    Fresh(
        text="alright alright alright, which artist could I just not stop spinning lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top of the charts for twenty twenty five, which band took the crown",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="countdown time baby, gimme my top three acts of last month",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="who was our number one act last week, the whole house I mean",
        family="top_artists",
        period="last_week",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="okay folks it's time for the big countdown! my top five tracks this month, hit me",
        family="top_tracks",
        period="this_month",
        count=5,
    ),
    Fresh(
        text="what's my number one song of all time, the undisputed champ",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="song of the summer! which track ruled my airwaves this summer",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="ten most played tunes since March, let's run em down from ten to one",
        family="top_tracks",
        period="since_march",
        count=10,
    ),
    # top_albums
    Fresh(
        text="which record got the most needle time in October",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="what's the album of the year so far on this here station",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="my top two albums from last summer, bring em on",
        family="top_albums",
        period="last_summer",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="talk radio segment now, which podcast have I been hooked on lately",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what's sitting at number one in my personal podcast charts this year",
        family="top_podcasts",
        period="this_year",
    ),
    # listening_time
    Fresh(
        text="how many hours of airtime did I clock today",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="how long was the music pumping yesterday, give me the minutes",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="total on-air time over the last thirty days, what's the damage",
        family="listening_time",
        period="last_30_days",
    ),
    Fresh(
        text="how many minutes of podcast talk did I run this week",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="how much music did we have on the air last weekend",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="over the past two weeks how many hours did the tunes keep rolling",
        family="listening_time",
        period="last_2_weeks",
        content="music",
    ),
    # plays
    Fresh(
        text="how many spins did I rack up today, songs only",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="total plays this week, what's the big number",
        family="plays",
        period="this_week",
    ),
    Fresh(
        text="how many episodes did I put on air in September",
        family="plays",
        period="september",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="how many different artists hit my airwaves this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many acts made the playlist last week, different ones I mean, no doubles",
        family="artists_count",
        period="last_week",
    ),
    # songs_count
    Fresh(
        text="how many different tracks did I spin in the last seven days",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="how many unique songs have ever graced this station",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times did Bohemian Rhapsody get a spin this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="since October how many times has Daft Punk hit the airwaves",
        family="play_count",
        period="since_october",
        name="Daft Punk",
    ),
    Fresh(
        text="one more time by daft punk, how many plays did that monster get last year",
        family="play_count",
        period="last_year",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times have I spun Radiohead, ever",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="did any Queen make the playlist yesterday",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Justice, they get any airtime lately?",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="quick one between the records, did I spin The Weeknd at all this year",
        family="did_i",
        period="this_year",
        name="The Weeknd",
    ),
    Fresh(
        text="any Cafe Tacuba on the air back in August",
        family="did_i",
        period="august",
        name="Café Tacvba",
    ),
    Fresh(
        text="did sexy boy by air get a spin on Saturday",
        family="did_i",
        period="saturday",
        name="Sexy Boy by Air",
    ),
    # what_played
    Fresh(
        text="so what's been spinning this morning",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="what went out over the air last night",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what was I spinning the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="in the kitchen last Friday, what did we have on",
        family="what_played",
        period="last_friday",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="what was on the turntable November third",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="what was on the air at quarter to eight last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what track was spinning at five past eight this morning",
        family="playing_at",
        moment="2026-11-20 08:05",
    ),
    Fresh(
        text="yesterday round about ten past eight in the evening, what was playing",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="what was coming outta the speaker at twelve noon the day before yesterday",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="this afternoon at quarter past five, what was on the air",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="describe my sound for the listeners, what kind of music is this DJ into",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="if my listening was a radio format what would it be, like what's my taste",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="when's my hour of power, what time and which day do I usually crank it up",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what's my prime time slot, when do I usually have the tunes going",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="any fresh faces on the playlist this month, artists I never had on before",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who's new in rotation since Monday, first timers",
        family="new_artists",
        period="since_monday",
    ),
    Fresh(
        text="did I break any new acts in the last three months",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="how trigger happy am I on the skip button",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's my skip rate been like this week",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="how often do I run the same songs back-to-back, what's my repeat rate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how much did I replay the same tracks last month",
        family="repeat",
        period="last_month",
    ),
    # streak
    Fresh(
        text="how many days back-to-back have I been on the air",
        family="streak",
    ),
    Fresh(
        text="what's my listening streak, consecutive days with no dead air",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did Justice first hit my airwaves",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="the very first spin of don't stop me now, when was that",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="first time I ever played Wet Leg, when was it",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when did I last give Da Funk a spin",
        family="last_play",
        name="Da Funk",
    ),
    Fresh(
        text="last time The Daily was on air, when was that",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when did Air last get some airtime around here",
        family="last_play",
        name="Air",
    ),
    # last_song
    Fresh(
        text="what was the last track I spun",
        family="last_song",
    ),
    Fresh(
        text="the last song to go out over the air, what was it",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what did I open today's show with",
        family="first_today",
    ),
    Fresh(
        text="first tune of the day, what'd I wake up to",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the opening track yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="first song I spun on November third",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="what kicked off the weekend show last weekend, first record on",
        family="first_in",
        period="last_weekend",
    ),
    # last_in
    Fresh(
        text="what did I close the show with last Friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="yesterday evening's sign-off song, what was the last one",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="what was the final song on Saturday",
        family="last_in",
        period="saturday",
    ),
    # most_skipped
    Fresh(
        text="which song gets hit with the skip button the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what track did I bail on most this year",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do I skip the most, who keeps getting yanked off the air",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="whose songs do I cut short most often",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what's in heavy rotation these days",
        family="on_repeat",
    ),
    Fresh(
        text="what song can't I stop spinning",
        family="on_repeat",
    ),
    Fresh(
        text="stay tuned folks, what's my current hot rotation track",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me the week in review, how'd my week in music go",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="run me through my year, the big year-end special",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="coming at ya with the monthly wrap, how was October for the ears",
        family="recap",
        period="october",
    ),
    Fresh(
        text="give me a rundown of my listening",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a morning drive time listener or the late night show",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I play more tunes in the mornings or the evenings",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="weekend show versus weekday show, when am I tuned in more",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="do I have more music going during the week or at the weekend",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "spin some Daft Punk in the kitchen",
    "crank it up, louder louder",
    "bring the music down a notch",
    "what's this track, who's this",
    "what am I listening to right now",
    "skip this one, next",
    "next track in the kitchen please",
    "pause the podcast",
    "drop the needle on the album Discovery",
    "put this song on repeat",
    "shuffle it up",
    "group the kitchen and living room speakers",
    "set a timer for three minutes, radio edit length",
    "what's the weather gonna be like tomorrow",
    "add coffee to the shopping list",
    "set the thermostat to twenty one",
    "turn off the kitchen light",
    "play the latest episode of The Daily",
    "fade the music out",
    "mute the speaker",
    "play some hits from the eighties",
    "start a Justice radio station",
    "what song is playing in the kitchen",
    "who sings this one",
    "volume to seven",
    "resume the music",
    "go back to the previous song",
    "turn repeat off",
    "stop the music in ten minutes",
    "play something upbeat for the morning drive",
    "dim the lights, it's slow jam time",
    "play the Hour of Power playlist",
    "put on Don't Stop Me Now by Queen in the kitchen",
    "how long is left on this track",
    "add this song to my playlist",
    "I like this song",
    "set an alarm for six am, drive time",
    "turn up the bass",
    "tune in to the local radio station",
    "what's the temperature outside",
    "read me the news headlines",
    "play Air in every room",
    "move the music to the living room",
    "what album is this from",
    "stop",
    "play Bohemian Rhapsody back-to-back, two times",
]
