"""Writer 512, ein neunjähriges Kind, das nach der Musik der Familie fragt, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="äh wer war letzten Monat die Band die wir am allermeisten gehört haben",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="welchen Sänger hat die Ada dieses Jahr am meisten gehört",
        family="top_artists",
        period="this_year",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="welches Lied haben wir letzte Woche am allermeisten gehört, Mamas Lieder und so",
        family="top_tracks",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="sag mal was sind die drei Lieder wo ich am meisten hör",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    # top_albums
    Fresh(
        text="welches Album hab ich am meisten gehört, äh, so insgesamt",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="und welche CD haben wir im Sommer am meisten gehört",
        family="top_albums",
        period="summer",
        person="we",
    ),
    # top_podcasts
    Fresh(
        text="welchen Podcast hört man bei uns am meisten, äh, letztes Jahr mein ich",
        family="top_podcasts",
        period="last_year",
        person="we",
    ),
    Fresh(
        text="welchen Podcast hör ich in letzter Zeit am meisten, so einen wo nur geredet wird",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="wie lange ist heute Musik gelauft",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden haben wir im Oktober Musik gehört",
        family="listening_time",
        period="october",
        person="we",
        content="music",
    ),
    Fresh(
        text="wie lange hab ich heute früh zugehört bevor ich zur Schule bin",
        family="listening_time",
        period="this_morning",
    ),
    # plays
    Fresh(
        text="wie viele Lieder sind gestern gelauft",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viel Sachen hab ich diese Woche angemacht, so insgesamt",
        family="plays",
        period="this_week",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Bands haben wir letztes Jahr gehört",
        family="artists_count",
        period="last_year",
        person="we",
    ),
    Fresh(
        text="äh und wie viele Sänger und so seit Montag, verschiedene mein ich",
        family="artists_count",
        period="since_monday",
    ),
    # songs_count
    Fresh(
        text="wie viele andere Lieder, äh, verschiedene, hab ich seit März gehört",
        family="songs_count",
        period="since_march",
    ),
    Fresh(
        text="wie viele verschiedene Lieder waren das in den letzten dreißig Tagen",
        family="songs_count",
        period="last_30_days",
    ),
    # play_count
    Fresh(
        text="wie oft hat das Lied wo so geht one more time gelaufen",
        family="play_count",
        period="all_time",
        name="One More Time",
    ),
    Fresh(
        text="wie oft hat die Ada Queen gehört diesen Monat",
        family="play_count",
        period="this_month",
        name="Queen",
        person="Ada",
    ),
    Fresh(
        text="wie oft haben wir letzten Sommer die Bohemien Rapsodie gehört",
        family="play_count",
        period="last_summer",
        name="Bohemian Rhapsody",
        person="we",
    ),
    # did_i
    Fresh(
        text="haben wir gestern Daft Pank gehört, die mit den Roboterhelmen",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
        person="we",
    ),
    Fresh(
        text="hab ich heute Nachmittag Dschastis gehört",
        family="did_i",
        period="this_afternoon",
        name="Justice",
    ),
    Fresh(
        text="haben wir am Wochenende Bibi und Tina gehört",
        family="did_i",
        period="last_weekend",
        name="Bibi und Tina",
        person="we",
    ),
    Fresh(
        text="hihi hab ich in letzter Zeit das Sexy Boy Lied gehört",
        family="did_i",
        period="lately",
        name="Sexy Boy",
    ),
    # what_played
    Fresh(
        text="was haben wir gestern Abend gehört wo ich schon im Bett war",
        family="what_played",
        period="yesterday_evening",
        person="we",
    ),
    Fresh(
        text="was lief vorgestern",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="und was lief am Samstag in der Küche",
        family="what_played",
        period="saturday",
        room="kitchen",
    ),
    # playing_at
    Fresh(
        text="was lief gestern um acht, äh, abends, wo wir gegessen haben",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="heute früh um halb neun was war da für ein Lied an",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was lief heute so um Viertel nach fünf",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="was für Musik mag ich eigentlich so",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="äh was ist mein Musikgeschmack, also welche Musik ich so gut find",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör ich immer Musik, so welche Uhrzeit und welcher Tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="gibts neue Bands die ich diesen Monat zum ersten Mal gehört hab",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wen haben wir im September neu entdeckt, so Sänger wo wir vorher nicht kannten",
        family="new_artists",
        period="september",
        person="we",
    ),
    # skips
    Fresh(
        text="wie oft drück ich bei Liedern weiter",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="hab ich letzte Woche viel übersprungen",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="im August haben wir da immer die gleichen Lieder nochmal und nochmal gehört",
        family="repeat",
        period="august",
        person="we",
        content="music",
    ),
    # streak
    Fresh(
        text="wie viele Tage hintereinander hab ich schon was gehört",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ich das erste Mal Kaffee Takuba gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann kam das Lied la fam darschang zum ersten Mal",
        family="first_play",
        name="La femme d'argent",
    ),
    # last_play
    Fresh(
        text="wann hab ich zuletzt das don't stop me nau gehört",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="wann lief das letzte Mal der Daily Podcast, der englische wo Mama hört",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="was war das letzte Lied, äh, das allerletzte",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="was war heute das allererste Lied",
        family="first_today",
    ),
    Fresh(
        text="welches Lied kam heute als erstes, beim Frühstück und so",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="was haben wir gestern als erstes gehört, wo wir im Auto waren, nee danach in der Küche",
        family="first_in",
        period="yesterday",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="welches Lied kam letzten Freitag als erstes",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="und was war das letzte Lied am dritten November",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="was hab ich gestern als letztes gehört bevor ich ins Bett bin",
        family="last_in",
        period="yesterday",
    ),
    # most_skipped
    Fresh(
        text="welches Lied drück ich immer weg, das wo ich nicht mag",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welche Band wird bei mir immer weggedrückt",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welches Lied hör ich grad immer und immer wieder",
        family="on_repeat",
    ),
    Fresh(
        text="was ist grad so das Lied wo dauernd läuft",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl mal wie war meine Woche mit Musik",
        family="recap",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="wie war unser Oktober so mit Musik und so",
        family="recap",
        period="october",
        person="we",
        content="music",
    ),
    Fresh(
        text="und wie war mein ganzes Jahr, also mit Liedern",
        family="recap",
        period="this_year",
        content="music",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich mehr morgens Musik oder abends",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="hör ich am Wochenende mehr Musik oder wenn Schule ist",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "spiel das Lied wo so geht one more time",
    "mach lauter",
    "mach die Musik in der Küche leiser Mama telefoniert",
    "was ist das für ein Lied grad",
    "nächstes Lied bitte",
    "spiel Bibi und Tina",
    "stopp",
    "mach das Licht in der Küche aus",
    "wie wird das Wetter morgen, kann ich kurze Hose anziehen",
    "stell einen Wecker für sieben Uhr",
    "stell einen Timer für zehn Minuten für die Pizza",
    "schreib Schokolade auf die Einkaufsliste",
    "spiel das Album Discovery",
    "mach Zufall an, so durcheinander",
    "spiel das Lied nochmal und nochmal, Wiederholen an",
    "pause",
    "mach den Podcast aus der ist langweilig",
    "wer singt das grad",
    "was hör ich grad",
    "mach Queen an aber ganz laut",
    "verbinde die Küche mit dem Lautsprecher im Wohnzimmer",
    "mach die Heizung in meinem Zimmer wärmer",
    "spiel Daft Punk im Kinderzimmer",
    "überspring das Lied das ist doof",
]
