"""Every user-visible string is in the Vietnamese and French sources, translated, with its placeholders intact."""

import re
import string

import translations

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def test_translation_sources_are_complete_and_up_to_date():
    assert translations.problems() == []


def test_translations_keep_placeholders_and_accelerators():
    formatter = string.Formatter()
    for language in translations.LANGUAGES:
        for (_context, source), (text, _kind) in translations.messages(translations.ts_path(language)).items():
            fields = sorted(name for _, name, _, _ in formatter.parse(source) if name)
            assert sorted(name for _, name, _, _ in formatter.parse(text) if name) == fields, (language, source)
            assert source.startswith("&") == text.startswith("&"), (language, source)


def test_vietnamese_is_written_with_its_diacritics():
    vietnamese = [text for text, _ in translations.messages(translations.ts_path("vi")).values()]
    assert any(ch in "ảạắằẳẵặấầẩẫậđẻẽẹếềểễệỉĩịỏọốồổỗộớờởỡợủũụứừửữựỷỹỵ" for ch in "".join(vietnamese))
