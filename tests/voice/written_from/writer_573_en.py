"""Writer 573, a Highland crofter from the west of Scotland in his seventies, slow and Gaelic-tinged, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="och, who is it I've been listening to the most, this while back",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="tell me this now, which band was it I had on the most last month",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="who would be my number one this year... so far, just",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="the three bands I had on most in the summer, what were they now",
        family="top_artists",
        period="summer",
        count=3,
    ),
    Fresh(
        text="in the kitchen there, who's been played the most since October",
        family="top_artists",
        period="since_october",
        room="kitchen",
    ),
    Fresh(
        text="was it Queen or them French lads I had on most last year, which was it",
        family="top_artists",
        period="last_year",
    ),
    # top_tracks
    Fresh(
        text="aye, and what song was it I had on the most last week",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="give me my five most played songs, of all time like, if you would",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="which tune got the most plays in September",
        family="top_tracks",
        period="september",
    ),
    Fresh(
        text="now, my favourite song this year, what would yourself say it was",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="over the past fortnight, the top song, which one would that be",
        family="top_tracks",
        period="lately",
    ),
    # top_albums
    Fresh(
        text="which record have I played the most, ever",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="what album was I at the most over the last thirty days",
        family="top_albums",
        period="last_30_days",
    ),
    Fresh(
        text="the two albums I had on most in October, just tell me the two of them",
        family="top_albums",
        period="october",
        count=2,
    ),
    Fresh(
        text="och I'm wondering which of the LPs got the most turns since March",
        family="top_albums",
        period="since_march",
    ),
    # top_podcasts
    Fresh(
        text="which of them podcasts is it I listen to most",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="the podcasts I mean, not the music... which one was I hooked on lately",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="my number one podcast last year, what was it now",
        family="top_podcasts",
        period="last_year",
    ),
    # listening_time
    Fresh(
        text="how long did I have the music going the day",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many hours was it himself and me had the speaker on last week, the both of us",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="how much of the podcasts did I listen to this month, in hours like",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="och how much time have I been at the music since Monday",
        family="listening_time",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="in the kitchen, how long was the thing playing over the last seven days",
        family="listening_time",
        period="last_7_days",
        room="kitchen",
    ),
    Fresh(
        text="and in August, how long was I listening, altogether",
        family="listening_time",
        period="august",
    ),
    # plays
    Fresh(
        text="how many songs did I have on this morning, with the breakfast",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many things did I play yesterday, all told",
        family="plays",
        period="yesterday",
    ),
    Fresh(
        text="how many of the podcast episodes did I get through last summer",
        family="plays",
        period="last_summer",
        content="podcasts",
    ),
    Fresh(
        text="the number of tunes we had on in the kitchen on Saturday, how many would that be",
        family="plays",
        period="saturday",
        content="music",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="seventeen songs I'd say, the day before yesterday... how many was it really",
        family="plays",
        period="day_before_yesterday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="how many different bands have I listened to this year, at all",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="singers, different ones I mean, how many did I have on last month",
        family="artists_count",
        period="last_month",
    ),
    Fresh(
        text="since March, how many different artists would that be, roughly",
        family="artists_count",
        period="since_march",
    ),
    # songs_count
    Fresh(
        text="is it yourself... how many different songs have I heard this week",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="in all the time, how many separate tunes have I had on",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="over the last three months, how many different songs would that come to",
        family="songs_count",
        period="last_3_months",
    ),
    # play_count
    Fresh(
        text="that Bohemian Rhapsody, how many times have I had it on this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how often have I had Queen on this year, the band I mean, not herself",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="Daft Punk... how many times was that on last week",
        family="play_count",
        period="last_week",
        name="Daft Punk",
    ),
    Fresh(
        text="how many times have I played Runrig, ever",
        family="play_count",
        period="all_time",
        name="Runrig",
    ),
    Fresh(
        text="that one by Air with the daft name, Sexy Boy, how many plays has it had since October",
        family="play_count",
        period="since_october",
        name="Sexy Boy by Air",
    ),
    # did_i
    Fresh(
        text="did I listen to any Justice yesterday, at all",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="was there any of that cafe tacuba on this week",
        family="did_i",
        period="this_week",
        name="Café Tacvba",
    ),
    Fresh(
        text="have I had Capercaillie on lately",
        family="did_i",
        period="lately",
        name="Capercaillie",
    ),
    Fresh(
        text="is it the Daily I had on the day before yesterday, or was it not",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    Fresh(
        text="Don't Stop Me Now, did I have it on last weekend",
        family="did_i",
        period="last_weekend",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="did the Moon Safari record get a turn this summer",
        family="did_i",
        period="summer",
        name="Moon Safari",
    ),
    # what_played
    Fresh(
        text="what was it I was listening to yesterday evening, after the milking",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="och what did I have on last night, I don't mind a thing of it",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="the third of November, what music was on in the kitchen that day",
        family="what_played",
        period="november_3",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="what were we listening to on Friday past, himself and me",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="run me through what I had on this afternoon, just",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="what was it playing about ten to eight last night",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="what was on at eight o'clock this morning, when I was at the porridge",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="och, what song was that at twenty past five the day",
        family="playing_at",
        moment="2026-11-20 17:20",
    ),
    Fresh(
        text="at nine o'clock on Wednesday night, what was playing",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="what was on at dinner time Saturday past, twelve o'clock or thereabouts",
        family="playing_at",
        moment="2026-11-14 12:00",
    ),
    Fresh(
        text="himself was asking me and I couldn't mind, what was on at quarter past eight this morning",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    # taste
    Fresh(
        text="what sort of music would you say I'm into, just",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="if you had to put a word on my taste in music, what would it be",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="describe for me the kind of tunes I go in for",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="what time of day is it I usually have the music on",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="when am I listening most... what hour, and what day of the week",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="have I found anybody new this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="any new bands I'd not heard before, since Monday",
        family="new_artists",
        period="since_monday",
    ),
    Fresh(
        text="who was it I heard for the very first time last year",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(
        text="tell me, do I skip much, or do I let things play out",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how often is it I skip, would you say, this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="och am I one for skipping the tunes",
        family="skips",
        period="all_time",
        content="music",
    ),
    # repeat
    Fresh(
        text="do I play the same songs over and over",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how much repeating do I do, the same ones again and again, this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="last month, was I awful for going back to the same song",
        family="repeat",
        period="last_month",
    ),
    # streak
    Fresh(
        text="how many days running have I had the music on",
        family="streak",
        content="music",
    ),
    Fresh(
        text="how many days in a row now have I been listening, without a break",
        family="streak",
    ),
    Fresh(
        text="what's my streak, the days on the trot",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first hear Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="that Mexican one, Eres, when was it first on",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="when did I first play Genesis by Justice",
        family="first_play",
        name="Genesis by Justice",
    ),
    Fresh(
        text="Julie Fowlis, when would I have first had her on",
        family="first_play",
        name="Julie Fowlis",
    ),
    # last_play
    Fresh(
        text="when was the last time I had Queen on",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="Da Funk, when did I last hear it",
        family="last_play",
        name="Da Funk",
    ),
    Fresh(
        text="when did I last listen to the Daily, the American news one",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="the Homework album, when did I play it last",
        family="last_play",
        name="Homework",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="the very last song I had on, whatever it was, tell me it",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what did I start the day with, music-wise",
        family="first_today",
    ),
    Fresh(
        text="what did I wake up to the day",
        family="first_today",
    ),
    Fresh(
        text="first tune I played today, what was it",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song I played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what was first on, on Saturday past",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="what song did I start the week with",
        family="first_in",
        period="this_week",
    ),
    Fresh(
        text="the first song this morning, what was that",
        family="first_in",
        period="this_morning",
    ),
    # last_in
    Fresh(
        text="what did I finish up with last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="and yesterday, the last song on, what was it",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="the last tune I had on last Friday, what was that",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="what was the last thing I played in October",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what tune is it I'm always skipping past",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="is there one song I can't abide, that I skip every time it comes on",
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
        text="who is it I'm forever skipping, what singer",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have I got on repeat the now",
        family="on_repeat",
    ),
    Fresh(
        text="which song's been on the go the most just now",
        family="on_repeat",
    ),
    Fresh(
        text="och that tune I can't leave alone, which one is it",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a rundown of my week",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="how was my October, for the listening",
        family="recap",
        period="october",
    ),
    Fresh(
        text="tell me about my year, the whole of it",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fill me in on my listening, would you",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="a wee review of last year, if you would",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="how was last month for the both of us, himself and me",
        family="recap",
        period="last_month",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="am I more for the mornings or the evenings with the music",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="do I listen more in the afternoons or at night",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="do I have more music on at the weekend than through the week",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="is it weekdays or the Saturdays and Sundays I listen most",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "play a bit of Queen in the kitchen there",
    "turn that music down a wee bit, himself is on the phone to the vet",
    "och, what's this that's playing the now",
    "skip this one, I can't be doing with it",
    "pause the podcast a minute, the kettle's on",
    "put on the Daily for me, would you",
    "louder, I can't hear it over the dog",
    "what's the weather doing tomorrow, will it stay dry for the hay",
    "set a timer for twenty minutes for the scones",
    "put oatmeal on the shopping list",
    "turn the heating up, it's awful cold in here",
    "turn off the kitchen light",
    "play the Moon Safari album, the whole of it",
    "next song",
    "stop the music, just",
    "shuffle the Daft Punk ones",
    "put that song on repeat, I like it fine",
    "who's singing this one that's on",
    "play something by Runrig in the kitchen",
    "what am I listening to the now",
    "set the volume to four",
    "put the kitchen speaker together with the one in the byre",
    "play radio nan gaidheal",
    "what time is it",
    "go back to the start of this song",
    "play Bohemian Rhapsody from the beginning again",
    "is the back door locked",
    "set an alarm for half five, it's the ewes in the morning",
    "play the next episode of the Daily",
    "how long is left on this song",
    "switch the speaker in the kitchen off",
    "carry on with the music",
    "skip forward thirty seconds, it's the adverts",
    "add tea bags and firelighters to the list",
    "play some fiddle music, something cheery",
    "turn the radio up in the kitchen, the shipping forecast's on",
    "mute",
    "what's the temperature outside the now",
    "play Don't Stop Me Now for himself, it's his birthday",
    "cancel the timer",
    "put the porch light on, the vet's coming",
    "turn off the repeat, I'm sick of it",
    "what's the name of this album that's playing",
    "och, that's too loud, bring it down",
    "is there a ferry from Mallaig the morn",
]
