"""Writer 366, eine Polin mit Deutsch B1 in Frankfurt, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="welche Künstler ich habe am meisten gehört in diese Monat",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="wer war meine Nummer eins Künstler in letzte Jahr",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="no also welche Band ich höre die ganze Zeit in letzter Zeit",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="welches Lied ich hab am meisten gespielt letzte Woche",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="sag mir bitte meine drei Lieblingslieder von diese Jahr",
        family="top_tracks",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="in Küche welche Lied läuft am meisten",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="welche Album ich höre am meisten",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Lieblingsalbum von Sommer welche war das",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="welche Podcast ich höre meistens in letzter Zeit",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wie lange ich habe Musik gehört gestern",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viel Stunden lief Musik in Küche diese Woche",
        family="listening_time",
        period="this_week",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="wie lange wir haben gehört im September insgesamt",
        family="listening_time",
        period="september",
        person="we",
    ),
    Fresh(
        text="wie viele Lieder ich habe heute gespielt",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel Folgen von Podcast ich hab gehört im Oktober",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="wie viele verschiedene Künstler ich habe gehört seit März",
        family="artists_count",
        period="since_march",
    ),
    Fresh(
        text="wie viel verschiedene Lieder wir haben gespielt letzte Monat",
        family="songs_count",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="wie oft ich hab Bohemian Rhapsody gehört diese Monat",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Justice wie oft lief in letzte sieben Tage",
        family="play_count",
        period="last_7_days",
        name="Justice",
    ),
    Fresh(
        text="hab ich gestern Queen gehört",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="ich habe Radiohead gehört dieses Jahr oder nicht",
        family="did_i",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="Daily ich hab gehört vorgestern",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    Fresh(
        text="was ich hab gehört gestern Abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief bei uns am Samstag",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="was lief gestern um Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="was hat gespielt heute früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="kannst du beschreiben mein Geschmack was für Musik ich mag",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann ich höre normalerweise Musik welche Uhrzeit und welche Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="neue Künstler ich habe entdeckt in letzter Zeit",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche neue Künstler sind gekommen dieses Jahr bei mir",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="wie oft ich überspringe Lieder",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="ich höre immer gleiche Lieder nochmal wie viel ist das",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage hintereinander ich hab Musik gehört",
        family="streak",
    ),
    Fresh(
        text="wann ich habe zum ersten Mal Daft Punk gehört",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="wann war letzte Mal ich hab Air gehört",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="welche Lied war letzte was ich gespielt hab",
        family="last_song",
    ),
    Fresh(
        text="was war erste Lied heute",
        family="first_today",
    ),
    Fresh(
        text="erste Lied gestern welche war das",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="welche Lied ich hab gehört als letzte am letzte Freitag",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="welche Lied ich überspringe am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welche Künstler ich skippe am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welche Lied ich höre immer wieder diese Tage",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal wie war mein Oktober mit Musik",
        family="recap",
        period="october",
    ),
    Fresh(
        text="bitte Rückblick auf meine Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="ich höre mehr am Morgen oder am Abend",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="höre ich mehr am Wochenende oder unter Woche",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="sag mal wie viele Lieder ich hab gehört am Wochenende",
        family="plays",
        period="last_weekend",
        content="music",
    ),
    Fresh(
        text="wann ich hab zuletzt Sexy Boy gehört",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="seit Montag welche Musik ich hab gehört",
        family="what_played",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="letzte Lied in letzte Nacht was war",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Café Tacvba ich hab schon mal gehört im August",
        family="did_i",
        period="august",
        name="Café Tacvba",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in Küche",
    "mach Musik lauter bitte",
    "was läuft jetzt in Küche",
    "welche Lied ist das",
    "überspring diese Lied",
    "Podcast pause machen",
    "nächste Lied in Wohnzimmer",
    "mach Licht in Küche aus",
    "spiel Album Discovery",
    "Lautstärke auf zwanzig",
    "mach Zufallswiedergabe an",
    "Wiederholung aus bitte",
    "Timer auf zehn Minuten stellen für Pierogi",
    "wie wird Wetter morgen in Frankfurt",
    "Milch auf Einkaufsliste schreiben",
    "Heizung auf einundzwanzig Grad",
    "was ich höre gerade jetzt",
    "spiel The Daily neue Folge",
    "Küche Lautsprecher mit Wohnzimmer verbinden",
    "Musik stopp",
    "spiel Queen in Küche bitte",
    "noch mal diese Lied von Anfang",
]
