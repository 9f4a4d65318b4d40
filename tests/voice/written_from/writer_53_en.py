"""Writer 53, a music nerd and British ex-club-DJ who talks in music jargon, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="who's been my most spun act this month, artist-wise?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="my number one act of twenty twenty five, who was it",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="top three artists since October, go on",
        family="top_artists",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="which act have I been properly obsessed with lately?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen, which artist got the most spins last week",
        family="top_artists",
        period="last_week",
        room="kitchen",
    ),
    Fresh(
        text="who did we have on the most last month, band-wise",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="what's my most spun cut this year",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="name my five biggest bangers of all time",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="track of the summer, what was it for me",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="which tune did I absolutely rinse in September?",
        family="top_tracks",
        period="september",
    ),
    Fresh(
        text="what's Ada's most played song over the last thirty days",
        family="top_tracks",
        period="last_30_days",
        person="Ada",
    ),
    # top_albums
    Fresh(
        text="which long-player got the most spins this month",
        family="top_albums",
        period="this_month",
    ),
    Fresh(
        text="what was my LP of the year last year?",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="top two records of all time, albums I mean, not singles",
        family="top_albums",
        period="all_time",
        count=2,
    ),
    Fresh(
        text="what album have I been hammering lately",
        family="top_albums",
        period="lately",
    ),
    # top_podcasts
    Fresh(
        text="which podcast did I have on most in October",
        family="top_podcasts",
        period="october",
    ),
    Fresh(
        text="what's my go-to show this year, podcast-wise",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="most played podcast ever, which one is it",
        family="top_podcasts",
        period="all_time",
    ),
    # listening_time
    Fresh(
        text="how many hours of music have I had on this week",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how long was I listening for yesterday evening",
        family="listening_time",
        period="yesterday_evening",
    ),
    Fresh(
        text="how long did the tunes run for last weekend, roughly",
        family="listening_time",
        period="last_weekend",
        content="music",
    ),
    Fresh(
        text="how many minutes of podcasts have I got through since Monday",
        family="listening_time",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="how much listening did we clock up in August, in hours",
        family="listening_time",
        period="august",
        person="we",
    ),
    Fresh(
        text="how long was the kitchen speaker going today, total listening time",
        family="listening_time",
        period="today",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="how many tracks have I spun today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="total number of plays last month?",
        family="plays",
        period="last_month",
    ),
    Fresh(
        text="how many episodes did I get through in the last seven days",
        family="plays",
        period="last_7_days",
        content="podcasts",
    ),
    Fresh(
        text="number of streams so far this year, ballpark figure",
        family="plays",
        period="this_year",
    ),
    # artists_count
    Fresh(
        text="how many different acts have I played this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many separate artists did I get through last summer",
        family="artists_count",
        period="last_summer",
    ),
    Fresh(
        text="count of distinct artists in my whole history, all in",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different tracks did I spin last week",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="since March, how many unique songs have I had on",
        family="songs_count",
        period="since_march",
    ),
    Fresh(
        text="how many different cuts have I played in total",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many spins has Bohemian Rhapsody had this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Justice have I had on the decks this month",
        family="play_count",
        period="this_month",
        name="Justice",
    ),
    Fresh(
        text="number of times I've played Digital Love, ever",
        family="play_count",
        period="all_time",
        name="Digital Love",
    ),
    Fresh(
        text="how often did The Daily get a play last week",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="how many times has Radiohead been on this year",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="Discovery, the Daft Punk LP on Virgin, how many plays has it had in the last three months",
        family="play_count",
        period="last_3_months",
        name="Discovery",
    ),
    # did_i
    Fresh(
        text="did any Air make it onto the decks yesterday",
        family="did_i",
        period="yesterday",
        name="Air",
    ),
    Fresh(
        text="spun any Queen this week?",
        family="did_i",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="did I play Eres by Café Tacvba last month",
        family="did_i",
        period="last_month",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="had Sexy Boy on at all since October?",
        family="did_i",
        period="since_october",
        name="Sexy Boy",
    ),
    Fresh(
        text="did I listen to any Aphex Twin last year",
        family="did_i",
        period="last_year",
        name="Aphex Twin",
    ),
    Fresh(
        text="The Daily, did I catch an episode this morning?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="did we have any Daft Punk on last weekend",
        family="did_i",
        period="last_weekend",
        name="Daft Punk",
        person="we",
    ),
    # what_played
    Fresh(
        text="what was I spinning yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="run me through what I had on this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what was in the mix on Saturday?",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="what did we have on the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="what got played on November the third",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what's Ada been listening to lately, give me the gist",
        family="what_played",
        period="lately",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="what was spinning at about ten to eight last night",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="which tune was on at eight o'clock this morning",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="at twelve noon on Wednesday, what was playing",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="what was on around five past five today",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="what cut was playing at nine pm last Friday",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    # taste
    Fresh(
        text="how would you sum up my taste, genre-wise",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what sort of sound am I into, be honest",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe my taste this year, what's the vibe",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time of day do I usually have the tunes on",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when's my prime time for listening, hour and day of the week",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="any new acts turn up in my rotation this month?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who did I discover in the last thirty days, first-timers only",
        family="new_artists",
        period="last_30_days",
    ),
    Fresh(
        text="which artists were brand new to me in twenty twenty five",
        family="new_artists",
        period="in_2025",
    ),
    # skips
    Fresh(
        text="what's my skip rate like",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how often was I skipping tracks last week",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="how many tunes did I skip this month, out of everything I played",
        family="skips",
        period="this_month",
    ),
    # repeat
    Fresh(
        text="how much do I replay the same tracks, as a repeat rate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate been since October",
        family="repeat",
        period="since_october",
    ),
    # streak
    Fresh(
        text="how many days on the trot have I been listening",
        family="streak",
    ),
    Fresh(
        text="what's my listening streak at right now, days in a row",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first spin Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="first ever play of Around the World, when was that",
        family="first_play",
        name="Around the World",
    ),
    Fresh(
        text="when did Wet Leg first turn up in my history",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when did I last spin La femme d'argent",
        family="last_play",
        name="La femme d'argent",
    ),
    Fresh(
        text="last time The Daily was on, when was it",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when was Queen last in the mix",
        family="last_play",
        name="Queen",
    ),
    # last_song
    Fresh(
        text="what was the last track I spun",
        family="last_song",
    ),
    Fresh(
        text="what's the most recent tune I put on",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what did I open the day with, first track",
        family="first_today",
    ),
    Fresh(
        text="first cut of the day today, what was it",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was my opener last Friday, first track I played",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first track I played yesterday?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what was the first tune I spun this week",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="what was my closer last night, the final track",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last track I played on Saturday",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="what song did I finish October on",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="which track do I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what's the cut I always bin off halfway through",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which act do I skip most often",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="whose tracks am I forever skipping, which artist",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what's in heavy rotation for me at the minute",
        family="on_repeat",
    ),
    Fresh(
        text="which track can't I stop playing these days",
        family="on_repeat",
    ),
    Fresh(
        text="what tune have I got on repeat lately",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me the rundown of my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="year in review please, twenty twenty five",
        family="recap",
        period="in_2025",
    ),
    Fresh(
        text="how did October go, listening-wise, the full picture",
        family="recap",
        period="october",
    ),
    Fresh(
        text="fill me in on my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="recap of last month for us, the whole household",
        family="recap",
        period="last_month",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a morning listener or a late-night one",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I play more in the afternoons or the evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do I spin more at weekends or during the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays versus weekends, when do I listen more",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "stick the Daft Punk LP on in the kitchen",
    "put Discovery on from the top",
    "whack the volume up a notch",
    "skip this cut",
    "next track please",
    "what's this tune called",
    "who's this on the speaker right now",
    "pause The Daily",
    "resume the podcast",
    "shuffle Justice in the kitchen",
    "turn repeat on for this track",
    "set the kitchen speaker to forty percent",
    "group the kitchen and living room speakers",
    "turn the bass down a touch",
    "drop the volume in the kitchen",
    "play Cross by Justice, the Ed Banger LP",
    "play some Queen",
    "queue up Digital Love after this one",
    "add Bohemian Rhapsody to the queue",
    "stop the music",
    "set a timer for twelve minutes",
    "what's the weather doing tomorrow",
    "add oat milk to the shopping list",
    "turn the heating up to twenty one",
    "kitchen lights off",
    "dim the lounge lights to thirty percent",
    "what am I listening to right now",
    "what's playing in the kitchen at the moment",
    "go back to the previous track",
    "rewind thirty seconds",
    "skip ahead a bit in this episode",
    "play the latest episode of The Daily",
    "turn shuffle off",
    "play Moon Safari on the kitchen speaker",
    "like this song",
    "louder",
    "set the crossfade to five seconds",
    "is it going to rain on Sunday",
    "play something upbeat in the kitchen",
    "remind me to buy record sleeves at six",
    "who sings this",
    "bring the kitchen music down a touch",
    "move the music to the bedroom speaker",
    "play the album Homework",
]
