"""Writer 480, a sheep farmer from rural New Zealand, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="yeah gidday, who'd I have on the most last week eh",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="which band have I been flat out obsessed with lately",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="give us me top three artists for the year so far mate",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="who's my number one band of all time, reckon it's queen but",
        family="top_artists",
        period="all_time",
    ),
    Fresh(
        text="who'd we have on the most in the house last month",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="what's been me song of the month then",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="chur, top five tracks of all time for me",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="in the kitchen what tune gets the most plays, last three months say",
        family="top_tracks",
        period="last_3_months",
        room="kitchen",
    ),
    Fresh(
        text="what song did I thrash the most yesterday evening",
        family="top_tracks",
        period="yesterday_evening",
    ),
    # top_albums
    Fresh(
        text="what album have I flogged the most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="which record got the most spins this summer eh",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="what album am I hooked on these days",
        family="top_albums",
        period="lately",
    ),
    # top_podcasts
    Fresh(
        text="what's me go-to podcast, yeah",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="which show have I had on most the last thirty days, podcast wise",
        family="top_podcasts",
        period="last_30_days",
    ),
    Fresh(
        text="top podcast back in october?",
        family="top_podcasts",
        period="october",
    ),
    # listening_time
    Fresh(
        text="how long's the music been going today eh",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours of listening did I clock up last week, roughly",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="how long did we have stuff playing yesterday",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="reckon I've spent heaps of time on podcasts this year, how much all up",
        family="listening_time",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="how long was the kitchen speaker going since monday all up",
        family="listening_time",
        period="since_monday",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="how many songs have I gone through today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many things did I play over the weekend just been",
        family="plays",
        period="last_weekend",
    ),
    Fresh(
        text="how many episodes have I knocked off this month",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="total plays ever, what's the number sitting at",
        family="plays",
        period="all_time",
    ),
    # artists_count
    Fresh(
        text="how many different bands have I listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many artists all up have I got through, like ever",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="last summer how many different artists did I have on",
        family="artists_count",
        period="last_summer",
    ),
    # songs_count
    Fresh(
        text="how many different tracks did I play last month",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="different songs since october, how many's that",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="yeah nah not plays, I mean how many separate songs have I had on ever",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="the missus reckons I've got queen on too much, how many times this week eh",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="how many times have I played bohemian rhapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how many goes has sexy boy had this month",
        family="play_count",
        period="this_month",
        name="Sexy Boy",
    ),
    Fresh(
        text="how many times have I had radiohead on, yeah nah probably none",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="the daily, how many times did I have that on last month",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="had any justice on lately?",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="did I listen to cafe tacuba last week",
        family="did_i",
        period="last_week",
        name="Café Tacvba",
    ),
    Fresh(
        text="did don't stop me now get a spin yesterday",
        family="did_i",
        period="yesterday",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="did I play any of that the weekend fella this year",
        family="did_i",
        period="this_year",
        name="The Weeknd",
    ),
    Fresh(
        text="last friday, any daft punk?",
        family="did_i",
        period="last_friday",
        name="Daft Punk",
    ),
    Fresh(
        text="did I chuck moon safari on saturday or was that sunday",
        family="did_i",
        period="saturday",
        name="Moon Safari",
    ),
    # what_played
    Fresh(
        text="what'd I have on yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what was I listening to this morning before I went out to the paddock",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="what'd I listen to the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="on the third of november what was on the go",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what tunes did I have cranking last night",
        family="what_played",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="what've I been playing this arvo",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what was ada listening to last week",
        family="what_played",
        period="last_week",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="last night bout ten past eight, what song was that",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="what was going at eight this morning in the kitchen",
        family="playing_at",
        moment="2026-11-20 08:00",
        room="kitchen",
    ),
    Fresh(
        text="five o'clock this arvo what was playing",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="wednesday lunchtime, twelve o'clock on the dot, what was on",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="what was playing at nine at night last friday",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    Fresh(
        text="half eight this morning, what was that tune",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    # taste
    Fresh(
        text="what sorta music am I into, be honest",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="how would ya describe my taste in tunes eh",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time of day do I usually have music going",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when do I listen the most, like what hour and what day",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="found any new bands this month?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who've I discovered in the last three months",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="any artists this year I'd never heard before",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="how trigger happy am I on the skip button eh",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's me skip rate like for last week",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="how many songs did I skip this month out of what I played",
        family="skips",
        period="this_month",
        content="music",
    ),
    # repeat
    Fresh(
        text="do I play the same stuff over and over or what",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's me repeat rate been like lately",
        family="repeat",
        period="lately",
    ),
    # streak
    Fresh(
        text="how many days straight have I been listening now",
        family="streak",
    ),
    Fresh(
        text="what's me listening streak sitting at, eh",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did justice first pop up for me",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="that eres song by cafe tacvba, when'd I first play it",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="when did I first listen to wet leg",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="when'd I last have air on",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="last time I played around the world, when was that",
        family="last_play",
        name="Around the World",
    ),
    Fresh(
        text="when did I last listen to the daily",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="what'd I play last, the very last track",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song I put on today",
        family="first_today",
    ),
    Fresh(
        text="what'd I start the day off with, first tune",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first song I played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="saturday what was the first track on",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="what was the very first thing I played this week",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="what did I finish up with last friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the last song I had on last night before I hit the sack",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last track I played in october",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="what song do I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="which track gets the flick off me the most",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which band do I skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who's the artist I give the flick to most, eh",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have I got on repeat at the moment",
        family="on_repeat",
    ),
    Fresh(
        text="what track can't I stop playing eh",
        family="on_repeat",
    ),
    Fresh(
        text="what's been getting thrashed these days, song wise",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="how's me week in music been",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="run me through my year so far",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill me in on me listening, like a quick recap",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how did we go last month, music wise, quick rundown",
        family="recap",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="take me on a tiki tour of september, what was I into",
        family="recap",
        period="september",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a morning listener or an evening one",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more in the arvo or at night",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do I listen more on weekdays or the weekend",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="is it during the week or at the weekends I have more stuff on, reckon it's weekends",
        family="compare_week",
        period="all_time",
    ),
    # extra variety
    Fresh(
        text="sweet as, so how many hours in august then",
        family="listening_time",
        period="august",
    ),
    Fresh(
        text="did I have any digital love on in the last seven days",
        family="did_i",
        period="last_7_days",
        name="Digital Love",
    ),
    Fresh(
        text="who was top dog in twenty twenty five, artist wise",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="over the past two weeks how many tunes have I played",
        family="plays",
        period="last_2_weeks",
        content="music",
    ),
    Fresh(
        text="since march how many times has d.a.n.c.e. been on",
        family="play_count",
        period="since_march",
        name="D.A.N.C.E.",
    ),
]

NEGATIVES = [
    "play some queen in the kitchen eh",
    "turn it up a bit mate",
    "yeah nah turn the music down, the missus is on the phone",
    "skip this one",
    "next track",
    "pause the podcast, gotta go feed the dogs",
    "what song's this",
    "who's this band playing now",
    "what am I listening to right now",
    "chuck the daily on",
    "play the album moon safari",
    "shuffle on",
    "put this one on repeat eh",
    "turn repeat off",
    "group the kitchen speaker with the lounge one",
    "set a timer for twenty minutes for the roast",
    "what's the weather doing tomorrow, gonna rain?",
    "add drench to the shopping list",
    "turn the heat pump up, it's freezing",
    "turn off the kitchen light",
    "volume to five",
    "next song in the lounge",
    "stop the music",
    "play daft punk on the kitchen speaker",
    "resume the podcast",
    "skip forward thirty seconds",
    "play some tunes for smoko",
    "set an alarm for five am, shearing tomorrow",
    "louder eh, can't hear it over the jug",
    "play something choice",
    "play one more time by daft punk",
    "what's playing in the kitchen",
    "is the kitchen speaker on",
    "go back a song",
    "play the next episode of the daily",
    "turn the kitchen speaker off",
    "what's the time",
    "how's the wind looking for tomorrow",
    "add sausages and bread to the list",
    "mute",
    "sweet as, that's enough, stop",
    "play that song again",
    "turn the bass up a notch",
    "play justice in the kitchen, heaps loud",
    "what's this track called eh",
]
