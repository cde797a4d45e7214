"""Every sentence the user reads, in Dutch and English, behind one key.

Catalogues live in ``nl.py`` and ``en.py`` with the same keys;
a test checks that they match, placeholders included.
"""

from __future__ import annotations

import os

from steuncirkel.base.keys import Keys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping
    from datetime import date
    from typing import Any, Final, Literal

    Lang = Literal["nl", "en"]
else:
    Lang = str


__all__ = [
    "DEFAULT_LANG",
    "LANGS",
    "Lang",
    "Msg",
    "catalogue",
    "lang_from_code",
    "lang_from_locale",
    "message",
    "t",
    "written_date",
]

LANGS: Final[tuple[Lang, ...]] = ("nl", "en")
DEFAULT_LANG: Final[Lang] = "nl"


class Msg(Keys):
    """Keys of the message catalogues."""

    __slots__ = ()

    # Errors and refusals
    HOME_UNKNOWN = "home_unknown"
    CLOCK_INVALID = "clock_invalid"
    CLOCK_INVALID_CRISIS = "clock_invalid_crisis"
    HOME_OPTION_EMPTY = "home_option_empty"
    HOME_NOT_FOLDER = "home_not_folder"
    STORE_UNREADABLE = "store_unreadable"
    STORE_CORRUPT = "store_corrupt"
    STORE_CORRUPT_NO_BACKUP = "store_corrupt_no_backup"
    STORE_MISSING = "store_missing"
    STORE_DANGLING_LINK = "store_dangling_link"
    STORE_TOO_NEW = "store_too_new"
    STORE_LOCKED = "store_locked"
    STORE_WRITE_FAILED = "store_write_failed"
    STORE_WOULD_BE_TOO_BIG = "store_would_be_too_big"
    STORE_SAVED_UNCONFIRMED = "store_saved_unconfirmed"
    STORE_CHANGED = "store_changed"
    DEMO_READ_ONLY = "demo_read_only"
    NAME_EMPTY = "name_empty"
    NAME_INVISIBLE = "name_invisible"
    NAME_TOO_LONG = "name_too_long"
    TEXT_CONTROL_CHARS = "text_control_chars"
    TEXT_BIDI_CHARS = "text_bidi_chars"
    TEXT_UNREADABLE = "text_unreadable"
    TEXT_TOO_LONG = "text_too_long"
    DUPLICATE_NAME = "duplicate_name"
    PHONE_INVALID = "phone_invalid"
    PHONE_SHORT_NUMBER = "phone_short_number"
    PHONE_EXTENSION = "phone_extension"
    PHONE_JUNK = "phone_junk"
    EMAIL_INVALID = "email_invalid"
    KIND_INVALID = "kind_invalid"
    PLACE_ROLES = "place_roles"
    PLACE_ROLES_EDIT = "place_roles_edit"
    CRISIS_LIST_FULL = "crisis_list_full"
    CRISIS_LIST_FULL_EDIT = "crisis_list_full_edit"
    ORDER_NOT_ON_LIST = "order_not_on_list"
    ORDER_TWICE = "order_twice"
    EDIT_NEEDS_OPTIONS = "edit_needs_options"
    REMOVE_NEEDS_YES = "remove_needs_yes"
    NAME_REQUIRED = "name_required"
    NAME_NOT_FOUND = "name_not_found"
    NAME_NOT_FOUND_NEAR = "name_not_found_near"
    OUTPUT_FAILED = "output_failed"
    UNEXPECTED = "unexpected"
    BROKEN_INSTALL = "broken_install"
    STOPPED_NOTHING_CHANGED = "stopped_nothing_changed"
    STOPPED_SAVED_KEPT = "stopped_saved_kept"

    # Reasons inside store messages
    REASON_NOT_UTF8 = "reason_not_utf8"
    REASON_BAD_JSON = "reason_bad_json"
    REASON_TOO_DEEP = "reason_too_deep"
    REASON_BAD_NUMBER = "reason_bad_number"
    REASON_DUPLICATE_KEY = "reason_duplicate_key"
    REASON_EMPTY = "reason_empty"
    REASON_TOO_BIG = "reason_too_big"
    REASON_NOT_A_CIRCLE = "reason_not_a_circle"
    REASON_BAD_VERSION = "reason_bad_version"
    REASON_BAD_FIELD = "reason_bad_field"
    REASON_BAD_TEXT = "reason_bad_text"
    REASON_NOT_A_FILE = "reason_not_a_file"
    REASON_NO_PERMISSION = "reason_no_permission"
    REASON_READ_ONLY = "reason_read_only"
    REASON_DISK_FULL = "reason_disk_full"
    REASON_FILE_LIMIT = "reason_file_limit"
    REASON_LINK_LOOP = "reason_link_loop"
    REASON_IS_FOLDER = "reason_is_folder"
    REASON_DISK_ERROR = "reason_disk_error"
    REASON_STDOUT_CLOSED = "reason_stdout_closed"
    REASON_NAME_TOO_LONG = "reason_name_too_long"
    REASON_NOT_FOUND = "reason_not_found"
    REASON_ALREADY_THERE = "reason_already_there"
    REASON_OUTPUT_STALLED = "reason_output_stalled"
    REASON_OTHER = "reason_other"

    # Field names, as the user knows them (used inside refusals)
    FIELD_NAME = "field_name"
    FIELD_PHONE = "field_phone"
    FIELD_EMAIL = "field_email"
    FIELD_WHERE = "field_where"
    FIELD_RELATION = "field_relation"
    FIELD_AVAILABLE = "field_available"
    FIELD_NOTE = "field_note"
    FIELD_CONTACT_NOTE = "field_contact_note"

    # Success
    ADDED = "added"
    ADDED_CRISIS = "added_crisis"
    PHONE_PREMIUM = "phone_premium"
    NEXT_SHOW = "next_show"
    SETTINGS_SAVED = "settings_saved"
    SETTINGS_UNCHANGED = "settings_unchanged"
    NUDGE_WEEKS_RANGE = "nudge_weeks_range"
    EDITED = "edited"
    EDIT_UNCHANGED = "edit_unchanged"
    REMOVED = "removed"
    REMOVE_ASK = "remove_ask"
    REMOVE_KEPT = "remove_kept"
    ORDERED = "ordered"
    CONTACTED = "contacted"

    # Words
    KIND_PERSON = "kind_person"
    KIND_PLACE = "kind_place"
    KIND_PROFESSIONAL = "kind_professional"
    KIND_GROUP = "kind_group"
    COUNTRY_NL = "country_nl"
    COUNTRY_BE = "country_be"
    LANG_NL = "lang_nl"
    LANG_EN = "lang_en"

    # The circle on screen
    SHOW_TITLE = "show_title"
    SHOW_TITLE_DEMO = "show_title_demo"
    GROUP_CRISIS = "group_crisis"
    GROUP_CRISIS_OVER = "group_crisis_over"
    GROUP_LISTENS = "group_listens"
    GROUP_PRACTICAL = "group_practical"
    GROUP_NO_ROLE = "group_no_role"
    GROUP_EMPTY = "group_empty"
    LABEL_PHONE = "label_phone"
    LABEL_EMAIL = "label_email"
    LABEL_WHERE = "label_where"
    LABEL_AVAILABLE = "label_available"
    LABEL_NOTE = "label_note"
    LABEL_LAST_CONTACT = "label_last_contact"
    LABEL_KNOWS = "label_knows"
    NO_WAY_TO_REACH = "no_way_to_reach"
    POINTERS_TITLE = "pointers_title"
    POINTER_CRISIS_EMPTY = "pointer_crisis_empty"
    POINTER_CRISIS_FEW = "pointer_crisis_few"
    POINTER_CRISIS_NO_PHONE = "pointer_crisis_no_phone"
    POINTER_CRISIS_NOT_TOLD = "pointer_crisis_not_told"
    POINTER_KEEP_IN_TOUCH = "pointer_keep_in_touch"
    POINTER_KEEP_IN_TOUCH_MORE = "pointer_keep_in_touch_more"
    POINTER_NO_LISTENS = "pointer_no_listens"
    POINTER_NO_PRACTICAL = "pointer_no_practical"
    POINTER_NO_PROFESSIONAL = "pointer_no_professional"
    START_TITLE = "start_title"
    START_INTRO = "start_intro"
    START_STEP_LISTENS = "start_step_listens"
    START_STEP_CRISIS = "start_step_crisis"
    START_STEP_WALK = "start_step_walk"
    START_STEP_DEMO = "start_step_demo"
    START_CMD_LISTENS = "start_cmd_listens"
    START_CMD_CRISIS = "start_cmd_crisis"

    # Settings view
    SETTINGS_TITLE = "settings_title"
    SETTINGS_COUNTRY = "settings_country"
    SETTINGS_LANG = "settings_lang"
    SETTINGS_LANG_AUTO = "settings_lang_auto"
    SETTINGS_FOLDER = "settings_folder"
    SETTINGS_FOLDER_DEMO = "settings_folder_demo"
    SETTINGS_HOW_TO_CHANGE = "settings_how_to_change"

    # The walk-through of `add` without a name
    WALK_INTRO = "walk_intro"
    WALK_ASK_NAME = "walk_ask_name"
    WALK_ASK_KIND = "walk_ask_kind"
    WALK_ASK_RELATION = "walk_ask_relation"
    WALK_ASK_LISTENS = "walk_ask_listens"
    WALK_ASK_PRACTICAL = "walk_ask_practical"
    WALK_ASK_CRISIS = "walk_ask_crisis"
    WALK_CRISIS_FULL = "walk_crisis_full"
    WALK_ASK_PHONE = "walk_ask_phone"
    WALK_ASK_REACH_PLACE = "walk_ask_reach_place"
    WALK_ASK_REACH = "walk_ask_reach"
    WALK_ASK_ANOTHER = "walk_ask_another"
    WALK_YES_NO = "walk_yes_no"
    WALK_YES_LETTERS = "walk_yes_letters"
    WALK_NO_LETTERS = "walk_no_letters"
    WALK_ANSWER_YES_NO = "walk_answer_yes_no"
    WALK_DONE = "walk_done"
    EDIT_INTRO = "edit_intro"
    EDIT_ASK_FIELD = "edit_ask_field"
    EDIT_EMPTY_VALUE = "edit_empty_value"
    FIELD_KIND_WORD = "field_kind_word"
    EDIT_ASK_KNOWS = "edit_ask_knows"
    EDIT_ASK_CRISIS = "edit_ask_crisis"
    EDIT_YES_NO_KEEP = "edit_yes_no_keep"
    EDIT_ANSWER_YES = "edit_answer_yes"
    EDIT_ANSWER_NO = "edit_answer_no"
    EDIT_ANSWER_UNKNOWN = "edit_answer_unknown"

    # The crisis view
    CRISIS_TITLE = "crisis_title"
    CRISIS_TITLE_DEMO = "crisis_title_demo"
    CRISIS_LIST_TITLE = "crisis_list_title"
    CRISIS_LIST_EMPTY = "crisis_list_empty"
    CRISIS_HELPLINES_TITLE = "crisis_helplines_title"
    CRISIS_HELPLINES_BOTH = "crisis_helplines_both"
    CRISIS_EMERGENCY = "crisis_emergency"
    CRISIS_OR = "crisis_or"
    CRISIS_NO_STORE = "crisis_no_store"
    CRISIS_STORE_PROBLEM = "crisis_store_problem"
    CRISIS_BELOW_LIST = "crisis_below_list"
    CRISIS_BELOW_HELPLINES = "crisis_below_helplines"
    CRISIS_USAGE = "crisis_usage"
    CRISIS_BAD_OPTION = "crisis_bad_option"
    CRISIS_MISTYPED = "crisis_mistyped"
    CRISIS_NO_NAME = "crisis_no_name"
    CRISIS_REACHABLE_NOW = "crisis_reachable_now"
    CRISIS_NOT_REACHABLE_NOW = "crisis_not_reachable_now"
    CRISIS_ODD_ENTRY = "crisis_odd_entry"
    CLICK_USAGE = "click_usage"
    CLICK_TRY_HELP = "click_try_help"
    CLICK_ERROR = "click_error"
    CLICK_ABORTED = "click_aborted"
    CLICK_OPTIONS = "click_options"
    CLICK_COMMANDS = "click_commands"
    CLICK_ARGUMENTS = "click_arguments"
    CLICK_HELP_OPTION = "click_help_option"
    CLICK_USAGE_OPTIONS = "click_usage_options"
    CLICK_USAGE_COMMAND = "click_usage_command"
    CLICK_DEFAULT = "click_default"
    CLICK_REQUIRED = "click_required"
    CLICK_NO_SUCH_OPTION = "click_no_such_option"
    CLICK_DID_YOU_MEAN = "click_did_you_mean"
    CLICK_NO_SUCH_COMMAND = "click_no_such_command"
    CLICK_MISSING_COMMAND = "click_missing_command"
    CLICK_INVALID_VALUE = "click_invalid_value"
    CLICK_NOT_ONE_OF = "click_not_one_of"
    CLICK_MISSING_ARGUMENT = "click_missing_argument"
    CLICK_NEEDS_VALUE = "click_needs_value"
    CLICK_TAKES_NO_VALUE = "click_takes_no_value"
    CLICK_EXTRA_ARGUMENTS = "click_extra_arguments"
    CLICK_NAME_METAVAR = "click_name_metavar"
    METAVAR_TEXT = "metavar_text"
    METAVAR_KIND = "metavar_kind"
    METAVAR_PHONE = "metavar_phone"
    METAVAR_FILE = "metavar_file"
    METAVAR_EMAIL = "metavar_email"
    CLICK_INSTALL_COMPLETION = "click_install_completion"
    CLICK_SHOW_COMPLETION = "click_show_completion"
    CLICK_COMPLETION_INSTALLED = "click_completion_installed"
    HELP_CRISIS = "help_crisis"
    HELP_CRISIS_JSON = "help_crisis_json"
    HELP_OPTIONS_TITLE = "help_options_title"

    CRISIS_FROM_BACKUP = "crisis_from_backup"
    CRISIS_FROM_BACKUP_MISSING = "crisis_from_backup_missing"
    CRISIS_LIST_UNREADABLE = "crisis_list_unreadable"
    CRISIS_BACKUP_EMPTY = "crisis_backup_empty"
    CRISIS_MISSING_VALUE = "crisis_missing_value"
    CRISIS_DIR_WORD = "crisis_dir_word"
    PRINT_TITLE_DEMO = "print_title_demo"
    PRINT_LIST_EMPTY = "print_list_empty"
    PRINT_BLANK_NAME = "print_blank_name"
    PRINT_BLANK_PHONE = "print_blank_phone"
    PRINT_LIST_EMPTY_FILL = "print_list_empty_fill"
    # Printouts
    PRINT_TITLE = "print_title"
    PRINT_TITLE_FOR = "print_title_for"
    PRINT_CRISIS_TITLE = "print_crisis_title"
    PRINT_ENCOURAGEMENT = "print_encouragement"
    PRINT_MADE_ON = "print_made_on"
    MONTH_NAMES = "month_names"
    PRINT_COLUMN_WHO = "print_column_who"
    PRINT_COLUMN_REACH = "print_column_reach"
    PRINT_WRITTEN = "print_written"
    OUTPUT_EXISTS = "output_exists"
    OUTPUT_NO_FOLDER = "output_no_folder"
    OUTPUT_IS_FOLDER = "output_is_folder"
    OUTPUT_EMPTY = "output_empty"
    OUTPUT_NOT_A_FILE = "output_not_a_file"
    OUTPUT_INSIDE_DATA = "output_inside_data"
    OUTPUT_WRITE_FAILED = "output_write_failed"
    HELP_PRINT = "help_print"
    HELP_PRINT_FORMAT = "help_print_format"
    HELP_PRINT_OUTPUT = "help_print_output"
    HELP_PRINT_FORCE = "help_print_force"

    PICTURE_ME = "picture_me"
    PICTURE_TITLE = "picture_title"
    PICTURE_LEGEND_RINGS = "picture_legend_rings"
    PICTURE_MORE = "picture_more"
    PICTURE_MORE_ONE = "picture_more_one"
    PRINT_CRISIS_MORE = "print_crisis_more"
    CARD_CRISIS_MORE = "card_crisis_more"
    PRINT_SCAN_TO_CALL = "print_scan_to_call"
    CARD_DISCREET_TITLE = "card_discreet_title"
    CARD_INSTRUCTIONS = "card_instructions"
    CARD_SCALE = "card_scale"
    CARD_FOLD_FRONT = "card_fold_front"
    CARD_FOLD_LIST = "card_fold_list"
    CARD_FOLD_HELPLINES = "card_fold_helplines"
    CARD_CONTACTS_TITLE = "card_contacts_title"
    CARD_LIST_TITLE = "card_list_title"
    CARD_OPEN_IN_CRISIS = "card_open_in_crisis"
    CARD_FRONT_CALL = "card_front_call"
    PRINT_OUTPUT_NEEDED = "print_output_needed"
    PDF_MISSING_LETTERS = "pdf_missing_letters"
    HELP_PRINT_LAYOUT = "help_print_layout"
    HELP_PRINT_NO_QR = "help_print_no_qr"
    HELP_PRINT_DISCREET = "help_print_discreet"

    # Help texts
    HELP_APP = "help_app"
    HELP_EPILOG = "help_epilog"
    HELP_HOME = "help_home"
    HELP_LANG = "help_lang"
    HELP_DEMO = "help_demo"
    HELP_VERSION = "help_version"
    HELP_ADD = "help_add"
    HELP_ADD_NAME = "help_add_name"
    HELP_ADD_KIND = "help_add_kind"
    HELP_ADD_LISTENS = "help_add_listens"
    HELP_ADD_PRACTICAL = "help_add_practical"
    HELP_ADD_CRISIS = "help_add_crisis"
    HELP_ADD_PHONE = "help_add_phone"
    HELP_ADD_EMAIL = "help_add_email"
    HELP_ADD_WHERE = "help_add_where"
    HELP_ADD_RELATION = "help_add_relation"
    HELP_ADD_AVAILABLE = "help_add_available"
    HELP_ADD_NOTE = "help_add_note"
    HELP_ADD_KNOWS = "help_add_knows"
    HELP_EDIT = "help_edit"
    HELP_EDIT_NAME = "help_edit_name"
    HELP_EDIT_NEW_NAME = "help_edit_new_name"
    HELP_EDIT_LISTENS = "help_edit_listens"
    HELP_EDIT_PRACTICAL = "help_edit_practical"
    HELP_EDIT_CRISIS = "help_edit_crisis"
    HELP_REMOVE = "help_remove"
    HELP_YES = "help_yes"
    HELP_ORDER = "help_order"
    HELP_ORDER_NAMES = "help_order_names"
    HELP_CONTACT = "help_contact"
    HELP_CONTACT_NOTE = "help_contact_note"
    HELP_SHOW = "help_show"
    HELP_SHOW_ROLE = "help_show_role"
    HELP_SHOW_JSON = "help_show_json"
    HELP_SETTINGS = "help_settings"
    HELP_SETTINGS_COUNTRY = "help_settings_country"
    HELP_SETTINGS_LANG = "help_settings_lang"
    HELP_SETTINGS_NAME = "help_settings_name"
    HELP_SETTINGS_NUDGE = "help_settings_nudge"
    SETTINGS_NAME = "settings_name"
    SETTINGS_NAME_UNSET = "settings_name_unset"
    HELP_HISTORY = "help_history"
    HELP_HISTORY_JSON = "help_history_json"
    HELP_UNDO = "help_undo"
    HELP_RESTORE = "help_restore"
    HELP_RESTORE_NUMBER = "help_restore_number"
    HELP_RESTORE_YES = "help_restore_yes"
    METAVAR_NUMBER = "metavar_number"
    HISTORY_ADDED = "history_added"
    HISTORY_EDITED = "history_edited"
    HISTORY_RENAMED = "history_renamed"
    HISTORY_REMOVED = "history_removed"
    HISTORY_ORDERED = "history_ordered"
    HISTORY_CONTACTED = "history_contacted"
    HISTORY_SETTINGS = "history_settings"
    HISTORY_UNDONE = "history_undone"
    HISTORY_UNDONE_UNKNOWN = "history_undone_unknown"
    HISTORY_RESTORED = "history_restored"
    HISTORY_CHANGED = "history_changed"
    HISTORY_TITLE = "history_title"
    HISTORY_HOW = "history_how"
    HISTORY_EMPTY = "history_empty"
    HISTORY_DEMO = "history_demo"
    HISTORY_STORE_DAMAGED = "history_store_damaged"
    UNDO_NOTHING = "undo_nothing"
    UNDO_NO_FURTHER = "undo_no_further"
    UNDO_DONE = "undo_done"
    UNDO_DAMAGED = "undo_damaged"
    RESTORE_DONE = "restore_done"
    RESTORE_DONE_ASIDE = "restore_done_aside"
    RESTORE_DONE_FRESH = "restore_done_fresh"
    RESTORE_NONE = "restore_none"
    RESTORE_NOT_LISTED = "restore_not_listed"
    RESTORE_VERSION_DAMAGED = "restore_version_damaged"
    RESTORE_ASK = "restore_ask"
    RESTORE_NEEDS_YES = "restore_needs_yes"
    RESTORE_KEPT = "restore_kept"
    RESTORE_NOT_A_NUMBER = "restore_not_a_number"
    NUDGE_WEEKS_NOT_A_NUMBER = "nudge_weeks_not_a_number"
    SETTINGS_NUDGE = "settings_nudge"
    SETTINGS_NUDGE_OFF = "settings_nudge_off"


