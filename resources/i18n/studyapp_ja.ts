<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>Answers</name>
    <message>
        <source>30 July 1907, July 30, 1907, 1907-07-30, 30/7/1907, 1907年7月30日, 明治40年7月30日 or M40.7.30</source>
        <translation>1907年7月30日、明治40年7月30日、明治四十年七月三十日、M40.7.30、1907-07-30、30 July 1907 など</translation>
    </message>
    <message>
        <source>Meiji 40, M40, 明治40年, 明治四十年, 大正元年 or めいじ40</source>
        <translation>明治40年、明治四十年、大正元年、めいじ40、M40、Meiji 40 など</translation>
    </message>
    <message>
        <source>Nothing was typed: type the answer, then press Enter.</source>
        <translation>何も入力されていません。答えを入力してから Enter キーを押してください。</translation>
    </message>
    <message>
        <source>One letter is off: it is spelt {written}.</source>
        <translation>一文字違います。正しくは「{written}」です。</translation>
    </message>
    <message>
        <source>The answer is {answer}.</source>
        <translation>正解は{answer}です。</translation>
    </message>
    <message>
        <source>That is not a date in a form I know. I understand {forms}.</source>
        <translation>日付として読み取れませんでした。次のような書き方が使えます: {forms}</translation>
    </message>
    <message>
        <source>Numbers are read day first, so that is {date}; write the month as a word to be sure.</source>
        <translation>数字だけの日付は日・月の順に読むため、{date}と解釈しました。確実にするには「1907年7月30日」のように書いてください。</translation>
    </message>
    <message>
        <source>That is the Gregorian (New Style) date; Russia&apos;s Julian calendar said {right}.</source>
        <translation>それはグレゴリオ暦（新暦）の日付です。ロシアのユリウス暦では{right}でした。</translation>
    </message>
    <message>
        <source>That is the Julian (Old Style) date; the Gregorian date is {right}.</source>
        <translation>それはユリウス暦（旧暦）の日付です。グレゴリオ暦では{right}です。</translation>
    </message>
    <message>
        <source>Only part of the date was given: the answer is {date}.</source>
        <translation>日付の一部しか答えていません。正解は{date}です。</translation>
    </message>
    <message>
        <source>The year is off by one: {right}, not {typed}.</source>
        <translation>年が一年ずれています。{typed}ではなく{right}です。</translation>
    </message>
    <message>
        <source>The year differs: {right}, not {typed}.</source>
        <translation>年が違います。{typed}ではなく{right}です。</translation>
    </message>
    <message>
        <source>The month differs: {right}, not {typed}.</source>
        <translation>月が違います。{typed}ではなく{right}です。</translation>
    </message>
    <message>
        <source>The day differs: {right}, not {typed}.</source>
        <translation>日が違います。{typed}日ではなく{right}日です。</translation>
    </message>
    <message>
        <source>{typed} is also {year}, but on that date it was {right}.</source>
        <translation>{typed}も{year}にあたりますが、その日付では{right}でした。</translation>
    </message>
    <message>
        <source>{year} is right, but in the Japanese era it is {right}.</source>
        <translation>{year}は合っていますが、元号では{right}です。</translation>
    </message>
    <message>
        <source>Give the year in the Japanese era: {right}.</source>
        <translation>元号で答えてください。正解は{right}です。</translation>
    </message>
    <message>
        <source>That is not a year of a Japanese era in a form I know. I understand {forms}.</source>
        <translation>元号の年として読み取れませんでした。次のような書き方が使えます: {forms}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Could not start</source>
        <translation>起動できませんでした</translation>
    </message>
    <message>
        <source>the smoke start timed out before the content was shown</source>
        <translation>動作確認の起動で、内容が表示される前に時間切れになりました</translation>
    </message>
    <message>
        <source>the smoke start ended before the content was shown</source>
        <translation>動作確認の起動が、内容の表示前に終了しました</translation>
    </message>
    <message>
        <source>Something went wrong inside the app ({error}). What you saved is safe.</source>
        <translation>アプリの内部で問題が起きました（{error}）。保存したものは失われていません。</translation>
    </message>
    <message>
        <source>the app could not start: {error}</source>
        <translation>アプリを起動できませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>When was the {title} signed?</source>
        <translation>{title}が調印されたのはいつか。</translation>
    </message>
    <message>
        <source>Which agreement was signed on {date}?</source>
        <translation>{date}に調印された協約はどれか。</translation>
    </message>
    <message>
        <source>The {title} was signed at {place} on {date}.</source>
        <translation>{title}は{date}に{place}で調印された。</translation>
    </message>
    <message>
        <source>The {title} was signed on {date}.</source>
        <translation>{title}は{date}に調印された。</translation>
    </message>
    <message>
        <source>{date} in Russia&apos;s Julian calendar</source>
        <translation>ロシアのユリウス暦では{date}</translation>
    </message>
    <message>
        <source>{era_year} in Japan</source>
        <translation>日本の元号では{era_year}</translation>
    </message>
    <message>
        <source>The {title} was signed at {place} on {date}: {notes}.</source>
        <translation>{title}は{date}に{place}で調印された（{notes}）。</translation>
    </message>
    <message>
        <source>The {title} was signed on {date}: {notes}.</source>
        <translation>{title}は{date}に調印された（{notes}）。</translation>
    </message>
    <message>
        <source>The {title} was signed on {date}, in {era_year}.</source>
        <translation>{title}は{date}（{era_year}）に調印された。</translation>
    </message>
    <message>
        <source>{era_first} was {first_year}, so {year} is {era_year}.</source>
        <translation>{era_first}は{first_year}なので、{year}は{era_year}にあたる。</translation>
    </message>
    <message>
        <source>In which year of the Japanese era was the {title} signed?</source>
        <translation>{title}が調印されたのは、元号で何年か。</translation>
    </message>
    <message>
        <source>What was the date of the {title} in Russia&apos;s Julian calendar (Old Style)?</source>
        <translation>{title}の調印日は、ロシアのユリウス暦（旧暦）では何年何月何日か。</translation>
    </message>
    <message numerus="yes">
        <source>Russia kept the Julian calendar until 1918, then %n days behind the Gregorian: {date} (New Style) was {julian} (Old Style) there.</source>
        <translation>
            <numerusform>ロシアは1918年までユリウス暦を使っており、当時の暦はグレゴリオ暦より%n日遅れていた。グレゴリオ暦（新暦）の{date}は、ロシアでは{julian}（旧暦）であった。</numerusform>
        </translation>
    </message>
    <message>
        <source>When did this happen? {title}</source>
        <translation>次の出来事はいつか。{title}</translation>
    </message>
    <message>
        <source>In which month and year did this happen? {title}</source>
        <translation>次の出来事は何年何月のことか。{title}</translation>
    </message>
    <message>
        <source>In which year did this happen? {title}</source>
        <translation>次の出来事は何年のことか。{title}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start}～{end}</translation>
    </message>
    <message>
        <source>{title}: {when}. {description}</source>
        <translation>{title}: {when}。{description}</translation>
    </message>
    <message>
        <source>{title} signed</source>
        <translation>{title}の調印</translation>
    </message>
    <message>
        <source>Which came first: “{first}” or “{second}”?</source>
        <translation>「{first}」と「{second}」では、どちらが先か。</translation>
    </message>
    <message>
        <source>{earlier}: {earlier_when}. {later}: {later_when}.</source>
        <translation>{earlier}: {earlier_when}。{later}: {later_when}。</translation>
    </message>
    <message>
        <source> ({reading})</source>
        <translation>（{reading}）</translation>
    </message>
    <message>
        <source>How is “{term}” written in Japanese, and how is it read?</source>
        <translation>「{term}」は日本語でどう書き、どう読むか。</translation>
    </message>
    <message>
        <source>{term}: {japanese}{reading}. {definition}</source>
        <translation>{term}: {japanese}{reading}。{definition}</translation>
    </message>
    <message>
        <source>What is {japanese} in English?</source>
        <translation>{japanese}は英語で何というか。</translation>
    </message>
    <message>
        <source>{japanese}{reading} is “{term}”. {definition}</source>
        <translation>{japanese}{reading}は英語で「{term}」という。{definition}</translation>
    </message>
    <message>
        <source>What is meant by “{term}”?</source>
        <translation>「{term}」とは何か。</translation>
    </message>
    <message>
        <source>It is {place}.</source>
        <translation>{place}である。</translation>
    </message>
    <message>
        <source>Which agreement contains this article? “{title}”: {summary}</source>
        <translation>次の条文を含む協約はどれか。「{title}」: {summary}</translation>
    </message>
    <message>
        <source>Was this article of the {agreement} public or secret? “{title}”</source>
        <translation>{agreement}のこの条文は、公開協約と秘密協約のどちらにあるか。「{title}」</translation>
    </message>
    <message>
        <source>Public</source>
        <comment>the answer: a public article</comment>
        <translation>公開</translation>
    </message>
    <message>
        <source>Secret</source>
        <comment>the answer: a secret article</comment>
        <translation>秘密</translation>
    </message>
    <message>
        <source>Fill the gap in {place}: “{text}”</source>
        <translation>{place}の空欄を埋めよ。「{text}」</translation>
    </message>
    <message>
        <source>It is {place}: {summary}</source>
        <translation>{place}: {summary}</translation>
    </message>
    <message>
        <source>{part} {label} of the {agreement} ({date})</source>
        <translation>{agreement}（{date}）の{part}{label}</translation>
    </message>
    <message>
        <source>{agreement}, {part} articles</source>
        <translation>{agreement}の{part}</translation>
    </message>
    <message>
        <source>the {agreement} ({date})</source>
        <translation>{agreement}（{date}）</translation>
    </message>
    <message>
        <source>Which of the agreements did {name} sign for {country}?</source>
        <translation>{name}が{country}の代表として調印した協約はどれか。</translation>
    </message>
    <message>
        <source>{name} signed {agreements}.</source>
        <translation>{name}は{agreements}に調印した。</translation>
    </message>
    <message>
        <source>{name} {deed}. {description}</source>
        <translation>{name}は{deed}。{description}</translation>
    </message>
    <message>
        <source>Your bookmark: “{title}”: {summary} Which agreement is it in, and in which part?</source>
        <translation>ブックマークした条文: 「{title}」: {summary} この条文はどの協約の、どの部分にあるか。</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>{era_year} does not fit {date}: the {era} era began on {start}.</source>
        <translation>{era_year}は{date}と合いません。{era}の元号は{start}に始まりました。</translation>
    </message>
    <message>
        <source>{era_year} does not fit {date}: the {era} era ran from {start} to {last}.</source>
        <translation>{era_year}は{date}と合いません。{era}の元号は{start}から{last}までです。</translation>
    </message>
    <message>
        <source>Mind the trap: the {era} era began only on {start}, {span} later, so {year} is both {era_year} and {next_first}.</source>
        <translation>ひっかけに注意: {era}への改元は{start}で、この日付の{span}後である。そのため{year}は{era_year}でもあり、{next_first}でもある。</translation>
    </message>
    <message>
        <source>Mind the trap: {year} began as {previous}, but the {era} era began on {start}, {span} earlier, so this is {era_year}.</source>
        <translation>ひっかけに注意: {year}は{previous}として始まったが、{era}への改元は{start}で、この日付の{span}前である。したがってこれは{era_year}である。</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n週間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%nか月</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>システムの設定に従う(&amp;S)</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>The quiz session ended for the change of language; your answers are saved.</source>
        <translation>言語の切り替えのため、クイズのセッションを終了しました。解答は保存されています。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Russo-Japanese Agreements — 日露協約</source>
        <translation>日露協約 — Russo-Japanese Agreements</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>ビュー</translation>
    </message>
    <message>
        <source>Current view</source>
        <translation>表示中のビュー</translation>
    </message>
    <message>
        <source>Loading the agreements…</source>
        <translation>協約を読み込んでいます…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>{agreements}, {clauses}, {events}, {terms}</source>
        <translation>{agreements}、{clauses}、{events}、{terms}</translation>
    </message>
    <message numerus="yes">
        <source>%n agreements</source>
        <translation>
            <numerusform>協約%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clauses</source>
        <translation>
            <numerusform>条項%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>出来事%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n terms</source>
        <translation>
            <numerusform>用語%n語</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing here opens a {kind}.</source>
        <translation>「{kind}」を開けるビューはありません。</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>元に戻しました: {what}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>やり直しました: {what}</translation>
    </message>
    <message>
        <source>Undone: {what} of {label}: {title}</source>
        <translation>元に戻しました: {label}「{title}」の{what}</translation>
    </message>
    <message>
        <source>Redone: {what} of {label}: {title}</source>
        <translation>やり直しました: {label}「{title}」の{what}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>次を検索(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>前を検索(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>このアプリについて(&amp;A)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Search panel</source>
        <translation>検索パネル</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Map of north-east Asia</source>
        <translation>東北アジアの地図</translation>
    </message>
</context>
<context>
    <name>MapCardPanel</name>
    <message>
        <source>Map for this card</source>
        <translation>このカードの地図</translation>
    </message>
</context>
<context>
    <name>MapCards</name>
    <message>
        <source>Japan&apos;s</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>Russia&apos;s</source>
        <translation>ロシア</translation>
    </message>
    <message>
        <source>On the map of {year}, click {name}, the region that {note}.</source>
        <translation>{year}年の地図で、{note}地域である{name}をクリックせよ。</translation>
    </message>
    <message>
        <source>{description} ({agreement}.)</source>
        <translation>{description}（{agreement}）</translation>
    </message>
    <message>
        <source>In whose sphere was {place} after the {agreement}?</source>
        <translation>{agreement}の後、{place}はどちらの勢力範囲にあったか。</translation>
    </message>
    <message>
        <source>{place} lay in {region}, which {note}.</source>
        <translation>{place}は{region}にあった。この地域は{note}。</translation>
    </message>
    <message>
        <source>held</source>
        <comment>a region that held</comment>
        <translation>そのままであった</translation>
    </message>
    <message>
        <source>Which agreement drew this line: {name}?</source>
        <translation>次の線を引いたのはどの協約か。{name}</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map</source>
        <translation>地図</translation>
    </message>
    <message>
        <source>About the line or region pointed at</source>
        <translation>指している線や地域の説明</translation>
    </message>
    <message>
        <source>Previous agreement</source>
        <translation>前の協約</translation>
    </message>
    <message>
        <source>Next agreement</source>
        <translation>次の協約</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体</translation>
    </message>
    <message>
        <source>Fit the map</source>
        <translation>地図全体を表示</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>Export the map as an image</source>
        <translation>地図を画像として書き出す</translation>
    </message>
    <message>
        <source>&amp;Previous agreement</source>
        <translation>前の協約(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next agreement</source>
        <translation>次の協約(&amp;N)</translation>
    </message>
    <message>
        <source>Show %s</source>
        <translation>%sを表示</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit the map</source>
        <translation>地図全体を表示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export as PNG or SVG…</source>
        <translation>PNGまたはSVGで書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Dashed edges are approximate and dotted ones schematic (no treaty defined them); Hsiushuichan is placed approximately. Today&apos;s borders are faint dashes. Base map: {credit}.</source>
        <translation>破線の境界はおおよその位置、点線は模式的なもの（条約が定めていない線）である。秀水甸子（Hsiushuichan）の位置はおおよそである。現在の国境は薄い破線で示す。基図: {credit}。</translation>
    </message>
    <message>
        <source>{label}. Changed at this step: {changed}.</source>
        <translation>{label}。この段階で変わったもの: {changed}。</translation>
    </message>
    <message>
        <source>nothing; the spheres stand</source>
        <translation>なし（勢力範囲はそのまま）</translation>
    </message>
    <message>
        <source>{label} draws nothing on the map.</source>
        <translation>{label}は地図上に何も描きません。</translation>
    </message>
    <message>
        <source>No article of this agreement drew that; see the sentence below the map.</source>
        <translation>この協約の条文はこの線を引いていません。地図の下の説明をご覧ください。</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>地図の書き出し</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG画像 (*.png);;SVG図 (*.svg)</translation>
    </message>
    <message>
        <source>Map written to %s</source>
        <translation>地図を%sに書き出しました</translation>
    </message>
</context>
<context>
    <name>ViewSpec</name>
    <message>
        <source>&amp;Timeline</source>
        <translation>年表(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Agreements</source>
        <translation>協約(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>用語集(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>ブックマーク(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation>クイズ(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Stats</source>
        <translation>学習記録(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>人物(&amp;P)</translation>
    </message>
    <message>
        <source>Ma&amp;p</source>
        <translation>地図(&amp;P)</translation>
    </message>
    <message>
        <source>Export cards to &amp;Anki…</source>
        <translation>カードをAnkiに書き出す(&amp;A)…</translation>
    </message>
    <message>
        <source>Export cards as &amp;CSV…</source>
        <translation>カードをCSVで書き出す(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Additional article</source>
        <translation>追加条項</translation>
    </message>
    <message>
        <source>public</source>
        <translation>公開協約</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>秘密協約</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>ロシア</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>Korea</source>
        <translation>韓国</translation>
    </message>
    <message>
        <source>Soviet Union</source>
        <translation>ソ連</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>アメリカ合衆国</translation>
    </message>
    <message>
        <source>Britain</source>
        <translation>イギリス</translation>
    </message>
    <message>
        <source>France</source>
        <translation>フランス</translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <source>Boundaries are approximate where dashed or dotted.</source>
        <translation>破線・点線の境界はおおよその位置です。</translation>
    </message>
    <message>
        <source>Click the region on the map of %s</source>
        <translation>%sの地図上で、その地域をクリックしてください</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>, </source>
        <comment>between the items of a list but the last two</comment>
        <translation>、</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between the last two items of a list</comment>
        <translation>、</translation>
    </message>
</context>
</TS>
