"""Writer 82, a chatty Irish woman in her fifties from Cork, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="ah sure look, who was it I listened to the most last week, I've a feeling it was that French crowd but I wouldn't swear to it",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="would you ever tell me who my number one artist was this year, my niece was asking me at the christening and I hadn't a clue",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="I was telling Mary above in the shop that I'm obsessed with someone lately but sure I can't for the life of me remember who, which artist is it I've been playing non stop",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen now, which three bands get the most airtime out of all of them, my top three like",
        family="top_artists",
        period="all_time",
        count=3,
        room="kitchen",
    ),
    Fresh(
        text="yerra who did we listen to the most in October, the whole house I mean, not just myself",
        family="top_artists",
        period="october",
        person="we",
    ),
    Fresh(
        text="three artists, go on, my top three for the last 30 days, I'm dying to know",
        family="top_artists",
        period="last_30_days",
        count=3,
    ),
    Fresh(
        text="tell me this and tell me no more, who was Ada's favourite band last month",
        family="top_artists",
        period="last_month",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="what was my song of the month last month, I'd love to know now, go on",
        family="top_tracks",
        period="last_month",
    ),
    Fresh(
        text="give me my five most played songs since March, sure it'll be a laugh to hear them all lined up",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="my favourite song of all time, according to yourself anyway, what would that be",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="would you ever tell me the top tune of the summer, the one I had on the most whilst the weather was good and I'd the back door open",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="in August what did I play the most, song wise, because I was in great form that month",
        family="top_tracks",
        period="august",
    ),
    Fresh(
        text="in the kitchen, sure that's where the speaker is anyway, what song gets played the most in there",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="which album did I play the most last year, was it that Moon Safari one, I'd say it was",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="now tell me this, what record have I had on more than any other over the last three months",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="my top two albums this month, if you'd be so good, and then I'll leave you alone",
        family="top_albums",
        period="this_month",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="what podcast have I been hooked on lately, sure I think I know but I want to hear you say it",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="which show did I listen to most in twenty twenty five, the talky ones I mean, not the music",
        family="top_podcasts",
        period="in_2025",
    ),
    Fresh(
        text="my go-to podcast this year, what is it, my sister says I never stop talking about it",
        family="top_podcasts",
        period="this_year",
    ),
    # listening_time
    Fresh(
        text="how long did I have the music going today, honestly I think it was on all morning while I was at the ironing",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours did I spend listening last week, between the songs and the podcasts and everything",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="God forgive me I think I spent half my life with the podcasts on this month, how many hours of them was it",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how much time did we spend listening to stuff in the kitchen yesterday, the lot of us",
        family="listening_time",
        period="yesterday",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="total listening time since Monday, would you tell me, I'm trying to cut back",
        family="listening_time",
        period="since_monday",
    ),
    Fresh(
        text="over the past two weeks, how much music have I had on, in hours like",
        family="listening_time",
        period="last_2_weeks",
        content="music",
    ),
    # plays
    Fresh(
        text="how many songs did I get through this morning while I was doing the brown bread",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many things did I play the day before yesterday, all in, songs and all",
        family="plays",
        period="day_before_yesterday",
    ),
    Fresh(
        text="how many episodes of the podcasts did I listen to in September, was it a lot",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="over the last 30 days, how many tracks went on in total, roughly",
        family="plays",
        period="last_30_days",
        content="music",
    ),
    Fresh(
        text="tell me how many times we played anything at all on Saturday, sure the house was full",
        family="plays",
        period="saturday",
        person="we",
    ),
    # artists_count
    Fresh(
        text="how many different artists have I listened to this year, is it a good few or am I stuck in my ways",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="sure how many different bands did I have on last month at all",
        family="artists_count",
        period="last_month",
    ),
    Fresh(
        text="the number of different singers I've ever played, roughly, would you know that",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play this week, not counting the ones I played twice, you know what I mean",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="tell me how many distinct tracks I've listened to since October, I'm curious",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="how many different tunes have I had on in total, ever, since you came into the house",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times did I play Bohemian Rhapsody this month, I'd say loads because I love a bit of Freddie",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Queen have I had on this year, be honest with me now",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="The Daily, how many times have I listened to that in the last seven days",
        family="play_count",
        period="last_7_days",
        name="The Daily",
    ),
    Fresh(
        text="how many times did I play that Sexy Boy song by Air over the summer, it's a bit of a cheeky one",
        family="play_count",
        period="summer",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="how many times did I play Christy Moore last year, I'd a good run of him I think",
        family="play_count",
        period="last_year",
        name="Christy Moore",
    ),
    # did_i
    Fresh(
        text="did I listen to any Justice yesterday or am I imagining it altogether",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="listened to much Daft Punk last weekend, did I?",
        family="did_i",
        period="last_weekend",
        name="Daft Punk",
    ),
    Fresh(
        text="would you ever tell me did I play Eres by Café Tacvba on Saturday, I'd a feeling I did",
        family="did_i",
        period="saturday",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="did I have The Daily on last Friday, I can't remember if I caught it or not",
        family="did_i",
        period="last_friday",
        name="The Daily",
    ),
    Fresh(
        text="my son swears blind I played Radiohead this year, did I?",
        family="did_i",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="was Discovery on at all this week, the Daft Punk album, you know the one",
        family="did_i",
        period="this_week",
        name="Discovery",
    ),
    # what_played
    Fresh(
        text="what was I listening to yesterday evening, I was cooking the dinner and I'd my head in the oven practically",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="run me through what I had on this afternoon, I was in and out to the garden",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what music did I play on the third of November, that was the day the boiler went",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="fill me in on what I was listening to last night, I dozed off in the chair",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what did Ada listen to the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="what was on at quarter to eight last night, the bit just before I rang my sister",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what song was playing at half eight this morning, it was lovely and I can't place it",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what was on the speaker at five past five this afternoon",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="yesterday at ten past eight in the evening, what was I listening to, because the dog went mad barking at it",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    # taste
    Fresh(
        text="what kind of music am I into at all, would you say, because my daughter says I've no taste whatsoever",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste in music to me there, go on, be honest",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what sort of stuff have I been into this year, music wise, am I gone all French",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time of day do I usually listen, I'm curious now that I think of it",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when would I normally have the music on, what hour and what day of the week",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="is there a day of the week I listen the most, and what time would that be like",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="did I discover anyone new lately, any new artists I mean, or is it the same old crowd",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="which artists did I hear for the first time this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="any new bands I came across last year, sure I must have found somebody",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(
        text="how often do I skip, am I terrible for it, my husband says I never let a song finish",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's my skip rate this month, out of everything I played",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="how many did I skip last week, out of all the plays, roughly",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="do I play the same songs over and over, be honest with me now, I can take it",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how much was I repeating myself this year, the same tracks again and again",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="what's my repeat rate, how often do I go back to the same old songs",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="how many days in a row have I listened now, I think I've a great run going",
        family="streak",
    ),
    Fresh(
        text="what's my streak at, the listening one, not the walking one",
        family="streak",
    ),
    Fresh(
        text="have I missed a day at all, how many days straight have I had something on",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first listen to Justice, I think it was my nephew put them on me",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when did Digital Love first turn up at all",
        family="first_play",
        name="Digital Love",
    ),
    Fresh(
        text="when was the very first time I played The Daily, I can't remember starting it",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="when did I first listen to Wet Leg, the young one was on about them",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when did I last have Queen on, it feels like ages",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="when did I last listen to Don't Stop Me Now, I need a bit of a lift",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="the last time I played Moon Safari, when was that",
        family="last_play",
        name="Moon Safari",
    ),
    Fresh(
        text="when did I last play The Weeknd, is that how you say it, the weekend fella",
        family="last_play",
        name="The Weeknd",
    ),
    # last_song
    Fresh(
        text="what was the last song I played, there's a tune going round in my head and I can't shake it",
        family="last_song",
    ),
    Fresh(
        text="sure what did I play last of all, the very last song",
        family="last_song",
    ),
    Fresh(
        text="tell me the last track I had on, before I forget what I was asking",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what did I wake up to today, the first song I mean",
        family="first_today",
    ),
    Fresh(
        text="what was the first song I played today, was it the Air one",
        family="first_today",
    ),
    Fresh(
        text="first tune of the day for me today, what was it",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song I played yesterday, I was up at the crack of dawn",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did I start off with last Friday, the first track",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="the first thing I played in September, what was it, song wise",
        family="first_in",
        period="september",
    ),
    Fresh(
        text="what did I kick off the week with, the very first song this week",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="what was the last song I played on Saturday before I went out to the bingo",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="what did I finish up with last night, the last song before I went up to bed",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="the last track of October for me, what was it",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most, the one I can't stand apparently",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what's the song I'm always skipping this year, I'd say I know it",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do I skip the most, sure I'd say it's the shouty ones",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who's the singer I keep skipping past lately",
        family="most_skipped_artist",
        period="lately",
    ),
    # on_repeat
    Fresh(
        text="what song have I had on repeat these days, I know there's one",
        family="on_repeat",
    ),
    Fresh(
        text="what song can't I stop playing, the girls in the choir are sick of me humming it",
        family="on_repeat",
    ),
    Fresh(
        text="which tune have I been flogging to death in the kitchen the last while",
        family="on_repeat",
        room="kitchen",
    ),
    # recap
    Fresh(
        text="give us a little recap of my week there, I love hearing it",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="would you ever do me a year in review, like the thing my niece gets on her phone every December",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="give me a rundown of my listening, whatever you've got, I've the kettle on",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how did last month go for me, listening wise, give me the overview",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="a recap of last summer if you have it, that was a great summer, we'd the barbecue every weekend",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a morning listener or an evening one, I'd say mornings myself",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more in the afternoons or at night, tell me that",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="this month now, have I been listening more in the mornings or the evenings",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="do I listen more at the weekends or during the week, I'd have said weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays or weekends, which do I play more music on",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="in August was it the weekends I listened more or the weekdays, I was off work half of it",
        family="compare_week",
        period="august",
    ),
]

NEGATIVES = [
    "would you ever put on a bit of Daft Punk in the kitchen there, I'm doing the washing up",
    "turn the music up a small bit, I can't hear it over the kettle",
    "what's this song that's on now, it's gorgeous",
    "skip this one, I'm not in the humour for it",
    "pause the podcast there a minute, the doorbell's gone",
    "next track please, love",
    "turn off the kitchen light, I'm heading up to bed",
    "play the album Discovery, the whole thing now",
    "set a timer for twenty minutes for the scones",
    "what's the weather going to be like in Cork tomorrow, I've washing to hang out",
    "add teabags to the shopping list, we're nearly out",
    "turn the heating up to twenty one, it's fierce cold",
    "what am I listening to right now, I came in halfway through",
    "shuffle the songs there, I'm sick of the same order",
    "put this one on repeat, I love it",
    "group the kitchen speaker with the one in the sitting room",
    "lower the volume a bit, the neighbours will be complaining",
    "play The Daily, the latest episode",
    "play some Queen, something to get me going",
    "stop the music, I've a phone call",
    "carry on with the podcast where I left off",
    "who sings this song that's playing",
    "how long is left in this song",
    "play something relaxing in the kitchen, I've had some day",
    "set the volume to five",
    "turn off shuffle would you",
    "put on RTÉ Radio 1 there",
    "what's the time, I've lost track completely",
    "remind me to ring my sister at seven",
    "go back to the start of this track",
    "play Bohemian Rhapsody loud, I want to sing along",
    "is it going to rain today, tell me honestly",
    "like this song, save it for me",
    "what album is this from, the one playing now",
    "turn on the lights in the kitchen, it's getting dark",
    "play music in every room, sure let's have a party",
    "skip forward thirty seconds in the podcast, it's the ads",
    "take the kitchen speaker out of the group",
    "set an alarm for half seven tomorrow morning",
    "play some Café Tacvba, the Mexican lads",
    "play the next episode of The Daily",
    "what's playing in the kitchen, is that Air",
    "turn the thermostat down a bit, I'm roasting",
    "play the song Da Funk",
    "turn off repeat, it's driving me mad",
]
