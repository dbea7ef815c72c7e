"""English versions of the demo content, made with wagtail-localize.

Each snippet and page is translated the way wagtail-localize's "Translate"
action does it in the admin: a ``TranslationSource`` holds the Danish
segments, a ``Translation`` says the object is translated into English, the
English wording is stored as ``StringTranslation`` rows (what an editor types
in the translation editor), and ``save_target`` makes and publishes the
English copy. Segments with no English wording in ``english`` keep the Danish
text: ``save_target`` falls back to the source for untranslated segments.

Links to other pages (featured items, a recording's event, calls to action)
are synchronised fields. They are overridden to point at the English pages,
as an editor does in the translation editor's "Synchronised" fields.

Editors see the result in the admin under "Translations" and can go on
translating from there. Objects that already have an English version are
left alone.
"""

import functools
import json
import uuid

from django.conf import settings
from wagtail.coreutils import get_content_languages
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue

LANGUAGE_CODE = "en"
# Synchronised segments that hold a page's id, by the last part of their path.
PAGE_LINKS = {"featured_page", "event", "page"}


def list_items(values):
    """``values`` as a ListBlock's raw data, in the format the page editor saves.

    wagtail-localize offers a list's items for translation only in this format.
    """
    return [
        {"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values
    ]


def english_unavailable():
    """Why the site cannot have English content; empty when it can."""
    if not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return "WAGTAIL_I18N_ENABLED is not True"
    if LANGUAGE_CODE not in get_content_languages():
        return f"'{LANGUAGE_CODE}' is not in WAGTAIL_CONTENT_LANGUAGES"
    return ""


@functools.cache
def plain(text):
    """``text`` (plain or HTML) as words only, to match Danish wording to segments."""
    return " ".join(StringValue(text).render_text().split())


def english_by_words(texts):
    """``texts`` (Danish to English) keyed by the Danish words only."""
    return {plain(danish): english for danish, english in texts.items()}


def segment_html(text):
    """English ``text`` as a segment's HTML; ``text`` with tags is HTML already."""
    if "<" in text:
        return text
    return StringValue.from_plaintext(text).data


class DemoTranslator:
    """Makes the missing English versions of demo objects and counts them."""

    def __init__(self, tally, phrases):
        self.tally = tally
        self.phrases = english_by_words(phrases)
        self.locale, created = Locale.objects.get_or_create(language_code=LANGUAGE_CODE)
        tally.record("locales", created)
        self.unlinked = []

    def translate_all(self, items):
        """Translate ``(obj, kind, texts)`` items in order: parents before children."""
        for obj, kind, texts in items:
            self.translate(obj, kind, texts)
        for translation in self.unlinked:
            self.link_pages(translation.source)
            self.save(translation)

    def translate(self, obj, kind, texts):
        """Make the English version of ``obj`` from ``texts`` (Danish to English)."""
        existing = obj.get_translation_or_none(self.locale)
        self.tally.record(f"{kind} in English", created=existing is None)
        if existing is not None:
            return
        source, _created = TranslationSource.update_or_create_from_instance(obj)
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=self.locale
        )
        self.add_string_translations(source, texts)
        if not self.link_pages(source):
            self.unlinked.append(translation)
        self.save(translation)

    def save(self, translation):
        """Save and publish the English version made by ``translation``.

        ``save_target(publish=True)`` publishes a page when the transaction
        commits, from the page as it was in memory. The demo runs in one
        transaction and adds the English children after their parent, so that
        would publish the parent's old child count over the real one and hide
        its children. A page is therefore saved as a draft and published at
        once, as an editor's publish in the translation editor does.
        """
        if not issubclass(translation.source.specific_content_type.model_class(), Page):
            translation.save_target(publish=True)
            return
        translation.save_target(publish=False)
        translation.get_target_instance().get_latest_revision().publish()

    def add_string_translations(self, source, texts):
        """Store the English of every segment of ``source`` that ``texts`` has."""
        english = {**self.phrases, **english_by_words(texts)}
        segments = StringSegment.objects.filter(source=source).select_related(
            "string", "context"
        )
        for segment in segments:
            text = english.get(plain(segment.string.data))
            if not text:
                continue
            StringTranslation.objects.get_or_create(
                translation_of=segment.string,
                locale=self.locale,
                context=segment.context,
                defaults={
                    "data": segment_html(text),
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )

    def link_pages(self, source):
        """Point page links at English pages; say whether every one had one."""
        segments = OverridableSegment.objects.filter(source=source).select_related(
            "context"
        )
        linked = True
        for segment in segments:
            if segment.context.path.rsplit(".", 1)[-1] not in PAGE_LINKS:
                continue
            english = self.english_page(segment.data)
            if english is None:
                linked = False
                continue
            SegmentOverride.objects.update_or_create(
                locale=self.locale,
                context=segment.context,
                defaults={"data_json": json.dumps(english.pk)},
            )
        return linked

    def english_page(self, page_id):
        """The English version of the page with ``page_id``, if there is one."""
        page = Page.objects.filter(pk=page_id).first()
        return page and page.get_translation_or_none(self.locale)
