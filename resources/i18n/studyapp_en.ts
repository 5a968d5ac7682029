<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>BookmarkCount</name>
    <message numerus="yes">
        <source>%n bookmarks</source>
        <translation>
            <numerusform>%n bookmark</numerusform>
            <numerusform>%n bookmarks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No bookmarks match “{filter}” (%n in all)</source>
        <translation>
            <numerusform>No bookmarks match “{filter}” (%n in all)</numerusform>
            <numerusform>No bookmarks match “{filter}” (%n in all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n bookmarks so far; still filtering…</source>
        <translation>
            <numerusform>{shown} of %n bookmark so far; still filtering…</numerusform>
            <numerusform>{shown} of %n bookmarks so far; still filtering…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n bookmarks</source>
        <translation>
            <numerusform>{shown} of %n bookmark</numerusform>
            <numerusform>{shown} of %n bookmarks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %n bookmarks…</source>
        <translation>
            <numerusform>Writing %n bookmark…</numerusform>
            <numerusform>Writing %n bookmarks…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookmarkExport</name>
    <message numerus="yes">
        <source>%n bookmarks, exported {day}.</source>
        <translation>
            <numerusform>%n bookmark, exported {day}.</numerusform>
            <numerusform>%n bookmarks, exported {day}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookmarkRows</name>
    <message numerus="yes">
        <source>%n bookmarks</source>
        <translation>
            <numerusform>%n bookmark</numerusform>
            <numerusform>%n bookmarks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarHeatmap</name>
    <message numerus="yes">
        <source>%n reviews</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardBrowser</name>
    <message numerus="yes">
        <source>{shown} or more of %n cards (more as the table scrolls)</source>
        <translation>
            <numerusform>{shown} or more of %n card (more as the table scrolls)</numerusform>
            <numerusform>{shown} or more of %n cards (more as the table scrolls)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n cards</source>
        <translation>
            <numerusform>{shown} of %n card</numerusform>
            <numerusform>{shown} of %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cards selected.</source>
        <translation>
            <numerusform>%n card selected.</numerusform>
            <numerusform>%n cards selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suspended</source>
        <translation>
            <numerusform>%n suspended</numerusform>
            <numerusform>%n suspended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsuspended</source>
        <translation>
            <numerusform>%n unsuspended</numerusform>
            <numerusform>%n unsuspended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n buried until tomorrow</source>
        <translation>
            <numerusform>%n buried until tomorrow</numerusform>
            <numerusform>%n buried until tomorrow</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n cards to new? Their schedule starts again; the review history stays.</source>
        <translation>
            <numerusform>Reset %n card to new? Its schedule starts again; the review history stays.</numerusform>
            <numerusform>Reset %n cards to new? Their schedule starts again; the review history stays.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reset to new</source>
        <translation>
            <numerusform>%n reset to new</numerusform>
            <numerusform>%n reset to new</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message numerus="yes">
        <source>Russia kept the Julian calendar until 1918, then %n days behind the Gregorian: {date} (New Style) was {julian} (Old Style) there.</source>
        <translation>
            <numerusform>Russia kept the Julian calendar until 1918, then %n day behind the Gregorian: {date} (New Style) was {julian} (Old Style) there.</numerusform>
            <numerusform>Russia kept the Julian calendar until 1918, then %n days behind the Gregorian: {date} (New Style) was {julian} (Old Style) there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n bookmarks</source>
        <translation>
            <numerusform>%n bookmark</numerusform>
            <numerusform>%n bookmarks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviews</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cards</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n cards to {path}</source>
        <translation>
            <numerusform>Wrote %n card to {path}</numerusform>
            <numerusform>Wrote %n cards to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareByTopic</name>
    <message numerus="yes">
        <source>Covered by {covering} of the %n agreements.</source>
        <translation>
            <numerusform>Covered by {covering} of the %n agreement.</numerusform>
            <numerusform>Covered by {covering} of the %n agreements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message numerus="yes">
        <source>%n notes you typed earlier could not be saved then; they are kept. Retry saves them (or open the bookmark to see the note).</source>
        <translation>
            <numerusform>%n note you typed earlier could not be saved then; it is kept. Retry saves it (or open the bookmark to see the note).</numerusform>
            <numerusform>%n notes you typed earlier could not be saved then; they are kept. Retry saves them (or open the bookmark to see the note).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bookmarks</source>
        <translation>
            <numerusform>%n bookmark</numerusform>
            <numerusform>%n bookmarks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviews</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes could not be saved; they are kept in {path} and offered again at the next start.</source>
        <translation>
            <numerusform>%n note could not be saved; it is kept in {path} and offered again at the next start.</numerusform>
            <numerusform>%n notes could not be saved; they are kept in {path} and offered again at the next start.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes could not be saved anywhere:</source>
        <translation>
            <numerusform>%n note could not be saved anywhere:</numerusform>
            <numerusform>%n notes could not be saved anywhere:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayColumns</name>
    <message numerus="yes">
        <source>{day}: %n cards due</source>
        <translation>
            <numerusform>{day}: %n card due</numerusform>
            <numerusform>{day}: %n cards due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message numerus="yes">
        <source>the {count} agreements {years} between {countries}</source>
        <translation>
            <numerusform>the agreement {years} between {countries}</numerusform>
            <numerusform>the {count} agreements {years} between {countries}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the {count} agreements {years}</source>
        <translation>
            <numerusform>the agreement {years}</numerusform>
            <numerusform>the {count} agreements {years}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} events</source>
        <translation>
            <numerusform>{count} event</numerusform>
            <numerusform>{count} events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} terms</source>
        <translation>
            <numerusform>{count} term</numerusform>
            <numerusform>{count} terms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} people</source>
        <translation>
            <numerusform>{count} person</numerusform>
            <numerusform>{count} people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} agreements</source>
        <translation>
            <numerusform>{count} agreement</numerusform>
            <numerusform>{count} agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} clauses</source>
        <translation>
            <numerusform>{count} clause</numerusform>
            <numerusform>{count} clauses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Donut</name>
    <message numerus="yes">
        <source>{label}: %n cards</source>
        <translation>
            <numerusform>{label}: %n card</numerusform>
            <numerusform>{label}: %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n cards in all</source>
        <translation>
            <numerusform>; %n card in all</numerusform>
            <numerusform>; %n cards in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Writing %n cards…</source>
        <translation>
            <numerusform>Writing %n card…</numerusform>
            <numerusform>Writing %n cards…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n cards to {path}</source>
        <translation>
            <numerusform>Wrote %n card to {path}</numerusform>
            <numerusform>Wrote %n cards to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryView</name>
    <message numerus="yes">
        <source>%n terms</source>
        <translation>
            <numerusform>%n term</numerusform>
            <numerusform>%n terms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n terms</source>
        <translation>
            <numerusform>{shown} of %n term</numerusform>
            <numerusform>{shown} of %n terms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Heatmap</name>
    <message numerus="yes">
        <source>%n reviews on {day}</source>
        <translation>
            <numerusform>%n review on {day}</numerusform>
            <numerusform>%n reviews on {day}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n agreements</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clauses</source>
        <translation>
            <numerusform>%n clause</numerusform>
            <numerusform>%n clauses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n terms</source>
        <translation>
            <numerusform>%n term</numerusform>
            <numerusform>%n terms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message numerus="yes">
        <source>%n bookmarks</source>
        <translation>
            <numerusform>%n bookmark</numerusform>
            <numerusform>%n bookmarks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviews</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes updated</source>
        <translation>
            <numerusform>%n note updated</numerusform>
            <numerusform>%n notes updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bookmarks removed</source>
        <translation>
            <numerusform>%n bookmark removed</numerusform>
            <numerusform>%n bookmarks removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message numerus="yes">
        <source>  (%n more messages)</source>
        <translation>
            <numerusform>  (%n more message)</numerusform>
            <numerusform>  (%n more messages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n people</source>
        <translation>
            <numerusform>{shown} of %n person</numerusform>
            <numerusform>{shown} of %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizFormatting</name>
    <message numerus="yes">
        <source>in %n minutes</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message numerus="yes">
        <source>%n chosen cards</source>
        <translation>
            <numerusform>%n chosen card</numerusform>
            <numerusform>%n chosen cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchCount</name>
    <message numerus="yes">
        <source>The first %n results; add a word to narrow them down</source>
        <translation>
            <numerusform>The first %n result; add a word to narrow it down</numerusform>
            <numerusform>The first %n results; add a word to narrow them down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviews</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Right {share} of %n answers.</source>
        <translation>
            <numerusform>Right {share} of %n answer.</numerusform>
            <numerusform>Right {share} of %n answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{studied} of %n cards studied at least once.</source>
        <translation>
            <numerusform>{studied} of %n card studied at least once.</numerusform>
            <numerusform>{studied} of %n cards studied at least once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryText</name>
    <message numerus="yes">
        <source>{right} of %n answers ({share})</source>
        <translation>
            <numerusform>{right} of %n answer ({share})</numerusform>
            <numerusform>{right} of %n answers ({share})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineDensity</name>
    <message numerus="yes">
        <source>%n agreements in view: zoom in to see them one by one</source>
        <translation>
            <numerusform>%n agreement in view: zoom in to see it</numerusform>
            <numerusform>%n agreements in view: zoom in to see them one by one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events in view: zoom in to see them one by one</source>
        <translation>
            <numerusform>%n event in view: zoom in to see it</numerusform>
            <numerusform>%n events in view: zoom in to see them one by one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreements from {first} to {last}</source>
        <translation>
            <numerusform>%n agreement from {first} to {last}</numerusform>
            <numerusform>%n agreements from {first} to {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events from {first} to {last}</source>
        <translation>
            <numerusform>%n event from {first} to {last}</numerusform>
            <numerusform>%n events from {first} to {last}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message numerus="yes">
        <source>★ %n bookmarked clauses</source>
        <translation>
            <numerusform>★ %n bookmarked clause</numerusform>
            <numerusform>★ %n bookmarked clauses</numerusform>
        </translation>
    </message>
</context>
</TS>
