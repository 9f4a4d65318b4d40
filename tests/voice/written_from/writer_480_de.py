"""Writer 480, an East Frisian fisherman, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Moin. Wer lief letzte Woche am meisten?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Wat is mein Künstler dies Jahr. Nummer eins.",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Welche Band hör ich in letzter Zeit dauernd. Is doch so.",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Wen hört Ada am meisten? Letzten Monat.",
        family="top_artists",
        period="last_month",
        person="Ada",
    ),
    Fresh(
        text="Drei Lieder. Meist gespielt. Diesen Monat.",
        family="top_tracks",
        period="this_month",
        count=3,
    ),
    Fresh(
        text="Wat is mein Lieblingslied. So insgesamt.",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="Welche Platte lief am meisten. Jo.",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Lieblingsalbum letztes Jahr, wat war dat?",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="Welcher Podcast lief am meisten dies Jahr",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="Welcher Podcast hat mich in letzter Zeit am Haken?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Wie lang lief heut Musik?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie lang hatten wir gestern wat laufen?",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="Küche. Letzte sieben Tage. Wie viel Stunden?",
        family="listening_time",
        period="last_7_days",
        room="kitchen",
    ),
    Fresh(
        text="Letzten Sommer. Wie viel Stunden Musik?",
        family="listening_time",
        period="last_summer",
        content="music",
    ),
    Fresh(
        text="Wie viel Lieder heut früh?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wie viel Folgen hab ich letzten Monat gehört. Podcast mein ich.",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="Wie viel verschiedene Künstler dies Jahr?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Seit Oktober. Wie viel Künstler? Verschiedene.",
        family="artists_count",
        period="since_october",
    ),
    Fresh(
        text="Wie viel verschiedene Lieder in den letzten dreißig Tagen",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="Wie oft lief Queen diesen Monat. Mien Fru sagt, zu oft.",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="Da Funk. Wie oft hab ich dat gespielt?",
        family="play_count",
        period="all_time",
        name="Da Funk",
    ),
    Fresh(
        text="Wie oft hab ich Santiano gehört?",
        family="play_count",
        period="all_time",
        name="Santiano",
    ),
    Fresh(
        text="Lief gestern Air?",
        family="did_i",
        period="yesterday",
        name="Air",
    ),
    Fresh(
        text="Justice. In letzter Zeit mal gehört? Nich, oder?",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="Hab ich seit März Discovery gehört? Dat Album.",
        family="did_i",
        period="since_march",
        name="Discovery",
    ),
    Fresh(
        text="Am Wochenende Phantom gehört? Dat von Justice.",
        family="did_i",
        period="last_weekend",
        name="Phantom by Justice",
    ),
    Fresh(
        text="Hab ich dies Jahr mal Hans Albers gehört",
        family="did_i",
        period="this_year",
        name="Hans Albers",
    ),
    Fresh(
        text="Wat lief gestern Abend.",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Vorgestern. Wat hab ich da gehört?",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Wat hab ich im August so gehört",
        family="what_played",
        period="august",
    ),
    Fresh(
        text="Wat lief heut Nachmittag? War up See.",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Gestern so Viertel nach acht abends. Wat lief da?",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="Heut Morgen halb neun, wat lief da",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Wat lief Mittwoch Mittag um zwölf",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="Wat für Musik hör ich eigentlich. So im Großen.",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Wann hör ich meist. Uhrzeit und Tag.",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Neue Bands im Oktober? Wat Neues dabei?",
        family="new_artists",
        period="october",
    ),
    Fresh(
        text="Hab ich in letzter Zeit wen Neues entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Wie oft drück ich weiter. Überspringen, mein ich.",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie viel hab ich diese Woche übersprungen",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="Hör ich immer dat Gleiche? Wie oft wiederholt?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie viel Tage am Stück hab ich schon gehört",
        family="streak",
    ),
    Fresh(
        text="Wann lief Café Tacvba dat erste Mal",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Air. Seit wann hör ich die überhaupt?",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="Wann zuletzt Bohemian Rhapsody?",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Daft Punk, wann lief dat zuletzt",
        family="last_play",
        name="Daft Punk",
    ),
    Fresh(
        text="Wat war dat letzte Lied. Überhaupt.",
        family="last_song",
    ),
    Fresh(
        text="Erstes Lied heut. Wat war dat?",
        family="first_today",
    ),
    Fresh(
        text="Letzten Freitag, wat lief als Erstes?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="Womit hab ich die Woche angefangen. Erstes Lied.",
        family="first_in",
        period="this_week",
    ),
    Fresh(
        text="Wat lief gestern als Letztes",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="Samstag. Letztes Lied?",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="Welches Lied skip ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welche Band drück ich immer weg? Jo, wer?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Welches Lied hab ich zurzeit in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="Erzähl mal. Wie war meine Woche. Musik und so.",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Rückblick letztes Jahr. Jo, mach mal.",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="Wie war der Oktober bei uns. Kurz zusammengefasst.",
        family="recap",
        period="october",
        person="we",
    ),
    Fresh(
        text="Hör ich mehr morgens oder abends?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Unter der Woche mehr oder am Wochenende? Hören mein ich.",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Moin. Mach mal Musik an in der Küche.",
    "Lauter. Büschen lauter.",
    "Wat läuft da grad?",
    "Nächstes Lied.",
    "Spiel Santiano.",
    "Podcast Pause.",
    "Licht Küche aus.",
    "Wie wird dat Wetter morgen? Wind?",
    "Timer zehn Minuten. Tee.",
    "Krabben auf die Einkaufsliste.",
    "Heizung hoch. Is kalt.",
    "Zufallswiedergabe an.",
    "Dat Lied wiederholen.",
    "Spiel dat Album Discovery.",
    "Dat Lied überspringen. Nich meins.",
    "Lautsprecher zusammen. Küche und Stube.",
    "Wat is dat für ein Lied?",
    "Leiser. Die Fru schläft.",
    "Stopp.",
    "Spiel The Daily. Neue Folge.",
    "Wecker vier Uhr. Kutter wartet.",
    "Wat hör ich grad?",
    "Mach die Musik aus in der Küche.",
    "Spiel Daft Punk in der Küche, jo.",
]
