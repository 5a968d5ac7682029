"""Kana to Hepburn romaji, so that a reading or an era name typed in kana counts."""

from __future__ import annotations

_KANA = (
    "あa いi うu えe おo かka きki くku けke こko さsa しshi すsu せse そso たta ちchi "
    "つtsu てte とto なna にni ぬnu ねne のno はha ひhi ふfu へhe ほho まma みmi むmu めme "
    "もmo やya ゆyu よyo らra りri るru れre ろro わwa ゐi ゑe をo んn がga ぎgi ぐgu げge "
    "ごgo ざza じji ずzu ぜze ぞzo だda ぢji づzu でde どdo ばba びbi ぶbu べbe ぼbo ぱpa "
    "ぴpi ぷpu ぺpe ぽpo ぁa ぃi ぅu ぇe ぉo ゔvu"
)
_KANA_ROMAJI = {pair[0]: pair[1:] for pair in _KANA.split()}
_SMALL_Y = {"ゃ": "a", "ゅ": "u", "ょ": "o"}
_KATAKANA_TO_HIRAGANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}


def kana_to_romaji(text: str) -> str:
    """Hepburn romaji for the kana in `text` (other characters are kept): きょうやく -> kyouyaku."""
    text = text.translate(_KATAKANA_TO_HIRAGANA)
    out: list[str] = []
    double_next = False
    for char in text:
        if char in _SMALL_Y and out and out[-1].endswith("i") and len(out[-1]) > 1:
            stem = out[-1][:-1]
            out[-1] = stem + ("" if stem.endswith(("sh", "ch", "j")) else "y") + _SMALL_Y[char]
            continue
        if char == "っ":
            double_next = True
            continue
        if char == "ー" and out and out[-1][-1:] in "aeiou":
            out.append(out[-1][-1])
            continue
        romaji = _KANA_ROMAJI.get(char, "y" + _SMALL_Y[char] if char in _SMALL_Y else char)
        if double_next and romaji[:1].isascii() and romaji[:1].isalpha():
            romaji = ("t" if romaji.startswith("ch") else romaji[0]) + romaji
        double_next = False
        out.append(romaji)
    return "".join(out)
