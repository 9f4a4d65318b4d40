"""Writer 312, a polite, wordy church lady from Alabama, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Well hey there sugar, now who would you say I've been listenin' to the most this month, bless your heart",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Honey, I'm just curious as a cat, who was my number one singer last year? My Sunday school class was askin'",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="now who all did I play the most in October, I wanna say it was them French boys but I can't recall",
        family="top_artists",
        period="october",
    ),
    Fresh(
        text="Mercy, tell me who I've just been plumb obsessed with, I've got a guess but you go on ahead",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="give me my top three artists since March if you don't mind darlin",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="over the past two weeks now, who've I been playin' the most, sugar",
        family="top_artists",
        period="last_2_weeks",
    ),
    Fresh(
        text="Who's Ada's favorite band this year, that sweet girl",
        family="top_artists",
        period="this_year",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="Sweetheart, what's been my most played song this year, I'd just love to know",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="now what would you say was my song of the summer, honey",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="Could you kindly name my five most played songs of all time, and you take your time, sugar",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="what song did we play the most last week, me and Harold, I mean",
        family="top_tracks",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="In the kitchen, what gets played the most, honey, songs I mean, not them talk shows",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="Three songs, honey, my three most played this month, what are they now",
        family="top_tracks",
        period="this_month",
        count=3,
    ),
    # top_albums
    Fresh(
        text="Which album have I just worn plumb out this year, I mean the one I've played the most",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Honey what's my favorite record, the whole album I mean, not just the one song",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="what album did I put on most over the last three months, bless it",
        family="top_albums",
        period="last_3_months",
    ),
    # top_podcasts
    Fresh(
        text="Now I know I've got my little news program, but what's my go to podcast these days, darlin?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="which podcast did I listen to the most last month, sugar",
        family="top_podcasts",
        period="last_month",
    ),
    Fresh(
        text="What show have I been hooked on since October, the talkin' kind, not the singin' kind",
        family="top_podcasts",
        period="since_october",
    ),
    # listening_time
    Fresh(
        text="Lord have mercy, how many hours of music have I had goin' this week? Harold says it's too much",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="How long did I listen to things yesterday, all together I mean",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="sugar how much time did I spend listenin to podcasts last month",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="how many minutes did the radio thing, well I mean the speaker, play for me this morning",
        family="listening_time",
        period="this_morning",
    ),
    Fresh(
        text="Well now how long did we have music on last weekend, with the grandbabies over and all",
        family="listening_time",
        period="last_weekend",
        person="we",
        content="music",
    ),
    Fresh(
        text="how long did the kitchen speaker play music for me today",
        family="listening_time",
        period="today",
        room="kitchen",
        content="music",
    ),
    # plays
    Fresh(
        text="how many songs have I played today, bless it",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Could you tell me how many things I played on Saturday, all told?",
        family="plays",
        period="saturday",
    ),
    Fresh(
        text="How many episodes of podcasts did I listen to in September honey",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="how many songs in total did we play back in twenty twenty five, you reckon",
        family="plays",
        period="in_2025",
        content="music",
        person="we",
    ),
    Fresh(
        text="how many songs did I play over the last seven days period",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    # artists_count
    Fresh(
        text="How many different singers and bands have I listened to this year, honey, I bet it ain't many",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="now how many artists did I hear in August, different ones I mean",
        family="artists_count",
        period="august",
    ),
    Fresh(
        text="how many different artists have I got in my whole history, precious",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="How many different songs did I play last month, not countin' the repeats now",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="how many different tunes have I listened to over the last thirty days",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="number of different songs since Monday, if you'd be so kind",
        family="songs_count",
        period="since_monday",
    ),
    # play_count
    Fresh(
        text="How many times have I played that Bohemian Rhapsody this month, my pastor'd have a fit",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="how much Queen have I had on this year, honey",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="how many times did I listen to The Daily last week",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="Now how many times have I played that Digital Love song by Daft Punk, ever",
        family="play_count",
        period="all_time",
        name="Digital Love by Daft Punk",
    ),
    Fresh(
        text="how many times have I listened to the Gaither Vocal Band this year, sugar",
        family="play_count",
        period="this_year",
        name="Gaither Vocal Band",
    ),
    Fresh(
        text="how many times did I play dance by justice this month",
        family="play_count",
        period="this_month",
        name="D.A.N.C.E. by Justice",
    ),
    # did_i
    Fresh(
        text="Did I listen to any of that Justice yesterday, honey? I can't recall for the life of me",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Now sugar, have I played Air since Monday?",
        family="did_i",
        period="since_monday",
        name="Air",
    ),
    Fresh(
        text="did I hear my little news show this morning, The Daily?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="listened to any cafe tacuba last summer? that Mexican band my granddaughter put me onto",
        family="did_i",
        period="last_summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="Did I play any Randy Travis last month, I sure hope I did",
        family="did_i",
        period="last_month",
        name="Randy Travis",
    ),
    Fresh(
        text="did we play Don't Stop Me Now at the get-together last Friday, the Queen one",
        family="did_i",
        period="last_friday",
        name="Don't Stop Me Now by Queen",
        person="we",
    ),
    Fresh(
        text="did I listen to day punk today",
        family="did_i",
        period="today",
        name="Daft Punk",
    ),
    Fresh(
        text="Have I had Moon Safari on at all this year, that dreamy French record",
        family="did_i",
        period="this_year",
        name="Moon Safari",
    ),
    # what_played
    Fresh(
        text="What was I listenin' to yesterday evening, I was fixin' supper and didn't pay it no mind",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Honey what all did I play the day before yesterday",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="What music did I have on last night, after choir practice",
        family="what_played",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="tell me what I listened to on November third, that was election day wasn't it",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="what in the world were we listenin' to last weekend, the grandbabies were here and it was loud",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="what did I listen to this afternoon while I was makin' my pound cake",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="What has Ada been listenin' to this week, bless her",
        family="what_played",
        period="this_week",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="What in the world was playin' at quarter to eight last night, it was the prettiest thing",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="sugar what song was on this morning at eight o'clock sharp",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="what was playing around five o'clock this afternoon when I came in from the Piggly Wiggly",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="Now what was on Wednesday at noon, right about dinner time",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="what was playin at nine o'clock last Friday night",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    # taste
    Fresh(
        text="How would you describe my taste in music, be honest but be sweet about it",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="what kind of music am I into, would you say? My niece says I'm a closet disco lady",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="What time of day do I usually listen, honey, I feel like it's mornings with my coffee",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="when do I do most of my listenin', what hour and what day of the week",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Have I discovered anybody new lately, sugar?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="what new singers did I hear for the first time this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Which bands did I hear for the very first time last year, I'm tryin' to keep up with the young folks",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(
        text="How often do I skip things, honey, I'm just terrible about pushin' that button",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="what's my skip rate this month, if that's even the right word for it",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="last week how many did I skip compared to how many I played all the way through",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="Do I play the same songs over and over, honey, be honest with me now",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate this year, how much am I replayin' the same old things",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="How many days in a row have I listened now, I don't want to break my streak",
        family="streak",
    ),
    Fresh(
        text="what's my listenin' streak up to, honey",
        family="streak",
    ),
    # first_play
    Fresh(
        text="When did I first listen to that Justice bunch, I can't remember who put me on to 'em",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="When was the very first time I played bohemian rap city on this thing",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="when did I first start hearin' The Daily, do you know",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="When's the last time I played Sexy Boy, and don't you dare tell Brother Jimmy",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="Honey, when did I last listen to Café Tacvba",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="when was the last time I had any Alan Jackson on",
        family="last_play",
        name="Alan Jackson",
    ),
    # last_song
    Fresh(
        text="What was the last song I played, sugar",
        family="last_song",
    ),
    Fresh(
        text="what was that song I had on last, the very last one, I'm tryin' to remember the name",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="What was the very first song I played today, honey?",
        family="first_today",
    ),
    Fresh(
        text="what'd I start my day off with, music-wise",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="what was the first song I played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="What did I start off with last Friday, the first thing I played",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="first song I listened to on Saturday, do you know it",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="What was the last song I played last night before I said my prayers and went on to bed",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="what did I end with the day before yesterday",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="and the last song I heard on November the third, what was that one",
        family="last_in",
        period="november_3",
    ),
    # most_skipped
    Fresh(
        text="Which song do I skip the most, honey, I bet I know",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="what song do I keep skippin' past every time it comes on",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Which singer do I skip the most, bless their heart",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who's the artist I skip past most often",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="What song have I got on repeat these days, I cannot get it out of my head",
        family="on_repeat",
    ),
    Fresh(
        text="What song can't I stop playin', honey, Harold's about had it with me",
        family="on_repeat",
    ),
    Fresh(
        text="what have I been playin' over and over the last couple weeks, song-wise",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Give me a little rundown of my listenin', would you, sugar",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="How was my week in music, honey",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Tell me about my year, music-wise, a little review if you'd be so kind",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="could you run me through last month, how it all went with my music",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="fill me in on how we did last year, listenin' wise",
        family="recap",
        period="last_year",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="Am I more of a mornin' listener or an evenin' listener, I'd say mornin's with my coffee and my devotional",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen to more music in the afternoons or at night",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="Do I listen more on weekdays or on the weekends, what with church on Sundays and all",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="is it the weekends or the weekdays I play more music on",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Honey, would you play some Daft Punk in the kitchen for me",
    "Turn that music up just a smidge, sugar",
    "What's this song playin' right now, it's just lovely",
    "Skip this song please, I don't care for it one bit",
    "Pause that podcast, somebody's at the door",
    "Next track in the livin' room, if you please",
    "Turn off the kitchen light, darlin'",
    "Play the album Discovery, bless you",
    "Set a timer for forty-five minutes for my pound cake",
    "What's the weather gonna be like for Sunday service",
    "Add buttermilk to my shopping list, honey",
    "Turn the thermostat up to seventy-two, it's chilly as all get out",
    "What am I listenin' to right now, honey",
    "Shuffle my gospel playlist",
    "Put the kitchen speaker and the den speaker together",
    "Turn the volume down, the preacher's on the phone",
    "Put it on repeat, I just love this hymn",
    "Play Bohemian Rhapsody in the kitchen",
    "Play The Daily, would you",
    "Stop the music, sugar",
    "Play How Great Thou Art",
    "Turn shuffle off please",
    "Who sings this song that's on now",
    "Resume my podcast where I left off",
    "Play some Queen real soft in the kitchen",
    "Set an alarm for six thirty, I've got to make the deviled eggs",
    "Lower the volume in the kitchen to about half",
    "Play the next episode of The Daily",
    "Go back to the beginning of this song",
    "What's the name of this album playin'",
    "Turn on the porch light for Brother Jimmy",
    "Remind me to call Sister Louise at three",
    "Play something by Justice in the den",
    "Is it gonna rain on the church picnic, sugar",
    "Turn the music off in the kitchen when this song ends",
    "Make the speakers in the whole house play together",
    "I like this song, honey, play more like it",
    "Play some soft gospel music to cook by",
    "Add this song to my Sunday playlist",
    "How many cups are in a quart, sugar",
    "Turn the kitchen speaker up to eight",
    "Play Air in the kitchen, the Moon Safari one",
    "Skip ahead thirty seconds in this podcast",
    "Louder, honey, I can't hear it over the mixer",
    "What time is it in Birmingham",
]
