"""Writer 180, speech-to-text user from Zuerich with frequent recognition slips, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="wer war dieses Jahr mein Künstler numero uno",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="welche Band hab ich in letzter Zeit am meisten gehört",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top drei Künstler letztes Jahr",
        family="top_artists",
        period="last_year",
        count=3,
    ),
    Fresh(
        text="welches war mein meistgehörter Künstler zweitausendfünfundzwanzig",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="was war mein Lieblingslied im Sommer",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="nenn mir die fünf meistgespielten Lieder",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="welches Lied lief in der Küche am meisten diesen Monat",
        family="top_tracks",
        period="this_month",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="grüezi welches Album hab ich dieses Jahr am meisten gehört",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="mein Lieblingsalbum im Oktober",
        family="top_albums",
        period="october",
    ),
    # top_podcasts
    Fresh(
        text="welcher Podcast ist mein meistgehörter",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="von welchem Pot Cast bin ich grad so angefressen",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="wie lange lief heute Musik",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden haben wir letzte Woche gehört",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="wie lang hab ich im August Podcasts gehört",
        family="listening_time",
        period="august",
        content="podcasts",
    ),
    Fresh(
        text="wie viel Musik lief in den letzten sieben Tagen",
        family="listening_time",
        period="last_7_days",
        content="music",
    ),
    # plays
    Fresh(
        text="wie viele Lieder hab ich heute Morgen gespielt",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viele Episoden seit Oktober",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="wieviel hab ich in den letzten 30 Tagen abgespielt",
        family="plays",
        period="last_30_days",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler hab ich dieses Jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viel verschiedene Bands in den letzten drei Monaten",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene Lieder diese Woche",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="wie viele unterschiedliche Songs hab ich seit Montag gehört",
        family="songs_count",
        period="since_monday",
    ),
    # play_count
    Fresh(
        text="wie oft hab ich Böhmien Rapsodie gehört diesen Monat",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief Daft Pank letzte Woche",
        family="play_count",
        period="last_week",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft hab ich Patent Ochsner gespielt",
        family="play_count",
        period="all_time",
        name="Patent Ochsner",
    ),
    Fresh(
        text="wie oft hab ich seit März One More Time von Daft Pank gehört",
        family="play_count",
        period="since_march",
        name="One More Time by Daft Punk",
    ),
    # did_i
    Fresh(
        text="hab ich gestern Dschastis gehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="lief bei uns am Samstag The Däily",
        family="did_i",
        period="saturday",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="hab ich im September irgendwas von Cafe Takuba gehört",
        family="did_i",
        period="september",
        name="Café Tacvba",
    ),
    Fresh(
        text="hab ich Züri West gehört letztes Jahr",
        family="did_i",
        period="last_year",
        name="Züri West",
    ),
    Fresh(
        text="hab ich die letzten zwei Wochen Sexy Boy gehört",
        family="did_i",
        period="last_2_weeks",
        name="Sexy Boy",
    ),
    # what_played
    Fresh(
        text="was hab ich vorgestern gehört",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="was lief gestern Abend so",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was hat Ada letzten Freitag gehört",
        family="what_played",
        period="last_friday",
        person="Ada",
    ),
    Fresh(
        text="was hab ich letzte Nacht gehört",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="was hab ich am Wochenende alles gehört",
        family="what_played",
        period="last_weekend",
    ),
    Fresh(
        text="was hat Ada heute Nachmittag gehört",
        family="what_played",
        period="this_afternoon",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="gestern zehn ab acht am Abend was lief da",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="was lief heute Morgen um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was lief heute Nachmittag um Viertel nach fünf",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="was lief gestern beim Znacht so um Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heute am Zmorge um acht was hat da gespielt",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    # taste
    Fresh(
        text="was für Musik hör ich eigentlich gern",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib mal meinen Musikgeschmack",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="um welche Zeit hör ich meistens Musik",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="an welchem Wochentag lauft bei mir am meisten",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hab ich in letzter Zeit neue Künstler entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche Bands hab ich diesen Monat zum ersten Mal gehört",
        family="new_artists",
        period="this_month",
    ),
    # skips
    Fresh(
        text="wie oft überspring ich Lieder",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie hoch ist meine Skip Rate diesen Monat",
        family="skips",
        period="this_month",
    ),
    # repeat
    Fresh(
        text="hör ich oft die gleichen Lieder immer wieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie hoch ist meine Wiederholungsrate dieses Jahr",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="wie viele Tage hintereinander hab ich jetzt gehört",
        family="streak",
    ),
    Fresh(
        text="wie lang ist mein Hörstreak",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ich zum ersten Mal Dschastis gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="seit wann hab ich Er drin die Band Air mein ich",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="wann hab ich Stephan Eicher das erste Mal gehört",
        family="first_play",
        name="Stephan Eicher",
    ),
    # last_play
    Fresh(
        text="wann hab ich das letzte Mal de Deili gehört",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="wann lief zuletzt dont stop mi nau",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    # last_song
    Fresh(
        text="was war das letzte Lied das ich gespielt hab",
        family="last_song",
    ),
    Fresh(
        text="letzter Song wo ich gehört hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="was war heute das erste Lied",
        family="first_today",
    ),
    Fresh(
        text="mit was für einem Song hab ich den Tag angefangen",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="was war das erste Lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="womit hab ich am dritten November angefangen",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="erstes Lied im Oktober",
        family="first_in",
        period="october",
    ),
    # last_in
    Fresh(
        text="was war das letzte Lied letzten Freitag",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="womit hab ich vorgestern aufgehört",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="letzter Song am Samstag",
        family="last_in",
        period="saturday",
    ),
    # most_skipped
    Fresh(
        text="welches Lied überspring ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Song skippe ich immer",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen Künstler überspring ich am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="bei welcher Band drück ich am meisten weiter",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welches Lied lauft bei mir grad in Dauerschlaufe",
        family="on_repeat",
    ),
    Fresh(
        text="was für ein Song kann ich grad nicht mehr aufhören zu hören",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl mal wie war mein November",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="gib mir einen Jahresrückblick",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Rückblick auf letzten Sommer bitte",
        family="recap",
        period="last_summer",
    ),
    Fresh(
        text="wie war meine Woche musikalisch",
        family="recap",
        period="this_week",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich mehr am Morgen oder am Abend",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin ich eher Morgen oder Nachtmensch beim Musik hören",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="lauft bei mir werktags mehr Musik oder am Wochenende",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wochenende oder Werktage wann hör ich mehr",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "grüezi spiel Daft Punk in der Küche",
    "mach d Musik lauter",
    "Musik leiser bitte",
    "was lauft grad in der Küche",
    "was ist das für ein Lied",
    "nächstes Lied",
    "überspring das Lied",
    "pausier den Podcast",
    "nächster Track im Wohnzimmer",
    "Licht in der Küche aus",
    "spiel das Album Discovery",
    "Lautstärke auf fünf",
    "Zufallswiedergabe ein",
    "Wiederholung aus",
    "verbinde die Lautsprecher in Küche und Stube",
    "stell einen Timer auf zehn Minuten für die Rösti",
    "wie wird das Wetter morgen in Zürich",
    "schreib Milch und Zopf auf die Einkaufsliste",
    "stell die Heizung auf einundzwanzig Grad",
    "was hör ich grad",
    "spiel The Däily",
    "stopp die Musik",
    "spiel Radio SRF 3",
    "weck mich morgen um sechs",
    "erinner mich ans Znacht um sieben",
    "spiel Böhmien Rapsodie in der Küche",
    "Musik aus in der Küche",
    "wer singt das",
    "spul dreissig Sekunden vor",
    "mach weiter mit dem Podcast",
    "wie spät ist es",
    "spiel öppis Ruhiges zum Zmorge",
]
