"""Writer 60, a British office manager who talks in work language, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Can I get a quick readout on my top artist, month to date?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Artist-wise, who have I been obsessed with lately?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top three artists for the last three months please, the quarter basically",
        family="top_artists",
        period="last_3_months",
        count=3,
    ),
    Fresh(
        text="In the kitchen, which band got the most airtime last year?",
        family="top_artists",
        period="last_year",
        room="kitchen",
    ),
    Fresh(
        text="Who was my number one act back in August?",
        family="top_artists",
        period="august",
    ),
    # top_tracks
    Fresh(
        text="What's my number one track YTD?",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="Give me my five most played songs of all time, in order",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="Quick one, song of the month for October?",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Which song did we have on most last week?",
        family="top_tracks",
        period="last_week",
        person="we",
    ),
    # top_albums
    Fresh(
        text="Which album have I been hammering since March?",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="top-line question, most played record this summer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="What would you say is my favourite album overall?",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="Which podcast have I been hooked on?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="What was my go-to podcast last month, out of interest?",
        family="top_podcasts",
        period="last_month",
    ),
    Fresh(
        text="most listened to podcast over the last thirty days",
        family="top_podcasts",
        period="last_30_days",
    ),
    # listening_time
    Fresh(
        text="How many hours of music have I clocked week to date?",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="Can I get the top-line number on total listening time for September",
        family="listening_time",
        period="september",
    ),
    Fresh(
        text="How long did I spend on podcasts last month, ballpark?",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="Roughly how much time did we spend listening yesterday?",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="How much music did Ada have on last night?",
        family="listening_time",
        period="last_night",
        content="music",
        person="Ada",
    ),
    # plays
    Fresh(
        text="How many tracks have I got through so far today?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Total number of plays since October, please",
        family="plays",
        period="since_october",
    ),
    Fresh(
        text="how many episodes have I listened to MTD",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="How many different artists have I listened to this year?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Breadth check: number of distinct artists over the last 30 days?",
        family="artists_count",
        period="last_30_days",
    ),
    Fresh(
        text="what's the headcount of different artists I played in twenty twenty five",
        family="artists_count",
        period="in_2025",
    ),
    # songs_count
    Fresh(
        text="How many unique songs did I play last week?",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="number of different tracks played in the kitchen since Monday",
        family="songs_count",
        period="since_monday",
        room="kitchen",
    ),
    # play_count
    Fresh(
        text="How many times have I played Bohemian Rhapsody this year?",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="How much Justice have I had on this month, roughly",
        family="play_count",
        period="this_month",
        name="Justice",
    ),
    Fresh(
        text="The Daily, how many times in the last seven days?",
        family="play_count",
        period="last_7_days",
        name="The Daily",
    ),
    Fresh(
        text="how many plays has Radiohead had all in",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="how many times did I play one more time by daft punk last month",
        family="play_count",
        period="last_month",
        name="One More Time by Daft Punk",
    ),
    # did_i
    Fresh(
        text="Did I listen to any Air last weekend?",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="Have I had Cafe Tacuba on at all since March?",
        family="did_i",
        period="since_march",
        name="Café Tacvba",
    ),
    Fresh(
        text="Digital Love yesterday, did that get a look in?",
        family="did_i",
        period="yesterday",
        name="Digital Love",
    ),
    Fresh(
        text="Did The Weeknd feature at all last month?",
        family="did_i",
        period="last_month",
        name="The Weeknd",
    ),
    Fresh(
        text="did we have The Daily on last Friday",
        family="did_i",
        period="last_friday",
        name="The Daily",
        person="we",
    ),
    # what_played
    Fresh(
        text="What was I listening to yesterday evening?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Run me through what I had on this morning",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="Fill me in on what got played on Saturday",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="What was on in the kitchen on the third of November?",
        family="what_played",
        period="november_3",
        room="kitchen",
    ),
    Fresh(
        text="What's Ada been listening to this afternoon?",
        family="what_played",
        period="this_afternoon",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="What was playing at quarter to eight last night?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="What was on at half eight this morning?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="which track was on at five past five this afternoon",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="Wednesday at nine in the evening, what did I have playing?",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="what was on at noon yesterday",
        family="playing_at",
        moment="2026-11-19 12:00",
    ),
    # taste
    Fresh(
        text="How would you sum up my taste, in a sentence?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Give me a profile of what kind of stuff I'm into",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="What does my taste look like this year, broadly speaking?",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="When do I typically listen, what hour and what day?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="What's my peak listening slot?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Which time of day and which day of the week am I usually on the speaker?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Have I discovered any new artists this month?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Any new names added to the mix over the last three months?",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="Which artists did I hear for the very first time last summer?",
        family="new_artists",
        period="last_summer",
    ),
    # skips
    Fresh(
        text="What's my skip rate?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="How often have I been skipping week to date?",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="Out of everything I played last month, how many did I skip?",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="What's my repeat rate looking like?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Since March, how much have I been replaying the same stuff?",
        family="repeat",
        period="since_march",
    ),
    Fresh(
        text="Am I a serial re-listener? Give me the repeat percentage YTD",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="How many days in a row have I listened now?",
        family="streak",
    ),
    Fresh(
        text="What's my current listening streak standing at?",
        family="streak",
    ),
    Fresh(
        text="how many consecutive days have I had something on the go",
        family="streak",
    ),
    # first_play
    Fresh(
        text="When did I first listen to Justice?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="When did Sexy Boy first show up in my history?",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="date I first played Wet Leg, if you've got it",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="When did I last have Queen on?",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="When was the last time I played the album Moon Safari?",
        family="last_play",
        name="Moon Safari",
    ),
    Fresh(
        text="last time I listened to don't stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    # last_song
    Fresh(
        text="What's the last song I played?",
        family="last_song",
    ),
    Fresh(
        text="Remind me, what was the most recent track I listened to",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="What did I start the day with, tune-wise?",
        family="first_today",
    ),
    Fresh(
        text="very first song I put on today, what was it",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="What was the first song I played yesterday?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Which track did I kick off last week with?",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="First track of the month, what was it?",
        family="first_in",
        period="this_month",
    ),
    # last_in
    Fresh(
        text="What was the final track I played last Friday?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Which song closed out yesterday evening?",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did I finish on the day before yesterday, last song of the day",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="Which song do I skip the most?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Which track gets binned most often this year?",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="Which artist do I skip most?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="In October, whose tracks was I skipping the most, artist-wise?",
        family="most_skipped_artist",
        period="october",
    ),
    # on_repeat
    Fresh(
        text="Which song have I got on repeat these days?",
        family="on_repeat",
    ),
    Fresh(
        text="What's the tune I can't stop playing at the minute?",
        family="on_repeat",
    ),
    Fresh(
        text="what's my current earworm, the song I keep going back to",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Can I get a rundown of my week?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Give me the year in review, top-line numbers only",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="deep dive into my listening for last month please",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="Quick recap of last summer, how did it go overall?",
        family="recap",
        period="last_summer",
    ),
    Fresh(
        text="Over the past two weeks, how's my listening been overall? Give me the summary",
        family="recap",
        period="last_2_weeks",
    ),
    # compare_day_parts
    Fresh(
        text="Am I more of a morning or an evening listener?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Do I listen more in the afternoons or at night?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Mornings versus evenings, where does most of my listening happen this month?",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="Do I listen more at weekends or on weekdays?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Weekday versus weekend split for this year, please",
        family="compare_week",
        period="this_year",
    ),
    Fresh(
        text="is my listening heavier Monday to Friday or at the weekend",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Play Daft Punk in the kitchen, please",
    "Can you pop The Daily on in the kitchen",
    "Turn the music up a notch",
    "Knock the volume down to about thirty percent",
    "What's this track called?",
    "Who's the artist on at the moment?",
    "What am I listening to right now?",
    "Skip this one, please",
    "Next track",
    "Pause the podcast, I've got a call coming in",
    "Resume the podcast where I left off",
    "Put the album Discovery on",
    "Shuffle on, please",
    "Turn repeat mode off",
    "Put this song on repeat",
    "Group the kitchen speaker with the living room",
    "Ungroup the speakers, would you",
    "Turn off the kitchen light",
    "Dim the lights in the kitchen to fifty percent",
    "Set a timer for twenty five minutes",
    "Remind me to circle back with finance at three",
    "What's the weather looking like tomorrow morning?",
    "Will I need a brolly today?",
    "Add oat milk to the shopping list",
    "Set the thermostat to twenty one degrees",
    "Play some focus music in the study whilst I work",
    "Play Bohemian Rhapsody",
    "Play the latest episode of The Daily",
    "Stop the music in the kitchen",
    "Mute the kitchen speaker for a sec",
    "Play something upbeat for the commute",
    "Go back to the previous song",
    "Like this song",
    "Add this track to my workday playlist",
    "What's in my calendar for Monday?",
    "Move the music over to the kitchen speaker",
    "Fast forward thirty seconds",
    "Turn the bass down a touch",
    "How long is left on this episode?",
    "Wake me up at half six with some music",
    "Play Queen on the kitchen speaker, low volume",
    "Set an alarm for quarter to seven",
    "Read me the headlines",
    "Stop playing after this song",
    "Turn the heating down in the kitchen",
]
