"""StreamField blocks shared by the app's page types."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "document-link"]


class HeadingBlock(blocks.CharBlock):
    """A section heading, rendered one level below the page title."""

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "wagtail_ledelsesugen/blocks/heading.html"


class ImageBlock(blocks.StructBlock):
    """An image with required alternative text and an optional caption."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        help_text=_("Describe the image for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "wagtail_ledelsesugen/blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    """A pull quote with the person it is attributed to."""

    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "wagtail_ledelsesugen/blocks/quote.html"


class AgendaItemBlock(blocks.StructBlock):
    """One row of an agenda: a time, what happens, and who speaks."""

    time = blocks.TimeBlock(label=_("Time"))
    item = blocks.CharBlock(label=_("Item"))
    speakers = blocks.ListBlock(
        SnippetChooserBlock("wagtail_ledelsesugen.Person"),
        label=_("Speakers"),
        default=[],
    )

    class Meta:
        icon = "time"
        label = _("Agenda item")


class AgendaBlock(blocks.StructBlock):
    """An agenda: an optional heading and rows of time, item and speakers."""

    heading = blocks.CharBlock(label=_("Heading"), required=False)
    items = blocks.ListBlock(AgendaItemBlock(), label=_("Items"))

    class Meta:
        icon = "list-ul"
        label = _("Agenda")
        template = "wagtail_ledelsesugen/blocks/agenda.html"


class EventBodyBlock(blocks.StreamBlock):
    """The blocks an event description is made of."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        label=_("Paragraph"),
        template="wagtail_ledelsesugen/blocks/paragraph.html",
    )
    agenda = AgendaBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    embed = EmbedBlock(
        label=_("Embedded media"),
        help_text=_("A link to a video or other media, e.g. on YouTube or Vimeo."),
        template="wagtail_ledelsesugen/blocks/embed.html",
    )
