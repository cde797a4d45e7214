"""The settings on screen: country, language, the name for printouts, the data folder."""

from __future__ import annotations

from steuncirkel.base.i18n import Msg, t
from steuncirkel.base.textsafety import visible
from steuncirkel.base.vocab import COUNTRY_LABELS, LANG_LABELS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from steuncirkel.base.circleview import SettingsLike
    from steuncirkel.base.i18n import Lang

__all__ = ["render_settings"]


def render_settings(settings: SettingsLike, lang: Lang, folder: str | None) -> str:
    """The settings as text in ``lang``; ``folder`` None means the demo (no folder)."""
    country = settings.country
    country_name = t(COUNTRY_LABELS[country], lang)
    lines = [t(Msg.SETTINGS_COUNTRY, lang, country=country_name, code=country.value)]
    if settings.lang:
        lines.append(t(Msg.SETTINGS_LANG, lang, lang=t(LANG_LABELS[settings.lang], lang)))
    else:
        lines.append(t(Msg.SETTINGS_LANG_AUTO, lang, lang=t(LANG_LABELS[lang], lang)))
    if settings.name:
        lines.append(t(Msg.SETTINGS_NAME, lang, name=visible(settings.name)))
    else:
        lines.append(t(Msg.SETTINGS_NAME_UNSET, lang))
    if settings.nudge_weeks:
        lines.append(t(Msg.SETTINGS_NUDGE, lang, weeks=settings.nudge_weeks))
    else:
        lines.append(t(Msg.SETTINGS_NUDGE_OFF, lang))
    if folder is None:
        lines.append(t(Msg.SETTINGS_FOLDER_DEMO, lang))
    else:
        lines.append(t(Msg.SETTINGS_FOLDER, lang, path=visible(folder)))
    return t(Msg.SETTINGS_TITLE, lang) + "\n" + "".join(f"  {line}\n" for line in lines)
