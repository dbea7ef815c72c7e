from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from tests.builders import make_event, make_programme, make_week, root_page
from wagtail_ledelsesugen.models import EventIndexPage, EventPage, LeadershipWeekPage


class PageRulesTests(WagtailPageTestCase):
    def test_week_page_can_go_anywhere(self):
        self.assertCanCreateAt(Page, LeadershipWeekPage)

    def test_programme_can_go_anywhere_even_deep_in_an_intranet(self):
        self.assertCanCreateAt(Page, EventIndexPage)
        self.assertCanCreateAt(LeadershipWeekPage, EventIndexPage)

    def test_events_live_only_in_a_programme(self):
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertCanNotCreateAt(Page, EventPage)
        self.assertCanNotCreateAt(LeadershipWeekPage, EventPage)

    def test_programme_holds_only_events(self):
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})

    def test_events_have_no_children(self):
        self.assertAllowedSubpageTypes(EventPage, set())

    def test_every_page_type_renders(self):
        week = make_week()
        programme = make_programme(parent=week)
        event = make_event(programme)
        for page in (week, programme, event):
            self.assertPageIsRenderable(page)
        self.assertPageIsRoutable(programme, "archive/")
        self.assertPageIsRoutable(programme, "ical/")
        self.assertPageIsRoutable(event, "ical/")

    def test_a_nested_intranet_programme_works(self):
        department = root_page().add_child(
            instance=Page(title="Intranet", slug="intranet")
        )
        programme = make_programme(parent=department)
        event = make_event(programme)
        self.assertPageIsRenderable(programme)
        self.assertPageIsRenderable(event)
