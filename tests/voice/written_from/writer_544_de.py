"""Writer 544, eine redselige Mainzer Fastnachterin Ende fünfzig (rheinhessisch gefärbt, 'gell', 'ei jo', 'Määnz'), die gern erzählt, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Ei sach emol, wen hab isch denn diesen Monat am meischte gehört?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Wer war'n mei Künstler vom letzte Jahr, so die Nummer eins, gell",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="Bei uns in de Küch, wer is'n da letzte Woch am meischte gelaufe?",
        family="top_artists",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="Was is'n eigentlich mei Lieblingslied, so iwwerhaupt, ei jo des tät misch jetzt interessiere",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="Nenn mer mal mei drei meischtgespielte Lieder seit Oktober",
        family="top_tracks",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="Welches Liedche hab isch im September am öftesten laufe lasse?",
        family="top_tracks",
        period="september",
    ),
    # top_albums
    Fresh(
        text="Welsche Platt hab isch denn dies Jahr am meischte uffgelegt, weißt du des?",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Mei Lieblingsalbum in de letzte drei Monat, was wär'n des?",
        family="top_albums",
        period="last_3_months",
    ),
    # top_podcasts
    Fresh(
        text="Welcher Podcast is'n in letzter Zeit so rischtisch mei Ding?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Im August, was war'n da mein meischtgehörter Podcast?",
        family="top_podcasts",
        period="august",
    ),
    # listening_time
    Fresh(
        text="Wie lang lief'n heut schon Musik bei mir, ei jo, so grob",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wieviel Stunde hab isch letzte Monat insgesamt gehört, alles zusamme?",
        family="listening_time",
        period="last_month",
    ),
    Fresh(
        text="Sach emol, wie lang hab isch die Woch Podcasts gehört, des is doch bestimmt e Haufe",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="Wieviel Lieder hab isch'n heut morsche gespielt?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wie oft lief bei uns am Samstag was, so insgesamt, da war ja Kreppelkaffee",
        family="plays",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="Wieviel Podcastfolge warn's denn seit Montag?",
        family="plays",
        period="since_monday",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="Wieviel verschiedene Künstler hab isch dies Jahr gehört, gell, des möcht isch jetzt wisse",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wieviele unterschiedliche Bands warn's denn in de letzte dreißig Tag?",
        family="artists_count",
        period="last_30_days",
    ),
    # songs_count
    Fresh(
        text="Wieviel verschiedene Lieder hab isch letzte Woch gehört?",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="Im Oktober, wie viele unterschiedliche Stücker warn's da, ungefähr halt",
        family="songs_count",
        period="october",
    ),
    # play_count
    Fresh(
        text="Wie oft hab isch dies Jahr die Bohemian Rhapsody gehört, isch sing die ja immer mit",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wieviel Daft Punk hatt isch'n in de letzte sieben Tag?",
        family="play_count",
        period="last_7_days",
        name="Daft Punk",
    ),
    Fresh(
        text="Wie oft hab isch'n de Ernst Neger gehört, ei den muss isch doch gehört habe, des is doch de Määnzer Bub schlechthin",
        family="play_count",
        period="all_time",
        name="Ernst Neger",
    ),
    # did_i
    Fresh(
        text="Sach, hab isch gestern Owend ebbes von Queen gehabt?",
        family="did_i",
        period="yesterday_evening",
        name="Queen",
    ),
    Fresh(
        text="Justice, in letzter Zeit, lief des bei mir?",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="Hab isch die Margit Sponheimer im Sommer mal gehört? Die hätt isch doch gern mal widder gehabt",
        family="did_i",
        period="summer",
        name="Margit Sponheimer",
    ),
    # what_played
    Fresh(
        text="Erzähl mal, was lief'n gestern Owend bei mir in de Küch?",
        family="what_played",
        period="yesterday_evening",
        room="kitchen",
    ),
    Fresh(
        text="Was hab isch denn vorgestern alles gehört, isch weiß es nimmer",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Was lief'n letzte Freitag so an Musik?",
        family="what_played",
        period="last_friday",
        content="music",
    ),
    # playing_at
    Fresh(
        text="Was lief'n gestern so um Viertel nach acht owends?",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="Heut morsche um halb neun, was war'n des für e Lied?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Gestern früh um acht, was hat'n da gedudelt?",
        family="playing_at",
        moment="2026-11-19 08:00",
    ),
    # taste
    Fresh(
        text="Was hab isch'n eigentlich für en Musikgeschmack, so ehrlisch gesacht",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Wie tätst du mein Geschmack beschreibe, ei jo, sach's ruhisch, isch bin des gewohnt",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um wieviel Uhr hör isch'n meistens Musik, und an welchem Tag?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wann hör isch'n so am meischte, tageszeitmäßisch und welcher Wochetag",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Hab isch in letzter Zeit jemand Neues entdeckt?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Welche Künstler warn denn diesen Monat ganz neu bei mir?",
        family="new_artists",
        period="this_month",
    ),
    # skips
    Fresh(
        text="Wie oft drück isch'n Lieder weg, so im Schnitt?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Letzte Woch, wieviel hab isch da übersprunge, von allem was lief",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="Hör isch eigentlich immer dieselbe Lieder? Sach's ehrlisch",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie oft hab isch dies Jahr Lieder wiederholt, so die Wiederholungsquote mein isch",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="Wieviel Täg hinnereinanner hab isch jetzt schon Musik gehört?",
        family="streak",
    ),
    Fresh(
        text="Wie lang is'n mei Serie, also Täg am Stück, ohne Paus",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab isch'n Cafe Tacuba zum erschte Mal gehört?",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Moon Safari, wann lief des bei mir es erschte Mal?",
        family="first_play",
        name="Moon Safari",
    ),
    # last_play
    Fresh(
        text="Wann lief'n zuletzt The Daily, isch hing da e bissi hinnerher",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Wann hab isch des letzte Mal Dont Stop Me Now gehört, des is doch mei Fastnachtslied",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    # last_song
    Fresh(
        text="Was war'n des letzte Lied, wo isch gehört hab?",
        family="last_song",
    ),
    Fresh(
        text="Sach emol, welches Lied lief bei mir ganz zuletzt",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit was für em Lied bin isch heut in de Tag gestartet?",
        family="first_today",
    ),
    Fresh(
        text="Was war'n heut es allererschte Lied, noch vorm Kaffee",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Was war'n gestern es erschte Lied?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Womit hab isch letzte Woch angefange, also musikalisch, es erschte Stück",
        family="first_in",
        period="last_week",
    ),
    # last_in
    Fresh(
        text="Was war's letzte Lied letzte Nacht, bevor isch ins Bett bin?",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Womit hab isch de Oktober abgeschlosse, welches Lied war des letzte?",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied drück isch am meischte weg?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Ei jo, welches Liedche überspring isch denn am allerhäufigste",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welche Band überspring isch am meischte?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Wer kriegt bei mir am öftesten de Daume, welcher Künstler wird am meischte übersprunge",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Was hab isch grad in Dauerschleife, ei jo, du weißt des doch",
        family="on_repeat",
    ),
    Fresh(
        text="Welches Lied kann isch im Moment net uffhöre zu spiele?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl mal, wie war mei Woch so mit de Musik und alles",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Gib mer emol en Rückblick uff mei Jahr, so wie bei de Sitzung de Jahresrückblick, gell",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Mach mer mal e Zusammefassung von meiner Hörerei",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Wie war'n es letzte Jahr bei uns so, musikmäßisch, erzähl emol",
        family="recap",
        period="last_year",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="Hör isch mehr morjens oder owends?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Bin isch eher so e Nachmittagshörerin oder mehr nachts unterwegs mit de Lieder",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="Wochenend oder werktags, wann lauft bei mir mehr?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Sin's bei mir mehr die Werktag oder mehr so Samstag Sonntag, mit de Musik",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Spiel mal Daft Punk in de Küch",
    "Mach die Musik mal lauter, ei isch hör ja nix",
    "Leiser, leiser, die Nachbarn klopfe schon",
    "Was is'n des für e Lied, wo grad läuft?",
    "Überspring des Lied, des kann isch net leide",
    "Halt de Podcast mal an, es klingelt",
    "Nächstes Lied im Wohnzimmer",
    "Mach's Licht in de Küch aus",
    "Spiel es Album Discovery ab, von vorne",
    "Stell die Lautstärk uff fünf",
    "Mach mal Zufallswiedergabe an",
    "Wiederhol des Lied in einer Tour, des is so schön",
    "Mach die Lautsprecher in de Küch un im Wohnzimmer zusamme",
    "Stell mer en Timer uff zwanzig Minute, mei Fleischworscht is im Topf",
    "Wie wird'n es Wetter morsche in Määnz?",
    "Schreib Weck un Worscht uff die Einkaufslist",
    "Dreh die Heizung e bissi hoch, mir is kalt",
    "Was hör isch'n grad?",
    "Was läuft'n grad in de Küch?",
    "Spiel mal Fastnachtslieder, ei jo, die Kampagne hat doch angefange",
    "Mach die Musik aus, isch muss telefoniere",
    "Weiter mit'm Podcast, wo isch uffgehört hab",
    "Spiel Bohemian Rhapsody, awwer laut",
    "Wer singt'n des grad?",
    "Zurück, des Lied nochemal von vorne",
]
