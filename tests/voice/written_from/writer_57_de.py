"""Writer 57, eine müde Nachtschicht-Krankenschwester aus Berlin (ungeduldig, Schichtsprache), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="wen hab ick letzte Woche am meisten jehört",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="sag mal, wer is eigentlich mein Künstler des Jahres",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="meine drei meistjehörten Künstler in letzter Zeit, mal eben",
        family="top_artists",
        period="lately",
        count=3,
    ),
    Fresh(
        text="in der Küche, wer läuft da am allermeisten, so insgesamt",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="wat war mein Lieblingslied diesen Monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="nenn mir mal eben meine fünf meistjespielten Lieder vom letzten Jahr",
        family="top_tracks",
        period="last_year",
        count=5,
    ),
    Fresh(
        text="welchet Lied lief bei uns im Oktober am häufigsten",
        family="top_tracks",
        period="october",
        person="we",
    ),
    # top_albums
    Fresh(
        text="welches Album hab ick dieses Jahr am meisten jehört",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Lieblingsalbum seit Oktober? keene Ahnung mehr",
        family="top_albums",
        period="since_october",
    ),
    # top_podcasts
    Fresh(
        text="welcher Podcast läuft bei mir in letzter Zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wat war 2025 mein Podcast Nummer eins",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="wie lange lief gestern Musik",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden hab ick letzte Woche jehört, trotz Schicht",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="wie lange hab ick diesen Monat Podcasts jehört",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="Hörzeit der letzten dreißig Tage, wat kommt da raus",
        family="listening_time",
        period="last_30_days",
    ),
    # plays
    Fresh(
        text="wie viele Lieder hab ick heute schon jespielt",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel lief vorgestern insgesamt, also Anzahl",
        family="plays",
        period="day_before_yesterday",
    ),
    Fresh(
        text="wie viele Folgen hab ick im September jehört",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="seit Montag, wie oft hab ick wat abjespielt",
        family="plays",
        period="since_monday",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler hatt ick letzten Monat",
        family="artists_count",
        period="last_month",
    ),
    Fresh(
        text="Anzahl verschiedener Bands in den letzten drei Monaten",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene Lieder waren det diese Woche",
        family="songs_count",
        period="this_week",
    ),
    # play_count
    Fresh(
        text="wie oft hab ick Bohemian Rhapsody diesen Monat jespielt",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief Daft Punk seit Montag",
        family="play_count",
        period="since_monday",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft haben wir letzte Woche The Daily jehört",
        family="play_count",
        period="last_week",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="wie oft hab ick dieses Jahr Rammstein jehört",
        family="play_count",
        period="this_year",
        name="Rammstein",
    ),
    # did_i
    Fresh(
        text="hab ick gestern Justice jehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="lief in letzter Zeit wat von Queen",
        family="did_i",
        period="lately",
        name="Queen",
    ),
    Fresh(
        text="hatt ick am Samstag Eres an, det von Café Tacvba",
        family="did_i",
        period="saturday",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="hab ick jemals Die Ärzte jehört",
        family="did_i",
        period="all_time",
        name="Die Ärzte",
    ),
    # what_played
    Fresh(
        text="wat lief gestern Abend, bevor ick zur Nachtschicht bin",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="wat lief bei uns letztes Wochenende in der Küche",
        family="what_played",
        period="last_weekend",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="wat hab ick heute Morgen nach der Nachtschicht jehört",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="wat lief am dritten November",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="wat lief gestern gegen Viertel vor acht abends",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="wat lief heute früh um halb neun, als ick heimjekommen bin",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="heute Nachmittag um Viertel nach fünf, wat war det fürn Lied",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="vorgestern um neun Uhr abends, wat lief da",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    # taste
    Fresh(
        text="wie würdste meinen Geschmack beschreiben, ehrlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wat hör ick eigentlich so für Zeug, so stilmäßig",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör ick normalerweise, also welche Uhrzeit und welcher Wochentag",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hab ick in letzter Zeit neue Künstler entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche Künstler waren im August neu für mich",
        family="new_artists",
        period="august",
    ),
    # skips
    Fresh(
        text="wie oft skip ick eigentlich, so prozentual",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie hoch war meine Skip-Rate letzten Monat",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="wie hoch is meine Wiederholungsrate, hör ick ständig dieselben Lieder nochmal",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="wie viele Tage am Stück hab ick jetz schon wat jehört",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ick Justice zum ersten Mal jehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="seit wann taucht Café Tacvba bei mir überhaupt auf",
        family="first_play",
        name="Café Tacvba",
    ),
    # last_play
    Fresh(
        text="wann lief zuletzt Da Funk",
        family="last_play",
        name="Da Funk",
    ),
    Fresh(
        text="wann hab ick det letzte Mal The Daily jehört",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="wat war det letzte Lied, det ick jespielt hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="wat war heute det erste Lied",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="wat war det erste Lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="mit welchem Lied hab ick letzten Freitag anjefangen",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="wat war det letzte Lied letzte Nacht, vor der Schicht",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="mit welchem Lied hab ick am Samstag aufjehört",
        family="last_in",
        period="saturday",
    ),
    # most_skipped
    Fresh(
        text="welchet Lied skip ick am meisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen Künstler überspring ick am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welches Lied hör ick zurzeit rauf und runter",
        family="on_repeat",
    ),
    Fresh(
        text="wat hab ick momentan in Dauerschleife, sag mal",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl mal, wie war mein Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Jahresrückblick bitte, aber kurz",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fass mal eben meine Woche zusammen",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="gib mir mal nen Überblick über mein Hören",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="hör ick mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin ick bei den Schichten eher ne Nachmittags- oder ne Nachthörerin",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="hör ick am Wochenende mehr als unter der Woche",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="im Sommer, hab ick da mehr am Wochenende oder unter der Woche jehört",
        family="compare_week",
        period="summer",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in der Küche",
    "mach mal die Musik lauter",
    "wat läuft jetz grad in der Küche",
    "wat is det fürn Lied",
    "überspring det Lied, det nervt",
    "Podcast pausieren, ick muss telefonieren",
    "nächster Titel in der Küche",
    "mach det Licht in der Küche aus",
    "spiel det Album Discovery",
    "Lautstärke auf drei, ick leg mich hin",
    "Zufallswiedergabe an",
    "Wiederholung für det Lied einschalten",
    "verbinde die Lautsprecher in Küche und Schlafzimmer",
    "stell mal eben nen Timer auf zwanzig Minuten",
    "wie wird det Wetter heute Nacht, wenn ick zur Schicht fahr",
    "schreib Milch auf die Einkaufsliste",
    "dreh die Heizung auf einundzwanzig Grad",
    "wat hör ick grad",
    "spiel The Daily",
    "Musik aus, ick will pennen",
    "weck mich um halb sechs, Nachtschicht",
    "spiel wat Ruhiges von Air in der Küche",
    "zurück zum vorherigen Lied",
    "wer singt det hier",
    "leiser, Mensch",
    "nächste Folge vom Podcast",
    "Timer abbrechen",
    "mach alle Lautsprecher aus",
]
