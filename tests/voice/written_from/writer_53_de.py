"""Writer 53, ein Berliner Techno-Nerd und Ex-DJ, der englische Musikwörter einstreut, Deutsch."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Wer war diesen Monat mein meistgespielter Act?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="welche drei Künstler liefen bei mir seit Oktober am meisten",
        family="top_artists",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="Künstler des Jahres zwanzig fünfundzwanzig, wer war das bei mir",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="in der Küche, welcher Act lief bei uns letzte Woche am häufigsten",
        family="top_artists",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="Was war letzte Woche mein meistgespielter Track?",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="meine Top fünf Tracks aller Zeiten, bitte",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="welcher Track lief im Sommer bei mir am häufigsten",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="Lieblingstrack der letzten sieben Tage?",
        family="top_tracks",
        period="last_7_days",
    ),
    # top_albums
    Fresh(
        text="Welche Platte hab ich dieses Jahr am meisten aufgelegt, also welches Album?",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="meine meistgehörte Scheibe in letzter Zeit",
        family="top_albums",
        period="lately",
    ),
    # top_podcasts
    Fresh(
        text="welcher Podcast lief im Oktober am meisten",
        family="top_podcasts",
        period="october",
    ),
    Fresh(
        text="sag mal, was ist eigentlich mein Lieblingspodcast",
        family="top_podcasts",
        period="all_time",
    ),
    # listening_time
    Fresh(
        text="wie lange lief heute schon Musik bei mir",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden hab ich letzten Monat insgesamt gehört",
        family="listening_time",
        period="last_month",
    ),
    Fresh(
        text="gestern Abend in der Küche, wie lange lief da was",
        family="listening_time",
        period="yesterday_evening",
        room="kitchen",
    ),
    Fresh(
        text="wie viele Minuten Podcast hab ich seit Montag gehört",
        family="listening_time",
        period="since_monday",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="wie viele Tracks hab ich heute Morgen gespielt",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viele Plays hatten wir im September insgesamt",
        family="plays",
        period="september",
        person="we",
    ),
    Fresh(
        text="wie viele Podcast-Folgen hab ich diesen Monat durchgehört",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="Anzahl Plays im August, grob",
        family="plays",
        period="august",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Acts hab ich dieses Jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele unterschiedliche Künstler liefen in den letzten drei Monaten",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene Tracks liefen seit März",
        family="songs_count",
        period="since_march",
    ),
    Fresh(
        text="wie viele unterschiedliche Songs hab ich insgesamt gestreamt",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="wie oft hab ich Da Funk diesen Monat gespielt",
        family="play_count",
        period="this_month",
        name="Da Funk",
    ),
    Fresh(
        text="wie viele Plays hatte Justice in den letzten dreißig Tagen",
        family="play_count",
        period="last_30_days",
        name="Justice",
    ),
    Fresh(
        text="wie oft lief Kraftwerk dieses Jahr bei mir",
        family="play_count",
        period="this_year",
        name="Kraftwerk",
    ),
    Fresh(
        text="Moon Safari von Air, wie oft hab ich die Platte letzten Sommer aufgelegt",
        family="play_count",
        period="last_summer",
        name="Moon Safari",
    ),
    # did_i
    Fresh(
        text="hab ich gestern Air gehört",
        family="did_i",
        period="yesterday",
        name="Air",
    ),
    Fresh(
        text="lief diese Woche überhaupt was von Daft Punk?",
        family="did_i",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="hab ich letztes Wochenende Phantom von Justice gespielt",
        family="did_i",
        period="last_weekend",
        name="Phantom by Justice",
    ),
    Fresh(
        text="Ellen Allien, hab ich die letztes Jahr mal gestreamt",
        family="did_i",
        period="last_year",
        name="Ellen Allien",
    ),
    Fresh(
        text="seit Oktober mal Don't Stop Me Now gehört?",
        family="did_i",
        period="since_october",
        name="Don't Stop Me Now",
    ),
    # what_played
    Fresh(
        text="was lief gestern Abend so bei mir",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was hab ich vorgestern alles gehört",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="was lief bei uns letzten Freitag",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="was hat Ada heute Nachmittag aufgelegt",
        family="what_played",
        period="this_afternoon",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="was lief gestern so gegen acht Uhr abends",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="welcher Track lief heute früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="am Mittwoch um zwölf Uhr mittags, was lief da",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="was für Musik hör ich eigentlich so, mal ehrlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wie würdest du meinen Sound beschreiben",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör ich normalerweise Musik, also Uhrzeit und Wochentag",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="welche neuen Acts hab ich diesen Monat entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welche Künstler waren letzten Sommer neu für mich",
        family="new_artists",
        period="last_summer",
    ),
    Fresh(
        text="neue Künstler in den letzten zwei Wochen, irgendwer dabei?",
        family="new_artists",
        period="last_2_weeks",
    ),
    # skips
    Fresh(
        text="wie oft skippe ich eigentlich Tracks",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie hoch war meine Skip-Rate letzte Woche",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="wie hoch ist meine Repeat-Rate, also wie oft spiel ich dieselben Tracks nochmal",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="wie viele Tage am Stück hab ich jetzt schon gehört",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ich Café Tacvba zum ersten Mal gestreamt",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Genesis von Justice, wann lief der Track bei mir zum allerersten Mal",
        family="first_play",
        name="Genesis by Justice",
    ),
    # last_play
    Fresh(
        text="wann hab ich zuletzt Bohemian Rhapsody gehört",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wann lief The Daily das letzte Mal",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="was war der letzte Track, den ich gespielt hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="mit welchem Track bin ich heute in den Tag gestartet",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="was war am Samstag der erste Track",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="mit welchem Track hab ich gestern angefangen",
        family="first_in",
        period="yesterday",
    ),
    # last_in
    Fresh(
        text="welcher Track lief letzte Nacht als Letztes",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="am dritten November, was war da der letzte Track",
        family="last_in",
        period="november_3",
    ),
    # most_skipped
    Fresh(
        text="welchen Track skippe ich am häufigsten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen Act skipp ich am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welcher Track ist bei mir zurzeit in Heavy Rotation",
        family="on_repeat",
    ),
    Fresh(
        text="welchen Song kann ich in letzter Zeit nicht aufhören zu spielen",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl mal, wie war mein Jahr so musikalisch",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="gib mir mal nen Rückblick auf letzten Monat",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="fass mal meine letzte Woche zusammen, hörmäßig",
        family="recap",
        period="last_week",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich mehr morgens oder eher abends",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="läuft bei mir am Wochenende mehr als unter der Woche",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in der Küche",
    "mach die Musik lauter",
    "leg mal Discovery auf",
    "nächster Track",
    "skip den Track",
    "was läuft gerade",
    "welcher Track ist das hier",
    "pausier den Podcast",
    "Lautstärke auf dreißig Prozent",
    "Shuffle an",
    "Repeat aus",
    "mach das Licht in der Küche aus",
    "stell einen Timer auf zehn Minuten",
    "wie wird das Wetter morgen",
    "setz Club-Mate auf die Einkaufsliste",
    "Heizung auf einundzwanzig Grad",
    "spiel die neue Folge von The Daily",
    "verbinde die Küche mit dem Wohnzimmer-Lautsprecher",
    "mach mal leiser in der Küche",
    "zurück zum vorherigen Track",
    "spul dreißig Sekunden vor",
    "spiel was von Justice im Wohnzimmer",
    "wer ist der Act von dem Track, der gerade läuft",
    "stopp die Musik",
    "mehr Bass bitte",
    "pack Phantom in die Warteschlange",
    "was hör ich gerade",
    "spiel die Platte Cross von vorne",
]
