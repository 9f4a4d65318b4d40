"""Writer 587, ein Oberpfälzer Rentner Ende siebzig, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Wen hob i zwoatausndfünfazwanzg am meistn ghört?",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="Wer is heier mei Nummer oans, bei de Musikantn?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="De drei Kapelln, dej i im Oktober am öftastn ghört hob. Sag's ma.",
        family="top_artists",
        period="october",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="Wos is mei Liadl vom Monat?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Mei Lieblingsliadl. Überhaupt. Wos is des?",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="De fünf Liadln, dej mir letztn Monat am meistn ghört ham.",
        family="top_tracks",
        period="last_month",
        count=5,
        person="we",
    ),
    # top_albums
    Fresh(
        text="Wöi hoißt de Plattn, dej i am meistn aafglegt hob?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Letzts Joahr im Summa, welchs Album woar's dou, des i am meistn ghört hob?",
        family="top_albums",
        period="last_summer",
    ),
    # top_podcasts
    Fresh(
        text="Wos is mei Podcast, den i am meistn hör?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Welchn Podcast hob i de letztn dreißg Dog am meistn ghört?",
        family="top_podcasts",
        period="last_30_days",
    ),
    # listening_time
    Fresh(
        text="Wöi lang is heit in da Kuchl d'Musi glaffn?",
        family="listening_time",
        period="today",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="Wöi vül Stundn hob i dej Wochn zuaghört?",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="Gestan af d'Nacht. Wöi lang hob i dou zuaghört?",
        family="listening_time",
        period="yesterday_evening",
    ),
    # plays
    Fresh(
        text="Wöi vül Liadl hob i heit in da Fräih gspielt?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Vorgestan, wöi vül is dou glaffn, alles zamm?",
        family="plays",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Wöi vül Liadl hot d'Ada gestan ghört?",
        family="plays",
        period="yesterday",
        content="music",
        person="Ada",
    ),
    # artists_count
    Fresh(
        text="Seit März. Wöi vül verschiedne Künstler hob i dou ghört?",
        family="artists_count",
        period="since_march",
    ),
    Fresh(
        text="Im August, wöi vül verschiedne Kapelln warn's dou?",
        family="artists_count",
        period="august",
    ),
    # songs_count
    Fresh(
        text="Wöi vül verschiedne Liadl warn's seit Oktober?",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="Wöi vül unterschiedliche Liadln hob i de letztn siebm Dog ghört?",
        family="songs_count",
        period="last_7_days",
    ),
    # play_count
    Fresh(
        text="Wöi oft hob i de Bohemien Rapsodie gspielt, dean Monat?",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Seit Montag. Wöi oft woar da Queen dou?",
        family="play_count",
        period="since_monday",
        name="Queen",
    ),
    Fresh(
        text="Den Daily. Wöi oft hob i den ghört, letzts Joahr?",
        family="play_count",
        period="last_year",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="Hob i letzte Nacht Daft Punk ghört?",
        family="did_i",
        period="last_night",
        name="Daft Punk",
    ),
    Fresh(
        text="Woar da Justice dou, am Samstag?",
        family="did_i",
        period="saturday",
        name="Justice",
    ),
    Fresh(
        text="Hob i in letzter Zeit amol de Kastelruther Spatzn ghört?",
        family="did_i",
        period="lately",
        name="Kastelruther Spatzen",
    ),
    Fresh(
        text="Hamma im Oktober de Kafe Takuba ghört? De Mexikaner.",
        family="did_i",
        period="october",
        name="Café Tacvba",
        person="we",
    ),
    # what_played
    Fresh(
        text="Wos hob i gestan af d'Nacht ghört?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Wos is heit Nammidog glaffn?",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Letztn Freitag. Wos hob i dou ghört?",
        family="what_played",
        period="last_friday",
    ),
    # playing_at
    Fresh(
        text="Gestan af d'Nacht um Viertl noch achte, wos woar dou?",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="Heit in da Fräih um halbe neine, wos is dou glaffn?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Am Mittwoch um neine af d'Nacht, wos hob i dou ghört?",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    # taste
    Fresh(
        text="Wos hör i denn für a Musi, sag amol.",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Wos is mei Gschmack, bei da Musi?",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Wann hör i am meistn? Uhrzeit und Dog.",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Um wöi vül Uhr lafft bei mir d'Musi meistns, und an welchm Dog?",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="De letztn zwoa Wochn, hob i dou wen Neis ghört?",
        family="new_artists",
        period="last_2_weeks",
    ),
    Fresh(
        text="Wer is de letztn drei Monat neu dazuakumma?",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="Wöi oft überspring i a Liadl?",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Am Wochenend, wöi vül hob i dou übersprunga?",
        family="skips",
        period="last_weekend",
    ),
    # repeat
    Fresh(
        text="Hör i allaweil des Gleiche?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wöi oft hob i dej Wochn dieselbn Liadl nomol ghört?",
        family="repeat",
        period="this_week",
    ),
    # streak
    Fresh(
        text="Wöi vül Dog hintranander hob i etz ghört?",
        family="streak",
    ),
    Fresh(
        text="Seit wöi vül Dog hob i jedn Dog wos ghört, ohne Pause?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hob i des erste Mol Air ghört?",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="Des Genesis vom Justice. Wann woar des s'erste Mol dou?",
        family="first_play",
        name="Genesis by Justice",
    ),
    # last_play
    Fresh(
        text="Wann hob i zletzt des Don't Stop Me Now ghört?",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="D'Andrea Berg, wann woar de zletzt dou?",
        family="last_play",
        name="Andrea Berg",
    ),
    # last_song
    Fresh(
        text="Wos woar des letzte Liadl?",
        family="last_song",
    ),
    Fresh(
        text="Des Letzte, wos i ghört hob. Wos woar des?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Wos woar heit des erste Liadl?",
        family="first_today",
    ),
    Fresh(
        text="Mit wos hob i heit ogfangt, in da Fräih?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Des erste Liadl am drittn November, wos woar des?",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="Mit wos hob i letzte Wochn ogfangt?",
        family="first_in",
        period="last_week",
    ),
    # last_in
    Fresh(
        text="Des letzte Liadl gestan, wos woar des?",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="Im September, wos hob i dou als Letzts ghört?",
        family="last_in",
        period="september",
    ),
    # most_skipped
    Fresh(
        text="Welchs Liadl überspring i am öftastn?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Wos druck i allaweil weg? Welchs Liadl?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Wen überspring i am meistn?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Welche Kapelln druck i am öftastn weg?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Wos lafft bei mir etz dauernd, welchs Liadl?",
        family="on_repeat",
    ),
    Fresh(
        text="Welchs Liadl kon i grod niat lassn?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Wöi woar mei Wochn, mit da Musi?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Erzähl amol, wöi woar mei Joahr?",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Letzte Wochn bei uns, wöi woar des mit da Musi?",
        family="recap",
        period="last_week",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="Hör i mehra in da Fräih oder af d'Nacht?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Nammidog oder af d'Nacht, wann hör i mehra?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Hör i am Wochenend mehra ois unter da Wochn?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Samsta und Sunnda, oder unter da Wochn, wann lafft mehra Musi?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Spiel amol an Queen in da Kuchl.",
    "Mach laut.",
    "Leiser, des is z'laut.",
    "Wos is des für a Liadl, des wo grod lafft?",
    "S'nächste Liadl.",
    "Den Podcast ohaltn.",
    "Mach d'Musi aus.",
    "Spiel de Plattn Discovery.",
    "Wöi werd's Wetter morgn?",
    "Regnt's heit nou?",
    "Stell an Wecker af sechse.",
    "A Uhr af zwanzg Minutn, fürs Kraut.",
    "Schreib Milli af n Eikaufszettl.",
    "Mach's Liacht in da Kuchl o.",
    "Liacht aus in da Kuchl.",
    "Dreh d'Heizung a weng affa.",
    "Spiel's durchanander.",
    "Des Liadl af Wiederholung stelln.",
    "Wos hör i etz grod?",
    "Spiel an Daily.",
    "Wöi spät is'?",
    "Lautstärke af drei.",
    "Spiel wos vo de Kastelruther Spatzn.",
    "Im Wohnzimmer s'nächste Liadl.",
    "Spiel in da Kuchl und im Wohnzimmer zamm.",
]
