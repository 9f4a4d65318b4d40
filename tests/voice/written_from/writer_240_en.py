"""Writer 240, a chatty Texan retiree, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="well now, who in the world did I listen to the most last week, I'm just curious",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="I reckon I've been plumb obsessed with some band lately, which one would y'all say that is",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="tell me who my number one artist was for all of twenty twenty five, sugar",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="out of all the bands we had goin last month, which one did we play the most, my husband and I been arguin about it",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="what's been my favorite song this month, I'm fixin to tell my sister about it",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="go on and name me my three most played songs of all time if you would",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="which tune did I play the most back in September, you remember",
        family="top_tracks",
        period="september",
    ),
    Fresh(
        text="in the kitchen, what song gets played more than any other, I'd like to know",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="what album have I just about worn plumb out this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="well shoot, which record did I play most over the last three months",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="tell me my top two albums since March, darlin",
        family="top_albums",
        period="since_march",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast have I been hooked on lately, I can't hardly put it down",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="now my go-to podcast, which one would that be over this whole year",
        family="top_podcasts",
        period="this_year",
    ),
    # listening_time
    Fresh(
        text="how long did I have music goin yesterday, all told",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="how many hours have I spent listenin this week, I bet it's a whole bunch",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="how much time did we spend listenin to podcasts in October",
        family="listening_time",
        period="october",
        content="podcasts",
        person="we",
    ),
    Fresh(
        text="how many minutes of tunes did I listen to this mornin while I was makin breakfast",
        family="listening_time",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how long was that kitchen speaker goin last weekend, seemed like all day",
        family="listening_time",
        period="last_weekend",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="how many songs have I played so far today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many things did I play the day before yesterday, songs and podcasts and all",
        family="plays",
        period="day_before_yesterday",
    ),
    Fresh(
        text="quick question, how many tracks did I go through last Friday",
        family="plays",
        period="last_friday",
        content="music",
    ),
    Fresh(
        text="how many podcast episodes have I listened to in August",
        family="plays",
        period="august",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="how many different artists have I listened to this year, you reckon",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="just roughly, how many different bands did I hear in the last thirty days",
        family="artists_count",
        period="last_30_days",
    ),
    Fresh(
        text="how many different singers and bands have I got in my whole history, start to finish",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="how many different songs did I play last month",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="how many different tunes have I listened to since October, I'm bettin it ain't many",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="all in all how many distinct songs has this ol' kitchen speaker played for me",
        family="songs_count",
        period="all_time",
        room="kitchen",
    ),
    # play_count
    Fresh(
        text="how many times did I play Bohemian Rhapsody this month",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Queen have I had on this year, be honest with me now",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="how many times have I listened to that one more time song by Daft Punk",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how many times did I play Radiohead last year",
        family="play_count",
        period="last_year",
        name="Radiohead",
    ),
    Fresh(
        text="since Monday, how many times have I put The Daily on",
        family="play_count",
        period="since_monday",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="did I listen to any Justice yesterday",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="listened to any Air lately, I can't for the life of me recall",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="did I have any of that cafe tacuba on in the last seven days",
        family="did_i",
        period="last_7_days",
        name="Café Tacvba",
    ),
    Fresh(
        text="did I ever play any Wet Leg, my granddaughter swears up and down I'd like 'em",
        family="did_i",
        period="all_time",
        name="Wet Leg",
    ),
    Fresh(
        text="did we listen to The Daily last weekend",
        family="did_i",
        period="last_weekend",
        name="The Daily",
        person="we",
    ),
    # what_played
    Fresh(
        text="what was I listenin to yesterday evening",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="run me through what all I played this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="what all did I have playin on November the third",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what music did we have goin on Saturday, we had the kids over",
        family="what_played",
        period="saturday",
        content="music",
        person="we",
    ),
    Fresh(
        text="fill me in on what I was listenin to last night, I plumb forgot",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="what was that song playin at quarter to eight last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what was on at about eight o'clock this mornin",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="what was playin round about ten past five this afternoon",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="what was on the kitchen speaker at noon on Wednesday",
        family="playing_at",
        moment="2026-11-18 12:00",
        room="kitchen",
    ),
    Fresh(
        text="yesterday evenin at five past eight, what was that playin",
        family="playing_at",
        moment="2026-11-19 20:05",
    ),
    # taste
    Fresh(
        text="how would you describe my taste in music, be honest now, I can take it",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what kind of music am I into, would you say",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what sort of tunes does Ada go for, I'm fixin to buy her a record for Christmas",
        family="taste",
        period="all_time",
        person="Ada",
    ),
    # peak
    Fresh(
        text="what time of day do I usually get my music goin",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when do I listen the most, what hour and what day of the week",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="which day of the week am I most likely to be listenin to somethin",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="have I discovered anybody new lately",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="which artists did I hear for the very first time this year",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="any new bands turn up in my listenin last month",
        family="new_artists",
        period="last_month",
    ),
    Fresh(
        text="did I pick up any new artists over the past two weeks",
        family="new_artists",
        period="last_2_weeks",
    ),
    # skips
    Fresh(
        text="how often do I skip songs, honestly",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's my skip rate been this month",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="out of all of 'em, how many songs did I skip last week",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="do I play the same songs over and over, what's my repeat rate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="how much did I replay the same tunes last summer",
        family="repeat",
        period="last_summer",
    ),
    Fresh(
        text="am I one of those folks who plays the same song again and again and again",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="how many days in a row have I been listenin now",
        family="streak",
    ),
    Fresh(
        text="what's my listenin streak up to, my grandson says I oughta keep it goin",
        family="streak",
    ),
    Fresh(
        text="have I had somethin on every single day, how long's my streak",
        family="streak",
    ),
    # first_play
    Fresh(
        text="when did I first listen to Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="when was the very first time I played Don't Stop Me Now",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="when did The Weeknd first show up in my history, if he ever did",
        family="first_play",
        name="The Weeknd",
    ),
    Fresh(
        text="when did I first hear that Eres song by cafe tacuba",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    # last_play
    Fresh(
        text="when's the last time I listened to Air",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="when did I last play Sexy Boy, I just love that one",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="last time I had The Daily on, when was that",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="when did I last put on the Discovery album",
        family="last_play",
        name="Discovery",
    ),
    # last_song
    Fresh(
        text="what was the last song I played",
        family="last_song",
    ),
    Fresh(
        text="what was the very last tune I had on, it's on the tip of my tongue",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="what was the first song I played today",
        family="first_today",
    ),
    Fresh(
        text="what song did I wake up to, I was half asleep",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song I played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="what did I start off with last Friday",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first song I put on this month, what was it",
        family="first_in",
        period="this_month",
    ),
    # last_in
    Fresh(
        text="what was the last song I played on Saturday",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="what did I finish up with the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="what was the last thing I listened to last year",
        family="last_in",
        period="last_year",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip the most",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what tune do I always go skippin past, I reckon I know but tell me anyhow",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do I skip the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="whose songs do I skip over most often, bless their hearts",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have I got on repeat these days",
        family="on_repeat",
    ),
    Fresh(
        text="what's been in heavy rotation around here",
        family="on_repeat",
    ),
    Fresh(
        text="which song is it I just can't stop playin",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="give me a rundown of my listenin, would ya",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="tell me how my year's gone, music-wise",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="give me a little recap of last month, honey",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="how'd my summer go, listenin-wise",
        family="recap",
        period="summer",
    ),
    # compare_day_parts
    Fresh(
        text="do I listen more in the mornings or in the evenings",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am I more of a night owl or an early bird when it comes to my music",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="do I play more music in the afternoon or at night, I never could tell",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="do I listen more on weekdays or on the weekend",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="is the weekend when I play the most music, or is it durin the week",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "play some Daft Punk in the kitchen for me, would ya",
    "turn that music up a little, I can't hear it over the dishwasher",
    "what's this song that's playin right now",
    "skip this song, I never did care for it",
    "pause the podcast, honey, the phone's ringin",
    "next track in the livin room please",
    "turn off the kitchen light, I'm fixin to go to bed",
    "play the album Discovery",
    "set the volume to about five",
    "put Queen on shuffle",
    "turn repeat on for this song, I like it",
    "group the kitchen speaker with the one in the livin room",
    "set a timer for twenty minutes for my biscuits",
    "what's the weather fixin to do tomorrow",
    "add pecans to the shoppin list",
    "set the thermostat to seventy two",
    "what am I listenin to right now",
    "what's playin in the kitchen",
    "who sings this song, it's real pretty",
    "play The Daily",
    "stop the music, y'all",
    "turn it down a smidge, would ya",
    "play Bohemian Rhapsody real loud",
    "play somethin by Air in the kitchen",
    "louder please, I'm a little hard of hearin",
    "skip ahead thirty seconds",
    "go back to the song before this one",
    "what album is this from",
    "how long is this song",
    "is it gonna rain this afternoon",
    "turn on the porch light",
    "set an alarm for six thirty",
    "play the latest episode of The Daily in the kitchen",
    "mute the kitchen speaker a minute",
    "play some music in the kitchen",
    "play somethin relaxin, it's been a long day",
    "stop playin in all the rooms",
    "what time is it",
    "turn the heat up a bit, it's chilly",
    "next song",
    "what's the name of this podcast",
    "shuffle off, I want 'em in order",
    "play the radio",
    "play Justice in the kitchen and turn it up",
    "resume the podcast",
]
