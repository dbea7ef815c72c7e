"""The English of one demo page, paired with the Danish it translates."""

from dataclasses import dataclass


@dataclass(frozen=True)
class PageText:
    """The English of one page; ``steps``, ``examples``, ``headings`` and
    ``chapters`` follow the Danish page's order."""

    slug: str
    title: str
    intro: str
    first_paragraph: str = ""
    subtitle: str = ""
    steps: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    headings: tuple[str, ...] = ()
    chapters: tuple[str, ...] = ()

    def texts(self, **danish):
        """Danish wording to English, for each named field of the Danish page."""
        texts = {}
        for name, value in danish.items():
            english = getattr(self, name)
            if isinstance(value, str):
                texts[value] = english
            else:
                texts.update(zip(value, english, strict=True))
        texts.pop("", None)
        return texts
