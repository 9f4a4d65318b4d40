"""Issue 45's seventieth turn, German: blind writers 475 and 478.

A Berlin hipster (writer 475: Berlinerisch with English loanwords, "ick",
"icke", "dit", "jetzte", "Playlist-Game", "Number One Artist", "gepumpt")
and a Bernese speaker (writer 478: Bärndütsch, "hütt", "gloset",
"meischtglosete Liedli", "zwöi Wuche", "aube am liebschte") were scored
blind. What this file pins (`parse.berlin_hipster_de`,
`parse.bernese_again_de`, the net's `net_words_72` lines in
`sentences/de.yaml`, a now-playing question in `elsewhere`):

- Two wrong facts: "hab ick zwanzig fünfundzwanzig überhaupt Air gehört, so
  Sexy Boy und so" counted Sexy Boy (an example said after the question);
  "hab ick diesen Monat neue Artists entdeckt oder is dit immer dasselbe
  Playlist-Game" was answered with the repeat rate.
- "dit" taken for a name ("wie viele Plays warn dit", "wann hab ick dit
  erste Mal Cafe Tacuba gehört"); "auf wen war ick ... hängengeblieben",
  "Number One Artist", "womit bin ick heute inne Gänge gekommen", "oder
  bild ick mir dit nur ein", a guess before "wie viele sind dit", a name
  first and "wie oft hab ick die gepumpt"; "mein Song auf Dauerschleife"
  and "Morgens-Hörer oder Abends-Typ" reached no sentence of the net.
- Bern's "hütt" (today) was no time ("wie mängs Liedli han i hütt" looked
  for a name "hütt"), "zwöi Wuche" no span, "mis meischtglosete Liedli" no
  ranking; "am liebschte", "sy's im Septämber", "i Tag gstartet" reached
  no sentence of the net.
- "wat is dit für'n Song, der hat voll den Vibe" asks what plays now: it is
  declined (`elsewhere`), though a net sentence still hears it ("Song" then
  "hat" reads as a ranking's word and a listener).
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "uff, auf wen war ick in letzter Zeit so komplett hängengeblieben, artistmäßig jetzte",
        "wen habe ich in letzter Zeit am meisten gehört",
    ),
    (
        "de",
        "seit Oktober, wer is da so mein Number One Artist, ehrlich",
        "wer ist mein Top-Künstler seit Oktober",
    ),
    (
        "de",
        "gestern Abend, wie viele Plays warn dit insgesamt",
        "wie viele Wiedergaben waren es gestern Abend",
    ),
    (
        "de",
        "icke hab doch bestimmt hundert verschiedene Lieder, wie viele sind dit insgesamt wirklich",
        "wie viele verschiedene Lieder habe ich insgesamt gehört",
    ),
    (
        "de",
        "Radiohead, wie oft hab ick die gepumpt, so insgesamt",
        "wie oft habe ich Radiohead insgesamt gehört",
    ),
    (
        "de",
        "hab ick diesen Monat neue Artists entdeckt oder is dit immer dasselbe Playlist-Game",
        "habe ich diesen Monat neue Künstler entdeckt",
    ),
    (
        "de",
        "wann hab ick dit erste Mal Cafe Tacuba gehört",
        "wann habe ich das erste Mal Cafe Tacuba gehört",
    ),
    (
        "de",
        "womit bin ick heute inne Gänge gekommen, erster Song",
        "was war heute mein erstes Lied",
    ),
    (
        "de",
        "Was isch dä Monet mis meischtglosete Liedli?",
        "was ist diesen Monat mein meistgehörtes Lied",
    ),
    (
        "de",
        "wie mängs Liedli han i hütt scho gloset",
        "wie viele Lieder habe ich heute gehört",
    ),
    (
        "de",
        "Mit welem Lied bin i hütt i Tag gstartet?",
        "was war heute mein erstes Lied",
    ),
    (
        "de",
        "auf wen bin ick diesen Monat total hängengeblieben",
        "wen habe ich diesen Monat am meisten gehört",
    ),
    (
        "de",
        "icke hab bestimmt voll viele verschiedene Artists, wie viele sind dit",
        "wie viele verschiedene Künstler habe ich gehört",
    ),
    (
        "de",
        "wie mängisch han i Queen i de letschte zwöi Wuche glost",
        "wie oft habe ich Queen in den letzten zwei Wochen gehört",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    # Writer 475's misses, as said.
    (
        "uff, auf wen war ick in letzter Zeit so komplett hängengeblieben, artistmäßig jetzte",
        "wen habe ich in letzter Zeit am meisten gehört",
        "de",
    ),
    (
        "seit Oktober, wer is da so mein Number One Artist, ehrlich",
        "wer ist mein Top-Künstler seit Oktober",
        "de",
    ),
    (
        "gestern Abend, wie viele Plays warn dit insgesamt",
        "wie viele Wiedergaben waren es gestern Abend",
        "de",
    ),
    (
        "icke hab doch bestimmt hundert verschiedene Lieder, wie viele sind dit insgesamt wirklich",
        "wie viele verschiedene Lieder habe ich insgesamt gehört",
        "de",
    ),
    # Radiohead is in no history: its plain question's answer is no
    # stated one, so the name said first is pinned with Queen.
    (
        "Queen, wie oft hab ick die gepumpt, so insgesamt",
        "wie oft habe ich Queen gehört",
        "de",
    ),
    (
        "hab ick gestern Justice gehört oder bild ick mir dit nur ein",
        "habe ich gestern Justice gehört",
        "de",
    ),
    (
        "hab ick zwanzig fünfundzwanzig überhaupt Air gehört, so Sexy Boy und so",
        "habe ich 2025 Air gehört",
        "de",
    ),
    (
        "hab ick diesen Monat neue Artists entdeckt oder is dit immer dasselbe Playlist-Game",
        "habe ich diesen Monat neue Künstler entdeckt",
        "de",
    ),
    (
        "wann hab ick dit erste Mal Cafe Tacuba gehört",
        "wann habe ich das erste Mal Café Tacvba gehört",
        "de",
    ),
    (
        "womit bin ick heute inne Gänge gekommen, erster Song",
        "was war heute mein erstes Lied",
        "de",
    ),
    (
        "wat is'n grad mein Song auf Dauerschleife",
        "welches Lied höre ich in Dauerschleife",
        "de",
    ),
    (
        "bin ick eher so Morgens-Hörer oder mehr so Abends-Typ",
        "höre ich eher morgens oder abends",
        "de",
    ),
    # Writer 478's misses, as said.
    (
        "Was isch dä Monet mis meischtglosete Liedli?",
        "was ist diesen Monat mein meistgehörtes Lied",
        "de",
    ),
    (
        "weli Podcast losen i aube am liebschte",
        "welchen Podcast höre ich am liebsten",
        "de",
    ),
    (
        "wi viu han i hütt am Namittag glost",
        "wie lange habe ich heute Nachmittag gehört",
        "de",
    ),
    (
        "wie mängs Liedli han i hütt scho gloset",
        "wie viele Lieder habe ich heute gehört",
        "de",
    ),
    (
        "Wie mängi Podcastfolge sy's im Septämber gsi?",
        "wie viele Podcastfolgen habe ich im September gehört",
        "de",
    ),
    (
        "wie mängisch isch Digital Love i de letschte zwöi Wuche gloffe",
        "wie oft lief Digital Love in den letzten zwei Wochen",
        "de",
    ),
    (
        "Verzeu mau, was isch hütt am Morge gloffe?",
        "was lief heute Morgen",
        "de",
    ),
    (
        "Mit welem Lied bin i hütt i Tag gstartet?",
        "was war heute mein erstes Lied",
        "de",
    ),
    # The same kinds of speaker, in other words.
    (
        "auf wen bin ick diesen Monat total hängengeblieben",
        "wen habe ich diesen Monat am meisten gehört",
        "de",
    ),
    (
        "wie viele Plays warn dit gestern",
        "wie viele Wiedergaben waren es gestern",
        "de",
    ),
    (
        "wann hab ick dit letzte Mal Queen gehört",
        "wann habe ich zuletzt Queen gehört",
        "de",
    ),
    (
        "Justice, wie oft hab ick die diese Woche gepumpt",
        "wie oft habe ich Justice diese Woche gehört",
        "de",
    ),
    (
        "hab ick letzte Woche Queen gehört oder bild ick mir dit ein",
        "habe ich letzte Woche Queen gehört",
        "de",
    ),
    (
        "hab ick dieses Jahr Daft Punk gehört, so One More Time und so",
        "habe ich dieses Jahr Daft Punk gehört",
        "de",
    ),
    (
        "hab ick seit Oktober neue Bands entdeckt oder is dit immer dasselbe",
        "habe ich seit Oktober neue Bands entdeckt",
        "de",
    ),
    (
        "womit bin ick gestern inne Gänge gekommen",
        "was war gestern mein erstes Lied",
        "de",
    ),
    (
        "wer is mein Number One Artist dieses Jahr",
        "wer ist mein Top-Künstler dieses Jahr",
        "de",
    ),
    (
        "wat is grad mein Lied auf Dauerschleife",
        "welches Lied höre ich in Dauerschleife",
        "de",
    ),
    (
        "bin ick mehr so Abends-Typ oder Morgens-Typ",
        "höre ich eher morgens oder abends",
        "de",
    ),
    (
        "icke hab bestimmt voll viele verschiedene Artists, wie viele sind dit",
        "wie viele verschiedene Künstler habe ich gehört",
        "de",
    ),
    (
        "wie mängs Liedli han i hütt glost",
        "wie viele Lieder habe ich heute gehört",
        "de",
    ),
    (
        "wie mängisch han i Queen i de letschte zwöi Wuche glost",
        "wie oft habe ich Queen in den letzten zwei Wochen gehört",
        "de",
    ),
    (
        "was isch färn mis meischtglosete Liedli",
        "was war letztes Jahr mein meistgehörtes Lied",
        "de",
    ),
    (
        "weli Band losen i aube am liebschte",
        "welche Band höre ich am liebsten",
        "de",
    ),
    (
        "wie mängi Podcastfolge sy's im Oktober gsi",
        "wie viele Podcastfolgen habe ich im Oktober gehört",
        "de",
    ),
    (
        "mit welem Lied bin i geschter i Tag gstartet",
        "was war gestern mein erstes Lied",
        "de",
    ),
    (
        "wi lang han i hütt am Morge glost",
        "wie lange habe ich heute Morgen gehört",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("wat is dit für'n Song, der hat voll den Vibe", "de"),
    ("wat is dit für'n Song", "de"),
    ("spiel mein Song auf Dauerschleife", "de"),
    ("mach dit Lied auf Repeat", "de"),
    ("Radiohead, spiel ma wat von denen", "de"),
    ("icke hab Bock auf Musik, mach ma an", "de"),
    ("spiel ma wat Neues, so random und so", "de"),
    ("mach ma lauter, der Song is so krass", "de"),
    ("spiu mir es Liedli vo Queen i dr Chuchi", "de"),
    ("mach d Musig hütt lüter", "de"),
)
