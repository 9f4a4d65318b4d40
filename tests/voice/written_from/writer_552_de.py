"""Writer 552, eine Russin in Köln mit Deutsch A2-B1 und Spracherkennung, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="welche sänger ich höre am meisten letzte woche",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="sag mir wer ist meine nummer eins künstler diese jahr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="in letzte zeit von welche künstler ich bin so verrückt",
        family="top_artists",
        period="lately",
    ),
    # top_tracks
    Fresh(
        text="welche lied ich habe am meisten gehört diese monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="sag mir drei lieder was ich höre am meisten",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="lieblingslied von sommer welche ist",
        family="top_tracks",
        period="summer",
    ),
    # top_albums
    Fresh(
        text="also welche album ich höre meistens",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="letzte drei monate welche album am meisten gespielt",
        family="top_albums",
        period="last_3_months",
    ),
    # top_podcasts
    Fresh(
        text="welche podcast ich höre am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="letztes jahr meine podcast nummer eins was war",
        family="top_podcasts",
        period="last_year",
    ),
    # listening_time
    Fresh(
        text="wie lange ich habe heute musik gehört",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="gestern wir haben wie viel stunden gehört",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="wie viel zeit ich habe podcast gehört letzte dreißig tage",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="wie viel lieder ich habe gespielt diese woche",
        family="plays",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="wie viel sachen lief bei uns letzte wochenende",
        family="plays",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="wie viele folge von podcast ich habe gehört seit oktober",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wie viel verschiedene künstler ich habe gehört dieses jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="anzahl von sänger in letzte monat",
        family="artists_count",
        period="last_month",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene lieder ich hören seit montag",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="im august verschiedene songs wie viel waren",
        family="songs_count",
        period="august",
    ),
    # play_count
    Fresh(
        text="wie viel mal ich habe bohemian rapsodi gehört",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="daft pank diese monat wie oft ich höre",
        family="play_count",
        period="this_month",
        name="Daft Punk",
    ),
    Fresh(
        text="die deli wie viel mal gehört in september",
        family="play_count",
        period="september",
        name="The Daily",
    ),
    Fresh(
        text="wie oft ich habe alla pugatschowa gehört",
        family="play_count",
        period="all_time",
        name="Alla Pugatschowa",
    ),
    # did_i
    Fresh(
        text="hab ich gestern kwin gehört",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="dschastis ich habe gehört letzte woche oder nicht",
        family="did_i",
        period="last_week",
        name="Justice",
    ),
    Fresh(
        text="heute früh die daily war oder nein",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="letzte sommer ich habe kaffee takuba gehört ja",
        family="did_i",
        period="last_summer",
        name="Café Tacvba",
    ),
    # what_played
    Fresh(
        text="was ich habe gehört gestern abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="na was lief bei uns am samstag",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="was für musik ich hab gehört am dritte november",
        family="what_played",
        period="november_3",
        content="music",
    ),
    # playing_at
    Fresh(
        text="was lief gestern um viertel vor acht abend",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heute morgen halb neun welche lied war",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="mittwoch mittag zwölf uhr was war in küsche",
        family="playing_at",
        moment="2026-11-18 12:00",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="was für musik geschmack ich habe",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib mein geschmack von musik bitte",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann ich höre normalerweise musik welche uhrzeit",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="welche tag und welche stunde ich höre am meisten normal",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="neue künstler diese monat ich habe entdeckt oder nicht",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="in letzte zeit gibt neue sänger was ich erste mal höre",
        family="new_artists",
        period="lately",
    ),
    # skips
    Fresh(
        text="wie oft ich überspringe lieder",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="meine skip quote letzte zwei wochen",
        family="skips",
        period="last_2_weeks",
    ),
    # repeat
    Fresh(
        text="wie viel ich höre immer gleiche lied nochmal und nochmal",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wiederholung rate diese jahr wie hoch",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="wie viel tage hintereinander ich höre schon",
        family="streak",
    ),
    Fresh(
        text="wie lange schon jeden tag ich höre ohne pause",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann ich habe erste mal justice gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="lied la femme dargent wann ich hab zum ersten mal gehört",
        family="first_play",
        name="La femme d'argent",
    ),
    # last_play
    Fresh(
        text="wann zuletzt ich hab kwin gehört",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="dont stop me now wann letzte mal gelaufen",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    # last_song
    Fresh(
        text="was war letzte lied was ich gehört habe",
        family="last_song",
    ),
    Fresh(
        text="letzte song welche war",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="heute erste lied was war",
        family="first_today",
    ),
    Fresh(
        text="mit welche lied ich hab heute angefangen",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="erste lied gestern welche",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="am letzte freitag was war erste song",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="letzte lied vorgestern was war",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="mit welche lied ich habe oktober beendet",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="welche lied ich überspringe am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welche song ich immer weg drücke",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welche künstler ich skippe am öftesten",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welche lied ich höre zurzeit immer wieder und wieder",
        family="on_repeat",
    ),
    Fresh(
        text="was ist bei mir in dauerschleife in moment",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl mal wie war meine woche mit musik",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="rückblick für dieses jahr bitte",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="zusammenfassung letzte monat bei uns",
        family="recap",
        period="last_month",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="ich höre mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="nachmittag oder abend wann ich höre mehr musik",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="am wochenende ich höre mehr als unter woche",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="werktage oder wochenende wo ist mehr musik",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "spiel daft pank in küche",
    "musik lauter bitte",
    "mach bisschen leiser",
    "was ist das für lied",
    "wie heißt diese lied jetzt",
    "nächste lied",
    "überspring dieses lied",
    "podcast pause machen",
    "stop musik in küsche",
    "spiel album discovery",
    "licht in küche aus machen",
    "mach licht an in wohnzimmer",
    "wie wird wetter morgen in köln",
    "timer zehn minuten für pelmeni",
    "milch auf einkaufsliste schreiben",
    "heizung auf zweiundzwanzig grad",
    "zufallswiedergabe an",
    "dieses lied wiederholen",
    "was höre ich gerade jetzt",
    "alle lautsprecher zusammen spielen",
    "lautstärke auf dreißig",
    "spiel radio köln",
    "weiter spielen die deli",
    "wecker stellen sieben uhr",
    "spiel russische musik bitte",
]
