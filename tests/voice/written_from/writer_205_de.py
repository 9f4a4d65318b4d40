"""Writer 205, a terse power user barking keyword fragments (Hessian German), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Top Künstler letzt Woch",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Top drei Künstler seit März, gell",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="Küche. Meistgespielte Band letzte Monat",
        family="top_artists",
        period="last_month",
        room="kitchen",
    ),
    Fresh(
        text="Lieblingsband in letzter Zeit, wer isch des",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Unser Top Künstler im Oktober",
        family="top_artists",
        period="october",
        person="we",
    ),
    Fresh(
        text="Top Künstler zwanzisch fünfunzwanzisch",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="Top 5 Lieder gestern",
        family="top_tracks",
        period="yesterday",
        content="music",
        count=5,
    ),
    Fresh(
        text="Lieblingslied dies Jahr, ebbes flott",
        family="top_tracks",
        period="this_year",
        content="music",
    ),
    Fresh(
        text="meistgespieltes Liedsche im Sommer",
        family="top_tracks",
        period="summer",
        content="music",
    ),
    Fresh(
        text="Top drei Lieder seit Oktober",
        family="top_tracks",
        period="since_october",
        content="music",
        count=3,
    ),
    # top_albums
    Fresh(
        text="Top Album dies Jahr",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Album am meiste gespielt, letzt Jahr",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="Top zwei Albe im Oktober",
        family="top_albums",
        period="october",
        count=2,
    ),
    Fresh(
        text="Lieblingsalbum letzte Sommer",
        family="top_albums",
        period="last_summer",
    ),
    # top_podcasts
    Fresh(
        text="Top Podcast seit Oktober",
        family="top_podcasts",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="Podcast, an dem isch grad häng, in letzter Zeit",
        family="top_podcasts",
        period="lately",
        content="podcasts",
    ),
    # listening_time
    Fresh(
        text="Wie lang Mussik heut, Küche",
        family="listening_time",
        period="today",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="Stunde gehört die Woch",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="Hörzeit letzt Jahr insgesamt",
        family="listening_time",
        period="last_year",
    ),
    Fresh(
        text="Wie lang ham mer gestern gehört",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="Minute Podcast die letzte sieben Tag",
        family="listening_time",
        period="last_7_days",
        content="podcasts",
    ),
    Fresh(
        text="Gesamtzeit die letzte 30 Tag",
        family="listening_time",
        period="last_30_days",
    ),
    # plays
    Fresh(
        text="Wie viel Lieder heut früh",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Plays insgesamt den Monat",
        family="plays",
        period="this_month",
    ),
    Fresh(
        text="Wie oft lief überhaupt ebbes im September",
        family="plays",
        period="september",
    ),
    Fresh(
        text="Anzahl Podcastfolge im August",
        family="plays",
        period="august",
        content="podcasts",
    ),
    Fresh(
        text="Plays die letzte zwei Woche, Zahl",
        family="plays",
        period="last_2_weeks",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler dies Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="verschiedene Bands die letzte drei Monat, Zahl",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder den Monat",
        family="songs_count",
        period="this_month",
        content="music",
    ),
    Fresh(
        text="verschiedene Songs seit Montach",
        family="songs_count",
        period="since_monday",
        content="music",
    ),
    # play_count
    Fresh(
        text="Queen Plays letzte Monat",
        family="play_count",
        period="last_month",
        name="Queen",
    ),
    Fresh(
        text="Wie oft Bohemian Rhapsody dies Jahr",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="The Daily, wie oft die Woch",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="Rodgau Monotones, wie oft gespielt",
        family="play_count",
        period="all_time",
        name="Rodgau Monotones",
    ),
    Fresh(
        text="One More Time vom Daft Punk, wie oft insgesamt",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    # did_i
    Fresh(
        text="Ebbes von Air gestern?",
        family="did_i",
        period="yesterday",
        name="Air",
    ),
    Fresh(
        text="Café Tacvba den Monat gehört, ja oder nei",
        family="did_i",
        period="this_month",
        name="Café Tacvba",
    ),
    Fresh(
        text="Helene Fischer letzt Jahr, lief die, oder net",
        family="did_i",
        period="last_year",
        name="Helene Fischer",
    ),
    Fresh(
        text="Sexy Boy am Samstach?",
        family="did_i",
        period="saturday",
        name="Sexy Boy",
    ),
    Fresh(
        text="Justice letzt Wochenend, lief des?",
        family="did_i",
        period="last_weekend",
        name="Justice",
    ),
    # what_played
    Fresh(
        text="Was lief gestern Owend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="vorgestern, was hab isch gehört",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Heut Nachmittach, was lief",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Was ham mer am Samstach gehört",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="Was hat die Ada letzt Woch gehört",
        family="what_played",
        period="last_week",
        person="Ada",
    ),
    Fresh(
        text="am dritte November, was lief da",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="Was lief gestern gege Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heut früh halb neun, was war des",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Gestern Mittach um zwölf, was lief",
        family="playing_at",
        moment="2026-11-19 12:00",
    ),
    Fresh(
        text="Was lief vorgestern um neun owends",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="heut Nachmittach Viertel nach fünf, was lief in de Küch",
        family="playing_at",
        moment="2026-11-20 17:15",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="Mei Geschmack, kurz, net lang babbele",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Was für en Hörertyp bin isch, vom Geschmack her",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Wann hör isch normal, Uhrzeit un Wochetag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Hauptzeit fürs Hörn, gell",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Neue Künstler den Monat",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="ebbes Neues entdeckt in letzter Zeit, Künstler",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Neue Bands seit März",
        family="new_artists",
        period="since_march",
    ),
    # skips
    Fresh(
        text="Skiprate",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie oft skip isch Lieder, letzt Woch",
        family="skips",
        period="last_week",
        content="music",
    ),
    # repeat
    Fresh(
        text="Wiederholungsrate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie viel hör isch immer wieder die selbe Lieder, dies Jahr",
        family="repeat",
        period="this_year",
        content="music",
    ),
    # streak
    Fresh(
        text="Wie viele Tage am Stück gehört",
        family="streak",
    ),
    Fresh(
        text="Mei Serie, Tage hinnerenanner",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann war Justice des erste Mal dabei",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Digital Love, erstes Mal wann",
        family="first_play",
        name="Digital Love",
    ),
    Fresh(
        text="Radiohead, wann zum erste Mal",
        family="first_play",
        name="Radiohead",
    ),
    # last_play
    Fresh(
        text="Wann zuletzt Queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="The Daily, letztes Mal wann",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Da Funk zuletzt gehört, wann war des",
        family="last_play",
        name="Da Funk",
    ),
    # last_song
    Fresh(
        text="Letztes Lied",
        family="last_song",
        content="music",
    ),
    Fresh(
        text="des letzte Liedsche, des isch gespielt hab",
        family="last_song",
        content="music",
    ),
    # first_today
    Fresh(
        text="Erstes Lied heut",
        family="first_today",
        content="music",
    ),
    Fresh(
        text="Womit bin isch heut uffgewacht",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Erstes Lied gestern",
        family="first_in",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Womit hab isch letzte Freitach angefange",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="erstes Lied im Oktober",
        family="first_in",
        period="october",
        content="music",
    ),
    # last_in
    Fresh(
        text="Letztes Lied letzte Nacht",
        family="last_in",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="Womit hab isch gestern uffgehört",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="letzter Track vorgestern",
        family="last_in",
        period="day_before_yesterday",
        content="music",
    ),
    # most_skipped
    Fresh(
        text="Meistgeskipptes Lied",
        family="most_skipped",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Welsches Lied drück isch am meiste weg",
        family="most_skipped",
        period="all_time",
        content="music",
    ),
    # most_skipped_artist
    Fresh(
        text="Welscher Künstler wird am meiste geskippt",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Band, die isch am öftesde überspring",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Was hab isch die Tage in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="Mei Ohrwurm-Lied zur Zeit",
        family="on_repeat",
        content="music",
    ),
    # recap
    Fresh(
        text="Mei Woch im Rückblick",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Jahresrückblick",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Erzähl emol, wie war mei Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Rückblick, kurz, ei gude",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Zusammenfassung letzte Monat",
        family="recap",
        period="last_month",
    ),
    # compare_day_parts
    Fresh(
        text="Morgens oder owends, wann mehr",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Mehr Mussik mittags oder owends",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="Wochenend oder unner der Woch, wann mehr",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Hör isch am Wochenend mehr Mussik als unner der Woch",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Spiel Daft Punk in de Küch",
    "Mussik lauter",
    "Des Lied überspringe",
    "Podcast stop",
    "Licht in de Küche aus",
    "Wie werd des Wetter morsche",
    "Timer zehn Minute, gell",
    "Ebbelwoi uff die Einkaufslist",
    "Heizung uff einunzwanzisch",
    "Was läuft grad",
    "Was isch des fürn Lied",
    "Zufallswiedergabe an",
    "Wiederhole aus",
    "Lautsprecher Küche un Wohnzimmer zamme",
    "Album Discovery abspiele",
    "Lauter, gell",
    "Leiser, isch babbel grad",
    "Nächstes Lied im Wohnzimmer",
    "Pause",
    "Weiter mache",
    "Spiel The Daily",
    "Spiel ebbes von Queen",
    "Küche stumm",
    "Wecker uff sechs",
    "Wer singt des",
    "Des Lied uff die Playlist",
    "Net so laut, ei",
    "Radio an in de Küche",
    "Was hör isch grad",
]
