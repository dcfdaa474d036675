"""The link checker screen: paste a link, press Enter, read the verdict; escape closes it."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.app import App
from textual.widgets import Input, Static

from separ.app.link_screen import LinkScreen
from separ.links.checker import LinkChecker
from separ.links.trusted import load_trusted
from separ.pack import load_pack
from separ.progress import ProgressStore

TITLE = "Stay away from look-alike and infected websites"


class Host(App[None]):
    """A bare app that opens the link screen on top of its default screen."""

    def __init__(self, screen: LinkScreen) -> None:
        super().__init__()
        self.link_screen = screen

    def on_mount(self) -> None:
        self.push_screen(self.link_screen)


def checker(mine: tuple[str, ...] = ()) -> LinkChecker:
    """A checker on the shipped list and the given own sites."""
    return LinkChecker(load_trusted(None, mine))


def result_text(app: App) -> str:
    """What the result area shows, as plain text."""
    return str(app.screen.query_one("#link-result", Static).content)


async def check(pilot, app: App, link: str) -> None:
    """Type a link into the box and press Enter."""
    app.screen.query_one("#link-input", Input).value = link
    await pilot.press("enter")
    await pilot.pause()


async def test_a_look_alike_link_shows_a_warning_with_the_item() -> None:
    app = Host(LinkScreen(checker(), TITLE))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await check(pilot, app, "https://instagram.com.verify-account.net/login")
        text = result_text(app)
        assert "WARNING: this link imitates instagram.com (Instagram)." in text
        assert f"See the checklist item: {TITLE} (avoid-look-alike-sites)" in text
        assert "did not open, fetch or look up" in text
        assert app.screen.last_level == "warning"
        assert app.screen.query_one("#link-result").has_class("-warning")


async def test_typing_then_enter_checks_the_link() -> None:
    app = Host(LinkScreen(checker()))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press(*"amnesty.com", "enter")
        await pilot.pause()
        assert "imitates amnesty.org" in result_text(app)


async def test_a_trusted_site_says_no_warning_and_not_proof() -> None:
    app = Host(LinkScreen(checker()))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await check(pilot, app, "https://www.instagram.com/")
        text = result_text(app)
        assert "No warning" in text
        assert "not proof" in text
        assert app.screen.last_level == "ok"


async def test_input_that_is_not_a_link_says_why() -> None:
    app = Host(LinkScreen(checker()))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await check(pilot, app, "instagram")
        assert "This is not a link: 'instagram' is not a web address" in result_text(app)
        assert app.screen.last_level == "not-a-link"


async def test_text_with_no_link_says_so() -> None:
    app = Host(LinkScreen(checker()))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await check(pilot, app, "hello world, see you soon")
        assert "No link found in this text." in result_text(app)
        assert app.screen.last_level == "not-a-link"


MESSAGE = (
    "Dear colleague,\nthe documents are at hxxps://drive-share-account[.]live/view\n"
    "and the programme on www.bbc.com/persian.\nRegards"
)


async def test_a_pasted_message_has_every_link_checked() -> None:
    app = Host(LinkScreen(checker()))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.query_one("#link-input", Input).focus()
        app.post_message(events.Paste(MESSAGE))
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        text = result_text(app)
        assert "2 links found in the message." in text
        assert "https://drive-share-account.live/view" in text
        assert "WARNING: this link looks like a phishing page." in text
        assert "www.bbc.com is BBC's site" in text
        assert app.screen.last_level == "warning"


async def test_a_site_separ_does_not_know_is_not_shown_as_safe() -> None:
    app = Host(LinkScreen(checker()))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await check(pilot, app, "https://example.org/")
        assert "Separ does not know this site; no warning is not proof it is safe." in (
            result_text(app)
        )
        assert app.screen.query_one("#link-result").has_class("-unknown")
        assert not app.screen.query_one("#link-result").has_class("-ok")


async def test_ctrl_t_adds_the_checked_site_to_the_persons_list(data_dir: Path) -> None:
    store = ProgressStore(data_dir)
    app = Host(LinkScreen.for_app(load_pack(), store))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await check(pilot, app, "https://www.mygroup.org/about")
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert app.screen.query_one("#trust-input", Input).value == "www.mygroup.org"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LinkScreen)
        assert store.trusted_domains() == ["mygroup.org"]
        assert "a site on your own trusted list" in result_text(app)
        await check(pilot, app, "mygroup.net")
        assert "imitates mygroup.org" in result_text(app)
    store.close()


async def test_trusting_a_look_alike_is_refused_in_the_dialog(data_dir: Path) -> None:
    store = ProgressStore(data_dir)
    app = Host(LinkScreen.for_app(load_pack(), store))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await check(pilot, app, "instagram-login.com")
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert app.screen.query_one("#trust-input", Input).value == ""  # nothing offered
        app.screen.query_one("#trust-input", Input).value = "instagram-login.com"
        await pilot.press("enter")
        await pilot.pause()
        problem = str(app.screen.query_one("#trust-problem", Static).content)
        assert "Not added: instagram-login.com looks like a copy of instagram.com" in problem
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LinkScreen)
        assert store.trusted_domains() == []
    store.close()


async def test_bracketed_text_in_a_link_is_shown_literally() -> None:
    app = Host(LinkScreen(checker()))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await check(pilot, app, "https://instagram.com.evil.net/[/MEK][Note]")
        assert "https://instagram.com.evil.net/[/MEK][Note]" in result_text(app)


async def test_escape_closes_the_screen() -> None:
    app = Host(LinkScreen(checker()))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LinkScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, LinkScreen)


async def test_for_app_uses_the_pack_and_the_persons_own_list(data_dir: Path) -> None:
    store = ProgressStore(data_dir)
    store.add_trusted("mygroup.org")
    screen = LinkScreen.for_app(load_pack(), store)
    app = Host(screen)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await check(pilot, app, "mygroup.net")
        text = result_text(app)
        assert "imitates mygroup.org" in text
        assert "(avoid-look-alike-sites)" in text
    store.close()


async def test_the_verdict_fits_a_small_terminal() -> None:
    app = Host(LinkScreen(checker()))
    async with app.run_test(size=(60, 16)) as pilot:
        await pilot.pause()
        await check(pilot, app, "https://аррӏе.com/")
        assert "imitates apple.com" in result_text(app)


async def test_a_broken_trusted_list_still_checks_the_persons_own(
    data_dir: Path, pack_copy: Path
) -> None:
    (pack_copy / "trusted" / "sites.yaml").write_text("sites: [oops\n", encoding="utf-8")
    store = ProgressStore(data_dir)
    store.add_trusted("mygroup.org")
    app = Host(LinkScreen.for_app(load_pack(pack_copy), store))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "could not be read" in result_text(app)
        assert "sites.yaml:2:1" in result_text(app)
        await check(pilot, app, "mygroup.net")
        assert "imitates mygroup.org" in result_text(app)
    store.close()
