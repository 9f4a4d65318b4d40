"""Writer 557, ein Syrer in Bremen mit Deutsch A2-B1 und Spracherkennung, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="letzte woche welche sänger ich am meisten hören",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="yani dieses jahr mein nummer eins künstler wer ist",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="in küche seit märz welche band am meisten gespielt",
        family="top_artists",
        period="since_march",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="welche lied ich diese monat am meisten gehört",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="sag mir drei lied meiste gespielt im oktober",
        family="top_tracks",
        period="october",
        count=3,
    ),
    Fresh(
        text="mein lieblingslied von letzte jahr was war",
        family="top_tracks",
        period="last_year",
    ),
    # top_albums
    Fresh(
        text="welche album ich hab am meisten gehört in sommer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="lieblings album von mir was ist",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="welche podcast ich höre am meisten in letzte zeit",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="dieses jahr meine top podcast welche",
        family="top_podcasts",
        period="this_year",
    ),
    # listening_time
    Fresh(
        text="wie lange musik gelaufen gestern",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viel stunde ich hab gehört diese woche",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="letzte monat wie viel zeit wir haben musik gehört",
        family="listening_time",
        period="last_month",
        person="we",
        content="music",
    ),
    # plays
    Fresh(
        text="heute wie viele lieder ich gespielt",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie oft podcast gelaufen seit montag",
        family="plays",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="vorgestern wie viel ich hab abgespielt",
        family="plays",
        period="day_before_yesterday",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene künstler ich hab gehört dieses jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="letzte drei monat wie viel andere sänger war",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene lieder ich höre diesen monat",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="in september wie viel unterschiedlich songs war",
        family="songs_count",
        period="september",
    ),
    # play_count
    Fresh(
        text="wie oft ich hab gehört bohemien rapsodi dieses jahr",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="daft pank wie viel mal letzte woche",
        family="play_count",
        period="last_week",
        name="Daft Punk",
    ),
    Fresh(
        text="der daily wie viele folge ich gehört im oktober",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="gestern ich hab justice gehört oder nicht",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="quinn ich hab gehört in letzte sieben tage",
        family="did_i",
        period="last_7_days",
        name="Queen",
    ),
    Fresh(
        text="hab ich radiohead gehört dieses jahr",
        family="did_i",
        period="this_year",
        name="Radiohead",
    ),
    # what_played
    Fresh(
        text="was ich gehört gestern abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="am samstag was für musik gelaufen bei uns",
        family="what_played",
        period="saturday",
        content="music",
        person="we",
    ),
    Fresh(
        text="heute nachmittag was ich hab gehört",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="dritte november was ich höre da",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="gestern viertel vor acht was lief",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heute morgen halb neun welche lied war",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="um fünf uhr heute was gelaufen in küche",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    # taste
    Fresh(
        text="was für musik ich mag was denkst du",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="mein musikgeschmack beschreib mal bitte",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann ich höre normal musik welche uhrzeit",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="an welche tag und welche stunde ich am meisten höre",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="neue künstler ich hab gefunden diesen monat",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="letzte dreißig tage welche sänger ist neu für mich",
        family="new_artists",
        period="last_30_days",
    ),
    # skips
    Fresh(
        text="wie viel ich überspringe lieder",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="letzte woche wie oft ich hab geskippt",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="ich höre immer gleiche lieder wieder oder nicht",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wiederholung wie viel prozent bei mir in letzte zeit",
        family="repeat",
        period="lately",
    ),
    # streak
    Fresh(
        text="wie viele tag hintereinander ich hab musik gehört",
        family="streak",
        content="music",
    ),
    Fresh(
        text="jeden tag ich höre seit wie viel tage schon",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann erste mal ich hab gehört air",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="cafe takuba wann zum erste mal",
        family="first_play",
        name="Café Tacvba",
    ),
    # last_play
    Fresh(
        text="wann ich hab letzte mal gehört da funk",
        family="last_play",
        name="Da Funk",
    ),
    Fresh(
        text="the dayli podcast letzte mal wann war",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="letzte lied was ich gespielt hab welche",
        family="last_song",
    ),
    Fresh(
        text="was war zuletzt gelaufen welche song",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="heute erste lied was war",
        family="first_today",
    ),
    Fresh(
        text="mit welche lied ich heute aufgewacht",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="gestern erste song was ich gespielt",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="letzte freitag mit welche lied angefangen",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="letzte nacht letzte lied welche war",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="am samstag zum schluss was ich gehört welche lied",
        family="last_in",
        period="saturday",
    ),
    # most_skipped
    Fresh(
        text="welche lied ich überspringe am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="immer weiter drücke ich bei welche song",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welche sänger ich am meisten skip",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="künstler wo ich immer überspringe wer ist",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welche lied ich höre immer wieder zurzeit",
        family="on_repeat",
    ),
    Fresh(
        text="wallah welche song ich kann nicht aufhören",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl mal wie war mein oktober mit musik",
        family="recap",
        period="october",
        content="music",
    ),
    Fresh(
        text="zusammenfassung von mein jahr bitte",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie war unsere letzte woche rückblick",
        family="recap",
        period="last_week",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="ich höre mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="nachmittag oder abend wann mehr musik bei mir",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="am wochenende ich hör mehr oder unter woche",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="arbeitstage oder wochenende wann mehr musik läuft",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "spiel daft pank in küche",
    "musik lauter machen bitte",
    "leiser bitte bisschen",
    "welche lied ist das jetzt",
    "wer singt das",
    "nächste lied",
    "dieses song überspringen",
    "podcast stopp",
    "pause der daily",
    "küche licht aus machen",
    "spiel album discovery",
    "zufall wiedergabe an",
    "wiederholen dieses lied",
    "lautsprecher küche und wohnzimmer zusammen",
    "timer zehn minute für reis",
    "wie wird wetter morgen in bremen",
    "milch auf einkaufsliste schreiben",
    "heizung zweiundzwanzig grad machen",
    "was ich höre gerade jetzt",
    "was läuft in küche",
    "spiel arabische musik",
    "musik weiter machen",
    "nächste titel in wohnzimmer",
    "wecker um sechs uhr stellen",
]
