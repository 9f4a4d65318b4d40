"""Writer 185, chatty (Welsh), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Now then, I was telling Gareth next door about my music over the fence and I couldn't for the life of me remember, who did I listen to most last week?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Who's been my number one band this year, d'you reckon? Bet it's Queen, isn't it",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Tell me who I've been obsessed with, mun, I've had the same fella on every time I put the kettle on",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="My top three artists of last year, go on then, I'm doing a quiz with the girls from chapel and I want to win it",
        family="top_artists",
        period="last_year",
        count=3,
    ),
    Fresh(
        text="in the kitchen who've I had on the most since October, I'm always in there cooking anyway",
        family="top_artists",
        period="since_october",
        room="kitchen",
    ),
    Fresh(
        text="Who did we listen to most last month in our house? I'm curious now, there was a lot of singing going on",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="Quick one about Ada, which artist has she had on most this month? I want to get her a record for Christmas, see",
        family="top_artists",
        period="this_month",
        person="Ada",
    ),
    Fresh(
        text="Who was my top artist last summer, the summer we went down Tenby with the caravan",
        family="top_artists",
        period="last_summer",
    ),
    Fresh(
        text="Who did I listen to most in the last seven days then, apart from the news podcast like",
        family="top_artists",
        period="last_7_days",
    ),
    # top_tracks
    Fresh(
        text="What's my song of the month then? I've been humming something in the shower all week and I can't place it for the life of me",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Name my five most played tracks of all time, there's lovely",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="Which tune did I play most over the summer? I had the kitchen door open every night with the speaker going, it was lush",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="What was the song we had on most last weekend, the kids were dancing round the table to it like lunatics",
        family="top_tracks",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="Over the past two weeks, what's my most played song? Go on, surprise me",
        family="top_tracks",
        period="last_2_weeks",
    ),
    Fresh(
        text="Give me my top three songs from this month, and which one's number one, I've got a feeling",
        family="top_tracks",
        period="this_month",
        count=3,
    ),
    # top_albums
    Fresh(
        text="Which album have I played to death this year? Tidy question that one, isn't it",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Quick one now, what's been my favourite record of the last three months?",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="my top two albums ever, and which one comes out on top, I'm having a bet with myself",
        family="top_albums",
        period="all_time",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="Which podcast am I hooked on, cariad? I can never remember the name of the thing",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="What's been my go-to podcast since March, I've been listening to it doing the dishes every morning",
        family="top_podcasts",
        period="since_march",
    ),
    Fresh(
        text="Top podcast of twenty twenty five for me, what was it? I had a lot of long drives that year",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="How long have I had music on today? Mam says I've had it blaring since breakfast and she's not wrong, mind",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="How many hours did I listen this week, roughly like, I'm not fussed about the minutes",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="How much time did I spend on podcasts in October? I reckon it's loads, isn't it",
        family="listening_time",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="how long were we listening for yesterday, the telly was on the blink so we had the speaker going all day",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="How long did I listen this afternoon? I was meant to be doing the ironing and I don't think I did much of it",
        family="listening_time",
        period="this_afternoon",
    ),
    Fresh(
        text="In the kitchen yesterday, how long was the music going? Felt like forever",
        family="listening_time",
        period="yesterday",
        content="music",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="How many songs have I played so far today? I'm keeping count for a bet with Rhys from work",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="How many tracks did I get through last week, must be hundreds mun",
        family="plays",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="how many episodes did I listen to this month, podcast episodes I mean, not songs",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="Total number of plays since Monday, go on, give it to me straight",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="How many songs did I get through in August? I was off work the whole month so I bet it's a lot",
        family="plays",
        period="august",
        content="music",
    ),
    Fresh(
        text="Last night, how many tunes did I play altogether, was it loads?",
        family="plays",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="How many podcast episodes did I get through in twenty twenty five, roughly?",
        family="plays",
        period="in_2025",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="How many different artists did I listen to this year? I feel like it's the same four on a loop, isn't it",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="How many different bands have I had on in the last thirty days, now in a minute I'll tell you why I'm asking",
        family="artists_count",
        period="last_30_days",
    ),
    Fresh(
        text="Different artists I've played, ever, how many is that? Can't be many mind",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="How many different songs did I play in September? Back to school month it was so I was run off my feet",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="how many different tunes have I listened to in the last seven days",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="There's a question for you now, how many distinct tracks did I have on last year?",
        family="songs_count",
        period="last_year",
    ),
    # play_count
    Fresh(
        text="How many times did I play Bohemian Rhapsody this month? I know it's a lot, don't you judge me now",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="How much Queen have I had on this year, be honest with me",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="How often did I listen to The Daily last month, I was meant to be keeping up with the news, see",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    Fresh(
        text="how many times have I played that dance one by Justice, the one that goes D A N C E, ever like",
        family="play_count",
        period="all_time",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="Radiohead, how many times did I play them this year? My brother swears blind I do",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="how many times did I play Discovery, the album like, in the last thirty days",
        family="play_count",
        period="last_30_days",
        name="Discovery",
    ),
    # did_i
    Fresh(
        text="Did I listen to any Justice yesterday? I had a feeling I did whilst I was cooking the tea",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Listened to any Café Tacuba lately? I went to Mexico years ago and I've gone all nostalgic now",
        family="did_i",
        period="lately",
        name="Café Tacvba",
    ),
    Fresh(
        text="Did I have Moon Safari on last weekend? Lush for a Sunday that album",
        family="did_i",
        period="last_weekend",
        name="Moon Safari",
    ),
    Fresh(
        text="Did I play Sexy Boy this morning or was that on the radio in the car?",
        family="did_i",
        period="this_morning",
        name="Sexy Boy",
    ),
    Fresh(
        text="Have I listened to The Weeknd at all since March? Carys in work says I'd love him",
        family="did_i",
        period="since_march",
        name="The Weeknd",
    ),
    Fresh(
        text="did we listen to Don't Stop Me Now at the party on Saturday, I was a bit merry mind",
        family="did_i",
        period="saturday",
        name="Don't Stop Me Now",
        person="we",
    ),
    Fresh(
        text="Has Ada listened to any Air lately? She used to love that Sexy Boy one, played it all the time she did",
        family="did_i",
        period="lately",
        name="Air",
        person="Ada",
    ),
    Fresh(
        text="Phantom, did I hear it at all since Monday? I keep thinking I did but I'm not sure, isn't it",
        family="did_i",
        period="since_monday",
        name="Phantom",
    ),
    # what_played
    Fresh(
        text="What was I listening to yesterday evening? I had a glass of wine and it's all a bit of a blur",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Run me through what I had on this morning, I was half asleep, isn't it",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="What music did I play on November the third? It was my birthday so I want to know what I was celebrating to",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="What did we have on last Friday? We had people round for tea and someone was in charge of the music",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="what was I playing the day before yesterday, Wednesday, was it",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="What was I listening to last night? I dozed off on the settee with it still going, duw duw",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="What was on at quarter to eight last night? A song came on just as I was dishing up and I loved it",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="What was playing at half eight this morning, I was in the shower and heard something tidy through the door",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Now, about ten past five this afternoon there was a song on, what was it?",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="What was playing Wednesday night around nine o'clock? Mam rang and asked and I didn't have a clue",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="What was on at twelve o'clock on Saturday, dinner time like",
        family="playing_at",
        moment="2026-11-14 12:00",
    ),
    Fresh(
        text="what was on at twenty past eight yesterday evening",
        family="playing_at",
        moment="2026-11-19 20:20",
    ),
    Fresh(
        text="On November the third about nine at night, what was playing? I was opening my presents",
        family="playing_at",
        moment="2026-11-03 21:00",
    ),
    # taste
    Fresh(
        text="What kind of music am I into, would you say? My sister says I've got the taste of a pensioner, cheeky mare",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Describe my taste in music for me, go on, be kind now",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="What would you say my taste has been like lately, has it changed much?",
        family="taste",
        period="lately",
    ),
    # peak
    Fresh(
        text="What time of day do I usually listen, and what day of the week is my biggest? I'm trying to work out my routine, see",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="When do I usually have my music on, what hour like?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Which day of the week do I listen most, I bet it's Sunday, isn't it",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Discovered anyone new lately? I feel like I'm stuck in a rut, mun",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Which new artists did I find this year, anyone tidy?",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="Any bands I heard for the first time last month? Someone at the club was asking",
        family="new_artists",
        period="last_month",
    ),
    # skips
    Fresh(
        text="How often do I skip songs? I'm terrible for it, my husband says I never let anything finish",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="What's my skip rate this month, tidy or terrible?",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="How many tracks did I skip last week, and out of how many?",
        family="skips",
        period="last_week",
        content="music",
    ),
    # repeat
    Fresh(
        text="Do I replay the same songs a lot? Be honest with me now",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="What's my repeat rate been like this year, am I stuck on the same old stuff?",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="how much did I repeat songs in the summer, I had a few favourites I think",
        family="repeat",
        period="summer",
    ),
    # streak
    Fresh(
        text="How many days in a row have I listened now? I'm trying to keep my streak going like on that language app",
        family="streak",
    ),
    Fresh(
        text="What's my listening streak at, mun?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="When did I first listen to Justice? I can't remember who put me onto them",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="When did Eres first turn up, that Café Tacvba one?",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="First time I ever played Wet Leg, when was it? Our Bethan reckons I was the one who found them",
        family="first_play",
        name="Wet Leg",
    ),
    Fresh(
        text="When did I first play Around the World by Daft Punk, roughly",
        family="first_play",
        name="Around the World by Daft Punk",
    ),
    # last_play
    Fresh(
        text="When did I last have Da Funk on? Feels like ages",
        family="last_play",
        name="Da Funk",
    ),
    Fresh(
        text="When was the last time I listened to Queen, it's a while now, isn't it?",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="last time I played The Daily, when was that",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Justice, the Genesis song, when did I last hear that one?",
        family="last_play",
        name="Genesis by Justice",
    ),
    # last_song
    Fresh(
        text="What was the last song I played? It's stuck in my head now and I can't think of the name",
        family="last_song",
    ),
    Fresh(
        text="What did I have on last, the very last song, I'll do it now before I forget",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="What was the first song I put on today, I was still in my dressing gown",
        family="first_today",
    ),
    Fresh(
        text="what did I wake up to, I was that groggy I can't remember a thing",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="What was the first song I played yesterday?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="The first thing I listened to this week, what was that, Monday morning I suppose",
        family="first_in",
        period="this_week",
    ),
    Fresh(
        text="What did I kick off the year with, first song of twenty twenty six like",
        family="first_in",
        period="this_year",
    ),
    Fresh(
        text="What was the first song I played on Saturday, I was up early for the rugby",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="What did I end with last Friday, the last song of the night?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Last song I played yesterday evening, what was it? I went up to bed humming it",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="what was the final track of October for me",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="Which song do I skip the most? I want to know so I can get rid of it, tidy",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="What's the track I always skip, there's one I can't stand and I don't know what it's called",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped song this year?",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="Which artist do I skip most, poor dab",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Who's the band I keep skipping? I don't know why I even bother with them",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="What's on heavy rotation with me at the moment?",
        family="on_repeat",
    ),
    Fresh(
        text="What song have I got on repeat these days, the one I keep going back to?",
        family="on_repeat",
    ),
    Fresh(
        text="Which song can't I stop playing, mun? Dai's sick to death of it",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="How was my week, listening-wise? Go on, give me the lowdown",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Give me a rundown of my listening, I'm having a cuppa and a sit down",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Year in review for me please, like the one the kids get on their phones",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Fill me in on how last year went, podcasts and songs and all",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="how was our October then, in the house like, what did we get up to",
        family="recap",
        period="october",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="Am I more of a morning listener or an evening one? I'd have said evenings myself",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Do I listen more in the afternoons or at night, d'you think?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Did I listen more in the mornings or the evenings this month, now there's a thing",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="Do I listen more at weekends or in the week? I'd have thought weekends but I'm always out gallivanting",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Weekdays or weekends, when do I have more music on, over the last three months like",
        family="compare_week",
        period="last_3_months",
        content="music",
    ),
]

NEGATIVES = [
    "Play Daft Punk in the kitchen, there's a good speaker",
    "Turn the music up a bit, mun, I can't hear it over the kettle",
    "What's this song that's on now? It's tidy",
    "Skip this one, I can't stand it",
    "Pause the podcast, the phone's going",
    "Next track in the kitchen please",
    "Turn off the kitchen light, I'm off up to bed",
    "Play the album Discovery from the start",
    "Put the volume down to four, Mam's having a nap on the settee",
    "Shuffle some Queen for me, cariad",
    "Put repeat on for this song, I love it",
    "Group the kitchen speaker with the one in the living room",
    "Set a timer for twenty minutes for the Welsh cakes",
    "What's the weather doing in Cardiff tomorrow, is it raining again",
    "Add teabags and milk to the shopping list",
    "Turn the heating up to twenty one, it's freezing in here",
    "What am I listening to right now?",
    "Who sings this, the one that's on now?",
    "Play The Daily, the newest episode",
    "Play something chilled by Air, there's lovely",
    "Stop the music in the kitchen now",
    "Louder please, this is my song!",
    "Go back to the start of this track",
    "Play Bohemian Rhapsody loud, the kids want to do the headbanging bit",
    "Turn repeat off mun, it's driving me up the wall",
    "Play Radio Cymru",
    "What time is it?",
    "Set an alarm for seven tomorrow, I'll do it now before I forget",
    "Play some music in the kitchen, anything tidy",
    "Is it going to snow next week",
    "Resume the podcast where I left off",
    "Play the next episode of The Daily",
    "Skip forward thirty seconds, there's an advert on",
    "Dim the lights in the kitchen to half",
    "Turn the speaker off now, I've had enough for one day",
    "What song is this, isn't it that Justice one?",
    "Add this song to my playlist",
    "Play Eres by Café Tacvba",
    "Mute the kitchen speaker for a minute, the postman's at the door",
    "Move the music into the living room",
    "Play music in every room, we're having a party",
    "Turn the bass down a bit, it's rattling the cups",
    "How long is left on this song?",
    "What album is this from?",
    "Remind me to ring the doctor at nine",
]
