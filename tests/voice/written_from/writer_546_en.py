"""Writer 546, an 86-year-old retired Canadian dairy farmer from rural Ontario, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Well now, who's the fella I've had on the most this year, eh?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="say, machine, which band did I play the most last month",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="Excuse me. Could you tell me my top three singers of all time? Thank you kindly.",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="who've I been so taken with lately, seems like it's the same bunch every day",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Which group did we have on the most back in October, eh?",
        family="top_artists",
        period="october",
        person="we",
    ),
    Fresh(
        text="the last seven days now, who was it I listened to the most, what band",
        family="top_artists",
        period="last_7_days",
    ),
    # top_tracks
    Fresh(
        text="What song did I have on the most this month, now",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Now, my five most played songs since March, if you'd be so kind.",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="Which tune was it I played the most last summer, eh?",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="In the kitchen there, what song gets played the most?",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="What record have I played the most, eh? The whole record I mean, the album.",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="which album did I just about wear out in September",
        family="top_albums",
        period="september",
    ),
    Fresh(
        text="Could I get my top two albums for the year, please",
        family="top_albums",
        period="this_year",
        count=2,
    ),
    Fresh(
        text="over the past two weeks, the album I played most, which one is that",
        family="top_albums",
        period="last_2_weeks",
    ),
    # top_podcasts
    Fresh(
        text="What talk program do I listen to the most on the machine, the podcasts they call them",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="which of them podcast shows have I been hooked on lately",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="My granddaughter says I listen to podcasts now. Which one did I play the most in the last thirty days?",
        family="top_podcasts",
        period="last_30_days",
    ),
    # listening_time
    Fresh(
        text="How long did I have the music going in the kitchen today, eh?",
        family="listening_time",
        period="today",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="how many hours did that radio thing play for me last week",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="Now how much time did we spend listening to it over the weekend",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="How many minutes of podcasts did I listen to this week, roughly",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="How long was the radio thing on yesterday evening",
        family="listening_time",
        period="yesterday_evening",
    ),
    Fresh(
        text="How much did Ada listen this afternoon, in minutes I mean",
        family="listening_time",
        period="this_afternoon",
        person="Ada",
    ),
    # plays
    Fresh(
        text="How many songs did it play me yesterday?",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="how many things have I played on it since Monday, all together",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="How many of them podcast episodes did I play this year?",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="Seventeen, eighteen... I lost count, how many tunes have I had on since the first of the month",
        family="plays",
        period="this_month",
        content="music",
    ),
    # artists_count
    Fresh(
        text="How many different bands have I listened to this year, I wonder",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many different singers did it play for me in August",
        family="artists_count",
        period="august",
    ),
    Fresh(
        text="Altogether how many artists is that I've heard on the thing, different ones I mean",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="How many different songs did I hear over the last three months?",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="how many separate tunes have I played since October",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="Last year, how many different songs did we go through on it, eh",
        family="songs_count",
        period="last_year",
        person="we",
    ),
    # play_count
    Fresh(
        text="How many times have I played that Bohemian Rhapsody one this month?",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how often did Queen come on last week, eh",
        family="play_count",
        period="last_week",
        name="Queen",
    ),
    Fresh(
        text="Count up for me how many times I had The Daily on since October",
        family="play_count",
        period="since_october",
        name="The Daily",
    ),
    Fresh(
        text="How many times did I play Anne Murray this year",
        family="play_count",
        period="this_year",
        name="Anne Murray",
    ),
    Fresh(
        text="That One More Time song by the Daft Punk fellas, how many times have I played it altogether",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="the Cross album, by Justice, how many times did that get played in twenty twenty-five",
        family="play_count",
        period="in_2025",
        name="Cross",
    ),
    # did_i
    Fresh(
        text="Did I have Queen on at all yesterday, eh?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Have I heard that Justice bunch lately",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="Did the machine play me any Stompin' Tom Connors this summer",
        family="did_i",
        period="summer",
        name="Stompin' Tom Connors",
    ),
    Fresh(
        text="now did I listen to that Eres song, by the Cafe Tacuba ones, last month",
        family="did_i",
        period="last_month",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="did I play that Sexy Boy song, pardon the language, the day before yesterday",
        family="did_i",
        period="day_before_yesterday",
        name="Sexy Boy",
    ),
    # what_played
    Fresh(
        text="What all did I have on last evening, eh?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did the radio thing in the kitchen play for me this morning",
        family="what_played",
        period="this_morning",
        room="kitchen",
    ),
    Fresh(
        text="Tell me what I listened to on Saturday, would you",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="What music did I have going on November the third",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="What did we listen to last Friday",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    # playing_at
    Fresh(
        text="What was playing at dinner time on Wednesday, around noon",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="what was on last night about eight o'clock",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="This morning at half past eight, what was that playing, eh",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what song was going at quarter past five this afternoon",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="Tuesday night round about nine o'clock, what was on the radio thing",
        family="playing_at",
        moment="2026-11-17 21:00",
    ),
    # taste
    Fresh(
        text="What kind of music would you say I like, eh?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would you describe my taste in music, you'd know better than me I suppose",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="What sort of stuff have I been into this year, music-wise",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="What time of the day do I usually have the radio thing on?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="When do I listen the most, which day of the week and what hour would that be",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Which day do I play music the most, is it Sundays after church?",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="Any new singers this month that I never heard before?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="did I come across any new bands lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Who's new to me this year, bands I hadn't had on before",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="How often do I skip, eh, do I skip a lot?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how many did I skip this week",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="How much skipping did I do last month, I'm all thumbs with the buttons",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="Do I play the same songs over and over, or what?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how much have I been repeating songs this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="Am I listening to the same old things again and again lately, my daughter thinks so",
        family="repeat",
        period="lately",
    ),
    # streak
    Fresh(
        text="How many days in a row have I had the radio thing on now?",
        family="streak",
    ),
    Fresh(
        text="What's my streak, how many days straight have I been listening",
        family="streak",
    ),
    Fresh(
        text="have I listened every day, how many days running is that",
        family="streak",
    ),
    # first_play
    Fresh(
        text="When did I first hear that Bohemian Rhapsody on this thing",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="When was the first time the machine played me Air, that French outfit",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="When did I start listening to that Daily program",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="when did I first play Gordon Lightfoot on here",
        family="first_play",
        name="Gordon Lightfoot",
    ),
    # last_play
    Fresh(
        text="When's the last time I listened to Justice, eh",
        family="last_play",
        name="Justice",
    ),
    Fresh(
        text="last time I had Don't Stop Me Now on, when was that",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="When did I last put on the Discovery record",
        family="last_play",
        name="Discovery",
    ),
    Fresh(
        text="Digital Love, by the Daft Punk boys, when did I play that last",
        family="last_play",
        name="Digital Love by Daft Punk",
    ),
    # last_song
    Fresh(
        text="What was the last song it played me?",
        family="last_song",
    ),
    Fresh(
        text="the last tune I had on, what was it called again",
        family="last_song",
    ),
    Fresh(
        text="Can you tell me the name of the last song I listened to, please",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="What was the first song I put on today",
        family="first_today",
    ),
    Fresh(
        text="What did I start the day off with, the very first song",
        family="first_today",
    ),
    Fresh(
        text="first song of the day, what was it, I was still half asleep",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Yesterday, what was the very first song on",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="first tune I had on last Friday, what was that",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="What did I start off with on Saturday, first song",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="What was the last song I played last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="What did I finish up with on the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="the last thing I listened to in October, what was it",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="Which song do I skip the most?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Is there a song I always skip over, which one",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what's the tune I can't stand, the one I keep skipping",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Which band do I skip the most, eh",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who's the singer I keep skipping past",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="What artist gets skipped the most on the machine",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="What song have I got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="Which song can't I stop playing, the granddaughter says I've got one stuck",
        family="on_repeat",
    ),
    Fresh(
        text="what's the one I keep playing over and over right now",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="How'd my week go, music-wise?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Could you give me a little rundown of my listening, please",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Could you sum up October for me, the listening",
        family="recap",
        period="october",
    ),
    Fresh(
        text="how did last year go, music-wise, give me the summary",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="how was our summer for music, tell me",
        family="recap",
        period="summer",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="Do I listen more in the mornings or in the evenings?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Am I more of a morning listener or a night listener, eh",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mornings or afternoons, when do I have the music on more",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="Do I listen more on the weekends or during the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Is it more on the weekdays or on Saturdays and Sundays that I play the radio thing",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Weekends, do I have more music on then than on the weekdays, eh",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "turn the radio thing up a little, I can't hear it",
    "play some Anne Murray in the kitchen please",
    "could you put on the Queen music, eh",
    "stop the machine, that's enough now",
    "what's this song that's on right now",
    "who's singing this one",
    "skip this one please, I don't care for it",
    "next song",
    "pause that news program for a minute, the phone's ringing",
    "turn it down, turn it down, the dog's barking",
    "play the record Moon Safari",
    "put The Daily on for me",
    "what's the weather going to be tomorrow, are we getting snow",
    "set a timer for forty minutes for the pie",
    "add milk and bread to the shopping list",
    "turn the heat up to seventy-two, it's cold in here",
    "turn off the kitchen light please",
    "shuffle the songs, eh",
    "put this song on repeat",
    "make the kitchen speaker and the living room one play together",
    "what am I listening to right now",
    "louder please",
    "volume to five",
    "play some old-time fiddle music in the kitchen",
    "turn off the repeat, it keeps playing the same thing",
    "what time is it",
    "is it going to rain on the weekend",
    "play the Around the World song by Daft Punk",
    "go back to the song before",
    "turn on the lamp in the living room",
    "wake me up at five thirty",
    "put the hockey game on the radio",
    "what's the temperature outside",
    "stop playing music in the kitchen",
    "play CBC Radio One",
    "how long is left on the timer",
    "remind me to call the vet Monday",
    "put the podcast back on where I left off",
    "play something by Justice, eh",
    "mute it",
    "what's the name of this album that's playing now",
    "set the kitchen speaker to shuffle",
    "play the news",
    "turn the furnace down at bedtime",
]
