"""Writer 549, a chatty Atlanta hairdresser in her fifties who gossips about her clients before every question and calls the speaker 'sugar', English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Sugar, Darlene sat in my chair today and told me her boy is marrying a girl from Alabama, Lord help us. Anyway. Who'd I listen to the most this week?",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="ok so Miss Odessa's wig came back from the shop the wrong color, bless her heart, she wore it to church anyway. sugar who's been my number one artist this year",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Tammy swears she's done with that man, that's the third time this month I heard that one. Honey, what band have I just been obsessed with lately?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Now between you and me sugar the preacher's wife gets her roots done every two weeks and swears it's natural. Give me my top three artists from last month",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="Miss Darlene says my kitchen sounds like a nightclub when she calls. In the kitchen, sugar, who gets played the most?",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="LaKeisha brought me a pound cake and I ate half of it in the back room, don't you tell nobody. Sugar what was my most played song in October",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Lord have mercy, Brenda talked my ear off about her colonoscopy for forty-five minutes straight. Five songs, sugar, my top five of all time, go on",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="You know Peggy Sue's daughter went and got her nose pierced? Her mama about died. Sugar, what's been my song of the month?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Charlene's husband came in for a trim and would NOT hush about his bass boat, I'm talking an hour. what song did I play the most last week sugar",
        family="top_tracks",
        period="last_week",
    ),
    # top_albums
    Fresh(
        text="Miss Vonda's moving to Savannah, can you believe it, thirty years she's been coming to me. Sugar which album have I played the most this year",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Bobbie Jean says her grandbaby's gonna be on American Idol, mm-hmm, we'll see about that. What's my favorite record sugar, I mean the whole album, not one song",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Shirley wants bangs again and I told her honey you got a cowlick the size of Texas. Sugar what were my two most played albums since March?",
        family="top_albums",
        period="since_march",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="Rhonda's been on one of them true crime podcasts and now she's scared of her own carport. Sugar what podcast have I been hooked on lately?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Marjorie asked me what I listen to while I sweep up hair and I couldn't even tell her. Whats my most played podcast sugar",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Cookie says podcasts are for young people, well I beg to differ Cookie. Which show did I have on the most last summer, sugar?",
        family="top_podcasts",
        period="last_summer",
    ),
    # listening_time
    Fresh(
        text="Sugar, Dottie got a perm. A perm! In twenty twenty six! How long did I listen to music today?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Sheila says she streams eight hours a day at her salon, well aren't you fancy Sheila. How many hours did I listen in September sugar",
        family="listening_time",
        period="september",
    ),
    Fresh(
        text="mm mm mm, Tiffani with an i left me a bad review on Yelp and then came right back for a blowout. sugar how much time have I spent on podcasts this month",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="Pam from the choir sings the whole time she's in my chair, I don't mind it none. Sugar, how many minutes of music did we have going in the kitchen last weekend?",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="Honey, Charlene's sister walked in orange as a Georgia peach, I about cried. Listen sugar, how long have I had stuff playing over the last seven days",
        family="listening_time",
        period="last_7_days",
    ),
    # plays
    Fresh(
        text="Vonda's nephew got himself arrested again, I knew that boy was trouble when he was six years old. Sugar how many songs I played since Monday",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="Brenda's cousin Earlene, you don't know her, well she's pregnant at forty-four, Lord. Sugar how many things did I play yesterday, all together?",
        family="plays",
        period="yesterday",
    ),
    Fresh(
        text="Miss Odessa says the Braves are cursed and she might be right. How many podcast episodes did I get through in August, sugar?",
        family="plays",
        period="august",
        content="podcasts",
    ),
    Fresh(
        text="girl, I mean sugar, LaKeisha's getting her braids took out Saturday and that's a four hour job. How many tracks total did I play in twenty twenty five",
        family="plays",
        period="in_2025",
        content="music",
    ),
    Fresh(
        text="So the Baptists and the Methodists are fighting over that parking lot again, sugar. How many streams has your girl Ada racked up this week?",
        family="plays",
        period="this_week",
        person="Ada",
    ),
    # artists_count
    Fresh(
        text="Bless her heart, Shirley can't tell Beyonce from Rihanna. Sugar, how many different artists did I listen to this year?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Tammy's new boyfriend plays in a cover band, they do the Applebee's on Thursdays. How many different singers and bands have I ever had on, sugar",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="Marjorie keeps saying I oughta branch out. Well sugar, how many artists did we listen to last month, all told?",
        family="artists_count",
        period="last_month",
        person="we",
    ),
    # songs_count
    Fresh(
        text="Cookie's grandson is learning guitar, three chords, that's all that child knows. Sugar how many different songs did I play last week",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="Honey Dottie claims she knows every word to every song she owns, I doubt it. How many different tunes have I listened to in the last 30 days sugar?",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="Rhonda's husband finally retired and now he's underfoot all day long. Sugar, in the kitchen since October, how many separate songs have I gone through?",
        family="songs_count",
        period="since_october",
        room="kitchen",
    ),
    # play_count
    Fresh(
        text="Miss Darlene hates Queen, says it's devil music, and I said Darlene that is Freddie Mercury. Sugar how many times did I play bohemian rhapsody this year",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Sheila's daughter married a DJ, can you believe it, a DJ. How much Daft Punk have I had on this month, sugar?",
        family="play_count",
        period="this_month",
        name="Daft Punk",
    ),
    Fresh(
        text="Vonda went to Mexico City for her anniversary and brought me a little sugar skull. Sugar, how many times have I played that cafe tacuba song, Eres?",
        family="play_count",
        period="all_time",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="Peggy Sue says the news just depresses her. The Daily, sugar, how many times did I put that on last week",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="LaKeisha put me on to Outkast back in the day, Atlanta's own y'all. How many times I played Outkast this year sugar",
        family="play_count",
        period="this_year",
        name="Outkast",
    ),
    # did_i
    Fresh(
        text="Bobbie Jean's husband snores so loud she sleeps in the recliner now. Sugar, did I listen to any Justice yesterday?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Brenda asked me was that French music I had on. Sugar did I play Air at all this week",
        family="did_i",
        period="this_week",
        name="Air",
    ),
    Fresh(
        text="Sugar, Pam says she heard me humming Don't Stop Me Now at the shampoo bowl. Did I play that one on Saturday?",
        family="did_i",
        period="saturday",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Tiffani with an i told me she only listens to Dolly Parton in the car, which, good for her. Sugar have I ever listened to Dolly Parton",
        family="did_i",
        period="all_time",
        name="Dolly Parton",
    ),
    Fresh(
        text="Charlene's mama passed, Lord rest her, the funeral's Tuesday. Sugar did I have The Daily on this morning or not?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Shirley wore leopard print to Bible study, I'd have paid money to see it. Sugar, that Daft Punk album Discovery, did we listen to it last month?",
        family="did_i",
        period="last_month",
        name="Discovery",
        person="we",
    ),
    # what_played
    Fresh(
        text="Cookie called the salon three times about an appointment she already had. Sugar, what was I listening to yesterday evening?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Now Marjorie, and sugar don't you tell a soul, is seeing the mailman. What'd I have playing last Friday",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="Rhonda's boy is back from the Army, skinny as a rail. Sugar run me through what I listened to this afternoon",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Miss Odessa turned ninety and still gets her wash and set every single Thursday. What all did I listen to the day before yesterday, sugar?",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Dottie got new teeth and she keeps clicking 'em at me. Sugar what music was I playing on November third",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="Brenda asked me what my Ada's been listening to, and honey I'm Ada, I been talking about myself like a client. What's Ada been playing over the past two weeks, sugar?",
        family="what_played",
        period="last_2_weeks",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="Vonda called me last night to tell me Tammy's back with him, AGAIN. Sugar, what was playing around eight o'clock last night?",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="Brenda's granddaughter did my nails this morning, bless her, she tried. What was on at half past eight this morning sugar",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Sheila popped in at quarter past five for gossip, I mean a consultation. Sugar what was playing right about then, quarter after five today?",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="Pam's got a cold and coughed all over my station. What was on in the kitchen Tuesday at noon, sugar",
        family="playing_at",
        moment="2026-11-17 12:00",
        room="kitchen",
    ),
    Fresh(
        text="Peggy Sue's husband came to get her at ten to eight yesterday and Lord he looked rough. Sugar what song was on at ten till eight yesterday",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    # taste
    Fresh(
        text="LaKeisha says my music is eclectic, whatever that means. Sugar, what kind of music am I into?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Tammy says I got old lady taste, the nerve. Be honest with me sugar, how would you describe my taste in music",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Bobbie Jean thinks everybody over fifty only listens to gospel. What's my style sugar, what do I mostly go for?",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Charlene says she can't stand music before her coffee. Sugar, what time of day do I usually listen?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Miss Darlene only comes in Wednesdays cause that's when her sister can drive her. Sugar what day of the week do I play the most music",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Shirley asked me when I get my tunes in and I didn't have an answer for her. When do I usually have the music going sugar, like what hour?",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="Vonda's grandbaby's got me listening to all kinds of new mess. Sugar, did I discover anybody new lately?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Rhonda found a new gospel group she can't quit talking about. Who'd I hear for the first time this year sugar, any new artists",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="Marjorie wanted to know am I still stuck in the eighties. Sugar, any new bands show up for me in the last three months?",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="Cookie skips every commercial, every song, every sermon, that woman cannot sit still. Sugar how often do I skip songs",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Tiffani with an i says I'm impatient, well she's one to talk. What's my skip rate this month, sugar?",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="Dottie pushes the button on her remote like a woodpecker. Sugar, how many songs did I skip last week out of all of em",
        family="skips",
        period="last_week",
        content="music",
    ),
    # repeat
    Fresh(
        text="Pam plays the same hymn over and over and over, Lord love her. Sugar, do I replay the same songs a lot?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Sheila says I'm a creature of habit. Sugar what's my repeat rate this year",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="Brenda watches the same Hallmark movie every night of the week. Since March, sugar, how much have I been playing the same stuff over again?",
        family="repeat",
        period="since_march",
    ),
    # streak
    Fresh(
        text="Miss Odessa's been coming to me every week for twenty-two years, never missed a one. Sugar how many days in a row have I been listening?",
        family="streak",
    ),
    Fresh(
        text="Tammy's on a diet streak, four whole days, that's a record for Tammy. Sugar what's my listening streak at right now",
        family="streak",
    ),
    Fresh(
        text="Bobbie Jean ain't missed a Sunday at church since nineteen ninety. How many straight days have I had something playing, sugar?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Charlene says Justice is from France and I said honey how would you know. When did I first listen to Justice sugar",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="LaKeisha asked how long I been on that Daily podcast. Sugar, when was the very first time I played The Daily?",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="Rhonda's daughter sang Sexy Boy at karaoke and I about spit out my sweet tea. When did I first play sexy boy sugar",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="Vonda's son is a big Radiohead fan, wears the t-shirt everywhere, even to Easter. Sugar, when's the first time I listened to Radiohead?",
        family="first_play",
        name="Radiohead",
    ),
    # last_play
    Fresh(
        text="Marjorie wants her hair cut like Freddie Mercury, don't even ask. When did I last listen to Queen, sugar?",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="Shirley kept singing around the world around the world under the dryer. Sugar when's the last time I played Around the World",
        family="last_play",
        name="Around the World",
    ),
    Fresh(
        text="Cookie said my kitchen smelled like a French bakery and she swore it was the music. Moon Safari, sugar, when did I last have that album on?",
        family="last_play",
        name="Moon Safari",
    ),
    Fresh(
        text="Dottie's nephew DJs weddings and he said Da Funk clears the dance floor, the fool. Sugar when was the last time I had on da funk",
        family="last_play",
        name="Da Funk",
    ),
    # last_song
    Fresh(
        text="Peggy Sue left her reading glasses here again, that's the fourth pair. Sugar what was the last song I played?",
        family="last_song",
    ),
    Fresh(
        text="Sugar, Tammy came barging in right when I cut the music off and now I can't remember. What was that last thing I had on",
        family="last_song",
    ),
    Fresh(
        text="Brenda's sister's dog had puppies in the laundry room, seven of em. What'd I play last, sugar, the most recent song?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Miss Darlene called me at seven a.m., seven! Sugar, what was the first song I played today?",
        family="first_today",
    ),
    Fresh(
        text="Honey LaKeisha says she wakes up to Beyonce every morning. What'd I wake up to today sugar",
        family="first_today",
    ),
    Fresh(
        text="Sheila was late again, I had my coffee and my first song done before she even parked. Which song did I start my day with, sugar?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Rhonda's husband tried to cut his own hair yesterday, Lord Jesus. Sugar what was the first song I played yesterday",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Vonda came up from Savannah Saturday just to see me, ain't that sweet. Sugar, first song I put on Saturday, what was it?",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="Tiffani with an i says the first of the month is her fresh start, every month, bless her. What was the very first song I played this month, sugar",
        family="first_in",
        period="this_month",
    ),
    # last_in
    Fresh(
        text="Bobbie Jean stayed past closing last Friday gossiping about the choir director. Sugar, what did I end with last Friday, the last song?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Cookie's in the hospital, nothing serious, just her gallbladder. Sugar what was the last song I played last night",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Pam says you gotta end every year on a high note. What was the last song I played in twenty twenty five, sugar?",
        family="last_in",
        period="in_2025",
    ),
    # most_skipped
    Fresh(
        text="Shirley can't stand one song on the radio and makes me change it every time. Sugar, what song do I skip the most?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Dottie says there's one song I always fast forward when she's here. Which one do I skip most often sugar",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Marjorie bless her hums along to everything, even the ones I hate. Sugar, what's that track I keep skipping?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Tammy skips every country song since her divorce. Which artist do I skip the most, sugar?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Peggy Sue says I got a band I can't stand but keep playing anyhow. Who do I skip the most sugar, what singer",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Sugar, Charlene can't stand Queen, which I think is downright un-American. Who's the band I skip more than anybody else?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="LaKeisha had a song stuck in her head all week and now I got it too. Sugar, what song have I got on repeat these days?",
        family="on_repeat",
    ),
    Fresh(
        text="Miss Odessa says I hum the same little tune every time she comes in. What song can't I stop playing sugar",
        family="on_repeat",
    ),
    Fresh(
        text="Brenda's granddaughter says heavy rotation, I had to ask her what that meant. What's on heavy rotation for me, sugar?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Lord this week, Vonda leaving, Cookie in the hospital, Tammy back with that man. Sugar, how was my week in music?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Sheila does a year in review for her salon on Facebook, pictures and everything. Give me my year in review sugar",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Sugar I been so busy with Rhonda's daughter's wedding updo I ain't had a minute to think, fill me in on my listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Marjorie asked me how my October went and I said girl I don't even know. Sugar, give me a rundown of my October",
        family="recap",
        period="october",
    ),
    # compare_day_parts
    Fresh(
        text="Dottie's a night owl, calls me at eleven at night like it's noon. Am I more of a morning listener or an evening listener sugar",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Pam says she can't take music in the mornings, gives her a headache. Sugar, do I listen more in the mornings or the evenings?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Shirley calls me an early bird but I don't know about that. Sugar, do I play more music in the afternoon or at night",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="Bobbie Jean only turns her radio on Sundays. Sugar, do I listen more on the weekends or during the week?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Cookie says I work too much, six days a week, and she's right. Sugar, is my music going more Monday through Friday or Saturdays and Sundays",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Tiffani with an i parties every weekend, that child is gonna wear out. Since October sugar, do I play more on weekdays or the weekend?",
        family="compare_week",
        period="since_october",
    ),
]

NEGATIVES = [
    "Sugar, play some Daft Punk in the kitchen, Tammy's coming by and I need to be in a good mood before she starts",
    "turn that music up sugar, Brenda's blow dryer is drowning it out",
    "Lord, what song is this sugar? Charlene's humming it too",
    "skip this one sugar, it reminds me of Vonda's ex-husband",
    "pause the podcast sugar, somebody's at the door and I bet you it's Miss Odessa",
    "sugar what's playing in the kitchen right now",
    "next track in the living room, sugar",
    "turn off the kitchen light sugar, Cookie wore me plumb out, I'm done",
    "play the album Discovery sugar, and play it loud",
    "set the volume to six, sugar",
    "put Queen on shuffle, Marjorie's coming at three",
    "sugar turn repeat on for this song, Pam loves it",
    "group the kitchen speaker with the living room one sugar",
    "set a timer for thirty minutes, Peggy Sue's color is processing",
    "sugar what's the weather gonna be tomorrow, Shirley's got her garden party",
    "add hairspray and sweet tea to my shopping list",
    "set the thermostat to seventy two sugar, Miss Odessa's always cold",
    "what am I listening to right now sugar",
    "who sings this one, sugar",
    "play The Daily sugar",
    "turn it down sugar, I'm on the phone with Rhonda and she's crying again",
    "stop the music",
    "play something by Justice in the kitchen",
    "put on Bohemian Rhapsody, Dottie wants to sing",
    "sugar what time is it, LaKeisha's late",
    "call LaKeisha",
    "remind me Tuesday to call Dottie about her perm",
    "play the next episode of The Daily sugar",
    "turn shuffle off",
    "go back to the song before this one sugar",
    "how long is left on this song",
    "what album is this from, sugar",
    "louder sugar, louder, Bobbie Jean's hard of hearing",
    "play music in all the rooms",
    "mute the kitchen speaker",
    "is it gonna rain Saturday sugar, Vonda's driving up",
    "turn on the porch light, Tiffani's coming to pick up her curling iron",
    "play me some gospel sugar, it's been a day",
    "play Air on the kitchen speaker",
    "sugar what's this podcast even about",
    "fast forward thirty seconds",
    "Lord, turn that off",
    "play Don't Stop Me Now, Tiffani with an i needs cheering up",
    "set an alarm for six thirty sugar, Miss Darlene's my first one tomorrow",
]
