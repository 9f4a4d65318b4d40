"""Writer 318, Münsterland farmer, dry and plain, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Wen hab ich diesen Monat am meisten gehört",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Welcher Künstler lief letztes Jahr am meisten",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="In der Küche, wer lief da am meisten. So insgesamt.",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="Meistgehörter Künstler letzten Sommer",
        family="top_artists",
        period="last_summer",
    ),
    Fresh(
        text="Welcher Künstler war zwanzig fünfundzwanzig vorne",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="Welches Lied hab ich letzte Woche am meisten gespielt",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="Die drei meistgespielten Lieder. Seit Oktober.",
        family="top_tracks",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="Lieblingslied im Sommer, wat war dat",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="Top fünf Stücke die letzten drei Monate",
        family="top_tracks",
        period="last_3_months",
        count=5,
    ),
    # top_albums
    Fresh(
        text="Welches Album lief dies Jahr am meisten",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Meistgespieltes Album im September",
        family="top_albums",
        period="september",
    ),
    # top_podcasts
    Fresh(
        text="Welchen Podcast hör ich am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Wat für'n Podcast lief in letzter Zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="Wie lange lief heute Musik",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Stunden hab ich diese Woche gehört",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="Wie lange lief bei uns gestern Abend wat",
        family="listening_time",
        period="yesterday_evening",
        person="we",
    ),
    Fresh(
        text="Wie viel Zeit für Podcasts im Oktober",
        family="listening_time",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="Die letzten sieben Tage, wie lange hab ich gehört",
        family="listening_time",
        period="last_7_days",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder heute Morgen",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wie viel hab ich seit Montag abgespielt",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="Wie viele Folgen hab ich letzten Monat gehört",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="Wie viele Lieder in den vergangenen zwei Wochen",
        family="plays",
        period="last_2_weeks",
        content="music",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler dies Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viele Bands hab ich in den letzten dreißig Tagen gehört, verschiedene",
        family="artists_count",
        period="last_30_days",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder hab ich letzte Woche gehört",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="Unterschiedliche Stücke seit März. Wie viele?",
        family="songs_count",
        period="since_march",
    ),
    # play_count
    Fresh(
        text="Wie oft lief Bohemian Rhapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie oft hab ich dies Jahr Daft Punk gehört",
        family="play_count",
        period="this_year",
        name="Daft Punk",
    ),
    Fresh(
        text="The Daily diese Woche, wie oft",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="Wie oft hab ich Helene Fischer gespielt. Ich glaub nie.",
        family="play_count",
        period="all_time",
        name="Helene Fischer",
    ),
    # did_i
    Fresh(
        text="Hab ich gestern Queen gehört",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Lief in letzter Zeit wat von Justice",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="Hatten wir am Samstag Air an",
        family="did_i",
        period="saturday",
        name="Air",
        person="we",
    ),
    Fresh(
        text="Heute früh, hab ich da The Daily gehört",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Hab ich jemals Modern Talking gehört",
        family="did_i",
        period="all_time",
        name="Modern Talking",
    ),
    # what_played
    Fresh(
        text="Wat hab ich vorgestern gehört",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Wat lief letzten Freitag",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="Wat lief heute Nachmittag, war im Stall",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Im August, wat lief da so",
        family="what_played",
        period="august",
    ),
    # playing_at
    Fresh(
        text="Wat lief gestern Abend um acht",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="Heute Morgen halb neun, wat war dat für'n Lied",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Wat lief heute so gegen zehn nach fünf",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    # taste
    Fresh(
        text="Wat hör ich eigentlich für Musik",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Wat is mein Geschmack, musikalisch",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Wann hör ich meistens. Uhrzeit und Tag.",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Um wie viel Uhr hör ich für gewöhnlich",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Neue Künstler diesen Monat?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Hab ich in letzter Zeit wen Neues entdeckt",
        family="new_artists",
        period="lately",
    ),
    # skips
    Fresh(
        text="Wie oft überspring ich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie viel hab ich letzte Woche weggedrückt",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="Hör ich immer dat Gleiche? Wie oft wiederhol ich",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Im Oktober, wie oft hab ich dat Gleiche nochmal gehört",
        family="repeat",
        period="october",
    ),
    # streak
    Fresh(
        text="Wie viele Tage am Stück hab ich gehört",
        family="streak",
    ),
    Fresh(
        text="Wie viele Tage hintereinander lief wat",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab ich zum ersten Mal Justice gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Café Tacvba, wann lief dat zuerst",
        family="first_play",
        name="Café Tacvba",
    ),
    # last_play
    Fresh(
        text="Wann lief zuletzt Queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="Wann hab ich Around the World dat letzte Mal gehört",
        family="last_play",
        name="Around the World",
    ),
    # last_song
    Fresh(
        text="Wat war dat letzte Lied",
        family="last_song",
    ),
    Fresh(
        text="Welches Stück hab ich als letztes gespielt",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Wat war heute dat erste Lied",
        family="first_today",
    ),
    Fresh(
        text="Womit hab ich heute angefangen, vorm Melken",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Erstes Lied gestern?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Wat lief am dritten November als erstes",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="Wat war dat letzte Lied letzte Woche",
        family="last_in",
        period="last_week",
    ),
    Fresh(
        text="Womit hab ich am Samstag aufgehört",
        family="last_in",
        period="saturday",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied überspring ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler drück ich am häufigsten weg",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Wat läuft bei mir grad in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="Welches Lied hör ich zurzeit rauf und runter",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Wie war mein Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Erzähl ma, wie war dat Jahr bis jetzt",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Fass ma letzten Monat zusammen",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="Wie war bei uns die letzte Woche so, musikmäßig",
        family="recap",
        period="last_week",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="Hör ich morgens mehr oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Wochenende oder unter der Woche, wann hör ich mehr",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spiel Daft Punk in der Küche",
    "Lauter",
    "Mach leiser",
    "Musik aus",
    "Nächstes Lied",
    "Überspring dat",
    "Wat läuft da grad",
    "Wat is dat für'n Lied",
    "Podcast anhalten",
    "Spiel The Daily",
    "Spiel dat Album Moon Safari",
    "Zufallswiedergabe an",
    "Wiederholen aus",
    "Licht in der Küche aus",
    "Stell'n Wecker auf halb fünf",
    "Timer zehn Minuten",
    "Wie wird dat Wetter morgen, wegen Heu",
    "Regnet dat heute noch",
    "Setz Milch und Eier auf die Einkaufsliste",
    "Heizung auf zwanzig Grad",
    "Lautsprecher Küche und Diele zusammen",
    "Wat hör ich grad",
    "Lautstärke auf vier",
    "Spiel WDR 4",
    "Weiter mit der Folge",
]
