"""Writer 235, Dortmunder Fußballfan aus dem Ruhrpott (laut und aufgeregt), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Boah, wer war dat denn mein Lieblingskünstler letzten Monat, woll?",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="sach ma, wer is getz mein Künstler des Jahres",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="in der Küche, welche Band läuft da in letzter Zeit am meisten, boah",
        family="top_artists",
        period="lately",
        room="kitchen",
    ),
    Fresh(
        text="wat war dat Lied, dat ich diese Woche am meisten am hören war",
        family="top_tracks",
        period="this_week",
    ),
    Fresh(
        text="sach ma die drei Lieder, die ich überhaupt am meisten gehört hab",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="welches Album hab ich dies Jahr am meisten laufen lassen, dat ganze Ding",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Lieblingsalbum im Sommer, wat war dat noch",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="welcher Podcast läuft bei mir in letzter Zeit rauf und runter",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wat war im September mein Podcast Nummer eins",
        family="top_podcasts",
        period="september",
    ),
    Fresh(
        text="wie lange lief gestern Musik, boah dat war viel, woll",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden hab ich im letzten Sommer so gehört",
        family="listening_time",
        period="last_summer",
    ),
    Fresh(
        text="wie lange hatten wir letzte Woche wat am laufen, die ganze Bude",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="wie viele Lieder hab ich heute schon gehört",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Folgen im Oktober, wie viele warn dat",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="wie viele verschiedene Künstler hab ich dies Jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele verschiedene Lieder warn dat seit Oktober",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="wie oft hab ich Bohemian Rhapsody diesen Monat gehört, dat is dem Omma ihr Lieblingslied",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief dat Queen bei mir dies Jahr, sach ma",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="hab ich gestern Justice gehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="hab ich dat Radiohead jemals gehört, glaub nich, woll",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="heute Morgen The Daily gehört, hab ich dat?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="hab ich am Wochenende wat von Daft Punk gehört",
        family="did_i",
        period="last_weekend",
        name="Daft Punk",
    ),
    Fresh(
        text="wat hab ich gestern Abend so gehört, boah, keine Ahnung mehr",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="wat lief am Samstag bei uns",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="in der Küche, wat lief da seit Montag so",
        family="what_played",
        period="since_monday",
        room="kitchen",
    ),
    Fresh(
        text="wat lief gestern Abend so gegen acht",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="wat lief heute früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="wat für Musik hör ich eigentlich so, sach ehrlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann hör ich eigentlich meistens Musik, so Uhrzeit und Wochentag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab ich in letzter Zeit neue Künstler entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="wie oft überspring ich Lieder, mach ich dat oft?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="hör ich immer dat Gleiche, so Wiederholungsrate und so",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage am Stück hab ich jetz Musik gehört",
        family="streak",
    ),
    Fresh(
        text="wann hab ich dat erste Mal Café Tacvba gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Air, wann hab ich die zuletzt gehört",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="wat war dat letzte Lied, dat ich gehört hab",
        family="last_song",
    ),
    Fresh(
        text="wat war heute dat erste Lied, womit bin ich wach geworden",
        family="first_today",
    ),
    Fresh(
        text="wat war dat erste Lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="wat war dat letzte Lied vorgestern",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="letzte Nacht, wat lief da als Letztes",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="welches Lied skip ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Künstler überspring ich am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="wat läuft bei mir grad in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl ma, wie war mein Oktober so",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib ma nen Rückblick auf letztes Jahr, aber zackig",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="hör ich morgens mehr oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="is bei mir am Wochenende mehr Musik los oder unter der Woche",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in der Küche, aber laut",
    "mach die Musik lauter, boah, dat is geil",
    "wat is dat für ein Lied",
    "überspring dat Lied, dat is Grütze",
    "pausier den Podcast, dat Spiel fängt an",
    "nächster Titel im Wohnzimmer",
    "mach dat Licht in der Küche aus",
    "spiel dat Album Discovery",
    "Lautstärke auf acht",
    "Zufallswiedergabe an",
    "Wiederholung aus",
    "verbinde die Küche mit dem Wohnzimmer",
    "stell nen Timer auf zehn Minuten für die Currywurst",
    "wie wird dat Wetter heute in Dortmund",
    "setz Bier auf die Einkaufsliste",
    "dreh die Heizung hoch, is kalt",
    "wat hör ich getz grad",
    "wat läuft in der Küche",
    "spiel Queen, Don't Stop Me Now, wir gewinnen",
    "stopp die Musik",
    "spiel The Daily",
    "mach leiser, dem Omma ihr Telefon klingelt",
    "wie steht dat beim BVB",
]
