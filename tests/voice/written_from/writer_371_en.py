"""Writer 371, a precise, data-minded accountant who asks exactly (formal, qualifiers, 'strictly', 'to be precise'), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Strictly by play count, which artist ranks first for me this month?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="To be precise, who were my three most played artists in twenty twenty five?",
        family="top_artists",
        period="in_2025",
        count=3,
    ),
    Fresh(
        text="Which artist would you say I have been, for want of a better word, obsessed with lately?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="In the kitchen, which artist accounted for the largest share of plays last month?",
        family="top_artists",
        period="last_month",
        room="kitchen",
    ),
    Fresh(
        text="As a household, whom did we play the most last week? The artist, I mean.",
        family="top_artists",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="For comparison purposes, who was my top artist last summer, that is the summer of 2025?",
        family="top_artists",
        period="last_summer",
    ),
    # top_tracks
    Fresh(
        text="What was, strictly speaking, my most played song in October?",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="List my top five tracks of all time, please, in descending order.",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="Which single track have I played most often since the beginning of March?",
        family="top_tracks",
        period="since_march",
    ),
    Fresh(
        text="Song of the summer, for the record: which track led my plays this summer?",
        family="top_tracks",
        period="summer",
    ),
    # top_albums
    Fresh(
        text="Which album have I played the most, all told?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Kindly give me my two most played albums over the last three months.",
        family="top_albums",
        period="last_3_months",
        count=2,
    ),
    Fresh(
        text="The record, meaning the album, that I returned to most often in September, which was it?",
        family="top_albums",
        period="september",
    ),
    # top_podcasts
    Fresh(
        text="Which podcast do I play most, measured strictly by number of episodes?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Year to date, what is my leading podcast, to be precise?",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="Which show, if any, would you say I am hooked on at present?",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="What was my total listening time yesterday, in hours and minutes please?",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="How many minutes of music, precisely, did I have on this morning?",
        family="listening_time",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="In aggregate, how long did we spend on podcasts last month?",
        family="listening_time",
        period="last_month",
        content="podcasts",
        person="we",
    ),
    Fresh(
        text="Total hours of listening since Monday, to one decimal place if you would.",
        family="listening_time",
        period="since_monday",
    ),
    Fresh(
        text="How much time was spent listening in the kitchen last weekend, strictly Saturday and Sunday?",
        family="listening_time",
        period="last_weekend",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="How many songs have I played today, counting every individual play?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="What is the gross number of plays for the last seven days?",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="Podcast episodes played in August: how many, to be precise?",
        family="plays",
        period="august",
        content="podcasts",
    ),
    Fresh(
        text="Number of tracks played on Saturday, please. Just the figure, no commentary.",
        family="plays",
        period="saturday",
        content="music",
    ),
    Fresh(
        text="For Ada specifically, how many plays were logged last week?",
        family="plays",
        period="last_week",
        person="Ada",
    ),
    # artists_count
    Fresh(
        text="How many distinct artists have I listened to this year?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Strictly speaking, how many different artists came up in the last thirty days?",
        family="artists_count",
        period="last_30_days",
    ),
    Fresh(
        text="Count of unique artists across my entire history, if you please.",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="How many different songs did I play last week, duplicates excluded?",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="What is the number of unique tracks I have played since October?",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="Individual songs, not plays, mind you: how many did I get through yesterday evening?",
        family="songs_count",
        period="yesterday_evening",
    ),
    # play_count
    Fresh(
        text="How many times, exactly, have I played Bohemian Rhapsody this month?",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Precisely how often did Daft Punk come on over the past two weeks?",
        family="play_count",
        period="last_2_weeks",
        name="Daft Punk",
    ),
    Fresh(
        text="What is my play count for The Daily in twenty twenty five?",
        family="play_count",
        period="in_2025",
        name="The Daily",
    ),
    Fresh(
        text="Give me the exact number of plays for Digital Love. Lifetime total, that is.",
        family="play_count",
        period="all_time",
        name="Digital Love",
    ),
    Fresh(
        text="How many times did I play Radiohead last year, if at all? I suspect zero, but I should like it confirmed.",
        family="play_count",
        period="last_year",
        name="Radiohead",
    ),
    Fresh(
        text="The album Moon Safari, how many plays has it had since March, strictly?",
        family="play_count",
        period="since_march",
        name="Moon Safari",
    ),
    # did_i
    Fresh(
        text="Did I, at any point yesterday, listen to Justice?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Can you confirm whether Sexy Boy by Air was played this week?",
        family="did_i",
        period="this_week",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="Any Queen at all last Friday? A simple yes or no will suffice.",
        family="did_i",
        period="last_friday",
        name="Queen",
    ),
    Fresh(
        text="Was The Daily played on the third of November, strictly speaking?",
        family="did_i",
        period="november_3",
        name="The Daily",
    ),
    Fresh(
        text="Did I listen to any Wet Leg this summer? I want to rule it out.",
        family="did_i",
        period="summer",
        name="Wet Leg",
    ),
    Fresh(
        text="Eres, the Café Tacvba song, has that been on at all in the last three months?",
        family="did_i",
        period="last_3_months",
        name="Eres by Café Tacvba",
    ),
    # what_played
    Fresh(
        text="What exactly was I listening to yesterday evening?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Please itemise what I played the day before yesterday.",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="For the record, what did I have on this afternoon?",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Summarise, briefly, what was played last night.",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="What did we listen to on Saturday, in broad terms?",
        family="what_played",
        period="saturday",
        person="we",
    ),
    # playing_at
    Fresh(
        text="What was playing at quarter to eight yesterday evening, to be precise?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="At eight fifteen this morning, which track was on?",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="What was on at five past five this afternoon? Not roughly, at five past.",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="Last Friday at nine p.m. exactly, what was playing in the kitchen?",
        family="playing_at",
        moment="2026-11-13 21:00",
        room="kitchen",
    ),
    Fresh(
        text="What was playing at noon on the third of November?",
        family="playing_at",
        moment="2026-11-03 12:00",
    ),
    Fresh(
        text="Which track was on at ten past eight last night, strictly that minute?",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    # taste
    Fresh(
        text="How would you characterise my taste in music, based strictly on the data?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="What, in summary, does my listening say about my musical preferences this year?",
        family="taste",
        period="this_year",
    ),
    Fresh(
        text="Describe my taste, please. Concisely, and without flattery.",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="At what hour of the day do I typically listen, and which weekday is, on average, the busiest?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="When, statistically, am I most likely to be listening to music?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="My peak listening time, please. The usual hour and the usual day.",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Which artists, if any, did I hear for the first time this month?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Were there any new artists in my history in 2025? First appearances only, please.",
        family="new_artists",
        period="in_2025",
    ),
    Fresh(
        text="Have I discovered anyone new over the last thirty days, to be precise?",
        family="new_artists",
        period="last_30_days",
    ),
    # skips
    Fresh(
        text="What is my skip rate, expressed as a percentage?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="How often did I skip songs last week, relative to total plays?",
        family="skips",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="Strictly as a ratio, skips to plays, year to date.",
        family="skips",
        period="this_year",
    ),
    # repeat
    Fresh(
        text="What proportion of my plays are repeats of the same songs?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Since October, how much have I been replaying the same tracks, as a rate?",
        family="repeat",
        period="since_october",
    ),
    Fresh(
        text="Repeat rate for last month, please, to two decimal places.",
        family="repeat",
        period="last_month",
    ),
    # streak
    Fresh(
        text="How many consecutive days have I listened, as of today?",
        family="streak",
    ),
    Fresh(
        text="What is my current listening streak, in days, to be exact?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="On what date did I first play Genesis by Justice?",
        family="first_play",
        name="Genesis by Justice",
    ),
    Fresh(
        text="When, precisely, did Café Tacvba first appear in my listening history?",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="When did I first listen to The Weeknd, if ever? Earliest entry, please.",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="When was the last occasion on which I played Don't Stop Me Now?",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="The most recent date I listened to The Daily, please, with the time.",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Air, when did I last have them on, to be exact?",
        family="last_play",
        name="Air",
    ),
    # last_song
    Fresh(
        text="What was the very last song I played? Strictly the most recent entry.",
        family="last_song",
    ),
    Fresh(
        text="Remind me of the last track I listened to, would you.",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="What was the first song I played today, to be precise?",
        family="first_today",
    ),
    Fresh(
        text="Which track did I start the day with, the opening entry for today?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="What was the first song I played yesterday?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Which track opened my listening last Friday?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="First song played on the third of November, please, by timestamp.",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="Strictly the first track of this week, what was it?",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="What was the final song I played yesterday evening?",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="What did I close out last weekend with, to be exact? The last track.",
        family="last_in",
        period="last_weekend",
    ),
    Fresh(
        text="The last track of October, please, going by timestamp.",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="Which song do I skip most frequently?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Strictly by number of skips, which track ranks highest?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Which artist accounts for the most skips in my history?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Whose songs, I mean which artist's, do I skip the most, on the numbers?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Which song do I currently have on repeat?",
        family="on_repeat",
    ),
    Fresh(
        text="What is on heavy rotation at present, strictly song-wise?",
        family="on_repeat",
    ),
    Fresh(
        text="Which track, apparently, can I not stop playing these days?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Please give me a recap of my listening for this week.",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="A full review of my year in music, please, with the relevant figures.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Run me through last month, listening-wise, key numbers only.",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="Give me a rundown of my listening, if you would. The headline figures.",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="How did twenty twenty five go, in terms of listening, all things considered?",
        family="recap",
        period="in_2025",
    ),
    # compare_day_parts
    Fresh(
        text="Do I listen more in the mornings or in the evenings, strictly by minutes?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="On balance, am I more of a morning listener or an evening listener?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Mornings versus afternoons: which carries more of my listening this month?",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="Do I listen more on weekdays or at weekends?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Is my weekend listening, on average, higher than my weekday listening this year?",
        family="compare_week",
        period="this_year",
    ),
]

NEGATIVES = [
    "Play Discovery by Daft Punk in the kitchen, please.",
    "Turn the volume down to exactly thirty percent.",
    "Kindly pause the podcast.",
    "What song is this, precisely?",
    "Skip this track, please.",
    "Next track in the kitchen.",
    "Set a timer for twelve minutes, to the second.",
    "What is the weather forecast for Berlin tomorrow?",
    "Add printer paper and two box files to the shopping list.",
    "Set the thermostat to twenty point five degrees.",
    "What am I listening to right now, strictly at this moment?",
    "Turn off the kitchen light.",
    "Enable shuffle, please.",
    "Set repeat mode to repeat one track.",
    "Group the kitchen speaker with the living room speaker.",
    "Play the latest episode of The Daily.",
    "Resume the podcast, please.",
    "Who sings this song, to be exact?",
    "Increase the volume by precisely two steps.",
    "Play Bohemian Rhapsody by Queen in the kitchen.",
    "Stop the music in the kitchen at nine p.m. sharp.",
    "What's playing in the kitchen at the moment?",
    "Go back to the previous track.",
    "Play the album Moon Safari by Air from the first track.",
    "Mute the kitchen speaker.",
    "How much time is left on this track?",
    "Fast forward thirty seconds in this episode.",
    "Set an alarm for six forty-five on weekdays.",
    "What time is it, exactly?",
    "Remind me to file the VAT return on Monday at nine.",
    "Add the current song to my playlist called Ledger.",
    "Turn shuffle off. Strictly off, not paused.",
    "Play Cross by Justice in album order, not shuffled, please.",
    "Lower the bass on the kitchen speaker by one step.",
    "Play something calm in the kitchen whilst I do the accounts.",
    "Will it rain this afternoon, to be precise?",
    "Turn the heating down by one degree in the study.",
    "How many items are on my shopping list?",
    "Convert two hundred euros into pounds sterling.",
    "What is this album called?",
    "Play the next episode of The Daily at one point two times speed.",
    "Set the kitchen speaker volume to exactly twenty-five.",
    "Cancel the timer.",
    "Pause everything in the kitchen, please.",
    "Turn the music off at eleven, if you would.",
    "Repeat this song once more, please.",
]
