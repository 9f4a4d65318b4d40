"""Writer 245, Kölner Frau mit Kölsch-Einschlag (beschäftigt, knapp), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Wer wor dat letzte Woch mein Nummer-eins-Künstler?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Wat für 'ne Band hann ich in letzter Zeit rauf und runter jehört",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Wer wor letztes Jahr mein Künstler des Jahres",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="Wat wor mein Leedche vom Monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Sach ens, meine drei meist jehörten Leedcher dies Jahr",
        family="top_tracks",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="Mein Lieblingsleedche aller Zeiten?",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="Welches Album hann ich im Sommer am meisten jehört",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Welcher Podcast läuft bei mir am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Wie lang hann ich hück Musik jehört",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie lange lief bei uns jestern Musik",
        family="listening_time",
        period="yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="Wie viele Stunden Podcast hann ich im September jehört",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="Wie viele Leedcher hann ich hück Morje jespielt",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="In der Küche, wie oft lief da letzte Woch wat",
        family="plays",
        period="last_week",
        room="kitchen",
    ),
    Fresh(
        text="Wie viele Leedcher die letzten sieben Tage",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="Wie viele verschiedene Künstler hann ich dies Jahr jehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viele verschiedene Leedcher wore dat im Oktober",
        family="songs_count",
        period="october",
    ),
    Fresh(
        text="Wie oft hann ich Bohemian Rhapsody jehört",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Queen, wie oft lief dat seit März",
        family="play_count",
        period="since_march",
        name="Queen",
    ),
    Fresh(
        text="Wie oft hann ich dat Eres von Café Tacvba jespielt",
        family="play_count",
        period="all_time",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="Hann ich jestern jet von Justice jehört?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Lief hück schon The Daily?",
        family="did_i",
        period="today",
        name="The Daily",
    ),
    Fresh(
        text="Hann ich letzten Sommer Radiohead jehört",
        family="did_i",
        period="last_summer",
        name="Radiohead",
    ),
    Fresh(
        text="Air in letzter Zeit jehört?",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="Wat hann ich jestern Ovend jehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Wat lief vorjestern so",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Wat hann ich hück Nachmittag jehört",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Wat lief jestern so um Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Wat wor hück Morje um halb neun dran",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Wat für Musik hör ich eijentlich so",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Wann hör ich meistens Musik, welche Uhrzeit, welcher Tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Hann ich dä Monat neue Künstler entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Wie oft skip ich Leedcher",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Hör ich immer datselbe, wie hoch is die Wiederholungsrate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie viele Tage hintereinander hann ich jetzt Musik jehört",
        family="streak",
        content="music",
    ),
    Fresh(
        text="Wann hann ich Daft Punk et erste Mal jehört",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="Wann hann ich The Weeknd zum ersten Mal jehört",
        family="first_play",
        name="The Weeknd",
    ),
    Fresh(
        text="Wann lief zuletzt Around the World",
        family="last_play",
        name="Around the World",
    ),
    Fresh(
        text="Wat wor dat letzte Leedche, dat ich jehört hann",
        family="last_song",
    ),
    Fresh(
        text="Mit wat für 'nem Leedche hann ich hück anjefangen",
        family="first_today",
    ),
    Fresh(
        text="Wat wor dat erste Leedche am Samstag",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="Wat lief als letztes am letzten Freitag",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Welches Leedche skip ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welchen Künstler drück ich immer weg",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Wat hann ich jrad in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="Verzäll ens, wie wor mein Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Jib mir ens 'ne Zusammenfassung vom Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Wie wor bei uns der letzte Monat so musikalisch",
        family="recap",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="Hör ich mehr morjens oder ovends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Hör ich am Wochenende mehr als unter der Woch",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spill ens Daft Punk in der Küche",
    "Mach dat lauter",
    "Mach de Musik jet leiser",
    "Wat für e Leedche is dat?",
    "Wat läuft jrad in der Küche",
    "Nächstes Leedche",
    "Überspring dat",
    "Mach ens Pause beim Podcast",
    "Spill dat Album Discovery",
    "Zufallswiedergabe an",
    "Wiederholung aus",
    "Mach dat Licht in der Küche aus",
    "Stell 'nen Timer auf zwölf Minuten",
    "Wie wird dat Wetter hück in Kölle",
    "Schreib Milch op de Einkaufsliste",
    "Heizung auf einundzwanzig Grad",
    "Wat hör ich jrad",
    "Küche und Wohnzimmer zusammen abspielen",
    "Spill de neuste Folge The Daily",
    "Lautstärke auf dreißig Prozent",
    "Stopp die Musik",
    "Spill jet Karnevalsmusik",
    "Wer singt dat hier",
]
