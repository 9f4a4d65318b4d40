"""Writer 398, ein Ruhrpottler aus Gelsenkirchen, 55, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="hömma, wen hab ich dat ganze Jahr über am meisten gehört",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wer is eigentlich mein Lieblingskünstler, so insgesamt gesehen",
        family="top_artists",
        period="all_time",
    ),
    Fresh(
        text="inne Küche letzten Monat, welche Band lief da am meisten",
        family="top_artists",
        period="last_month",
        room="kitchen",
    ),
    Fresh(
        text="wat warn getz meine drei Top Künstler im Sommer",
        family="top_artists",
        period="summer",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="wat war getz mein Lieblingslied im Oktober",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="sach ma meine fünf meistgespielten Lieder seit März",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="welchet Lied lief bei uns letzte Woche am häufigsten",
        family="top_tracks",
        period="last_week",
        person="we",
    ),
    # top_albums
    Fresh(
        text="welchet Album hab ich dies Jahr rauf und runter gehört",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="meine Lieblingsplatte letztes Jahr, welche war dat",
        family="top_albums",
        period="last_year",
    ),
    # top_podcasts
    Fresh(
        text="welchen Podcast hör ich in letzter Zeit am meisten, sach ma",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wat is mein Podcast Nummer eins, so überhaupt",
        family="top_podcasts",
        period="all_time",
    ),
    # listening_time
    Fresh(
        text="wie lange lief gestern Musik bei mir",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden hab ich diese Woche gehört, so alles zusammen",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="wie lange hatten wir letztes Wochenende dat Dingen an",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="wie viel Zeit hab ich seit Oktober mit Podcasts verbracht",
        family="listening_time",
        period="since_october",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="wie viele Lieder hab ich heute schon gespielt",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Folgen von Podcasts hab ich im September gehört",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="inne letzten sieben Tage, wie viel lief da insgesamt",
        family="plays",
        period="last_7_days",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler hab ich dies Jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele Bands warn dat inne letzten dreißig Tage, verschiedene mein ich",
        family="artists_count",
        period="last_30_days",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene Lieder warn dat letzten Monat",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="im August, wie viele unterschiedliche Stücke hab ich da gehört",
        family="songs_count",
        period="august",
    ),
    # play_count
    Fresh(
        text="wie oft hab ich Bohemian Rhapsody gehört, ey",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief dat Dingen von Daft Punk, One More Time, diese Woche",
        family="play_count",
        period="this_week",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="hömma, wie oft hab ich Radiohead gehört",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="hab ich gestern Justice gehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="lief bei mir im Sommer überhaupt wat von Air",
        family="did_i",
        period="summer",
        name="Air",
    ),
    Fresh(
        text="Queen letzte Woche, hatt ich da wat von an",
        family="did_i",
        period="last_week",
        name="Queen",
    ),
    Fresh(
        text="hab ich vorgestern The Daily gehört oder nich",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    # what_played
    Fresh(
        text="wat hab ich gestern Abend so gehört",
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
        text="erzähl ma, wat ich heute Morgen anne Ohren hatte",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="wat für Musik lief am dritten November",
        family="what_played",
        period="november_3",
        content="music",
    ),
    # playing_at
    Fresh(
        text="wat lief gestern so gegen Viertel nach acht abends",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="wat lief heute früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="letzten Freitag um neun Uhr abends, wat hatt ich da an",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    # taste
    Fresh(
        text="wat hab ich eigentlich für'n Musikgeschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib ma meinen Geschmack, wat bin ich für einer",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="um wie viel Uhr hör ich meistens, und an welchem Tach",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hab ich diesen Monat wen Neues entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welche Künstler warn inne letzten drei Monate neu für mich",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="wie oft skip ich eigentlich, so insgesamt",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viel hab ich diese Woche weggedrückt",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="hör ich immer dat Gleiche, wie oft wiederhol ich mich",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie hoch is meine Wiederholungsrate in 2025",
        family="repeat",
        period="in_2025",
    ),
    # streak
    Fresh(
        text="wie viele Tage am Stück hab ich getz gehört",
        family="streak",
    ),
    Fresh(
        text="hömma, wie lang is meine Serie, Tage hintereinander",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ich dat erste Ma Café Tacvba gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann lief Wet Leg zum ersten Mal bei mir",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="wann hab ich zuletzt Da Funk gehört",
        family="last_play",
        name="Da Funk",
    ),
    Fresh(
        text="wann lief dat letzte Ma wat von Justice",
        family="last_play",
        name="Justice",
    ),
    # last_song
    Fresh(
        text="wat war dat letzte Lied, wat ich gehört hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="wat war heute dat erste Lied",
        family="first_today",
    ),
    Fresh(
        text="mit wat für'n Lied hab ich heute den Tach angefangen",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="wat war dat erste Lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="womit hab ich letzten Freitag angefangen, welchet Lied",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="wat war dat letzte Lied am Samstag",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="womit hab ich heute Nachmittag aufgehört, dat letzte Lied",
        family="last_in",
        period="this_afternoon",
    ),
    # most_skipped
    Fresh(
        text="welchet Lied drück ich am meisten weg",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welche Band überspring ich am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="wat läuft bei mir getz inne Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="welchet Lied krieg ich grad nich ausse Ohren, dat ich dauernd spiel",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="wie war mein Jahr, musikmäßig, erzähl ma",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="gib ma nen Rückblick auf letzten Monat",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="wie lief meine Woche so, hörmäßig",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="sach ma, wie war dat seit Montag so bei mir, fass ma zusammen",
        family="recap",
        period="since_monday",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin ich eher so'n Frühhörer oder mehr nachts unterwegs",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="wann hör ich mehr, unter der Woche oder samstags sonntags",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel ma Daft Punk inne Küche",
    "mach dat Dingen ma lauter",
    "wat is dat für'n Lied grad",
    "skip ma dat Lied, dat nervt",
    "halt ma den Podcast an",
    "nächstet Lied im Wohnzimmer",
    "mach dat Licht inne Küche aus",
    "spiel dat Album Discovery",
    "mach ma Zufallswiedergabe an",
    "stell ma auf Wiederholen",
    "Lautsprecher Küche und Wohnzimmer zusammenschalten",
    "stell ma nen Timer auf zehn Minuten für die Pommes",
    "wie wird dat Wetter morgen in Gelsenkirchen",
    "schreib Currywurst auffe Einkaufsliste",
    "dreh die Heizung ma hoch, dat is kalt hier",
    "wat hör ich getz grad",
    "spiel The Daily",
    "mach leiser inne Küche",
    "stopp die Musik",
    "spiel wat von Queen, aber laut",
    "mach dat Radio an, WDR 2",
    "wer singt dat hier",
    "Lautstärke auf fünf",
    "weck mich morgen um sechs",
    "spiel die nächste Folge",
    "mach dat Dingen inne Küche aus",
    "wat läuft inne Küche",
]
