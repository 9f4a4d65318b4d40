"""Writer 189, a grandparent unsure of the technology (Irish grandmother), English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Hello there. My grandson put this yoke in for me and I was wondering, who is it I listened to the most last week? Just curious now.",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Could you tell me who my favourite band is this year, please? The girls at the bridge club were asking and I hadn't a notion.",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="who have I been playing the most of these days, would you know",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Now, in the kitchen there, which singer would I have had on the most, do you know, over all the time I've had you?",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="Which band did we play most in the house last month? My son says it's all his stuff, I don't believe him one bit.",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="Would you ever give me my top five bands for last year, pet? I'm making a little list for the Christmas card.",
        family="top_artists",
        period="last_year",
        count=5,
    ),
    Fresh(
        text="Who was it I was listening to most over the past two weeks? Sorry, I'm not sure I'm asking this right.",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="What's the song I've played the most this month, please? I want to tell my daughter the name of it, I can never remember it.",
        family="top_tracks",
        period="this_month",
        content="music",
    ),
    Fresh(
        text="Would you read me out my top three songs from this summer. Slowly now, I'm writing them down on the back of an envelope.",
        family="top_tracks",
        period="summer",
        content="music",
        count=3,
    ),
    Fresh(
        text="Sorry to bother you, love, what was my number one song in twenty twenty five?",
        family="top_tracks",
        period="in_2025",
        content="music",
    ),
    Fresh(
        text="the five songs I've had on most since October, if it's not too much trouble",
        family="top_tracks",
        period="since_october",
        content="music",
        count=5,
    ),
    Fresh(
        text="Ada here. What's Ada's most played tune of all time? That's me, I'm Ada, I wasn't sure if you'd know.",
        family="top_tracks",
        period="all_time",
        content="music",
        person="Ada",
    ),
    # top_albums
    Fresh(
        text="Which album have I played the most, ever? I think it's that Discovery one but I'm not sure at all.",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="What LP did I have on most in October, love?",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="My grandson wants to know what record I played most over the last three months. He's getting me a present, I think, God love him.",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="the album I put on most last week in the kitchen, what was that one",
        family="top_albums",
        period="last_week",
        room="kitchen",
    ),
    # top_podcasts
    Fresh(
        text="Which of the podcasts do I listen to most? I only know the one my nephew set up for me.",
        family="top_podcasts",
        period="all_time",
        content="podcasts",
    ),
    Fresh(
        text="what talking programme was I listening to most this month, the podcast I mean, not the songs",
        family="top_podcasts",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="Which podcast have I been hooked on lately, would you say?",
        family="top_podcasts",
        period="lately",
        content="podcasts",
    ),
    # listening_time
    Fresh(
        text="How long did I have the music on today? I think I left it running and I'm worried about the electric bill.",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="How many hours did I listen to this thing last week, roughly?",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="Could you tell me how much time I spent listening yesterday evening? I dozed off in the chair, you see.",
        family="listening_time",
        period="yesterday_evening",
    ),
    Fresh(
        text="how many minutes of the podcasts did I listen to this week",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="In total, how many hours of music did we have on in the house last year? Just for the craic.",
        family="listening_time",
        period="last_year",
        content="music",
        person="we",
    ),
    Fresh(
        text="How much music did I listen to over the last seven days? The doctor said I should be relaxing more and I want to show him.",
        family="listening_time",
        period="last_7_days",
        content="music",
    ),
    # plays
    Fresh(
        text="How many songs did I play this morning, would you know?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="how many things did I play on Saturday",
        family="plays",
        period="saturday",
    ),
    Fresh(
        text="Would you count up how many tunes I've played in the last thirty days for me? Thanks a million.",
        family="plays",
        period="last_30_days",
        content="music",
    ),
    Fresh(
        text="How many podcast episodes did I get through in September? I'm not sure I finished any of them.",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="how many plays did we have last weekend, altogether like",
        family="plays",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="Since Monday now, how many songs have I played? I've been keeping busy.",
        family="plays",
        period="since_monday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="How many different singers have I listened to this year? I'd say it's not many.",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="how many different bands did I play in August, when the grandchildren were staying",
        family="artists_count",
        period="august",
    ),
    Fresh(
        text="Tell me, how many different artists have I had on, all in all?",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="How many different songs have I played since March? My daughter says I keep playing the same few.",
        family="songs_count",
        period="since_march",
        content="music",
    ),
    Fresh(
        text="How many different tunes did I get through last month, would you know",
        family="songs_count",
        period="last_month",
        content="music",
    ),
    Fresh(
        text="And how many separate songs was it over the past fortnight? Sorry, I'm full of questions today.",
        family="songs_count",
        period="lately",
        content="music",
    ),
    # play_count
    Fresh(
        text="How many times did I play that Bohemian Rapsodie this week? I do love that one.",
        family="play_count",
        period="this_week",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="How much of the Daft Punks have I had on this month?",
        family="play_count",
        period="this_month",
        name="Daft Punk",
    ),
    Fresh(
        text="How many times did I listen to that Daily programme in October? The American news one.",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    Fresh(
        text="how often have I played Daniel O'Donnell on here, ever",
        family="play_count",
        period="all_time",
        name="Daniel O'Donnell",
    ),
    Fresh(
        text="The Queen one, Don't Stop Me Now, how many times did I have that on last summer?",
        family="play_count",
        period="last_summer",
        name="Don't Stop Me Now by Queen",
    ),
    Fresh(
        text="How many times did I put on that Moon Safary record this year? It's very soothing.",
        family="play_count",
        period="this_year",
        name="Moon Safari",
    ),
    # did_i
    Fresh(
        text="Did I listen to any Queen yesterday? My grandson says they're older than me, the cheek of him.",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Did I play that French crowd, Air, the day before yesterday?",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    Fresh(
        text="did I hear the Justis this week at all",
        family="did_i",
        period="this_week",
        name="Justice",
    ),
    Fresh(
        text="Have I ever listened to Foster and Allen on this? I'd have thought I would have.",
        family="did_i",
        period="all_time",
        name="Foster and Allen",
    ),
    Fresh(
        text="Did we have that Cafe Tacuba on last weekend? Somebody was playing it, I'm nearly sure.",
        family="did_i",
        period="last_weekend",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="did i play sexy boy last friday, I hope the neighbours didn't hear",
        family="did_i",
        period="last_friday",
        name="Sexy Boy",
    ),
    Fresh(
        text="That Dance song by the Justice lads, did I play it this month? The one with the dots in it.",
        family="did_i",
        period="this_month",
        name="D.A.N.C.E. by Justice",
    ),
    # what_played
    Fresh(
        text="What was I listening to yesterday evening? I can't for the life of me remember the name of it.",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what did I have on this afternoon, love",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Could you tell me what I listened to on the third of November? It was our anniversary, you see.",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="What music was I playing last night? I know I had something on while I was doing the ironing.",
        family="what_played",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="What did we listen to the day before yesterday, in the house",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    # playing_at
    Fresh(
        text="What was that on at quarter to eight last night? It was lovely, whatever it was.",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="what was playing at half eight this morning",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Do you know what was on at ten past five this evening? I'd gone out to the garden and left it going.",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="What was playing on Wednesday night at nine o'clock, please?",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="last Friday around twelve noon, what was on the speaker",
        family="playing_at",
        moment="2026-11-13 12:00",
    ),
    Fresh(
        text="Yesterday at about eight in the evening there was a song on, what was it? I'd like to hum it for my sister.",
        family="playing_at",
        moment="2026-11-19 20:00",
        content="music",
    ),
    # taste
    Fresh(
        text="What kind of music would you say I'm into? My granddaughter says I've notions.",
        family="taste",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="how would you describe my taste, be honest now",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="What sort of music have I been liking this year, would you say?",
        family="taste",
        period="this_year",
        content="music",
    ),
    # peak
    Fresh(
        text="What time of day do I usually listen? I'm trying to work out when I'm up and about.",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="When would I normally have the music on, what hour and what day?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="which day of the week do I listen the most, usually",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Have I discovered anyone new lately? My grandson is always at me to try new things.",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Any new singers I listened to for the first time this month?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="who did I hear for the first time this year, new bands and that",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="Do I skip a lot of songs? I press that button by accident a fair bit, I think.",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="How often did I skip things last week?",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="what's my skip rate, if that's the right word for it",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="Do I play the same songs over and over? My daughter says I do and I'd like to prove her wrong.",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="How much do I repeat the same tunes this month, would you say?",
        family="repeat",
        period="this_month",
        content="music",
    ),
    Fresh(
        text="what's my repeat rate, my grandson told me to ask you that",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="How many days in a row have I listened now? I'm trying to keep it going, like the steps.",
        family="streak",
    ),
    Fresh(
        text="What's my streak, love? The listening streak, I mean.",
        family="streak",
    ),
    Fresh(
        text="how many days on the trot have I had something on",
        family="streak",
    ),
    # first_play
    Fresh(
        text="When did I first listen to Justice? I don't remember them coming on the scene at all.",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="When was the first time I played that One More Time song by the Daft Punk?",
        family="first_play",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="My granddaughter's always on about Wet Leg. When did I first hear them, if I ever did?",
        family="first_play",
        name="Wet Leg",
    ),
    Fresh(
        text="first time the Daily came up on this, when was it",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="When did I last play Bohemian Rhapsody? I want to hear it again but I don't want to wear it out.",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="When did I last have the Queen on?",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="when was the last time I listened to that Eres, the Mexican one",
        family="last_play",
        name="Eres",
    ),
    Fresh(
        text="The French one, la fem dargent, when did I last have that on? It's like something from an old film.",
        family="last_play",
        name="La femme d'argent",
    ),
    # last_song
    Fresh(
        text="What was the last song I played? I want to write it down before I forget.",
        family="last_song",
        content="music",
    ),
    Fresh(
        text="What was the very last thing I listened to on here?",
        family="last_song",
    ),
    Fresh(
        text="the last tune I had on, what was it now",
        family="last_song",
        content="music",
    ),
    # first_today
    Fresh(
        text="What did I wake up to today? I had it on with the porridge.",
        family="first_today",
    ),
    Fresh(
        text="What was the first thing I had on today, love?",
        family="first_today",
    ),
    Fresh(
        text="What song did I start the day with? It was stuck in my head all through Mass.",
        family="first_today",
        content="music",
    ),
    # first_in
    Fresh(
        text="What was the first song I played yesterday?",
        family="first_in",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="What did I start off with last Friday, the very first one?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="the first thing I listened to this month, what was that",
        family="first_in",
        period="this_month",
    ),
    Fresh(
        text="Would you know the first tune I played in September? I'm trying to remember what I was doing then.",
        family="first_in",
        period="september",
        content="music",
    ),
    # last_in
    Fresh(
        text="What did I end with last Friday? I had the grandchildren over and it was chaos.",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="What was the last song I played last night before bed?",
        family="last_in",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="What was the last thing I listened to on Saturday?",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="Last thing we had on in October, what was it, do you know?",
        family="last_in",
        period="october",
        person="we",
    ),
    # most_skipped
    Fresh(
        text="Which song do I skip the most? I mustn't like it at all.",
        family="most_skipped",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what's the tune I keep skipping past",
        family="most_skipped",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="the song I skipped most this year, I'd say I know which one",
        family="most_skipped",
        period="this_year",
        content="music",
    ),
    # most_skipped_artist
    Fresh(
        text="Which singer do I skip the most? I'd like to know who it is I don't care for.",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who's the band I skip most often",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Which artist did I skip the most last month, please?",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="What's that song I have on repeat these days? I can't think of the name of it for the life of me.",
        family="on_repeat",
        content="music",
    ),
    Fresh(
        text="Which song can't I stop playing? My husband is sick of it, he says.",
        family="on_repeat",
        content="music",
    ),
    Fresh(
        text="what have I got on heavy rotation, as the young ones say",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Give me a rundown of my listening, would you? I'm not sure what I'm asking for but my grandson said it's good.",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="How was my week in music, love?",
        family="recap",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="Could you do me one of those year in review things? My grandson showed me his on the phone.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Tell me how October went for me, music-wise.",
        family="recap",
        period="october",
        content="music",
    ),
    Fresh(
        text="A little review of last summer, please. How did it go for us?",
        family="recap",
        period="last_summer",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="Am I more of a morning listener or an evening one? I'm up with the lark, you see.",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Do I listen to more music in the mornings or at night?",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="do I listen more in the afternoons or the evenings, would you say",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Do I listen to more music at the weekends or during the week?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Is it weekdays or weekends I have this thing on the most?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Did we listen more at the weekends or on the weekdays last month? Just wondering who's making all the noise.",
        family="compare_week",
        period="last_month",
        person="we",
    ),
]

NEGATIVES = [
    "Would you play a bit of Daft Punk in the kitchen for me, please?",
    "Turn the music up there, love, I can't hear a thing.",
    "What's that song that's playing now? It's lovely.",
    "Skip this one, please, I don't care for it.",
    "Pause the podcast, the kettle's boiling.",
    "Could you put on the album Discovery? My grandson says it's great.",
    "Turn off the kitchen light, would you, thanks.",
    "What's the weather going to be like tomorrow? I've washing to hang out.",
    "Set a timer for forty minutes for the brown bread, please.",
    "Add tea bags to the shopping list, please.",
    "Turn the heating up a bit, it's perishing in here.",
    "What am I listening to right now?",
    "Next song please, in the sitting room.",
    "Put it on shuffle, would you, love.",
    "Turn off the repeat thing, it keeps playing the same one over and over.",
    "Could you make the kitchen speaker and the one in the front room play together?",
    "Lower the volume, the baby's asleep upstairs.",
    "Play Queen, please, the Bohemian one.",
    "Stop the music now, thanks very much.",
    "Play the Daily, the newest one.",
    "Who sings this song that's on?",
    "What time is it, please?",
    "Is it going to rain today, do you know?",
    "Put on some Irish music in the kitchen, something nice and gentle.",
    "Go back to the start of this song, I missed the beginning.",
    "Louder please, I'm at the sink.",
    "Set the alarm for seven tomorrow morning.",
    "Remind me to ring Bridget at four o'clock.",
    "Play something by Air, love, something relaxing.",
    "What album is this from, the one playing now?",
    "Turn the telly off, would you.",
    "Play the next episode of the podcast.",
    "Carry on with the music there, please.",
    "Turn the thermostat down to nineteen.",
    "Put this song on again from the start, I love it.",
    "Mute the speaker for a minute, the phone's ringing.",
    "Play some Justice in the kitchen, my grandson says they're good.",
    "Is the kitchen light still on?",
    "What's the name of this tune that's on now?",
    "Set the volume to five, please.",
    "Add milk and a sliced pan to the list.",
    "Play music in every room, please, we're having a bit of a party.",
    "Switch the speaker off, I'm going up to bed.",
    "Could you put on RTÉ Radio One for me?",
    "Tell me a joke, go on.",
    "How long is left on the timer?",
]
