"""Writer 174, grandparent (late seventies, rural Georgia), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Well hey there, I was wondering, who's the singer I've been playing the most this month? My grandson asked me at supper and I plumb didn't know what to tell him.",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Who would you reckon was my number one band last year, honey? I'm trying to put it in my Christmas letter to the cousins.",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="Now tell me, which group have I just been carrying on with lately? Seems like there's somebody I can't get enough of and I can't think of their name for the life of me.",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Out of everybody, who did we play the most in the kitchen last week? Me and Harold are having us a little disagreement about it.",
        family="top_artists",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Give me my top three artists since March, if you would be so kind.",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="Last summer, who'd I listen to more than anybody else? My sister says it was them Queen boys but I don't believe her.",
        family="top_artists",
        period="last_summer",
    ),
    # top_tracks
    Fresh(
        text="What's my most played song of all time? My daughter says I've about wore one plumb out.",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="I'd like to know my five most played songs this year, please. I'm fixing to make a little list for the church talent show.",
        family="top_tracks",
        period="this_year",
        count=5,
    ),
    Fresh(
        text="Which tune did I play the most back in September, sugar?",
        family="top_tracks",
        period="september",
    ),
    Fresh(
        text="Y'all remember what our song of the summer was? Me and Harold had one going in the kitchen from June clean through August.",
        family="top_tracks",
        period="summer",
        room="kitchen",
        person="we",
    ),
    # top_albums
    Fresh(
        text="Which record album have I played the most? The whole album I mean, not just the one song.",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="What album did I have on the most in October? I reckon it was that one with the moon in the name but I ain't sure.",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="Tell me my two most played albums over the last three months, please ma'am.",
        family="top_albums",
        period="last_3_months",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="Which one of them podcast programs do I listen to the most? I never can keep the names of those things straight.",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="My neighbor Loretta asked me what talk show podcast I've been hooked on lately and I just stood there, so which one is it?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="What was my top podcast last year, darlin'?",
        family="top_podcasts",
        period="last_year",
    ),
    # listening_time
    Fresh(
        text="How long have I had the music going today, all told? I've been parked in the kitchen most of the day with my hip acting up.",
        family="listening_time",
        period="today",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="Could you tell me how many hours I spent listening last week? The doctor says I ought to be up moving instead of sitting.",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="How much time have I spent on them podcasts this year? Mostly that news one, I expect.",
        family="listening_time",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="How many minutes of music did I listen to yesterday evening? I dozed off in my chair after supper and I couldn't tell you.",
        family="listening_time",
        period="yesterday_evening",
        content="music",
    ),
    Fresh(
        text="How long did we have music playing in August, the whole household I mean, with the grandbabies here and all?",
        family="listening_time",
        period="august",
        content="music",
        person="we",
    ),
    Fresh(
        text="How long did Ada listen since Monday? That's me, honey, my grandson set this contraption up under my name.",
        family="listening_time",
        period="since_monday",
        person="Ada",
    ),
    # plays
    Fresh(
        text="How many songs have I played so far today, sugar?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Now I'm just curious, how many things did I play in total this month, the songs and that podcast and everything together?",
        family="plays",
        period="this_month",
    ),
    Fresh(
        text="How many of them news episodes did I listen to in October?",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="How many songs did we play altogether on Saturday? We had the grandbabies over and they kept hollering for more.",
        family="plays",
        period="saturday",
        content="music",
        person="we",
    ),
    Fresh(
        text="Over the past seven days, how many tunes have I put on, would you know?",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    # artists_count
    Fresh(
        text="How many different singers and bands have I listened to this year? I'd like to think I keep up with the young folks.",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Just how many different artists have I played since October?",
        family="artists_count",
        period="since_october",
    ),
    Fresh(
        text="In all my days using this thing, how many different bands have I heard, all told?",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="How many different songs did I play last month? Not counting the same one over and over, mind you.",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="How many different tunes have I gone through in the last thirty days?",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="Would you know how many separate songs I listened to back in twenty twenty-five?",
        family="songs_count",
        period="in_2025",
    ),
    # play_count
    Fresh(
        text="How many times have I played that Bohemian Rhapsody this week? Harold swears it's a dozen and I say it ain't more than three.",
        family="play_count",
        period="this_week",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="How much Queen have I had on this year, honey?",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="How many times did I listen to The Daily last month? I like to keep up with the news but I do fall behind.",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    Fresh(
        text="How many times have I played Dolly Parton on here? I know I ought to have, she's from just up the road practically.",
        family="play_count",
        period="all_time",
        name="Dolly Parton",
    ),
    Fresh(
        text="That Sexy Boy song by Air, it's an awful name but my granddaughter likes it, how many times have I played it lately?",
        family="play_count",
        period="lately",
        name="Sexy Boy by Air",
    ),
    # did_i
    Fresh(
        text="Did I listen to any Daft Punk yesterday? My grandson put it on for me and I don't know if it took.",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="Did that Justice band come on at all over the weekend? The last one, I mean.",
        family="did_i",
        period="last_weekend",
        name="Justice",
    ),
    Fresh(
        text="Have I played any Johnny Cash this month? I surely thought I did.",
        family="did_i",
        period="this_month",
        name="Johnny Cash",
    ),
    Fresh(
        text="Did I hear Eres by that Café Tacvba group on November the third? It's a Spanish one, my neighbor Rosa told me about it.",
        family="did_i",
        period="november_3",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="Did we have The Daily on last Friday, do you know?",
        family="did_i",
        period="last_friday",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="Any of that Discovery album the day before yesterday? I had it in my head I did.",
        family="did_i",
        period="day_before_yesterday",
        name="Discovery",
    ),
    # what_played
    Fresh(
        text="What was I listening to yesterday evening? I had my supper and must've drifted off in the recliner.",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="What all did I play this morning, sugar?",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="Can you tell me what music I had on the day before yesterday? I'm trying to remember a song for my sister.",
        family="what_played",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="What did I have playing last night, before I went on to bed?",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="Run me through what I played this afternoon, if you don't mind.",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="What has Ada been listening to this week? That's me, sweetheart, they put it all under Ada.",
        family="what_played",
        period="this_week",
        person="Ada",
    ),
    Fresh(
        text="Fill me in on what I've been playing the past two weeks, I've been so forgetful here lately.",
        family="what_played",
        period="last_2_weeks",
    ),
    # playing_at
    Fresh(
        text="What was that song playing at quarter to eight last night? It was real pretty and I didn't catch the name of it.",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="What was on at half past eight this morning, when I was fixing breakfast?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Do you happen to know what was playing about five o'clock this afternoon?",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="What song was on yonder in the kitchen at noon on Wednesday? My mama used to sing something just like it.",
        family="playing_at",
        moment="2026-11-18 12:00",
        room="kitchen",
    ),
    Fresh(
        text="Last Saturday evening round about nine o'clock, what was it I had playing?",
        family="playing_at",
        moment="2026-11-14 21:00",
    ),
    # taste
    Fresh(
        text="What kind of music would you say I'm partial to? My granddaughter says I've got young taste for an old woman.",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="How would you describe my taste, honey? Be honest now, I won't take it personal.",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="What sort of music have I been into this year, would you say?",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="What time of day do I usually put music on? The doctor wants to know my routine.",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="When do I do most of my listening, what hour and what day of the week?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Which day of the week do I listen the most? I reckon it's Sunday after church but I could be wrong.",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Have I found any new singers lately? Somebody I'd never heard before?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Who did I hear for the first time this month, any new bands at all?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Which artists were brand new to me last year?",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(
        text="How often do I skip songs? I hit that button by accident an awful lot with these old fingers.",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="What's my skip rate this month, if that's the right word for it?",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="Do I skip a whole lot, would you say?",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="Do I play the same things over and over? Harold says I do and I say I don't, so you settle it for us.",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="How much have I been replaying the same old ones this month?",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="What's my repeat rate, honey, whatever that is? My grandson told me to ask you.",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="How many days in a row have I listened now? I'm trying to keep my streak going like my grandson does with his little game.",
        family="streak",
    ),
    Fresh(
        text="Have I listened every day straight? How many days running is that?",
        family="streak",
    ),
    Fresh(
        text="How long is my listening streak, sugar?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="When did I first listen to Justice? I don't even remember how they got on there.",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="When was the very first time I played Bohemian Rhapsody on this thing?",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="That Daily news program, when did I first hear it?",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="When did I first play Willie Nelson? I'd have thought it was the first thing I ever put on.",
        family="first_play",
        name="Willie Nelson",
    ),
    # last_play
    Fresh(
        text="When's the last time I played any Air? That French one, real dreamy.",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="When did I last listen to Don't Stop Me Now? I'm fixing to play it for my sister's birthday and I want to know if it's been a while.",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="When was the last time I had the album Discovery on?",
        family="last_play",
        name="Discovery",
    ),
    # last_song
    Fresh(
        text="What was the last song I played? I want to tell my daughter the name of it.",
        family="last_song",
    ),
    Fresh(
        text="What was the last thing I listened to on here, whatever it was?",
        family="last_song",
    ),
    Fresh(
        text="Remind me, what did I play last? The very last one.",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="What was the first song I played today? I was barely awake.",
        family="first_today",
    ),
    Fresh(
        text="What did I wake up to, honey? I had it on before my coffee.",
        family="first_today",
    ),
    Fresh(
        text="What'd I start my day off with today? The very first one.",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="What was the first song I played yesterday?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="What song did I start off with last Friday?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="What was the first thing I listened to on Saturday, before the grandbabies came?",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="Back in twenty twenty-five, what was the first song I ever played that year?",
        family="first_in",
        period="in_2025",
    ),
    # last_in
    Fresh(
        text="What did I end up finishing with last Friday?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="What was the last song I played yesterday, right before bed?",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="The day before yesterday, what was the last tune I put on?",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="What did I close out October with?",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="Which song do I skip the most? I reckon there's one I just can't abide.",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="What song do I skip past more than any other?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Which tune did I skip the most this year?",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="Which singer do I skip the most?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Is there one band I keep skipping more than the rest of them? I'd like to know so I can quit putting them on.",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Who's the artist I skipped the most last month?",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="What song have I got on repeat these days? It's stuck in my head something fierce.",
        family="on_repeat",
    ),
    Fresh(
        text="Which song can't I stop playing lately? Harold says he's about sick of it.",
        family="on_repeat",
    ),
    Fresh(
        text="What's the tune I keep going back to over and over these days, the one I can't quit?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Give me a rundown of my listening, would you?",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="How was my year in music? My grandson does one of them year-in-review things on his phone and I'd like one too.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Tell me how my week went, listening-wise.",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Fill me in on how October went for my listening, if you please.",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Give me a little review of how we did last month, the whole house.",
        family="recap",
        period="last_month",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="Do I listen more in the mornings or in the evenings? I always figured I was an early bird.",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Am I more of a morning listener or a night owl, would you say?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Afternoons or evenings, when do I play more? I can't keep it straight.",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Do I listen more on the weekends or during the week?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Is it Saturdays and Sundays when I play the most, or is it the weekdays? Mama always said Sunday was for the radio.",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Do I play more music on weekdays than on the weekend, do you reckon?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Honey, play some Daft Punk in the kitchen for me, would you?",
    "Turn the music up a little, I can't hear it over the dishwasher.",
    "What's playing in the kitchen right now?",
    "What song is this? It's real pretty.",
    "Skip this song, I don't care for it one bit.",
    "Pause that podcast, the phone's ringing.",
    "Next song in the living room, please.",
    "Turn off the kitchen light, I'm fixing to go on to bed.",
    "Play the album Discovery for me, sugar.",
    "Turn it down some, it's too loud for my old ears.",
    "Shuffle the songs, would you?",
    "Put this song on repeat, I just love it.",
    "Can you hook the kitchen speaker up with the one in the den so they both play?",
    "Set a timer for twenty-five minutes for my cornbread.",
    "What's the weather fixing to do tomorrow? I've got to drive to town.",
    "Add buttermilk to my shopping list, please.",
    "Turn the heat up to seventy-two, I'm cold as can be.",
    "What am I listening to right now?",
    "Play The Daily, that news program.",
    "Play some Queen in the kitchen, honey.",
    "Stop the music, the preacher's at the door.",
    "Volume to five, please ma'am.",
    "Play that Bohemian Rhapsody song for me.",
    "Who sings this song that's on now?",
    "Is it fixing to rain this afternoon? I've got wash on the line.",
    "Pick the podcast back up where I left off.",
    "Play some gospel music on the porch speaker.",
    "Turn that shuffle off, it gets me all confused.",
    "Go back to the song before this one.",
    "Louder, honey, I can't hear a thing.",
    "Play music in every room of the house.",
    "Turn on the kitchen lights, it's getting dark out yonder.",
    "Remind me to call my sister at four o'clock.",
    "Set an alarm for six in the morning.",
    "Play some Air on the kitchen speaker, something soft.",
    "Mute that speaker yonder in the den.",
    "How much longer is left on this song?",
    "What album is this song that's playing from?",
    "Play the next episode of The Daily.",
    "Play me something relaxing, I'm fixing to take a nap.",
    "Turn off the ceiling fan in the bedroom.",
    "Put coffee filters on the grocery list before I forget.",
    "Stop playing in the kitchen, y'all, it's suppertime.",
    "Play that Justice album Cross in the kitchen.",
    "Turn the thermostat down a couple of degrees, it's stuffy in here.",
]
