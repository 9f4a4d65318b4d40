"""Writer 58, a bilingual person who switches between English and German mid-sentence, English."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="na, who was my number one Künstler last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="who've I been totally obsessed with lately, ehrlich",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="my top drei artists this year bitte",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="in der Küche, which band gets played the most",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="who did we listen to most im Oktober",
        family="top_artists",
        period="october",
        person="we",
    ),
    Fresh(
        text="who was my go-to Künstler in twenty twenty-five",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="what's my Lieblingslied this month",
        family="top_tracks",
        period="this_month",
        content="music",
    ),
    Fresh(
        text="give me my top fünf songs of all time",
        family="top_tracks",
        period="all_time",
        count=5,
        content="music",
    ),
    Fresh(
        text="which track did we play the most letzte Woche",
        family="top_tracks",
        period="last_week",
        person="we",
        content="music",
    ),
    Fresh(
        text="song of the summer, welcher war's bei mir",
        family="top_tracks",
        period="summer",
        content="music",
    ),
    # top_albums
    Fresh(
        text="which Album did I spin the most in October",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="my most played record last year, weißt du das",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="top two albums seit März?",
        family="top_albums",
        period="since_march",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="which podcast am I so hooked on zurzeit",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="meistgehörter podcast this year, which one is it",
        family="top_podcasts",
        period="this_year",
    ),
    # listening_time
    Fresh(
        text="so, how long was I listening heute so far",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="how many hours of Musik did I have on last week",
        family="listening_time",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="how much time did we spend listening gestern Abend",
        family="listening_time",
        period="yesterday_evening",
        person="we",
    ),
    Fresh(
        text="how many Stunden have I listened, like insgesamt",
        family="listening_time",
        period="all_time",
    ),
    Fresh(
        text="how long did I listen this afternoon, ungefähr",
        family="listening_time",
        period="this_afternoon",
    ),
    # plays
    Fresh(
        text="how many Lieder did I play today",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="how many streams did I have im September",
        family="plays",
        period="september",
    ),
    Fresh(text="total plays seit Montag?", family="plays", period="since_monday"),
    Fresh(
        text="how many podcast Folgen did I listen to diesen Monat",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="how many tracks did Ada play last night",
        family="plays",
        period="last_night",
        person="Ada",
        content="music",
    ),
    Fresh(
        text="wie viele plays over the past two weeks, roughly",
        family="plays",
        period="last_2_weeks",
    ),
    # artists_count
    Fresh(
        text="how many verschiedene artists did I listen to this year",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele different bands have I had on over the last thirty days",
        family="artists_count",
        period="last_30_days",
    ),
    # songs_count
    Fresh(
        text="how many unterschiedliche songs did I play last month",
        family="songs_count",
        period="last_month",
        content="music",
    ),
    Fresh(
        text="number of different tracks I've heard seit Oktober",
        family="songs_count",
        period="since_october",
        content="music",
    ),
    # play_count
    Fresh(
        text="how oft have I had Queen on this year",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="how many times did I play Bohemian Rhapsody, so overall",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="One More Time von Daft Punk, how many times did that play last month",
        family="play_count",
        period="last_month",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="how often did I listen to Radiohead dieses Jahr",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="wie oft did Discovery get played since March",
        family="play_count",
        period="since_march",
        name="Discovery",
    ),
    # did_i
    Fresh(
        text="did I listen to Justice gestern",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="any Air this week oder nicht?",
        family="did_i",
        period="this_week",
        name="Air",
    ),
    Fresh(
        text="The Daily vorgestern, did I hear it?",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    Fresh(
        text="did we have cafe tacuba on am Wochenende",
        family="did_i",
        period="last_weekend",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="did I ever play The Weeknd, überhaupt jemals",
        family="did_i",
        period="all_time",
        name="The Weeknd",
    ),
    Fresh(
        text="have I heard Daft Punk in letzter Zeit",
        family="did_i",
        period="lately",
        name="Daft Punk",
    ),
    # what_played
    Fresh(
        text="what was I listening to gestern Abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="what was on heute Morgen, kurz zusammengefasst",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="what did we listen to last Friday, also letzten Freitag",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="remind me was ich so gehört hab on Saturday",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="what music did I play on November third",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="what did I have on in the last sieben Tagen",
        family="what_played",
        period="last_7_days",
    ),
    # playing_at
    Fresh(
        text="what was playing um Viertel vor acht last night",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heute früh so around viertel nach acht, what was on",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="at five past five this afternoon, was lief da",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="what was playing vorgestern um neun Uhr abends",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="gestern um zehn nach acht abends, what was on in der Küche",
        family="playing_at",
        moment="2026-11-19 20:10",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="how would you describe my Geschmack", family="taste", period="all_time"
    ),
    Fresh(
        text="what kind of stuff am I into this year, so vom Stil her",
        family="taste",
        period="this_year",
    ),
    Fresh(
        text="tell me about my taste in der letzten Zeit",
        family="taste",
        period="lately",
    ),
    # peak
    Fresh(
        text="wann do I usually listen, like what time of day",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="what's my peak hour und which Wochentag am I listening most",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="did I discover anyone neu lately", family="new_artists", period="lately"
    ),
    Fresh(
        text="which artists did I hear zum ersten Mal this month",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="any neue Künstler in the last three months?",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="how oft do I skip, like what's my skip rate",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="how many songs did I skip diese Woche, out of how many",
        family="skips",
        period="this_week",
        content="music",
    ),
    Fresh(text="skip rate für last summer?", family="skips", period="last_summer"),
    # repeat
    Fresh(
        text="how much do I replay the same Sachen over and over",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="what's my repeat rate diesen Monat", family="repeat", period="this_month"
    ),
    # streak
    Fresh(text="how many Tage in a row have I listened now", family="streak"),
    Fresh(
        text="what's my listening streak, also how many days straight", family="streak"
    ),
    # first_play
    Fresh(
        text="when did I first hear Justice, so das allererste Mal",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann was the first time Don't Stop Me Now came on",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="when did I first listen to Wet Leg", family="first_play", name="Wet Leg"
    ),
    # last_play
    Fresh(
        text="when did I last hear Sexy Boy von Air",
        family="last_play",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="when was the last time I had The Daily on, weißt du's",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="letztes Mal I played Queen, when was that",
        family="last_play",
        name="Queen",
    ),
    # last_song
    Fresh(
        text="what was the very last song I played, egal wann",
        family="last_song",
        content="music",
    ),
    Fresh(
        text="zuletzt gespielt, which track was that",
        family="last_song",
        content="music",
    ),
    # first_today
    Fresh(text="what was my erster song heute", family="first_today", content="music"),
    Fresh(text="what did I wake up to heute", family="first_today"),
    # first_in
    Fresh(
        text="the first song I played gestern, welcher war das",
        family="first_in",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="what did I kick off last week with, so der erste track",
        family="first_in",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="erster song on November third?",
        family="first_in",
        period="november_3",
        content="music",
    ),
    # last_in
    Fresh(
        text="what did I end with letzten Freitag",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="last track gestern Abend, what was it",
        family="last_in",
        period="yesterday_evening",
        content="music",
    ),
    Fresh(
        text="the final song I played in August, weißt du das noch",
        family="last_in",
        period="august",
        content="music",
    ),
    # most_skipped
    Fresh(
        text="which song do I skip am meisten",
        family="most_skipped",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="what's the track I always wegskippe",
        family="most_skipped",
        period="all_time",
        content="music",
    ),
    # most_skipped_artist
    Fresh(
        text="which artist do I skip the most, so insgesamt",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="who gets skipped bei mir the most",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="what song have I got on repeat zurzeit",
        family="on_repeat",
        content="music",
    ),
    Fresh(
        text="which song can't I stop playing, ehrlich gesagt",
        family="on_repeat",
        content="music",
    ),
    Fresh(text="what's been auf heavy rotation bei mir", family="on_repeat"),
    # recap
    Fresh(text="give me a rundown of my Woche", family="recap", period="this_week"),
    Fresh(
        text="can I get my Jahresrückblick, please", family="recap", period="this_year"
    ),
    Fresh(
        text="fill me in on last month, so a kleiner Rückblick",
        family="recap",
        period="last_month",
    ),
    Fresh(text="give me a recap, bitte", family="recap", period="this_month"),
    Fresh(
        text="wie war my October, run me through it", family="recap", period="october"
    ),
    # compare_day_parts
    Fresh(
        text="am I more of a morning or Abend listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="do I listen more vormittags or nachmittags",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mornings or evenings, when do I listen more this month, sag mal",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="do I listen more am Wochenende or unter der Woche",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="weekdays vs. Wochenende, where's more listening this year",
        family="compare_week",
        period="this_year",
    ),
]

NEGATIVES = [
    "play Daft Punk in der Küche",
    "mach the music lauter please",
    "what's playing in der Küche gerade",
    "what song is das",
    "skip this song, ach nee",
    "pause the podcast kurz",
    "next track im Wohnzimmer",
    "turn off the Küchenlicht",
    "play the album Discovery, bitte",
    "volume auf fifty percent",
    "shuffle on, und dann play Queen",
    "repeat mode aus please",
    "group the kitchen speaker mit dem living room",
    "set a timer für zehn Minuten",
    "what's the Wetter like morgen",
    "put Milch on the shopping list",
    "set the thermostat auf einundzwanzig degrees",
    "what am I listening to gerade",
    "who sings this, der Song right now",
    "play The Daily, die neueste Folge",
    "leiser please, the music is too loud",
    "play something von Justice",
    "stop the music in der Küche",
    "play Bohemian Rhapsody nochmal",
    "resume den podcast",
    "go back one song, zurück",
    "play some chill Musik for dinner",
    "mute den speaker",
    "turn on the Licht im Flur",
    "how spät is it",
    "wake me up um sieben",
    "add Eier und Butter to die Einkaufsliste",
    "play Air im Schlafzimmer",
    "what album is this song from, das hier",
    "like this song, add it to meine Bibliothek",
    "turn the Heizung down a bit",
    "play Radio Eins in the kitchen",
    "spiel Genesis von Justice, please",
    "make the kitchen speaker lauter",
    "who is this artist, den ich gerade höre",
    "skip forward dreißig Sekunden in the podcast",
    "play D.A.N.C.E. in der Küche and turn it up",
    "is it going to regnen today",
    "cancel the timer, bitte",
]
