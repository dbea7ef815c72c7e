"""StreamField values as plain JSON: rich text as HTML with absolute links."""

import re

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Site
from wagtail.rich_text import expand_db_html
from wagtail.snippets.blocks import SnippetChooserBlock

# href="/x" or src="/x", but not protocol-relative "//host/x".
ROOT_RELATIVE = re.compile(r'(\s(?:href|src)=")(/(?!/)[^"]*)"')

IMAGE_RENDITION = "max-1600x1600"


def absolute_url(url, request):
    """``url`` on the request's Wagtail site, as pages' own full URLs are."""
    if not url.startswith("/") or url.startswith("//"):
        return url
    site = Site.find_for_request(request)
    return (site.root_url if site else request.build_absolute_uri("/")[:-1]) + url


def absolute_urls(html, request):
    """``html`` with root-relative links made absolute."""
    return ROOT_RELATIVE.sub(
        lambda match: f'{match[1]}{absolute_url(match[2], request)}"', html
    )


def rich_text_html(source, request):
    """Rich text from the database as front-end HTML with absolute links."""
    return absolute_urls(expand_db_html(source), request)


def stream_json(value, request):
    """A StreamField value as ``[{"type", "id", "value"}]``."""
    if value is None:
        return []
    return [
        {
            "type": child.block.name,
            "id": child.id,
            "value": block_json(child.block, child.value, request),
        }
        for child in value
    ]


def block_json(block, value, request):
    """One block's value as JSON-safe data."""
    if value is None:
        return None
    if isinstance(block, blocks.RichTextBlock):
        return rich_text_html(value.source, request)
    if isinstance(block, blocks.StreamBlock):
        return stream_json(value, request)
    if isinstance(block, blocks.StructBlock):
        return {
            name: block_json(block.child_blocks[name], child_value, request)
            for name, child_value in value.items()
        }
    if isinstance(block, blocks.ListBlock):
        return [block_json(block.child_block, item, request) for item in value]
    if isinstance(block, ImageChooserBlock):
        rendition = value.get_rendition(IMAGE_RENDITION)
        return {
            "id": value.pk,
            "title": value.title,
            "url": absolute_url(rendition.url, request),
            "width": rendition.width,
            "height": rendition.height,
        }
    if isinstance(block, DocumentChooserBlock):
        return {
            "id": value.pk,
            "title": value.title,
            "url": absolute_url(value.url, request),
        }
    if isinstance(block, blocks.PageChooserBlock):
        return {
            "id": value.pk,
            "title": value.title,
            "url": value.get_full_url(request),
        }
    if isinstance(block, SnippetChooserBlock):
        return {"id": value.pk, "name": str(value)}
    if isinstance(block, EmbedBlock):
        return {"url": value.url}
    return block.get_api_representation(value)
