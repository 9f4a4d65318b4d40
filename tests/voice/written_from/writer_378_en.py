"""Writer 378, a marketing manager who speaks in business buzzwords, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="quick deep dive, who's my top performing artist month to date",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="circling back on last week, which artist was my number one performer",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="give me my top 3 artists year to date, just the headline numbers",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="which band have I been totally obsessed with lately, like who's driving all the engagement",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="who was Ada's top artist last week, I need it for the team newsletter",
        family="top_artists",
        period="last_week",
        person="Ada",
    ),
    Fresh(
        text="in the kitchen, which artist gets the most airtime this year",
        family="top_artists",
        period="this_year",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="what's my top performing track of all time, the hero asset basically",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="name my five best performing songs in October",
        family="top_tracks",
        period="october",
        count=5,
    ),
    Fresh(
        text="song of the month for November, who's the winner",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="top tracks last summer, give me the leaderboard",
        family="top_tracks",
        period="last_summer",
    ),
    # top_albums
    Fresh(
        text="which album over-indexed in my listening this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="what's my flagship record since March, the album I played most",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="top two albums in twenty twenty five, go",
        family="top_albums",
        period="in_2025",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast has the highest engagement with me, all time",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="what podcast am I hooked on these days",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="my go-to show over the last thirty days, podcast wise, what is it",
        family="top_podcasts",
        period="last_30_days",
    ),
    # listening_time
    Fresh(
        text="how many hours of total listening did I clock last month, ballpark is fine",
        family="listening_time",
        period="last_month",
    ),
    Fresh(
        text="what's my time spent on music this week, as a KPI",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how many minutes of podcast consumption year to date",
        family="listening_time",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="for the YoY slide, total listening hours in 2025",
        family="listening_time",
        period="in_2025",
    ),
    # plays
    Fresh(
        text="how many streams did I rack up today, top line number please",
        family="plays",
        period="today",
    ),
    Fresh(
        text="total volume for the last seven days, how many songs did I push through",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="how many episodes did I get through in September",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="what's our total play count for last week, household level",
        family="plays",
        period="last_week",
        person="we",
    ),
    # artists_count
    Fresh(
        text="how many unique artists are in my portfolio, like in total",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="how broad was my artist reach this summer, how many different acts",
        family="artists_count",
        period="summer",
    ),
    Fresh(
        text="number of distinct artists since October",
        family="artists_count",
        period="since_october",
    ),
    # songs_count
    Fresh(
        text="how many different tracks have I touched this month",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="unique song count for last year, what's the number",
        family="songs_count",
        period="last_year",
    ),
    Fresh(
        text="how many distinct songs over the last three months, ballpark",
        family="songs_count",
        period="last_3_months",
    ),
    # play_count
    Fresh(
        text="how many times did One More Time get played this month, need the number",
        family="play_count",
        period="this_month",
        name="One More Time",
    ),
    Fresh(
        text="how much Queen have I had in rotation this year",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="play count on The Daily since Monday",
        family="play_count",
        period="since_monday",
        name="The Daily",
    ),
    Fresh(
        text="how often did I stream Radiohead last month",
        family="play_count",
        period="last_month",
        name="Radiohead",
    ),
    Fresh(
        text="Bohemian Rhapsody, how many plays has it generated in total",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    # did_i
    Fresh(
        text="did Justice get any airtime from me yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="quick sanity check, any Cafe Tacvba this week?",
        family="did_i",
        period="this_week",
        name="Café Tacvba",
    ),
    Fresh(
        text="did I engage with the Daily at all this morning",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="did Moon Safari make it into my listening last weekend",
        family="did_i",
        period="last_weekend",
        name="Moon Safari",
    ),
    Fresh(
        text="did I listen to any Wet Leg over the summer",
        family="did_i",
        period="summer",
        name="Wet Leg",
    ),
    # what_played
    Fresh(
        text="what was I listening to yesterday evening, high level",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did I listen to last Friday, just the key items",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="what tunes were in the mix this afternoon",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="what were we listening to on Saturday",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="what did I put on the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    # playing_at
    Fresh(
        text="what track was live at around ten to eight yesterday evening",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="what was playing at eight this morning, kickoff time",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="at five fifteen this afternoon, what was on in the kitchen",
        family="playing_at",
        moment="2026-11-20 17:15",
        room="kitchen",
    ),
    Fresh(
        text="what was on at 9 pm on Wednesday",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="what was running at noon yesterday",
        family="playing_at",
        moment="2026-11-19 12:00",
    ),
    # taste
    Fresh(
        text="how would you describe my music brand, like my sonic identity",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="give me the elevator pitch on my taste in music",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's my taste profile been lately, genre positioning wise",
        family="taste",
        period="lately",
    ),
    # peak
    Fresh(
        text="when are my peak listening hours, what time and what day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what's my prime time for music, like which hour and which weekday",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when do I typically tune in, time of day and day of week",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="any new artists onboarded to my rotation this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who are the fresh discoveries in my listening over the last 30 days",
        family="new_artists",
        period="last_30_days",
    ),
    Fresh(
        text="did I discover any new acts in August",
        family="new_artists",
        period="august",
    ),
    # skips
    Fresh(
        text="what's my skip rate, give me the KPI",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how often did I hit skip this week, what's the churn looking like",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="skip ratio last month, how bad is it",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="what's my repeat rate, how much am I recycling the same stuff",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how much replay value am I getting this year, like am I looping the same songs over and over",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="repeat rate over the past two weeks",
        family="repeat",
        period="last_2_weeks",
    ),
    # streak
    Fresh(
        text="what's my current listening streak, how many consecutive days",
        family="streak",
    ),
    Fresh(
        text="how many days in a row have I been listening, gotta keep the momentum going",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did Air first enter my funnel",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="when was the first time I played Digital Love",
        family="first_play",
        name="Digital Love",
    ),
    Fresh(
        text="when did I first listen to The Weeknd",
        family="first_play",
        name="The Weeknd",
    ),
    Fresh(
        text="first touchpoint with the Daily, when was that",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="when did I last engage with Cuatro Caminos",
        family="last_play",
        name="Cuatro Caminos",
    ),
    Fresh(
        text="last time I played Da Funk, when was that",
        family="last_play",
        name="Da Funk",
    ),
    Fresh(
        text="when did Queen last show up in my listening",
        family="last_play",
        name="Queen",
    ),
    # last_song
    Fresh(
        text="what was the last track I played, the most recent one",
        family="last_song",
    ),
    Fresh(
        text="last song I had on, what was it",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was my first track of the day today, the opener",
        family="first_today",
    ),
    Fresh(
        text="what did I kick off my day with, music wise",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song I played on Saturday",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="what did I open with yesterday, first track",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="first song on November 3rd",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="what was the closing track last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what did I wrap up with last Friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="last song I played the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="which song has the worst retention, the one I skip most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what's my most skipped track this year",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist underperforms the most, like who do I skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="most skipped artist last month",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="what's on heavy rotation for me these days",
        family="on_repeat",
    ),
    Fresh(
        text="which song can't I stop playing",
        family="on_repeat",
    ),
    Fresh(
        text="what's my current earworm, the track I keep replaying",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me the executive summary of my week, listening wise",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="run me through my October, key takeaways",
        family="recap",
        period="october",
    ),
    Fresh(
        text="year in review, let's deep dive",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="give me a rundown of my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="what were the highlights of last year listening wise, I need a YoY baseline",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="recap the last 7 days for me, bullet points",
        family="recap",
        period="last_7_days",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a morning or an evening listener, data-wise",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I consume more content in the afternoons or at night",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mornings versus evenings, where's my listening concentrated this month",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="do I over-index on weekends or weekdays for listening",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekday versus weekend split, where's the volume",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="last month, did we listen more on weekends than during the week",
        family="compare_week",
        period="last_month",
        person="we",
    ),
]

NEGATIVES = [
    "play Daft Punk in the kitchen, let's get the energy up",
    "crank the music up, we need more energy in here",
    "what song is this, it's a total vibe",
    "skip this track, it's not landing",
    "pause the podcast, I need to jump on a call",
    "next track in the living room",
    "kill the kitchen lights, we're done for the day",
    "play the album Discovery",
    "set a timer for 25 minutes, I'm time-boxing this sprint",
    "what's the weather looking like tomorrow for the offsite",
    "add oat milk to the shopping list",
    "set the thermostat to 21 degrees",
    "what am I listening to right now",
    "what's playing in the kitchen",
    "shuffle on, let's mix it up",
    "turn repeat mode off",
    "group the kitchen and living room speakers, we're hosting a team event",
    "volume to 40 percent",
    "play some focus music for deep work",
    "turn the music down a notch, I'm on a Zoom",
    "stop the music in the kitchen",
    "who sings this song",
    "play the latest episode of The Daily",
    "put this song on repeat",
    "add this track to my Q4 playlist",
    "like this song",
    "remind me to circle back with the agency at 3",
    "what's on my calendar tomorrow",
    "turn on the office lights",
    "play Justice on the kitchen speaker",
    "what's the volume on the kitchen speaker",
    "mute the living room",
    "play something upbeat, I need to hit my KPIs today",
    "skip forward 30 seconds in the podcast",
    "what album is this from",
    "play Don't Stop Me Now by Queen, it's Friday",
    "unpause the music",
    "set an alarm for 6:30 for the board meeting",
    "is it going to rain in Berlin tomorrow",
    "move the music to the bedroom speaker",
    "turn the heating up in the kitchen",
    "what's the name of this artist",
    "play the next episode",
    "start a radio station based on this song",
    "lower the bass on the kitchen speaker",
    "play my Monday motivation playlist",
]
