"""Writer 279, Viennese pensioner, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Oida, wer woa heuer mei Künstler Nummer ans",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wöchn Künstler hob i letzte Wochn am meistn ghört",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="bei uns in da Kuchl, wer is letztn Monat am meistn grennt",
        family="top_artists",
        period="last_month",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="wos is denn mei Liad vom Monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="sog ma meine drei meistgspütn Liada vom letztn Joa",
        family="top_tracks",
        period="last_year",
        count=3,
    ),
    Fresh(
        text="Oida, wöchs Liad hob i seit März am meistn ghört",
        family="top_tracks",
        period="since_march",
    ),
    Fresh(
        text="wöchs Album hob i im Summa am öftestn aufglegt",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="wöchn Podcast hör i in letzter Zeit am meistn",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wia lang is heit scho Musik grennt",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie vü Stundn hamma im Oktober in da Kuchl ghört",
        family="listening_time",
        period="october",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="wie lang hob i de letztn siebn Tag Podcasts ghört",
        family="listening_time",
        period="last_7_days",
        content="podcasts",
    ),
    Fresh(
        text="wie vü Liada hob i gestan gspüt",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie vü Folgn hob i seit Montag ghört",
        family="plays",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="wie vü verschiedane Künstler warn des zweitausendfünfazwanzg",
        family="artists_count",
        period="in_2025",
    ),
    Fresh(
        text="wie vü verschiedene Liada hob i in de letztn dreißg Tag ghört",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="wie oft hob i heuer de Bohemian Rhapsody gspüt",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="de Queen, wie oft is de im September grennt",
        family="play_count",
        period="september",
        name="Queen",
    ),
    Fresh(
        text="wie oft hob i The Daily seit Oktober ghört",
        family="play_count",
        period="since_october",
        name="The Daily",
    ),
    Fresh(
        text="hob i vorgestan wos vo Air ghört",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    Fresh(
        text="im August, hob i do an Justice ghört oda ned",
        family="did_i",
        period="august",
        name="Justice",
    ),
    Fresh(
        text="Radiohead, hob i de jemois ghört",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="hob i Da Funk vo Daft Punk in de letztn zwa Wochn ghört",
        family="did_i",
        period="last_2_weeks",
        name="Da Funk by Daft Punk",
    ),
    Fresh(
        text="wos hob i gestan auf d'Nacht ghört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="erzähl ma, wos is heit in da Früh grennt",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="wos hat de Ada am dritten November ghört",
        family="what_played",
        period="november_3",
        person="Ada",
    ),
    Fresh(
        text="wos is gestan auf d'Nacht um Viertel vor acht grennt",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heit um hoib neun in da Früh, wos hat do gspüt",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="wos für a Musik mog i eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um wie vü Uhr hör i normalerweis Musik, und an wöchn Tog",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="hob i in letzter Zeit wen Neichn entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="wöche neichn Künstler san im letztn Summa dazuakumman",
        family="new_artists",
        period="last_summer",
    ),
    Fresh(
        text="wie oft überspring i Liada, sog amoi",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="hör i oiwei de gleichn Liada, wie oft wiederhol i de",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie vü Tag hintaranaund hob i jetzt scho wos ghört",
        family="streak",
    ),
    Fresh(
        text="wann hob i des erste Moi Café Tacvba ghört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann hob i Genesis des allererste Moi ghört",
        family="first_play",
        name="Genesis",
    ),
    Fresh(
        text="wann woa des letzte Moi Daft Punk dran",
        family="last_play",
        name="Daft Punk",
    ),
    Fresh(
        text="Wet Leg, wann woa de zletzt dran",
        family="last_play",
        name="Wet Leg",
    ),
    Fresh(
        text="wos woa des letzte Liad, des i gspüt hob",
        family="last_song",
    ),
    Fresh(
        text="wos woa heit des erste Liad in da Früh",
        family="first_today",
    ),
    Fresh(
        text="mit wos hob i letztn Freitag ogfangt",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="wos woa des letzte Liad am Samstag",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="wöchs Liad drah i am öftestn weg",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="wöchn Künstler überspring i am meistn, der is ned leiwand",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="wos lauft bei mia grad in Dauaschleifn",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl ma, wie woa mei Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib ma an leiwandn Rückblick auf mei Joa",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie woa mei Wochn mit da Musik",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="hör i mehr in da Früh oder auf d'Nacht",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör i am Wochnend mehr Musik ois unter da Wochn",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "spü ma Daft Punk in da Kuchl",
    "mach de Musik a bissl lauter",
    "wos lauft grad in da Kuchl",
    "wos is des für a Liad",
    "überspring des Liad, des is ned leiwand",
    "hoit den Podcast au",
    "nächsts Liad im Wohnzimmer",
    "mach's Liacht in da Kuchl aus",
    "spü des Album Discovery",
    "leiser bitte, i hea mei eigenes Wort ned",
    "Zufallswiedergabe ein",
    "wiederhol des Liad",
    "verbind de Box in da Kuchl mit da im Wohnzimmer",
    "stö ma an Timer auf zwanzg Minutn für'n Gugelhupf",
    "wia wird's Wetta morgen",
    "schreib Semmeln auf de Einkaufsliste",
    "dreh d'Heizung auf zweiazwanzg Grad",
    "wos hör i grad",
    "spü wos vom Falco",
    "stopp de Musik",
    "weida mit'm Podcast",
    "Lautstärke auf fünf",
    "mach de Kuchl-Box stumm",
    "spü The Daily",
]