_LOADED: dict[str, dict[Msg, str]] = {}


def catalogue(lang: Lang) -> dict[Msg, str]:
    """Return the catalogue of one language (imported on first use)."""
    messages = _LOADED.get(lang)
    if messages is None:
        # __import__, not importlib: importing importlib (and warnings) costs the crisis
        # view half a millisecond on every start.
        module = __import__(f"steuncirkel.base.i18n.{lang}", fromlist=["MESSAGES"])
        messages = _LOADED[lang] = module.MESSAGES
    return messages


def t(key: Msg, lang: Lang, /, **params: Any) -> str:
    """Return the sentence for ``key`` in ``lang`` with ``{placeholders}`` filled in."""
    return catalogue(lang)[key].format(**params)


def message(msg: Msg, lang: Lang, params: Mapping[str, Any]) -> str:
    """The sentence for ``msg`` in ``lang``, safe to show; a missing parameter never
    hides the rest.

    Parameters that are message keys themselves (a reason inside a refusal) are
    translated with the same parameters; a list is joined ("Anna, Bram or Carla");
    every other value is shown with ``visible()``,
    so a name with control characters cannot reach the terminal through an error.
    """
    from steuncirkel.base.textsafety import visible

    ready: dict[str, Any] = {}
    for key, value in params.items():
        if isinstance(value, Msg):
            ready[key] = message(value, lang, {k: v for k, v in params.items() if k != key})
        elif isinstance(value, (list, tuple)):  # "Anna, Bram or Carla"
            items = [visible(str(item)) for item in value]
            last = f" {t(Msg.CRISIS_OR, lang)} ".join(items[-2:])
            ready[key] = ", ".join([*items[:-2], last])
        else:
            ready[key] = visible(str(value))
    try:
        return t(msg, lang, **ready)
    except (KeyError, IndexError, ValueError):
        return catalogue(lang)[msg]


def written_date(day: date, lang: Lang) -> str:
    """A date as people write it: "27 november 2026", "27 November 2026" (ISO stays
    for JSON and file names)."""
    month = t(Msg.MONTH_NAMES, lang).split()[day.month - 1]
    return f"{day.day} {month} {day.year}"


def lang_from_code(code: str | None) -> Lang | None:
    """Map 'nl', 'NL', 'nl_BE.UTF-8', 'en-GB' ... to a supported language, else None."""
    if not code:
        return None
    head = code.strip().lower().replace("-", "_").split("_")[0].split(".")[0]
    if head == "nl":
        return "nl"
    if head == "en":
        return "en"
    return None


def lang_from_locale(environ: Mapping[str, str] | None = None) -> Lang | None:
    """The language of the system locale: ``nl*`` gives nl, any other language en.

    The POSIX variables are read in their order of precedence. ``C`` and ``POSIX``
    name no language, so they give None and the caller falls back to the default.
    """
    env = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "").strip()
        if not value:
            continue
        head = value.split(".")[0].split("@")[0]
        if head in ("C", "POSIX"):
            return None
        return "nl" if head.lower().startswith("nl") else "en"
    return None
