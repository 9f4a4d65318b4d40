"""Writer 567, a French-Canadian from Montreal with B1 English, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="ok the artist that I listen the most this month, who is it eh",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="the week passed who was my number one artist",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="coudonc, my favourite band actually, it's who?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in 2025 it was who the artist I played the most",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="tell me the three artists I listen the most since the beginning of the year",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="who is my top artist since two weeks là",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="what is the song I have listen the most in october",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="give me my top 5 of the songs of this summer",
        family="top_tracks",
        period="summer",
        count=5,
    ),
    Fresh(
        text="the song of the year for me, it's which one eh",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="c'est quoi my favourite song, like of all the time",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="in the kitchen the month passed, the three songs the most played",
        family="top_tracks",
        period="last_month",
        count=3,
        room="kitchen",
    ),
    Fresh(
        text="which song we put the most yesterday",
        family="top_tracks",
        period="yesterday",
        person="we",
    ),
    # top_albums
    Fresh(
        text="which album I play the most since march",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="my favourite album of all the time, it's which one",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="the album that we listen the most the last year what is it",
        family="top_albums",
        period="last_year",
        person="we",
    ),
    # top_podcasts
    Fresh(
        text="what is the podcast I listen the most",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="the podcast I'm hooked on these days, it's which one",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="euh my number one podcast in the three last months",
        family="top_podcasts",
        period="last_3_months",
    ),
    # listening_time
    Fresh(
        text="how much time I listen to music today",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours of music we had the weekend passed",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="the podcast, how long I listen to it this week",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="since october the total of the hours of listening it's how much",
        family="listening_time",
        period="since_october",
    ),
    Fresh(
        text="how much minutes I listened yesterday in the evening eh",
        family="listening_time",
        period="yesterday_evening",
    ),
    Fresh(
        text="how long Ada has listen in august",
        family="listening_time",
        period="august",
        person="Ada",
    ),
    # plays
    Fresh(
        text="how much songs I played this morning",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="the last friday, the number of tracks, it was how much",
        family="plays",
        period="last_friday",
        content="music",
    ),
    Fresh(
        text="since monday how many things I listen in total",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="how many episodes of podcast I listen the month passed",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="how many plays there was in the kitchen this after-noon",
        family="plays",
        period="this_afternoon",
        room="kitchen",
    ),
    # artists_count
    Fresh(
        text="how many different artists I listen this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="the number of artists different that I heard in september",
        family="artists_count",
        period="september",
    ),
    Fresh(
        text="in the kitchen the week passed we had how much artists different",
        family="artists_count",
        period="last_week",
        person="we",
        room="kitchen",
    ),
    # songs_count
    Fresh(
        text="how many songs different I listen since one month",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="before yesterday how much different songs I heard",
        family="songs_count",
        period="day_before_yesterday",
    ),
    Fresh(
        text="in total, in all my history, how many different songs there is",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how much times I listen bohemian rhapsodie this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="the Daft Punk, how much times I play them the seven last days",
        family="play_count",
        period="last_7_days",
        name="Daft Punk",
    ),
    Fresh(
        text="how many time I have listen to Arcade Fire",
        family="play_count",
        period="all_time",
        name="Arcade Fire",
    ),
    Fresh(
        text="combien de fois... sorry, how much times the podcast The Daily played in october",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    Fresh(
        text="sexy boy from Air I play it how much times this summer",
        family="play_count",
        period="summer",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="how often I had the Queen on in the thirty last days",
        family="play_count",
        period="last_30_days",
        name="Queen",
    ),
    # did_i
    Fresh(
        text="did I listen the Justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="I have listen to Café Tacuba this week or no",
        family="did_i",
        period="this_week",
        name="Café Tacvba",
    ),
    Fresh(
        text="is it that I heard Céline Dion in 2025",
        family="did_i",
        period="in_2025",
        name="Céline Dion",
    ),
    Fresh(
        text="eh, don't stop me now, I played it on saturday?",
        family="did_i",
        period="saturday",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="did we listen the album Discovery the month passed",
        family="did_i",
        period="last_month",
        name="Discovery",
        person="we",
    ),
    Fresh(
        text="did I ever listen da funk, the one of Daft Punk",
        family="did_i",
        period="all_time",
        name="Da Funk by Daft Punk",
    ),
    Fresh(
        text="the daily, I heard it this morning or not",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    # what_played
    Fresh(
        text="what I was listening yesterday night",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what music I listen the 3 november",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="what we listened in the kitchen on saturday",
        family="what_played",
        period="saturday",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="c'est quoi that I listen this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what I had on the day before yesterday, the music and all that",
        family="what_played",
        period="day_before_yesterday",
    ),
    # playing_at
    Fresh(
        text="yesterday at quarter to eight the evening, what was playing",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what song was on this morning at 8h30",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="at five and quarter this afternoon what was the music",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="the wednesday at 9 of the evening what was playing in the kitchen",
        family="playing_at",
        moment="2026-11-18 21:00",
        room="kitchen",
    ),
    Fresh(
        text="yesterday 20h10 it was what that played",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    # taste
    Fresh(
        text="what kind of music I like, according to you",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe me my taste in music",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="my style of music it's what, you think?",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="at what hour I listen the music usually",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="which day of the week I listen the most, normally",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="ben when in the day I put the most music eh",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="did I discover new artists this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="the new artists I found in the three last months, who",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="anybody new in my music the summer passed?",
        family="new_artists",
        period="last_summer",
    ),
    # skips
    Fresh(
        text="I skip a lot of songs or not",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="how often I skip the songs this week",
        family="skips",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="my rate of skip, it's how much",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="I listen always the same songs again and again or what",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="how much I repeat the same songs this month",
        family="repeat",
        period="this_month",
        content="music",
    ),
    Fresh(
        text="my repeat rate since the beginning of the year là",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="how many days in a row I listen music",
        family="streak",
        content="music",
    ),
    Fresh(
        text="since how many days I listen without stopping",
        family="streak",
    ),
    Fresh(
        text="tsé my streak actually it's how many days",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when is the first time I listen Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="the first time I heard eres of café tacuba, it was when",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="when I started to listen the daily",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="when is the last time I listen the Queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="la femme d'argent I played it when the last time",
        family="last_play",
        name="La femme d'argent",
    ),
    Fresh(
        text="the last time I heard Radiohead it was when",
        family="last_play",
        name="Radiohead",
    ),
    Fresh(
        text="when I listen to Moon Safari for the last time",
        family="last_play",
        name="Moon Safari",
    ),
    # last_song
    Fresh(
        text="what is the last song I played",
        family="last_song",
    ),
    Fresh(
        text="the last thing I listen, the song, it was what",
        family="last_song",
    ),
    Fresh(
        text="the last song that played on the speaker of the kitchen, c'est quoi",
        family="last_song",
        room="kitchen",
    ),
    # first_today
    Fresh(
        text="what was the first song this morning when I wake up",
        family="first_today",
    ),
    Fresh(
        text="the first song of today, it was which one",
        family="first_today",
    ),
    Fresh(
        text="today the first thing I put, the song, what it was",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="the first song I played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what was the first song of the week passed",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="in twenty twenty-five what was my very first song",
        family="first_in",
        period="in_2025",
    ),
    # last_in
    Fresh(
        text="the last song I listen yesterday before to go to bed",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="with what I finish the friday passed",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="the last song of october it was what",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="which song I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="the song that I always pass, it's which one",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="the track I skip the most since march",
        family="most_skipped",
        period="since_march",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist I skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="the band that I pass the most often, who is it",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="which song I have on repeat actually",
        family="on_repeat",
    ),
    Fresh(
        text="the song I can't stop to listen these days",
        family="on_repeat",
    ),
    Fresh(
        text="what is in heavy rotation for me là",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a résumé of my week in music",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how was my month, for the music",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="make me the review of my year",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="a recap of the last month please",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="tell me how it went, my listening, since october",
        family="recap",
        period="since_october",
    ),
    Fresh(
        text="can you give me a little summary of my listening",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="I listen more the morning or the evening",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="is it that I'm more a person of the morning or of the night for the music",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="the afternoon versus the evening, when I listen the most",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="I listen more the weekend or in the week",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="during the week or on the end of week, when I put more music",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="is it more on the weekdays that I listen or the weekends",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play the Daft Punk in the kitchen",
    "open the light of the kitchen",
    "close the light in the kitchen là",
    "put the music more loud",
    "lower the sound a little bit eh",
    "put the podcast on pause",
    "skip this song, I don't like",
    "pass to the next song",
    "what is this song actually",
    "what I am listening actually",
    "who sings this song",
    "play the album Discovery",
    "put some Queen in the kitchen",
    "put the shuffle",
    "put the repeat on this song",
    "stop the music in the salon",
    "next track in the living room",
    "group the speaker of the kitchen with the one of the salon",
    "put a timer of ten minutes for the pasta",
    "what weather it will make tomorrow",
    "is it going to snow this weekend",
    "add milk on the grocery list",
    "put the heating at 21 degrees",
    "play the last episode of The Daily",
    "put the volume at 5",
    "mute the speaker of the kitchen",
    "play something relax for the supper",
    "what is playing in the kitchen right now",
    "restart the song from the beginning",
    "play Justice, the album Cross",
    "put the radio",
    "set an alarm for 6h30",
    "what time it is",
    "turn off everything in the kitchen",
    "play the podcast The Daily on the speaker of the kitchen",
    "more bass please",
    "stop the timer",
    "remind me to call my mother at 7h",
    "play music of Christmas",
    "put Air, Moon Safari, in the kitchen",
    "go back to the song before",
    "how much degrees it makes outside",
    "put the playlist of the workout",
    "is this song is from Daft Punk",
]
