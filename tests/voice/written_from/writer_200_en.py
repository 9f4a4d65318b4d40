"""Writer 200, code-switcher (Hong Kong English with Cantonese particles, business jargon), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="eh quick check la, who's my number one artist month to date ah",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="who was I obsessed with lately ah, need some insights",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top three artists last year, can send me the breakdown or not",
        family="top_artists",
        period="last_year",
        count=3,
    ),
    Fresh(
        text="wah who did we listen to most last week ah",
        family="top_artists",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="in the kitchen ah, which band gets the most airtime",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="since March my go-to artist is who ah, I think Daft Punk but want to validate",
        family="top_artists",
        period="since_march",
    ),
    # top_tracks
    Fresh(
        text="song of the month ah, which one la",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="give me my top five tracks year to date la, for my own KPI",
        family="top_tracks",
        period="this_year",
        count=5,
    ),
    Fresh(
        text="what's Ada's most played song in October ah",
        family="top_tracks",
        period="october",
        person="Ada",
    ),
    Fresh(
        text="my three most played songs of all time, just for my reference ah",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="most played track last summer wor, I totally forgot already",
        family="top_tracks",
        period="last_summer",
    ),
    # top_albums
    Fresh(
        text="which album I played the most this summer ah",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="top album twenty twenty five la, what was it ah",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="the record I keep coming back to the last three months, which one ah",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="two albums, my top two ever, what are they lor",
        family="top_albums",
        period="all_time",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast am I hooked on these days ah",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="go-to podcast this year la, got data or not",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="top podcast last month? just need the headline",
        family="top_podcasts",
        period="last_month",
    ),
    # listening_time
    Fresh(
        text="how many hours of music I had on this week ah, ballpark also can",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="total listening time yesterday, can check for me or not ah",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="how long did we listen last weekend ah, whole household",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="how much time I burn on podcasts in the last 30 days ah, wanna see my bandwidth lor",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="this morning before my nine o'clock call, how long was the music on ah",
        family="listening_time",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="kitchen speaker ah, how many minutes of listening this afternoon",
        family="listening_time",
        period="this_afternoon",
        room="kitchen",
    ),
    Fresh(
        text="over the past two weeks how many hours I listened in total ah, roughly",
        family="listening_time",
        period="last_2_weeks",
    ),
    Fresh(
        text="how long Ada listen today ah",
        family="listening_time",
        period="today",
        person="Ada",
    ),
    # plays
    Fresh(
        text="how many songs I played today ah",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="total streams last month, give me the top line number la",
        family="plays",
        period="last_month",
    ),
    Fresh(
        text="since October how many episodes I finished listening ah",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="how many tracks we played on Saturday ah",
        family="plays",
        period="saturday",
        content="music",
        person="we",
    ),
    Fresh(
        text="number of plays in August ah, just curious lor",
        family="plays",
        period="august",
    ),
    Fresh(
        text="last seven days how many tunes went through the kitchen ah",
        family="plays",
        period="last_7_days",
        content="music",
        room="kitchen",
    ),
    # artists_count
    Fresh(
        text="how many different artists I listened to this year ah",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="headcount of artists last week la, how many different ones",
        family="artists_count",
        period="last_week",
    ),
    Fresh(
        text="in total how many artists I've ever played ah, like the whole portfolio",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs I played in September ah",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="unique tracks count this month la, how many",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="since Monday how many distinct songs ah, not counting repeats",
        family="songs_count",
        period="since_monday",
    ),
    # play_count
    Fresh(
        text="how many times I played bohemian rhapsody this month ah",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Queen have I had on this year ah, quite a lot right",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="The Daily ah, how many times I listened last week",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="that daft punk one more time song ah, how many times it played lately",
        family="play_count",
        period="lately",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="play count for Radiohead ah, how many ever",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="discovery the album ah, how many plays it got in the last 7 days",
        family="play_count",
        period="last_7_days",
        name="Discovery",
    ),
    # did_i
    Fresh(
        text="did I listen to any Justice yesterday ah",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Air this week got listen or not ah",
        family="did_i",
        period="this_week",
        name="Air",
    ),
    Fresh(
        text="cafe tacuba ah, did I play them last month",
        family="did_i",
        period="last_month",
        name="Café Tacvba",
    ),
    Fresh(
        text="did I ever play The Weeknd ah, I think no wor",
        family="did_i",
        period="all_time",
        name="The Weeknd",
    ),
    Fresh(
        text="got play sexy boy the day before yesterday or not",
        family="did_i",
        period="day_before_yesterday",
        name="Sexy Boy",
    ),
    Fresh(
        text="did we put on don't stop me now last Friday ah, the team mood booster",
        family="did_i",
        period="last_friday",
        name="Don't Stop Me Now",
        person="we",
    ),
    Fresh(
        text="this summer got any Daft Punk or not ah",
        family="did_i",
        period="summer",
        name="Daft Punk",
    ),
    # what_played
    Fresh(
        text="what was I listening to yesterday evening ah",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="November 3rd ah, got big meeting that day, what did I play cannot remember",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what songs I had on this afternoon ah",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="run me through what I listened to last night la",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what did we listen to the day before yesterday ah, quick summary pls",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="fill me in on what played this morning lor",
        family="what_played",
        period="this_morning",
    ),
    # playing_at
    Fresh(
        text="what was playing at like eight o'clock yesterday night ah",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="at half past eight this morning what song was on ah",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="ten past five today, what was on ah, I was in a Zoom",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="Wednesday nine pm what was playing la",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="what was on last Saturday around noon ah",
        family="playing_at",
        moment="2026-11-14 12:00",
    ),
    Fresh(
        text="eh around eight oh five yesterday evening which track ah",
        family="playing_at",
        moment="2026-11-19 20:05",
    ),
    # taste
    Fresh(
        text="what kind of music am I into ah, describe my taste la",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would you summarise my music taste ah, one-liner for my LinkedIn bio",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="my taste this year ah, what's the profile like",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time of day I usually listen ah",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when is my peak listening hour la, and which day of the week",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="my prime time for tunes ah, usually what hour what day",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="discovered anyone new this month ah",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="any new artists in the last three months ah, what's new in my pipeline",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="who's new for me this year la, first time artists only",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="how often do I skip ah, what's my skip rate",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="my skip rate this week how ah, very high meh",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="last month how many skips out of all the plays ah",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="how much I replay the same stuff ah, repeat rate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="my repeat rate since October la, am I stuck in a loop",
        family="repeat",
        period="since_october",
    ),
    Fresh(
        text="this summer I keep replaying the same things or not ah",
        family="repeat",
        period="summer",
    ),
    # streak
    Fresh(
        text="how many days in a row I've been listening ah",
        family="streak",
    ),
    Fresh(
        text="what's my streak now ah, don't tell me I break already",
        family="streak",
    ),
    Fresh(
        text="listening streak la, how many days straight already wor",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first listen to Justice ah",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when was the first time Eres came up in my history ah",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="first time I heard Wet Leg is when ah",
        family="first_play",
        name="Wet Leg",
    ),
    Fresh(
        text="moon safari ah, when did I first put it on",
        family="first_play",
        name="Moon Safari",
    ),
    # last_play
    Fresh(
        text="when was the last time I played Queen ah",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="last time I listened to the daily when ah, need to catch up lor",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="da funk ah, when did I last play it",
        family="last_play",
        name="Da Funk",
    ),
    Fresh(
        text="genesis by justice, last played when ah",
        family="last_play",
        name="Genesis by Justice",
    ),
    # last_song
    Fresh(
        text="what was the last song I played ah",
        family="last_song",
    ),
    Fresh(
        text="last track I listened to la, what was it ah",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what did I wake up to today ah",
        family="first_today",
    ),
    Fresh(
        text="first song I played today what ah",
        family="first_today",
    ),
    Fresh(
        text="today's opening track lor, what was it",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song I played yesterday ah",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what was the first track last Friday ah",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="on Saturday ah, what did I kick off with",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="first song of this month what ah",
        family="first_in",
        period="this_month",
    ),
    # last_in
    Fresh(
        text="what did I end with yesterday ah",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="last song I played last week ah, the closing item",
        family="last_in",
        period="last_week",
    ),
    Fresh(
        text="the day before yesterday the final track was what ah",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="which song I skip the most ah",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped track this year ah, which one I cannot tahan",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist I skip most ah",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="last month the artist I keep skipping is who ah",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="what song I have on repeat these days ah",
        family="on_repeat",
    ),
    Fresh(
        text="which track is on heavy rotation now la",
        family="on_repeat",
    ),
    Fresh(
        text="the song I cannot stop playing ah, what is it actually",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a recap of my week la",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="give me my year in review ah, like an annual report",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="rundown of my listening la, executive summary style",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="fill me in on my October ah, how was it overall",
        family="recap",
        period="october",
    ),
    Fresh(
        text="last year ah, the whole year wrap-up, how did it go",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="how did we do last month ah, overall review",
        family="recap",
        period="last_month",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="am I more a morning or evening listener ah",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="this month morning or night I listen more ah",
        family="compare_day_parts",
        period="this_month",
    ),
    Fresh(
        text="do I play more music in the afternoon or the evening ah",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="weekdays or weekends I listen more ah",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="since March do I listen more on weekends than during the week la",
        family="compare_week",
        period="since_march",
    ),
    Fresh(
        text="working days vs weekend, which one I have more tunes on ah, last year",
        family="compare_week",
        period="last_year",
        content="music",
    ),
]

NEGATIVES = [
    "play Daft Punk in the kitchen la",
    "turn up the music a bit ah, cannot hear",
    "skip this song la, so boring",
    "pause the podcast first, got a call coming in",
    "what song is this ah",
    "what's playing in the kitchen now ah",
    "next track in the living room mm goi",
    "turn off the kitchen light la",
    "play the album Discovery ah",
    "set volume to thirty percent",
    "shuffle on la",
    "put repeat mode on for this track ah",
    "group the kitchen and living room speakers ah",
    "set a timer for ten minutes, my instant noodles la",
    "what's the weather tomorrow ah, need umbrella or not",
    "add milk tea to the shopping list",
    "set the thermostat to twenty two ah",
    "what am I listening to right now ah",
    "play the latest episode of The Daily la",
    "stop the music ah, meeting starting already",
    "lower the volume in the kitchen ah",
    "play some Queen for my WFH session",
    "who sings this song ah",
    "resume the podcast la",
    "play bohemian rhapsody ah",
    "turn off shuffle ah",
    "go back to the previous song la",
    "add this song to my playlist ah",
    "like this track la, thumbs up",
    "remind me to send the deck at five pm",
    "what's on my calendar today ah",
    "play something chill for focus time la",
    "skip forward thirty seconds ah, ads again",
    "set an alarm for seven tomorrow ah",
    "dim the lights in the kitchen",
    "play Justice Cross album from the start",
    "how long left in this episode ah",
    "what album is this song from ah",
    "unmute the kitchen speaker ah",
    "play music in all rooms la",
    "cancel the timer ah",
    "is it going to rain this evening ah",
    "play Air on the kitchen speaker wor",
    "stop playing after this song ah",
    "next episode please, this one very draggy",
]
