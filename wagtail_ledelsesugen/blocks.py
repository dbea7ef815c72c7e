"""StreamField blocks shared by the app's page types."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from .choices import CardColour

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


class StepBlock(blocks.StructBlock):
    """One step of a startkit's plan: what to do, how long, and what to use."""

    title = blocks.CharBlock(label=_("Title"))
    minutes = blocks.IntegerBlock(
        label=_("Suggested minutes"), min_value=0, required=False
    )
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Description"))
    materials = blocks.ListBlock(
        DocumentChooserBlock(), label=_("Materials"), default=[]
    )

    class Meta:
        icon = "list-ol"
        label = _("Step")


class DialogueCardBlock(blocks.StructBlock):
    question = blocks.TextBlock(label=_("Question"))
    category = blocks.CharBlock(label=_("Category"), required=False)
    colour = blocks.ChoiceBlock(
        choices=CardColour.choices, default=CardColour.BLUE, label=_("Colour")
    )

    class Meta:
        icon = "help"
        label = _("Card")


class DialogueDeckBlock(blocks.StructBlock):
    """A deck of question cards, shown as cards and printable as cut-out cards."""

    title = blocks.CharBlock(label=_("Title"))
    instructions = blocks.TextBlock(label=_("How to use the cards"), required=False)
    cards = blocks.ListBlock(DialogueCardBlock(), label=_("Cards"))

    class Meta:
        icon = "doc-full"
        label = _("Dialogue cards")
        template = "wagtail_ledelsesugen/blocks/dialogue_deck.html"


class FactBoxBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"))

    class Meta:
        icon = "info-circle"
        label = _("Fact box")
        template = "wagtail_ledelsesugen/blocks/fact_box.html"


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"))
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or a web address"), required=False)
    button_label = blocks.CharBlock(label=_("Button label"))

    class Meta:
        icon = "link"
        label = _("Call to action")
        template = "wagtail_ledelsesugen/blocks/call_to_action.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={
                    "url": ValidationError(_("Choose a page or enter a web address."))
                }
            )
        return value


class ArticleBodyBlock(blocks.StreamBlock):
    """The blocks an article is made of."""

    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        label=_("Paragraph"),
        template="wagtail_ledelsesugen/blocks/paragraph.html",
    )
    heading = HeadingBlock()
    quote = QuoteBlock()
    image = ImageBlock()
    embed = EmbedBlock(
        label=_("Embedded media"),
        template="wagtail_ledelsesugen/blocks/embed.html",
    )
    fact_box = FactBoxBlock()
    call_to_action = CallToActionBlock()


class ChapterBlock(blocks.StructBlock):
    """A chapter of a recording: where it starts and what it is called."""

    start = blocks.RegexBlock(
        regex=r"^(\d{1,2}:)?\d{1,2}:\d{2}$",
        label=_("Starts at"),
        help_text=_("As minutes and seconds, e.g. 12:30, or 1:02:15."),
        error_messages={"invalid": _("Write the time as 12:30 or 1:02:15.")},
    )
    title = blocks.CharBlock(label=_("Title"))

    class Meta:
        icon = "time"
        label = _("Chapter")
