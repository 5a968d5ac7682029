<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
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
