"""Writer 353, a lawyer dictating questions into phone speech-to-text with no punctuation, long run-on sentences and spoken numbers, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Okay so for my own records who was my most listened to artist last week and I mean the full week Monday through Sunday not just the last couple of days",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="I need to know who my number one artist is of all time as in since I first started using this thing",
        family="top_artists",
        period="all_time",
    ),
    Fresh(
        text="which band have I been completely obsessed with lately my secretary insists it's the French electronic guys but I would like that confirmed",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Give me my top three artists for October twenty twenty six please and thank you",
        family="top_artists",
        period="october",
        count=3,
    ),
    Fresh(
        text="In the kitchen who gets played the most artist wise and I'm asking about the kitchen speaker specifically",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="What would you say was my most played song so far this year and if there's a tie just tell me both of them",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="name my five most played tracks over the last thirty days in order starting with the top one",
        family="top_tracks",
        period="last_30_days",
        count=5,
    ),
    Fresh(
        text="What was my song of the summer this past summer the twenty twenty six one not the year before",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="Let the record reflect that I am asking which track I played the most last weekend",
        family="top_tracks",
        period="last_weekend",
    ),
    # top_albums
    Fresh(
        text="What album have I played the most overall in total across the entire history",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="which record have I had on the most since March and by record I mean the whole album not a single song",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="Quick question before my next call my top two albums for last year",
        family="top_albums",
        period="last_year",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="Which podcast have I been listening to the most this month I suspect I know the answer but humor me",
        family="top_podcasts",
        period="this_month",
    ),
    Fresh(
        text="what was my go to podcast in twenty twenty five I'm putting together a little list for the firm newsletter",
        family="top_podcasts",
        period="in_2025",
    ),
    Fresh(
        text="Podcast wise what show have I been hooked on these days",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="How many hours of music did I listen to this week and I would like that in hours and minutes if at all possible",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="total listening time yesterday including podcasts and everything else how long was I actually listening",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="How much time have I spent on podcasts over the last three months roughly is fine I don't need it to the minute",
        family="listening_time",
        period="last_3_months",
        content="podcasts",
    ),
    Fresh(
        text="Roughly how many hours did we have music going in the kitchen last month the household as a whole I mean",
        family="listening_time",
        period="last_month",
        content="music",
        room="kitchen",
        person="we",
    ),
    # plays
    Fresh(
        text="How many songs have I played so far today and don't count the podcast",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="what's the total number of plays for last week everything combined music and podcasts",
        family="plays",
        period="last_week",
    ),
    Fresh(
        text="How many podcast episodes did I get through in September",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="Number of tracks we played on Saturday the fourteenth I need the number for the household not just me",
        family="plays",
        period="saturday",
        content="music",
        person="we",
    ),
    # artists_count
    Fresh(
        text="How many different artists have I listened to this year so far a ballpark figure is fine",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="since October how many distinct artists have come through my speaker",
        family="artists_count",
        period="since_october",
    ),
    Fresh(
        text="In August how many different bands or artists did I listen to and I mean August of this year",
        family="artists_count",
        period="august",
    ),
    # songs_count
    Fresh(
        text="How many different songs did I listen to over the past two weeks not plays but separate individual songs",
        family="songs_count",
        period="last_2_weeks",
    ),
    Fresh(
        text="I would like a count of every unique track I have ever played",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="how many separate songs last summer that's the summer of twenty twenty five",
        family="songs_count",
        period="last_summer",
    ),
    # play_count
    Fresh(
        text="How many times did I play bohemian rhapsody this month I have a feeling the answer is embarrassing",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="okay next item how much Queen have I had on since March and I'm referring to the band as a whole not any one song",
        family="play_count",
        period="since_march",
        name="Queen",
    ),
    Fresh(
        text="How many episodes of the daily have I listened to this week because I feel like I'm behind on the news",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="How often did I play Radiohead last year I'm trying to settle an argument with opposing counsel",
        family="play_count",
        period="last_year",
        name="Radiohead",
    ),
    Fresh(
        text="number of times digital love was played in the last seven days that's the Daft Punk song in case there's any confusion",
        family="play_count",
        period="last_7_days",
        name="Digital Love",
    ),
    # did_i
    Fresh(
        text="Did I listen to any Justice yesterday evening after I got home from the office",
        family="did_i",
        period="yesterday_evening",
        name="Justice",
    ),
    Fresh(
        text="did I hear one more time by Daft Punk this morning while I was making coffee",
        family="did_i",
        period="this_morning",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="Have I listened to The Weeknd at all this year yes or no",
        family="did_i",
        period="this_year",
        name="The Weeknd",
    ),
    Fresh(
        text="Any Air in the last seven days and I mean the band Air not the air conditioning or anything like that",
        family="did_i",
        period="last_7_days",
        name="Air",
    ),
    Fresh(
        text="did we play cafe tacuba last weekend at all my husband swears we did and I swear we didn't so you be the judge",
        family="did_i",
        period="last_weekend",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="Did I put on dance by Justice at any point since Monday",
        family="did_i",
        period="since_monday",
        name="D.A.N.C.E. by Justice",
    ),
    # what_played
    Fresh(
        text="What was I listening to yesterday evening I can't for the life of me remember what was on while I was reviewing that contract",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did I play on November third that was the Tuesday I was in court all day",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="What music did I have on the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="Run me through what was on last Friday the thirteenth of all days",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="so what was I listening to this afternoon before I left for the deposition",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="What was on at quarter to eight last night there was a song I liked and I didn't catch the name",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="um what was playing at ten past eight this morning right around when I was looking for my car keys",
        family="playing_at",
        moment="2026-11-20 08:10",
    ),
    Fresh(
        text="Wednesday evening at about five past nine what song was playing I'd like the title and the artist please",
        family="playing_at",
        moment="2026-11-18 21:05",
    ),
    Fresh(
        text="What was I listening to at around a quarter past five this afternoon",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="at noon last Friday what was on in the kitchen",
        family="playing_at",
        moment="2026-11-13 12:00",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="How would you describe my taste in music if you had to summarize it for a jury",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what kind of music am I into based on what I actually play and not what I claim to like",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Characterize my musical taste for me in a sentence or two and be candid counsel I can take it",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="What time of day do I usually listen and which day of the week is the busiest one",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when am I typically listening what's my peak hour and what's my peak day I'm trying to understand my own habits here",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="On what days and at what hours do I tend to have music on generally speaking",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Did I discover any new artists this month or have I been stuck in the same rut as usual",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="which artists did I hear for the very first time this year as opposed to ones I already knew",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="Anyone new turn up in my listening in the last thirty days any artists I hadn't played before",
        family="new_artists",
        period="last_30_days",
    ),
    # skips
    Fresh(
        text="How often do I skip songs in general I have a bad habit of it I think",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's my skip rate this week expressed as a percentage ideally",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="Out of everything I played last month how many did I skip and how does that compare to the total",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="How much do I replay the same songs I'm told it's a sign of stress so let's hear it",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate so far this year meaning how often the same song comes back around",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="Do I listen to the same tracks over and over again or do I actually mix it up",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="How many days in a row have I listened to music now without a break",
        family="streak",
    ),
    Fresh(
        text="what's my current listening streak and please don't round up",
        family="streak",
    ),
    Fresh(
        text="How many consecutive days have I had something playing up to and including today",
        family="streak",
    ),
    # first_play
    Fresh(
        text="When did I first listen to Justice the French duo I mean not the concept",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when was the very first time I played sexy boy by Air",
        family="first_play",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="When did wet leg first show up in my history if ever",
        family="first_play",
        name="Wet Leg",
    ),
    Fresh(
        text="On what date did I first put on the album discovery",
        family="first_play",
        name="Discovery",
    ),
    # last_play
    Fresh(
        text="When did I last listen to Queen strike that I mean the band Queen not a specific song when was the last time",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="when was the last time I played da funk the old Daft Punk track from Homework",
        family="last_play",
        name="Da Funk",
    ),
    Fresh(
        text="When did I last hear an episode of the daily I think I've fallen behind",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="What was the last song I played I had it on before I got on this call and now I can't remember it",
        family="last_song",
    ),
    Fresh(
        text="the last track I listened to what was it just the title is fine",
        family="last_song",
    ),
    Fresh(
        text="Remind me what the most recent song I had on was I want to send it to a colleague",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="What was the first song I played today I was half asleep so I genuinely don't know",
        family="first_today",
    ),
    Fresh(
        text="so what did I wake up to",
        family="first_today",
    ),
    Fresh(
        text="First track of the day what was it I need it for a bet with my paralegal",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="What was the first song I played yesterday you know the very first one of the day",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did I start off with last Friday music wise",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="First song I played on November third twenty twenty six please",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="What song did I kick off this week with back on Monday morning",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="What was the last song I played last night before bed",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what did I end with on Saturday the last song of the day that is",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="Last track I played the day before yesterday which would be Wednesday if my math is right",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="Which song do I skip the most the one I apparently can't stand",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what's the track I always end up skipping there's one I'm pretty sure of but I'd like the evidence",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Song I skip most often just give me the one",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Which artist do I skip the most in terms of the whole artist not an individual song",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="whose songs do I skip most often I'm curious whose music I keep rejecting",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Which band gets skipped the most on my account",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="What song have I had on repeat lately I'm aware there is one but I'd like it on the record",
        family="on_repeat",
    ),
    Fresh(
        text="what's on heavy rotation these days for me personally",
        family="on_repeat",
    ),
    Fresh(
        text="Which song can't I stop playing my daughter says it's driving her crazy",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Give me a rundown of my listening whatever you've got",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how was my week in music in a nutshell",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Okay give me my year in review the whole thing highlights top artists everything",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Fill me in on how October went music wise I was on trial most of that month so I barely remember",
        family="recap",
        period="october",
    ),
    Fresh(
        text="how did last year go in terms of listening give me the summary for twenty twenty five",
        family="recap",
        period="last_year",
    ),
    # compare_day_parts
    Fresh(
        text="Am I more of a morning or an evening listener I'd have guessed evening but let's see",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more in the afternoons or at night generally speaking",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Do I play more music in the mornings than in the evenings or is it the other way round",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Do I listen more on weekdays or on weekends on balance",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="do I listen to more music at the weekend than during the week when I'm working",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Is my listening heavier Monday to Friday or on Saturdays and Sundays I'm genuinely curious",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Play Daft Punk in the kitchen",
    "play Daft Punk in the kitchen please I'm about to start cooking",
    "Turn the music down in the kitchen I'm on a call with a client",
    "turn the music up a little bit no more than that",
    "Pause the podcast I have opposing counsel on the other line",
    "resume the podcast from where I left off",
    "Skip this song",
    "skip this song it's far too upbeat for drafting a brief",
    "What song is this",
    "what song is this that's playing right now in the kitchen",
    "What's playing in the kitchen",
    "What am I listening to right now",
    "Who sings this song I'd like the artist name",
    "Next track",
    "next track in the living room please",
    "Go back to the previous song I missed the beginning",
    "Play the album Discovery",
    "play the album Cross by Justice from the beginning in the kitchen",
    "Play Bohemian Rhapsody",
    "play the latest episode of the daily",
    "Play some Queen while I review these exhibits",
    "Stop the music in the kitchen",
    "mute the kitchen speaker for the next few minutes",
    "Set the volume to four",
    "volume down to two in the kitchen",
    "Turn shuffle on",
    "turn off shuffle and play the album in order",
    "Put this song on repeat",
    "turn repeat mode off",
    "Group the kitchen speaker with the living room speaker",
    "ungroup the speakers and just play in the kitchen",
    "Turn off the kitchen light",
    "dim the kitchen lights to thirty percent",
    "Set a timer for forty five minutes",
    "set a timer for twelve minutes for the pasta",
    "What's the weather going to be like tomorrow in Berlin",
    "Add legal pads and printer toner to the shopping list",
    "add coffee beans to the shopping list",
    "Set the thermostat to twenty one degrees",
    "turn the heating up in the kitchen by two degrees",
    "Remind me at eight o'clock tomorrow morning to call the court clerk",
    "Play something relaxing in the kitchen I've had a long day in court",
    "Play Around the World by Daft Punk",
    "Play the news",
    "How long is left on the timer",
]
