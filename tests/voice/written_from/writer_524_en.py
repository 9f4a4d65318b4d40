"""Writer 524, a chatty retired schoolteacher from the South Wales valleys who explains why she is asking before she asks, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Now then, our Rhys was teasing me over Sunday dinner that I only ever listen to the one band, so go on, who have I played the most this year?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="I was telling the girls in chapel I've gone all modern, see, so who was my number one artist last month, cariad?",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="Right, the WI want us all to bring a favourite record to the meeting Tuesday, so who have I been obsessed with lately, do you know?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Only asking because I've got a bet on with our Carys, a fiver mind, what are my top three artists of all time?",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="We were down in Tenby most of August, lovely it was, but who was my go-to band that month, would you say?",
        family="top_artists",
        period="august",
    ),
    # top_tracks
    Fresh(
        text="I want to write a song lyric in the card for Dai's retirement do, so what's my most played song this month, love?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Tell me my five most played tracks since March, would you, only I'm making a little list for the car.",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="There was one tune I couldn't leave alone in October, drove the cat mad it did, what was my song of the month?",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Just out of curiosity now, my favourite song of all time according to you, what is it?",
        family="top_tracks",
        period="all_time",
    ),
    # top_albums
    Fresh(
        text="I'm thinking of treating myself to a proper vinyl for Christmas, so which album did I play most this year?",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="The record shop in Pontypridd has a sale on, isn't it, so which album have I worn out the most over the last three months?",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="My two most played albums last year, what were they, bach?",
        family="top_albums",
        period="last_year",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="My sister asked what I have on with my toast now I'm retired, so which podcast have I been hooked on lately?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="For my little diary of the year, see, which podcast did I listen to most in twenty twenty five?",
        family="top_podcasts",
        period="in_2025",
    ),
    Fresh(
        text="Go-to show, what's mine then, out of everything ever?",
        family="top_podcasts",
        period="all_time",
    ),
    # listening_time
    Fresh(
        text="Our Gareth says I have that speaker going from dawn till dusk, so honestly now, how many hours did I listen this week?",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="How long did I have music on yesterday? I lost track of the whole afternoon, I did.",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="I'm trying to cut down, doctor's orders, so how much time did I spend on podcasts last month?",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="I was baking Welsh cakes in the kitchen this morning with it going the whole time, so how many minutes of listening was that, roughly?",
        family="listening_time",
        period="this_morning",
        room="kitchen",
    ),
    Fresh(
        text="Over the last seven days, how long have I been listening altogether? It's for the wellbeing diary the surgery gave me.",
        family="listening_time",
        period="last_7_days",
    ),
    # plays
    Fresh(
        text="I've been humming all day and now I'm curious, how many songs have I put on so far today?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="I'm doing one of those step count things but for music, see, so how many tracks did I get through last week?",
        family="plays",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="How many plays altogether since October, would you say? Everything, podcasts and all.",
        family="plays",
        period="since_october",
    ),
    Fresh(
        text="I've been keeping up with the news like a good girl, so how many episodes have I listened to this year?",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="Number of tunes over the past two weeks, can you give me that, love?",
        family="plays",
        period="last_2_weeks",
        content="music",
    ),
    # artists_count
    Fresh(
        text="Our Carys says I'm stuck in my ways, cheek of her, so how many different artists have I listened to this year?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="How many different bands did I play in September? Just roughly, I won't hold you to it.",
        family="artists_count",
        period="september",
    ),
    Fresh(
        text="Ever, in total now, how many artists have I had on this thing?",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="I always told my pupils variety is the spice of life, so practise what you preach, Mrs Morgan, how many different songs did I play last month?",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="How many different tunes have I had on since Monday? It feels like the same three, mind.",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="Different tracks, all time, how many does that come to?",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="I've been singing Bohemian Rhapsody in the bath all week, the neighbours must love me, so how many times have I played it this month?",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Our Gareth reckons it's embarrassing at my age, but how much Queen have I had on this year, honestly?",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="The Daily, how many times did I listen to it last week? I like to keep an eye on the Americans, see.",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="My nephew put that Radiohead lot on once when he was visiting, so how many times did I play them in 2025?",
        family="play_count",
        period="in_2025",
        name="Radiohead",
    ),
    Fresh(
        text="That lovely dreamy French one, La femme d'argent by Air, how often did I play it over the summer?",
        family="play_count",
        period="summer",
        name="La femme d'argent by Air",
    ),
    # did_i
    Fresh(
        text="There was an awful thumping coming from somewhere yesterday, so was it me, did I listen to any Justice?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Glenys next door swears she heard Café Tacvba through my window on Saturday, did I have them on?",
        family="did_i",
        period="saturday",
        name="Café Tacvba",
    ),
    Fresh(
        text="The girl in the library was on about Wet Leg, so tell me, have I listened to any of them lately?",
        family="did_i",
        period="lately",
        name="Wet Leg",
    ),
    Fresh(
        text="Did I have Sexy Boy on last night? Bit embarrassing with a title like that, I know.",
        family="did_i",
        period="last_night",
        name="Sexy Boy",
    ),
    Fresh(
        text="The grandchildren were over last weekend and they were dancing round the table, so did we have any Daft Punk on?",
        family="did_i",
        period="last_weekend",
        name="Daft Punk",
        person="we",
    ),
    # what_played
    Fresh(
        text="I had a lovely evening yesterday but I can't remember a thing I put on, so what was I listening to yesterday evening?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="That was the day the boiler went, November the third, I remember it well, what did I play that day?",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="Run me through what I listened to the day before yesterday, would you, there's a love.",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="I dozed off in the chair after my dinner, so what music did I have on this afternoon?",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="We had the Bible study group round last Friday and I put something on in the background, what did we listen to?",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    # playing_at
    Fresh(
        text="Something came on at ten past eight last night and I had a little cry over the washing up, what was it now?",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="I was in the shower and only caught the chorus, what was playing at half past eight this morning?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="At twenty past five this afternoon, what was on? The postman was asking and I didn't have a clue.",
        family="playing_at",
        moment="2026-11-20 17:20",
    ),
    Fresh(
        text="I had the girls round for a sherry on Saturday night, so what was on at nine o'clock?",
        family="playing_at",
        moment="2026-11-14 21:00",
    ),
    Fresh(
        text="What was playing round about noon on Wednesday, love?",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="My granddaughter's doing a school project all about her nan, bless her, so how would you describe my taste in music?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="What sort of music am I into, then, would you say? Be honest now, I taught thirty years, I can take it.",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="If you had to sum me up musically for my U3A profile, what would you put?",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="I'm trying to plan my days better now I'm retired, so what time of day do I tend to listen most?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Which day of the week am I listening the most, usually? They all run into each other since I finished work.",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="When's my busiest listening time, generally speaking, the hour and the day and all?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="I do like to keep my mind young, so have I discovered anybody new this month?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="The grandchildren were forever putting things on in 2025, so which new artists did I find that year?",
        family="new_artists",
        period="in_2025",
    ),
    Fresh(
        text="Any new bands turn up for me in the last thirty days, or have I been stuck in a rut?",
        family="new_artists",
        period="last_30_days",
    ),
    # skips
    Fresh(
        text="I've no patience these days, I know it, so how often do I skip things, would you say?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="What's my skip rate this month? Our Gareth says I'm worse than a teenager with that button.",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="Out of everything I played last week, how many did I skip?",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="My Emlyn, God rest him, used to say I was like a stuck record, so do I play the same songs over and over?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="What's my repeat rate like lately, cariad?",
        family="repeat",
        period="lately",
    ),
    Fresh(
        text="How much have I been replaying the same tunes this year, would you say, as a percentage like?",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="I'm ever so proud of myself, so tell me, how many days in a row have I listened now?",
        family="streak",
    ),
    Fresh(
        text="What's my streak at? Days running, I mean, not the other kind.",
        family="streak",
    ),
    Fresh(
        text="I'm competitive, I'll admit it, how many days on the trot have I had something on?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="It was our Rhys who put me on to them I think, so when did I first listen to Justice?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="I want to know if it was before our Carys's wedding, when did Don't Stop Me Now first turn up in my history?",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="The Weeknd, when did I first play him? I only know the name from the radio.",
        family="first_play",
        name="The Weeknd",
    ),
    Fresh(
        text="Eres, that Spanish one by Café Tacvba, when did I first hear it on here?",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    # last_play
    Fresh(
        text="I've a feeling it's been ages, so when did I last have Queen on?",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="Lovely song that is, when was the last time I played Digital Love?",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="Last time I listened to The Daily, when was that, love?",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="I want to tell Glenys what it was, so what was the last song I played?",
        family="last_song",
    ),
    Fresh(
        text="The very last thing I played, what was it, cariad?",
        family="last_song",
    ),
    Fresh(
        text="Memory like a sieve, me, remind me what I had on most recently, would you?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="It was ever so cheerful, whatever it was, what did I wake up to today?",
        family="first_today",
    ),
    Fresh(
        text="It's been stuck in my head since breakfast, what was the first song I played today?",
        family="first_today",
    ),
    Fresh(
        text="What did I start the day off with, music-wise, first thing?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="I was up before the milkman yesterday, so what was the first song I played?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="What did I kick last week off with, the very first track?",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="First thing I had on this month, what was that now?",
        family="first_in",
        period="this_month",
    ),
    Fresh(
        text="I'm feeling a bit nostalgic, so what was the first song I played in 2025?",
        family="first_in",
        period="in_2025",
    ),
    # last_in
    Fresh(
        text="I had a bit of a dance last Friday, I won't lie, what did I finish the day with?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="The last song I played on Saturday, what was it, bach?",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="What was the final track I had on yesterday evening before I went up to bed?",
        family="last_in",
        period="yesterday_evening",
    ),
    # most_skipped
    Fresh(
        text="I'd like to take it off the list altogether, so which song do I skip the most?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="The one I can't stand, obviously, the song I skip most often, what is it?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Most skipped tune this year, what's mine?",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="I bet it's that French lot, but which artist do I skip the most?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Who's the band I'm forever skipping, love?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Which singer did I skip most last month? I was in a mood all October, mind.",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="Rhys says I've got an earworm, so what song have I got on repeat at the moment?",
        family="on_repeat",
    ),
    Fresh(
        text="What's on heavy rotation in my kitchen these days?",
        family="on_repeat",
        room="kitchen",
    ),
    Fresh(
        text="Honestly, the cat's had enough, which song can't I stop playing?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="I'm writing my Christmas letter early this year, so give me a rundown of my listening, would you?",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="I like a little summary on a Friday, so how was my week in music?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="I've got a cuppa and a Welsh cake ready, so let's have it, my year in review.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="How did October go for me, listening-wise, overall?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Fill me in on last summer, what was my listening like all round?",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="I always told the class I was a lark, so am I more of a morning listener or an evening one?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Do I listen more in the afternoons or at night, would you say?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Mornings or evenings, when do I have the speaker going more?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Since I retired the days all blur together, so do I listen more at the weekends or during the week?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Weekdays versus weekends, where does most of my listening happen?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Do I have more on of a Saturday and Sunday than Monday to Friday?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Play some Queen in the kitchen for me, cariad, I'm doing the ironing",
    "Turn it down a bit, would you, the phone's going",
    "Turn the music up, there's lovely, I can't hear it over the kettle",
    "What's this song now? I know it, it's on the tip of my tongue",
    "What's playing in the kitchen right now?",
    "Skip this one, I'm not in the mood for it",
    "Pause the podcast a minute, there's somebody at the door",
    "Next track in the living room please",
    "Turn off the kitchen light, I'm off up to bed now",
    "Play the album Discovery, our Rhys put it on my list",
    "Put shuffle on, love",
    "Repeat this song, I want to learn the words for the choir",
    "Set a timer for twenty minutes for the Welsh cakes",
    "What's the weather doing in Merthyr tomorrow? I've got washing to put out",
    "Add tea bags and Welsh butter to the shopping list",
    "Turn the heating up to twenty one, it's bitter out there",
    "What am I listening to right now? The name's gone clean out of my head",
    "Group the kitchen speaker with the one in the front room",
    "Play Radio Cymru, would you",
    "Stop the music, I've got the vicar coming",
    "Volume to four, please, my ears aren't what they were",
    "Play the newest episode of The Daily",
    "Who sings this? It's lovely",
    "Turn the repeat off, it's driving me round the bend",
    "Play something cheerful for a Friday teatime",
    "Set an alarm for seven, I've got the chiropodist in the morning",
    "Louder, cariad, louder, this is my song!",
    "Put on Bohemian Rhapsody in the kitchen, I'm in the mood for a sing",
    "Play some Daft Punk for the grandchildren, they're coming over now in a minute",
    "Carry on with the podcast where I left off",
    "What time is it in Patagonia? My cousin lives out there",
    "Turn the kitchen speaker off now, there's a love",
    "Skip forward thirty seconds in this episode, he's waffling",
    "Go back to the start of the song, I missed the first bit",
    "Dim the lights in the lounge to half",
    "Play Tom Jones, it's only right on a Friday",
    "Is it going to rain in Pontypridd tonight?",
    "Remind me to ring our Carys at eight",
    "Mute the kitchen speaker a minute, I'm on the phone to the bank",
    "Play some Max Boyce, I need a laugh",
    "Move the music from the kitchen to the bedroom",
    "How long's left on that timer?",
    "What album is this one from, the song that's on now?",
    "Play Air on shuffle, would you",
    "Play the Justice album Cross in the kitchen, nice and loud",
]
