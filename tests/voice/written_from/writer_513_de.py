"""Writer 513, italienischer Rentner seit Jahrzehnten in Deutschland (Gastarbeiter-Deutsch), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="wer ich höre am meiste diese Monat",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="allora welche Sänger meiste gehört letzte Jahr",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="in Küche welche Gruppe laufen am meiste seit Oktober",
        family="top_artists",
        period="since_october",
        room="kitchen",
    ),
    Fresh(
        text="in August welche Künstler ich hab gehört meiste",
        family="top_artists",
        period="august",
    ),
    Fresh(
        text="welche Lied ich höre meiste letzte Wocke",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="die drei Lieder meiste gespielt in diese Jahr sage mir",
        family="top_tracks",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="zweitausendfünfundzwanzig welche Lied war Nummer eins",
        family="top_tracks",
        period="in_2025",
    ),
    Fresh(
        text="welche Album ich spiele am meiste",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="letzte Sommer welche Album ich viel hören",
        family="top_albums",
        period="last_summer",
    ),
    Fresh(
        text="welche Podcast ich höre meiste",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="in letzte zwei Wocke welche Podcast ich höre viel",
        family="top_podcasts",
        period="last_2_weeks",
    ),
    Fresh(
        text="wie lange ich habe gehört Musica heute",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel Stunde wir haben gehört letzte Monat",
        family="listening_time",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="Podcast wie lange ich höre diese Woche",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="letzte sieben Tage wie lange Musica laufen",
        family="listening_time",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="wie viel Lieder ich spiele gestern",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="heute Nachmittag wie viel Lieder gelaufen",
        family="plays",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="im September wie viel mal Musik gelaufen alles zusammen",
        family="plays",
        period="september",
        content="music",
    ),
    Fresh(
        text="wie viel verschiedene Künstler ich höre diese Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="seit Montag wie viel verschiedene Sänger",
        family="artists_count",
        period="since_monday",
    ),
    Fresh(
        text="wie viel verschiedene Lieder seit März",
        family="songs_count",
        period="since_march",
    ),
    Fresh(
        text="wie viel mal ich höre Bohemian Rapsodi",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Queen wie viel mal gespielt letzte Wocke",
        family="play_count",
        period="last_week",
        name="Queen",
    ),
    Fresh(
        text="wie viel mal ich höre Eros Ramazzotti diese Jahr",
        family="play_count",
        period="this_year",
        name="Eros Ramazzotti",
    ),
    Fresh(
        text="ich habe gehört Justice gestern oder nix",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="hab ich Air gehört in letzte Zeit",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="Adriano Celentano ich hab gehört diese Monat",
        family="did_i",
        period="this_month",
        name="Adriano Celentano",
    ),
    Fresh(
        text="am Wochenende letzte hab ich Daft Punk gehört",
        family="did_i",
        period="last_weekend",
        name="Daft Punk",
    ),
    Fresh(
        text="was ich höre gestern Abend ieri sera",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was wir hören am Samstag",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="letzte Nacht was ich gehört",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="was laufen gestern Viertel vor acht am Abend",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heute Morgen halb neun was war die Musica",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="in Küche gestern Abend um acht Uhr was war",
        family="playing_at",
        moment="2026-11-19 20:00",
        room="kitchen",
    ),
    Fresh(
        text="was für Musica ich mag sag mir",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann ich höre meistens welche Uhr welche Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="neue Künstler diese Monat ich habe",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="in letzte drei Monat welche Sänger neu für mich",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="wie oft ich mache weiter drücken wenn Lied laufen",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="letzte dreißig Tage wie oft ich überspringe",
        family="skips",
        period="last_30_days",
    ),
    Fresh(
        text="ich höre immer gleiche Lied wieder und wieder wie viel",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viel Tage hintereinander ich höre Musica jetzt",
        family="streak",
    ),
    Fresh(
        text="wann ich erste mal gehört Daft Punk",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="wann erste mal The Daily ich habe gehört",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="wann letzte mal ich höre Don't Stop Me Now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="letzte Lied was ich gehört welche",
        family="last_song",
    ),
    Fresh(
        text="welche Lied erste heute mamma mia ich vergesse",
        family="first_today",
    ),
    Fresh(
        text="erste Lied vorgestern welche",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="am letzte Freitag erste Musik was war",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="letzte Lied gestern Abend",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="was war letzte Lied am dritte November",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="welche Lied ich überspringe am meiste",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welche Sänger ich immer wegdrücke am meiste",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welche Lied ich spiele immer wieder jetzt diese Tage",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal allora wie war meine Oktober mit Musica",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Zusammenfassung meine Jahr bitte",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie war meine Woche erzähl",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="ich höre mehr am Morgen oder am Abend",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Wochenende oder Arbeitstag wann ich höre mehr",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in Küche",
    "Musica lauter bitte",
    "leiser leiser mamma mia zu laut",
    "was ist das für Lied jetzt",
    "nächste Lied bitte",
    "Podcast stoppen",
    "mach Pause Telefon klingelt",
    "spiel Album Discovery",
    "Licht in Küche aus",
    "Wecker sieben Uhr morgen früh",
    "Timer zehn Minute für Pasta",
    "wie wird Wetter morgen",
    "Milch auf Einkaufsliste",
    "Heizung auf zweiundzwanzig Grad",
    "spiel italienische Musica Ramazzotti",
    "Zufallswiedergabe an",
    "diese Lied wiederholen",
    "was ich höre jetzt gerade",
    "Lautsprecher Küche und Wohnzimmer zusammen",
    "wer singt diese Lied",
    "spiel Radio",
    "Musik aus ich gehe schlafen",
    "zurück vorige Lied",
]
