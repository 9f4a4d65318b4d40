"""Writer 201, indirect hinting asker (Philippine English), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="I wonder who's my number one artist this year po",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="been meaning to find out which band I'm so obsessed with lately, I have a feeling it's just one band talaga",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in the kitchen, I'd love to know who got played the most there last month",
        family="top_artists",
        period="last_month",
        room="kitchen",
    ),
    Fresh(
        text="no idea who our most played artist was last week, just curious lang",
        family="top_artists",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="hmm my top 3 artists since March, I'm curious who they are already",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="ano kaya, who did I listen to the most over the past two weeks, I wonder",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="I'd love to know what's my song of the month po",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="curious what my five most played songs were in twenty twenty five",
        family="top_tracks",
        period="in_2025",
        count=5,
    ),
    Fresh(
        text="I wonder what my favourite song was this summer, the one I played the most",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="was thinking earlier, what could be Ada's most played track in October",
        family="top_tracks",
        period="october",
        person="Ada",
    ),
    Fresh(
        text="the song I played most in August, I can't remember na, sana you know",
        family="top_tracks",
        period="august",
    ),
    # top_albums
    Fresh(
        text="I'm curious which album I've been playing the most since October",
        family="top_albums",
        period="since_october",
    ),
    Fresh(
        text="been wondering what record I had on the most last summer po",
        family="top_albums",
        period="last_summer",
    ),
    Fresh(
        text="out of curiosity lang, what are my top two albums of all time",
        family="top_albums",
        period="all_time",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="no idea what podcast I'm hooked on these days haha",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="I'd like to know which show I listened to most this year, the podcast ha, not the music",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="just wondering what was our go-to podcast last month",
        family="top_podcasts",
        period="last_month",
        person="we",
    ),
    # listening_time
    Fresh(
        text="no idea how many hours of music I had on this week already",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="I wonder how long I was listening yesterday, parang the whole evening",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="been meaning to find out how much time I spent on podcasts in the last 30 days",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="grabe, I'm curious how many hours we listened last weekend",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="the past seven days po, I'd love to know how many minutes I listened in total",
        family="listening_time",
        period="last_7_days",
    ),
    # plays
    Fresh(
        text="I wonder how many tracks I've played since Monday, feels like a lot already",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="no idea how many episodes I've played this month",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="I'd love to know how many plays I have in total, like ever since",
        family="plays",
        period="all_time",
    ),
    Fresh(
        text="curious lang how many songs were played in the kitchen on Saturday",
        family="plays",
        period="saturday",
        content="music",
        room="kitchen",
    ),
    # artists_count
    Fresh(
        text="I wonder how many different artists I've listened to this year po",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="no idea how many artists I went through last month, maybe a few lang",
        family="artists_count",
        period="last_month",
    ),
    Fresh(
        text="been curious how many different singers and bands I've heard ever",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="I wonder how many different songs I played in the last three months po",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="curious how many unique tracks I listened to last week",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="how many different songs did we have on in October, I'd love to know",
        family="songs_count",
        period="october",
        person="we",
    ),
    # play_count
    Fresh(
        text="I wonder how many times I played bohemian rhapsody this month, I think it's a lot already",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="curious how many times that one more time by daft punk got played since october",
        family="play_count",
        period="since_october",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="been meaning to ask how often I listened to The Daily last month",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    Fresh(
        text="no idea how much The Weeknd I've played this year",
        family="play_count",
        period="this_year",
        name="The Weeknd",
    ),
    Fresh(
        text="Justice in September, I'd love to know how many times I played them",
        family="play_count",
        period="september",
        name="Justice",
    ),
    # did_i
    Fresh(
        text="I wonder if I listened to any Air yesterday po",
        family="did_i",
        period="yesterday",
        name="Air",
    ),
    Fresh(
        text="was there cafe tacuba last weekend? just wondering",
        family="did_i",
        period="last_weekend",
        name="Café Tacvba",
    ),
    Fresh(
        text="not sure if I played dance by justice already this week",
        family="did_i",
        period="this_week",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="I wonder whether I ever listened to ben and ben here",
        family="did_i",
        period="all_time",
        name="Ben&Ben",
    ),
    Fresh(
        text="just curious if we played don't stop me now on Saturday",
        family="did_i",
        period="saturday",
        name="Don't Stop Me Now",
        person="we",
    ),
    Fresh(
        text="I wonder whether I had The Daily on this morning, I can't remember na",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    # what_played
    Fresh(
        text="I'd love to know what I was listening to yesterday evening po",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="wondering what played the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="no idea anymore what music I had on last Friday",
        family="what_played",
        period="last_friday",
        content="music",
    ),
    Fresh(
        text="curious what I listened to this afternoon, I was busy cooking kasi",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="I forgot already what I played on November 3, sana you can remind me",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="last night ha, I wonder what was playing while I was washing the dishes",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="there was a song past 8 last night, around 8:10, I'd love to know what it was",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="I'm curious what was on this morning at quarter past eight",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="what was that playing kanina at 5:15 in the afternoon, I wonder",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="been wondering what was on last Saturday at 12 noon",
        family="playing_at",
        moment="2026-11-14 12:00",
    ),
    Fresh(
        text="I'd love to know what was playing on Wednesday night at nine po",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="last Friday at 8 in the morning, no idea what was on that time",
        family="playing_at",
        moment="2026-11-13 08:00",
    ),
    # taste
    Fresh(
        text="I wonder what kind of music I'm really into po",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="I'd love to know how you'd describe my taste, like what type of listener I am",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="curious what my music taste has been like this year",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="I wonder what time of day I usually listen po",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="no idea which day of the week I listen the most, and what hour also",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="been curious when's my usual time for music, like my peak hour",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="I wonder if I discovered any new artists this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="curious who's new to me lately, like artists I only heard for the first time",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="I'd love to know which artists were new to me in 2025",
        family="new_artists",
        period="in_2025",
    ),
    # skips
    Fresh(
        text="I have a feeling I skip a lot, I wonder what my skip rate is",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="no idea how often I skipped songs last month",
        family="skips",
        period="last_month",
        content="music",
    ),
    Fresh(
        text="I'm curious how many I skipped this week already out of everything I played",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="I wonder how much I replay the same stuff po, like my repeat rate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="been meaning to find out if I keep playing the same ones over and over this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="my repeat rate last month, I'd love to know how high it was",
        family="repeat",
        period="last_month",
    ),
    # streak
    Fresh(
        text="I wonder how many days in a row I've been listening already",
        family="streak",
    ),
    Fresh(
        text="curious if my streak is still going, how many straight days na",
        family="streak",
    ),
    Fresh(
        text="no idea how long my listening streak is po",
        family="streak",
    ),
    # first_play
    Fresh(
        text="I wonder when I first heard Justice, like when they first showed up",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="curious when I played la femme d'argent for the very first time",
        family="first_play",
        name="La femme d'argent",
    ),
    Fresh(
        text="been meaning to find out when Radiohead first came up in my history",
        family="first_play",
        name="Radiohead",
    ),
    Fresh(
        text="I'd love to know when I first listened to the album Moon Safari",
        family="first_play",
        name="Moon Safari",
    ),
    # last_play
    Fresh(
        text="I wonder when was the last time I played Sexy Boy by Air",
        family="last_play",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="no idea when I last listened to Queen already, it's been a while I think",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="curious when I last had The Daily on",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="eres by cafe tacvba, been wondering when's the last time that was played",
        family="last_play",
        name="Eres by Café Tacvba",
    ),
    # last_song
    Fresh(
        text="I wonder what the last song I played was po",
        family="last_song",
    ),
    Fresh(
        text="I forgot already what I was last listening to, the last track",
        family="last_song",
    ),
    Fresh(
        text="I'd love to know which song I played last, the most recent one",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="I wonder what song I woke up to today po",
        family="first_today",
    ),
    Fresh(
        text="curious what was the very first song today",
        family="first_today",
    ),
    Fresh(
        text="no idea what I started the day with, the first song today I mean",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="I wonder what was the first song I played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="curious what I opened with last Saturday, the first song",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="I'd love to know what the first track of this month was",
        family="first_in",
        period="this_month",
    ),
    Fresh(
        text="been wondering what my first song this year was, back in January",
        family="first_in",
        period="this_year",
    ),
    # last_in
    Fresh(
        text="I wonder what the last song was on the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="curious what I last played yesterday evening before I slept",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="no idea what was the last song last month",
        family="last_in",
        period="last_month",
    ),
    Fresh(
        text="I'd love to know what we closed October with, the last song",
        family="last_in",
        period="october",
        person="we",
    ),
    # most_skipped
    Fresh(
        text="I wonder which song I always skip",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="curious what track I skip the most po",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="which song I skipped the most this year, I wonder",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="I wonder which artist I skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="no idea who I keep skipping, like what singer or band",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="curious whose songs I skipped the most last month",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="I wonder what song I have on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="I'd love to know which song I can't stop playing, I think I'm obsessed already",
        family="on_repeat",
    ),
    Fresh(
        text="been meaning to find out my LSS song, you know, the one I keep playing",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="I'd love a rundown of my listening po",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="I wonder how my year in music went",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="curious how was my week, listening-wise",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how did our last week go, just wondering, like a quick review",
        family="recap",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="sana you can fill me in on how last year went, a recap of my listening",
        family="recap",
        period="last_year",
    ),
    # compare_day_parts
    Fresh(
        text="I wonder if I'm more of a morning or evening listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="curious if I listen more in the afternoon or at night po",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="no idea if I play more music in the mornings than evenings this month",
        family="compare_day_parts",
        period="this_month",
        content="music",
    ),
    # compare_week
    Fresh(
        text="I wonder if I listen more on weekends or weekdays",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="curious if I play more music during the week than on Saturdays and Sundays",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="been meaning to find out if weekends are when I listen most compared to weekdays, since March",
        family="compare_week",
        period="since_march",
    ),
]

NEGATIVES = [
    "pls open the light in the kitchen po",
    "close the light na, I'm going to sleep already",
    "can you play Daft Punk in the kitchen",
    "I'd love to know what song this is",
    "maybe lower the volume a bit po",
    "skip this one na",
    "pause the podcast muna, I'll be right back",
    "next track please",
    "open the aircon in the bedroom",
    "set a timer for 15 minutes for the rice",
    "I wonder if it's gonna rain later",
    "add calamansi to the shopping list",
    "play the album Discovery po",
    "shuffle Queen",
    "turn on repeat for this song",
    "group the kitchen and living room speakers",
    "I wonder what's playing right now",
    "I'd like to hear the newest episode of The Daily",
    "louder po, I can't hear it",
    "set the thermostat to 22",
    "I wonder what the temperature is outside",
    "remind me to buy load at 6",
    "play some OPM in the sala",
    "who sings this song po",
    "stop the music already",
    "resume the podcast",
    "turn off the speaker in the kitchen",
    "play Bohemian Rhapsody",
    "put on something relaxing naman",
    "I'd love some Air right now, play Moon Safari",
    "volume 5 lang",
    "what's the name of this track playing, I wonder",
    "turn the music down, the baby is sleeping",
    "play the latest The Daily in the kitchen",
    "how long left on the timer",
    "set an alarm for 5 am",
    "is the kitchen light still open",
    "go back to the previous song",
    "play Justice in the kitchen and the living room",
    "repeat this song po",
    "what time is it in Manila now",
    "unmute the kitchen speaker",
    "turn off shuffle already",
    "how many minutes left in this episode",
    "I wonder who's this singer playing now",
    "close the kitchen light na, nobody's there",
]
