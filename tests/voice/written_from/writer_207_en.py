"""Writer 207, elderly academic (Edinburgh Scottish English, long sentences, asides, self-corrections), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Now, purely out of academic curiosity, you understand, which artist have I listened to most this year?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Who was my go-to band in October? The whole of October, mind, not just the tail end of it.",
        family="top_artists",
        period="october",
    ),
    Fresh(
        text="In the kitchen, since March, which three artists have I played most — and I'd like them in order, if you please.",
        family="top_artists",
        period="since_march",
        count=3,
        room="kitchen",
    ),
    Fresh(
        text="Who have I been rather obsessed with lately, would you say? My daughter maintains it's some French duo or other, though she would.",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="And who was our number one artist last year — the household's, I mean, not mine alone, for I'm not the only one in this house with opinions.",
        family="top_artists",
        period="last_year",
        person="we",
    ),
    Fresh(
        text="Which artist has Ada had on most this month?",
        family="top_artists",
        period="this_month",
        person="Ada",
    ),
    Fresh(
        text="Last summer — twenty twenty-five, that is, the wet one — who was my favourite artist, by the numbers?",
        family="top_artists",
        period="last_summer",
    ),
    # top_tracks
    Fresh(
        text="What was my song of the month? This month, November, I mean — not October, which I suspect was given over to something else entirely.",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Give me my five most played tracks of all time, would you.",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="Which song did I play most last summer, whilst the grandchildren were up from London and the house was bedlam?",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="Top two songs over the last thirty days — no, make it three, three is a more respectable number for a list.",
        family="top_tracks",
        period="last_30_days",
        count=3,
    ),
    Fresh(
        text="What's been my favourite song since Monday, if one can properly speak of a favourite over so short a span?",
        family="top_tracks",
        period="since_monday",
    ),
    # top_albums
    Fresh(
        text="Which record — album, I should say, for I'm reliably informed nobody says record any more — have I played most this year?",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="What was the album I had on most this summer? The summer just gone, I mean, not last year's.",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="My most played album, ever, if such a thing can be reckoned.",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Name my top two albums from September, if you would be so kind.",
        family="top_albums",
        period="september",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="Which podcast would you say I'm hooked on these days? I confess I've lost track of my own habits.",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="What's been my most listened-to podcast over the last three months?",
        family="top_podcasts",
        period="last_3_months",
    ),
    Fresh(
        text="Of the podcasts — and I rather suspect there's only the one — which did I play most in twenty twenty-five?",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="How long did I spend listening yesterday — outwith the podcast, that is, the music alone? A rough figure in hours will do, I'm not after decimals.",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="How many hours all told have I listened since October, music and the podcast alike, I'm not fussy?",
        family="listening_time",
        period="since_october",
    ),
    Fresh(
        text="How much time did we spend with the speaker going in the kitchen last week?",
        family="listening_time",
        period="last_week",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="How many minutes of podcasts have I sat through this week? I rather fear the answer.",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="And this morning — from the porridge onwards, roughly — how long was the music on for?",
        family="listening_time",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="How long did Ada listen for on Saturday? That's me, by the way, the account's in my name.",
        family="listening_time",
        period="saturday",
        person="Ada",
    ),
    # plays
    Fresh(
        text="How many songs have I played today — so far today, I should say, since the day is by no means done?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Quick question: how many tracks went through the kitchen speaker on Saturday?",
        family="plays",
        period="saturday",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="How many episodes did I get through last month, roughly?",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="All told, how many things did I play the day before yesterday — songs, the podcast, the lot?",
        family="plays",
        period="day_before_yesterday",
    ),
    Fresh(
        text="How many plays have I racked up over the last seven days, would you say?",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="Since Monday — and it's been a long week, believe me — how many tunes have I had on?",
        family="plays",
        period="since_monday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="How many different artists have I listened to this year? Distinct ones, mind — I don't want the same fellow counted twice.",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="How many separate bands did I get through in August — no, September, I was on Skye for the better part of August and heard nothing but the wind.",
        family="artists_count",
        period="september",
    ),
    Fresh(
        text="How many different artists are there in my listening altogether? Fewer than my former students would expect, I'd hazard.",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="How many different songs have I played this month?",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="Over the last seven days, how many distinct tracks — not plays, you understand, but separate songs — have I listened to?",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="How many individual tunes did we get through last weekend, the household I mean?",
        family="songs_count",
        period="last_weekend",
        person="we",
    ),
    # play_count
    Fresh(
        text="How many times have I played Bohemian Rhapsody this year? Freddie Mercury — a marvel, wasn't he — anyway, how many times?",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Queen — how often have they been on in the kitchen this week, would you say?",
        family="play_count",
        period="this_week",
        name="Queen",
        room="kitchen",
    ),
    Fresh(
        text="How many times did I listen to The Daily in October?",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    Fresh(
        text="That Air one, La Femme d'Argent, how often have I played it since March?",
        family="play_count",
        period="since_march",
        name="La femme d'argent by Air",
    ),
    Fresh(
        text="How many times have I had Runrig on, ever? Not once, I'd wager, which is a scandal for a Scot of my vintage.",
        family="play_count",
        period="all_time",
        name="Runrig",
    ),
    Fresh(
        text="How many plays has Sexy Boy had over the past two weeks? I ask for a friend, naturally.",
        family="play_count",
        period="last_2_weeks",
        name="Sexy Boy",
    ),
    # did_i
    Fresh(
        text="Did I listen to any Justice yesterday evening? I've a notion I did, but my memory is not what it was.",
        family="did_i",
        period="yesterday_evening",
        name="Justice",
    ),
    Fresh(
        text="Listened to much Cafe Tacuba this year? I've never been entirely sure how one pronounces it.",
        family="did_i",
        period="this_year",
        name="Café Tacvba",
    ),
    Fresh(
        text="Did I play Da Funk by Daft Punk at all last Friday?",
        family="did_i",
        period="last_friday",
        name="Da Funk by Daft Punk",
    ),
    Fresh(
        text="Have I heard any of The Proclaimers this month? I'd be astonished if I hadn't, frankly.",
        family="did_i",
        period="this_month",
        name="The Proclaimers",
    ),
    Fresh(
        text="Was there any Moon Safari on over the past fortnight?",
        family="did_i",
        period="lately",
        name="Moon Safari",
    ),
    Fresh(
        text="Aye, and did Phantom come on at all last night, or am I misremembering again?",
        family="did_i",
        period="last_night",
        name="Phantom",
    ),
    Fresh(
        text="Has Ada had any Daft Punk on this year — any at all?",
        family="did_i",
        period="this_year",
        name="Daft Punk",
        person="Ada",
    ),
    # what_played
    Fresh(
        text="What was I listening to yesterday evening? I was pottering about after supper and it's gone clean out of my head.",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Fill me in on what I played on the third of November — a Tuesday, I believe, the day of that interminable faculty meeting.",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="What music did I have on this afternoon?",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="What did we listen to last weekend? Last weekend, that is, not the one coming.",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="Run me through what I had on last night, would you.",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="What was I listening to in August — broadly, mind, I don't need a full inventory.",
        family="what_played",
        period="august",
    ),
    # playing_at
    Fresh(
        text="What was on at quarter to eight yesterday evening — no, I tell a lie, it would have been ten to eight, just after I'd put the kettle on.",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="What was playing at half eight this morning?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="What was on at five past five this afternoon, when I came in from the garden?",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="At ten past eight last night — what was it I had playing?",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="What was playing at noon on Wednesday — twelve o'clock exactly, or thereabouts?",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="On Saturday evening, at nine o'clock or so, what did I have on?",
        family="playing_at",
        moment="2026-11-14 21:00",
    ),
    # taste
    Fresh(
        text="How would you describe my taste in music, in a sentence or two? Be candid — I've sat through enough peer review to take it.",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="What kind of music would you say I'm into? My grandson insists it's 'dad music', whatever that may mean.",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="What does my listening say about me, musically speaking?",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="What time of day do I tend to listen most — and which day of the week, whilst you're at it?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="When do I usually have music on? Around breakfast, I suspect, but I should like it confirmed.",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="This year, at what hour am I most often listening, generally speaking?",
        family="peak",
        period="this_year",
    ),
    # new_artists
    Fresh(
        text="Have I discovered anyone new lately, or am I as set in my ways as my colleagues allege?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Which artists did I hear for the first time this year?",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="Any new bands turn up last month — ones I'd never played before, I mean?",
        family="new_artists",
        period="last_month",
    ),
    # skips
    Fresh(
        text="How often do I skip things? I've a terrible habit of it, or so I'm told.",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="What's my skip rate been this month — out of everything I've played, how much did I cut short?",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="Did I skip a great deal last week, would you say?",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="In October, how many tracks did I skip, as a proportion of what I played?",
        family="skips",
        period="october",
        content="music",
    ),
    # repeat
    Fresh(
        text="How much do I replay the same songs? Rather a lot, I suspect.",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="What's my repeat rate like this year — am I going round in circles, as it were?",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="In September, was I listening to the same things over and over, would you say?",
        family="repeat",
        period="september",
    ),
    # streak
    Fresh(
        text="How many days in a row have I listened to something now?",
        family="streak",
    ),
    Fresh(
        text="What's my listening streak at present — consecutive days, I mean?",
        family="streak",
    ),
    Fresh(
        text="I'm told the young people call it a streak: how long a run of days have I kept up with my listening?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="When did I first listen to Justice? I've an idea it was my nephew's doing.",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="When was it I first played Don't Stop Me Now — the Queen one, not some cover by a choir?",
        family="first_play",
        name="Don't Stop Me Now by Queen",
    ),
    Fresh(
        text="The first time I ever heard Cafe Tacvba — when was that, can you tell me?",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="When did Belle and Sebastian first appear in my history, if indeed they ever did?",
        family="first_play",
        name="Belle and Sebastian",
    ),
    # last_play
    Fresh(
        text="When did I last listen to The Daily?",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="When was Digital Love last on? A lovely thing, that, robots notwithstanding.",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="The last time I played Homework — the Daft Punk album, not the students' essays, heaven forbid — when was that?",
        family="last_play",
        name="Homework",
    ),
    Fresh(
        text="When did I last have Eres on? The Mexican one, the ballad.",
        family="last_play",
        name="Eres",
    ),
    # last_song
    Fresh(
        text="What was the last song I played? I've quite lost the thread.",
        family="last_song",
    ),
    Fresh(
        text="Remind me of the most recent song I listened to, would you.",
        family="last_song",
    ),
    Fresh(
        text="The very last track I had on — what was it?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="What did I wake up to this morning? The first thing on, I mean.",
        family="first_today",
    ),
    Fresh(
        text="What was the first song I played today?",
        family="first_today",
    ),
    Fresh(
        text="Which tune started my day off today, can you tell me?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Yesterday — what did I start the day with, the very first song?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="What was the first track I put on last Friday?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="What was the first thing I played this year — the opening song of twenty twenty-six, so to speak?",
        family="first_in",
        period="this_year",
    ),
    Fresh(
        text="The first song we played on Saturday, what was it?",
        family="first_in",
        period="saturday",
        person="we",
    ),
    # last_in
    Fresh(
        text="What did I finish up with on Saturday night? The last song, I mean, before I turned in.",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="What was the last thing I listened to last week — the week before this one, to be precise — before it was out?",
        family="last_in",
        period="last_week",
    ),
    Fresh(
        text="What did I close the day with the day before yesterday — Wednesday, that is?",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="What was the final song I played in October?",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="Which song do I skip most? I've a suspicion it's something with a great deal of synthesizer in it.",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="What's the track I've skipped most this year?",
        family="most_skipped",
        period="this_year",
    ),
    Fresh(
        text="Is there one song I can never bring myself to finish — the one I skip more than any other?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Which artist do I skip most often?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Whose songs do I cut short most — by artist, I mean, not by song?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Which band have I been skipping most since October?",
        family="most_skipped_artist",
        period="since_october",
    ),
    # on_repeat
    Fresh(
        text="What song have I got on repeat these days?",
        family="on_repeat",
    ),
    Fresh(
        text="Which tune can I not stop playing at the moment? My neighbour says she can hear it through the wall.",
        family="on_repeat",
    ),
    Fresh(
        text="Which song have I been playing over and over in the kitchen of late?",
        family="on_repeat",
        room="kitchen",
    ),
    # recap
    Fresh(
        text="Give me a rundown of my listening, would you.",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="How was my year in music? Go on, give me the review — heaven knows I'm used to reviews.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Run me through how last month went, listening-wise.",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="How did my week go, musically?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="A wee recap of the summer, if you'd be so kind — this past summer, twenty twenty-six, not the one before.",
        family="recap",
        period="summer",
    ),
    # compare_day_parts
    Fresh(
        text="Am I more of a morning listener or an evening one, would you say?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Do I listen to more music in the mornings or the afternoons?",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Mornings versus evenings — when did I listen more this month?",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="Do I listen more at the weekend or during the week?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Is there more music on, in my case, on weekdays than at weekends?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Last month, did I listen more on weekdays or at the weekends?",
        family="compare_week",
        period="last_month",
    ),
]

NEGATIVES = [
    "Would you be so good as to put Daft Punk on in the kitchen.",
    "Turn that down a wee bit, would you, I'm on the telephone to my sister.",
    "How is the music so loud? Bring it down to three, please.",
    "Aye, louder — a good deal louder, I can't hear a word of it over the kettle.",
    "What's this song that's playing the now?",
    "Who's singing this? I half recognise the voice.",
    "Skip this one, I can't abide it.",
    "Next track in the study, please.",
    "Pause the podcast, there's someone at the door.",
    "Resume the podcast, would you, the caller has gone.",
    "Put on the album Discovery — the whole of it, from the beginning, in the kitchen.",
    "Play Bohemian Rhapsody on every speaker in the house.",
    "Play the latest episode of The Daily in the kitchen.",
    "Play something by Air, something gentle, whilst I mark these scripts.",
    "Shuffle the Queen album, would you.",
    "Put this one on repeat — no, the whole album, I mean.",
    "Turn repeat off, that'll do now.",
    "Group the kitchen speaker with the one in the sitting room.",
    "Stop the music in all the rooms.",
    "Unmute the kitchen speaker, I seem to have silenced it by accident.",
    "Set the volume to four, please.",
    "Go back to the previous song — I missed the opening bars.",
    "Fast-forward thirty seconds, the advertisements are interminable.",
    "How long is left on this episode?",
    "What album is this from, the one that's on just now?",
    "What am I listening to right now, exactly?",
    "Turn off the kitchen light.",
    "Dim the sitting room lights to thirty per cent.",
    "Set a timer for twelve minutes — the scones, you understand.",
    "Set an alarm for half seven tomorrow.",
    "Remind me at four o'clock to ring the department.",
    "What's the weather doing in Edinburgh tomorrow — and outwith the city, Fife, say?",
    "Is it going to rain this afternoon? I'd a notion to walk up Arthur's Seat.",
    "Add oatcakes and a pint of milk to the shopping list.",
    "Set the heating to nineteen degrees, it's baltic in here.",
    "What time is it?",
    "Play Radio Scotland in the kitchen.",
    "Put on some Scottish fiddle music, would you, something with a bit of go in it.",
    "Stop the podcast, that's quite enough of the news for one day.",
    "Like this song, please — add it to my favourites.",
    "Move the music from the kitchen to the bedroom.",
    "What's the name of this podcast episode?",
    "Play music in the kitchen, anything at all, I'm not particular.",
    "Turn the kitchen speaker off, I'm going out.",
    "Is the front door locked?",
]
