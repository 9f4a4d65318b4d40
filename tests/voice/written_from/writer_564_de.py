"""Writer 564, ein vietnamesischstämmiger Imbissbesitzer in Leipzig mit Deutsch B1 (sächsisch angehaucht), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Welche Sänger ich hör am meisten diese Monat",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Nu sag mal, wer war Nummer eins Künstler letztes Jahr",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="In Küche wer läuft am meisten seit Oktober, welche Band",
        family="top_artists",
        period="since_october",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="Welches Lied ich am meisten gespielt, alles zusammen",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="Drei Lieder meiste gehört im Sommer, sag mir ma",
        family="top_tracks",
        period="summer",
        count=3,
    ),
    # top_albums
    Fresh(
        text="Welches Album ich hör am meisten",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="In zweitausendfünfundzwanzig Album meiste gespielt, welches",
        family="top_albums",
        period="in_2025",
    ),
    # top_podcasts
    Fresh(
        text="Welche Podcast ich immer hören in letzte Zeit",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Podcast Nummer eins bei mir, welche is das",
        family="top_podcasts",
        period="all_time",
    ),
    # listening_time
    Fresh(
        text="Wie lange Musik gelaufen heute",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wieviel Stunden ich gehört gestern, alles",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="Wie lang wir ham Musik gehört letzte Wochenende",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    # plays
    Fresh(
        text="Wieviel Lieder ich gespielt heute früh",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Folgen von Podcast, wieviel letzte Monat",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="Gugge ma, wie oft insgesamt was gelaufen, letzte sieben Tage",
        family="plays",
        period="last_7_days",
    ),
    # artists_count
    Fresh(
        text="Wie viel verschiedene Künstler ich hab gehört dieses Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Verschiedene Sänger wieviel, letzte drei Monate",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="Wie viel verschiedene Lieder diese Woche, nich immer gleiche",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="Im September verschiedene Lieder, wie viel ich gehört",
        family="songs_count",
        period="september",
    ),
    # play_count
    Fresh(
        text="Wie oft ich hab Bohemian Rhapsody gehört diesen Monat",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Daft Punk wie viel Mal gelaufen seit März",
        family="play_count",
        period="since_march",
        name="Daft Punk",
    ),
    Fresh(
        text="Wie oft Helene Fischer gespielt, ich weiß ni",
        family="play_count",
        period="all_time",
        name="Helene Fischer",
    ),
    # did_i
    Fresh(
        text="Hab ich gestern Queen gehört oder nich",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Justice, die laute, gelaufen am Samstag?",
        family="did_i",
        period="saturday",
        name="Justice",
    ),
    Fresh(
        text="The Daily heute schon gehört?",
        family="did_i",
        period="today",
        name="The Daily",
    ),
    Fresh(
        text="Rammstein hab ich gehört letztes Jahr? Mein Sohn sagt ja",
        family="did_i",
        period="last_year",
        name="Rammstein",
    ),
    # what_played
    Fresh(
        text="Was ich gehört gestern Abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Vorgestern, was lief da so",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Was wir gehört letzte Freitag",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    # playing_at
    Fresh(
        text="Was lief gestern um acht Uhr abends",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="Heute früh halb neun, was für Lied",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Viertel nach fünf heute, was lief da in Küche",
        family="playing_at",
        moment="2026-11-20 17:15",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="Was für Musik ich mag, sag mal",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Mein Geschmack, Musik, wie is der",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Wann ich hör meistens, welche Uhrzeit und welche Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Um wieviel Uhr normal ich Musik hör",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="Im August neue Künstler, ich hab was entdeckt?",
        family="new_artists",
        period="august",
    ),
    Fresh(
        text="Welche Band ich zum erste Mal gehört seit Montag",
        family="new_artists",
        period="since_monday",
    ),
    # skips
    Fresh(
        text="Wie oft ich überspring Lieder",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie viel ich weggedrückt letzte dreißig Tage, die Lieder",
        family="skips",
        period="last_30_days",
    ),
    # repeat
    Fresh(
        text="Ich hör immer gleiche Lieder? Wie viel Prozent",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wiederhol ich oft dieselbe Lied, letzte zwei Wochen",
        family="repeat",
        period="last_2_weeks",
    ),
    # streak
    Fresh(
        text="Wie viel Tage hintereinander ich hab Musik gehört",
        family="streak",
        content="music",
    ),
    Fresh(
        text="Wieviel Tag ohne Pause ich hör schon",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann erste Mal ich gehört Café Tacuba",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Sexy Boy von Air, wann zum ersten Mal gelaufen",
        family="first_play",
        name="Sexy Boy by Air",
    ),
    # last_play
    Fresh(
        text="Wann letzte Mal Don't Stop Me Now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="The Daily, wann ich zuletzt gehört",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="Was war letzte Lied",
        family="last_song",
    ),
    Fresh(
        text="Letzte Lied, was ich gespielt hab, wie heißt nochma",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Erste Lied heute, welche",
        family="first_today",
    ),
    Fresh(
        text="Was ich hab zuerst gespielt heute",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Erste Lied gestern, was war",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Am dritten November erste Lied welche",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="Letzte Lied letzte Nacht, bevor ich schlafen",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Was war zuletzt gelaufen am Samstag, letzte Lied",
        family="last_in",
        period="saturday",
    ),
    # most_skipped
    Fresh(
        text="Welche Lied ich am meisten überspring",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Lied was ich immer wegdrück, welche is",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welche Künstler ich am meisten überspring",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Wen ich immer weg mach, welche Sänger, ooch dieses Jahr",
        family="most_skipped_artist",
        period="this_year",
    ),
    # on_repeat
    Fresh(
        text="Welche Lied ich grad immer wieder hör",
        family="on_repeat",
    ),
    Fresh(
        text="Welches Lied ich hab auf Dauerschleife, diese Tage",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl mal, wie war mein Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Zusammenfassung von meine Woche bitte",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Wie war unsre letzte Monat, mit Hören und so",
        family="recap",
        period="last_month",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="Hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Vormittag oder Nachmittag, wann mehr Musik bei mir",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="Am Wochenende ich hör mehr oder unter Woche",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Montag bis Freitag oder Samstag Sonntag, wann mehr Musik",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Mach Musik lauter in Küche",
    "Spiel Daft Punk in Küche",
    "Leiser bitte, Kunde telefoniert",
    "Was für Lied is das jetzt",
    "Nächste Lied",
    "Podcast stopp",
    "Licht Küche aus",
    "Spiel Album Discovery",
    "Timer zehn Minuten für Frühlingsrolle",
    "Wie wird Wetter morgen in Leipzig",
    "Reisnudeln auf Einkaufsliste schreiben",
    "Heizung wärmer, Küche kalt",
    "Was läuft grad",
    "Zufallswiedergabe an",
    "Dieses Lied wiederholen, immer",
    "Lautsprecher Küche und Laden zusammen machen",
    "Spiel The Daily neue Folge",
    "Lautstärke auf vier",
    "Musik aus, Feierabend",
    "Pause mal, gugge ma, Lieferung kommt",
    "Wer singt das jetzt",
    "Weck mich um fünf morgen, Großmarkt",
    "Ein Lied zurück",
    "Spiel bisschen was Vietnamesisch",
    "Nu mach ma Queen an, aber ni so laut",
]
