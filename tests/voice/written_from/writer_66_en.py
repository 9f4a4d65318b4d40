"""Writer 66, a chatty Australian in their forties (warm, rambling, lots of asides), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="G'day, righto, quick one mate, who've I been flogging the most this month, artist-wise?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="reckon you could tell me who my number one band was last year? I've got a feeling it's gonna be a bit embarrassing",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="which artist have I been absolutely obsessed with lately, the missus reckons it's all I ever put on",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top three artists in the kitchen since March, go on then, hit me",
        family="top_artists",
        period="since_march",
        count=3,
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="what's been my song of the year so far? keen to know before the kids start guessing",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="name me my five most played tracks over the last thirty days would ya",
        family="top_tracks",
        period="last_30_days",
        count=5,
    ),
    Fresh(
        text="ok so which song did we have going the most back in October, the whole household I mean, not just me",
        family="top_tracks",
        period="october",
        person="we",
    ),
    Fresh(
        text="all time favourite song, according to your records anyway, what is it mate",
        family="top_tracks",
        period="all_time",
    ),
    # top_albums
    Fresh(
        text="which album did I hammer the most this summer? the Berlin summer, mind you, still getting used to it being the wrong way round",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="what's my favourite album, like the actual record I've played most, ever",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="top two albums last month, mate, just the two",
        family="top_albums",
        period="last_month",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast have I been hooked on lately? I've honestly lost track",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="what's my go-to podcast this year, reckon I already know but humour me",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="most played show in twenty twenty five, the podcast kind, not the telly",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="how many hours of music did I get through this week, roughly, don't need it down to the minute",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="how long did we have stuff playing last weekend all up, me and the rest of the mob",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="be honest with me, how much time have I sunk into podcasts since October",
        family="listening_time",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="how long was I listening for yesterday, all up, the whole day",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="how long has Ada had music going in the kitchen this week",
        family="listening_time",
        period="this_week",
        content="music",
        room="kitchen",
        person="Ada",
    ),
    # plays
    Fresh(
        text="how many tunes have I played so far today, bet it's heaps",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many episodes did I get through last month, podcast episodes I mean",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="in total, how many streams have I racked up this year, just a ballpark",
        family="plays",
        period="this_year",
    ),
    Fresh(
        text="how many things did I play the day before yesterday, songs, podcasts, whatever, the lot",
        family="plays",
        period="day_before_yesterday",
    ),
    # artists_count
    Fresh(
        text="just out of curiosity, how many different artists have I listened to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="roughly how many different bands did I play in the last three months",
        family="artists_count",
        period="last_3_months",
    ),
    Fresh(
        text="how many different artists have I got in my history all up, since forever",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I get through last week, not counting the doubles",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="since Monday, how many separate tracks have I actually played, each one counted once",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="how many unique songs have I ever listened to, I'm curious how big the rotation really is",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="how many times did I play Bohemian Rhapsody this month, be honest, I can take it",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how often's Queen been getting a run this year? the neighbours would probably say too often",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="how many times did that daft punk one more time song get played in the kitchen last month",
        family="play_count",
        period="last_month",
        name="One More Time by Daft Punk",
        room="kitchen",
    ),
    Fresh(
        text="number of plays for The Daily over the last seven days, if you don't mind",
        family="play_count",
        period="last_7_days",
        name="The Daily",
    ),
    Fresh(
        text="how many times did I put on Kylie Minogue last year, bit of home comfort, any at all?",
        family="play_count",
        period="last_year",
        name="Kylie Minogue",
    ),
    # did_i
    Fresh(
        text="did I have any Justice on yesterday? I swear I did but my memory's shot",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="listened to any Air lately, mate?",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="was cafe tacuba on at all in September? probably saying that wrong, sorry",
        family="did_i",
        period="september",
        name="Café Tacvba",
    ),
    Fresh(
        text="have I ever played anything by Midnight Oil? you'd hope so, wouldn't you",
        family="did_i",
        period="all_time",
        name="Midnight Oil",
    ),
    Fresh(
        text="did I hear Sexy Boy this morning or was I dreaming that",
        family="did_i",
        period="this_morning",
        name="Sexy Boy",
    ),
    Fresh(
        text="did we listen to The Daily last weekend, any of us",
        family="did_i",
        period="last_weekend",
        name="The Daily",
        person="we",
    ),
    # what_played
    Fresh(
        text="what was I listening to last night? I dozed off halfway through, classic",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="what did I have on on Saturday, can't for the life of me remember",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="what music did Ada play on November the third",
        family="what_played",
        period="november_3",
        content="music",
        person="Ada",
    ),
    Fresh(
        text="this arvo in the kitchen, what got played, just the gist",
        family="what_played",
        period="this_afternoon",
        room="kitchen",
    ),
    Fresh(
        text="what have I been listening to the past fortnight, roughly, I've been all over the shop",
        family="what_played",
        period="lately",
    ),
    # playing_at
    Fresh(
        text="what was on at quarter past eight yesterday evening? there was an absolute ripper on and I missed the name",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="hey, what was playing at half eight this morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="what song was going at about ten past five this arvo, whilst I was doing the veggies",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="around nine pm last Friday, what was on? we had people over",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    # taste
    Fresh(
        text="how would you sum up my taste, and don't be cheeky about it",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="going by what I play, what kind of stuff am I into, would you say",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what's my taste been like this year, sort of broadly speaking",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="what time of day do I usually have something on, I've never really thought about it",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when do I tend to listen the most, like which hour and which day of the week",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what's my usual listening time, hour-wise and day-wise, reckon it's a Sunday thing",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="discovered anyone new this month, or am I stuck in my ways like my old man",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="which artists did I hear for the very first time last year",
        family="new_artists",
        period="last_year",
    ),
    Fresh(
        text="since March, have I picked up any new artists at all",
        family="new_artists",
        period="since_march",
    ),
    # skips
    Fresh(
        text="how often do I skip stuff, honestly? I feel like I'm a shocker for it",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's my skip rate been this week, mate",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="how much did I skip things last month, like roughly what percentage of plays",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="do I play the same things over and over? what's my repeat rate like",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="this year, how much have I been going back to the same stuff again and again, repeat-wise",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="how many days in a row have I listened now? is it a record, do you reckon",
        family="streak",
    ),
    Fresh(
        text="what's my current listening streak sitting at, mate",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first listen to Justice, was it a while back",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="first time I ever played Digital Love, when was that",
        family="first_play",
        name="Digital Love",
    ),
    Fresh(
        text="when'd I first hear The Weeknd, if I ever did",
        family="first_play",
        name="The Weeknd",
    ),
    Fresh(
        text="when did I start listening to The Daily, I honestly can't remember a time before it",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="when did I last have Don't Stop Me Now on? feels like ages",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="last time I played anything off Moon Safari, when was it",
        family="last_play",
        name="Moon Safari",
    ),
    Fresh(
        text="that Café Tacvba one, Eres, when was it last played",
        family="last_play",
        name="Eres by Café Tacvba",
    ),
    # last_song
    Fresh(
        text="what was the last song I played, the very last one, before I went out",
        family="last_song",
    ),
    Fresh(
        text="sorry, what was the most recent track I had on? it's gone clean out of my head",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the very first song I put on today",
        family="first_today",
    ),
    Fresh(
        text="what did I kick the day off with today, first tune of the day",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="first track I put on yesterday, what was it",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did I kick off last week with, like the very first song of the week",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="on November third, what was the first thing that got played",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="first song of the year for me, what was it? New Year's Day I'd reckon",
        family="first_in",
        period="this_year",
    ),
    # last_in
    Fresh(
        text="what did I finish up with last night before bed",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="last song on Saturday, what was it? bit of a big night, that one",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="what was the final track I played last Friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="what did I end the day before yesterday on, song-wise",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most? the one I apparently can't stand",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what track did I keep skipping this month, there's one that drives me up the wall",
        family="most_skipped",
        period="this_month",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do I skip the most, go on, dob them in",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who've I been skipping the most this year, band-wise",
        family="most_skipped_artist",
        period="this_year",
    ),
    # on_repeat
    Fresh(
        text="what song have I got on repeat these days? my partner's well and truly sick of it",
        family="on_repeat",
    ),
    Fresh(
        text="which song can't I stop playing lately, be honest",
        family="on_repeat",
    ),
    Fresh(
        text="what track am I flogging to death at the moment",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a rundown of my listening, mate, the whole shebang",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="how's my year been, listening-wise? the full wrap-up, don't spare me",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="how'd last month go for me, listening-wise, sort of overall",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="can I get a recap of last summer? the one in twenty twenty five",
        family="recap",
        period="last_summer",
    ),
    Fresh(
        text="fill me in on my week so far, listening I mean, how's it shaping up",
        family="recap",
        period="this_week",
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a morning listener or a night owl, going by the history",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I have more stuff on in the arvo or in the evening, reckon it's evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="this month, have I been listening more in the mornings or the evenings",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="do I listen more on weekends or during the week? my money's on weekends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays versus weekends this year, when have I been playing more",
        family="compare_week",
        period="this_year",
    ),
    # a few more, mixed
    Fresh(
        text="over the past two weeks, who's been my top artist",
        family="top_artists",
        period="last_2_weeks",
    ),
    Fresh(
        text="three most played songs last summer, keen to see what I was on about back then",
        family="top_tracks",
        period="last_summer",
        count=3,
    ),
    Fresh(
        text="how much Daft Punk did I play in August, roughly how many times",
        family="play_count",
        period="august",
        name="Daft Punk",
    ),
    Fresh(
        text="hang on, did I play D.A.N.C.E. since Monday? the justice one",
        family="did_i",
        period="since_monday",
        name="D.A.N.C.E.",
    ),
    Fresh(
        text="what did we listen to in the kitchen yesterday, the lot of us",
        family="what_played",
        period="yesterday",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="how long did I have podcasts going over the last thirty days, all up",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="how many songs did I play last Friday, roughly",
        family="plays",
        period="last_friday",
        content="music",
    ),
    Fresh(
        text="what's the first time Radiohead shows up in my history, if at all",
        family="first_play",
        name="Radiohead",
    ),
]

NEGATIVES = [
    "play a bit of Daft Punk in the kitchen would ya",
    "crank the music up a notch mate, can't hear it over the kettle",
    "oi, what's this song? it's a ripper",
    "skip this one, can't stand it",
    "pause the podcast a sec, someone's at the door",
    "next track in the lounge room please",
    "turn the kitchen light off, would you",
    "put the album Discovery on, the whole thing",
    "volume to forty, mate",
    "chuck it on shuffle",
    "turn repeat off, it's doing my head in",
    "group the kitchen and lounge room speakers together",
    "set a timer for twelve minutes for the snags",
    "what's the weather doing this arvo, do I need a brolly",
    "add Vegemite to the shopping list before I forget",
    "bump the heating up to twenty-one, it's freezing",
    "what am I listening to right now",
    "what's playing in the kitchen at the moment",
    "who sings this one, it's on now",
    "play the latest episode of The Daily",
    "stop the music, dinner's on",
    "resume the podcast where I left off",
    "go back a song, I missed the good bit",
    "turn it down in the kitchen, the baby's asleep",
    "play some Queen in the lounge room, go on",
    "louder",
    "put Justice on, the Cross album",
    "turn the speaker off in the kitchen",
    "play Bohemian Rhapsody from the start",
    "set an alarm for half six tomorrow",
    "what's this album called, the one playing now",
    "skip forward thirty seconds in the podcast",
    "turn repeat on for this song, I love it",
    "play something chilled in the kitchen, bit of background",
    "how long's left on this track",
    "mute the kitchen speaker for a minute",
    "add milk and bread to the shopping list",
    "what's the temperature inside at the moment",
    "play Air, Moon Safari, nice and quiet",
    "turn the lights down in the lounge and put some music on",
    "pause everything, mate, phone call",
    "next episode please",
    "play the radio in the kitchen",
    "set the thermostat to nineteen overnight",
    "stop the timer, the pavlova's done",
]
