"""English messages. Same keys and placeholders as ``nl.py``; warm, short, plain."""

from __future__ import annotations

from steuncirkel.base.i18n import Msg

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final

MESSAGES: Final[dict[Msg, str]] = {
    # Errors and refusals
    Msg.HOME_UNKNOWN: (
        "I can't tell where to keep your circle: HOME (or XDG_DATA_HOME) is not a full "
        "path. Choose a folder with --home or STEUNCIRKEL_HOME and try again."
    ),
    Msg.CLOCK_INVALID: (
        "{variable}={value} is not a date and time I can read. Use for example "
        "{variable}=2026-11-28T03:00, or unset it to use the real clock."
    ),
    Msg.CLOCK_INVALID_CRISIS: (
        "{variable}={value} is not a date and time I can read, so I use the real clock."
    ),
    Msg.HOME_OPTION_EMPTY: (
        "--home is empty, so I don't know which folder you mean. Give the folder of "
        "your circle, for example --home ~/steuncirkel, or leave --home out to use the "
        "usual folder."
    ),
    Msg.HOME_NOT_FOLDER: (
        "{path} is a file, not a folder, so your circle can't be kept there. "
        "Choose another folder with --home, or move that file away."
    ),
    Msg.STORE_UNREADABLE: (
        "I can't read {path} ({reason}). Nothing was changed. "
        "Check that the file and its folder are yours and readable, then try again. "
        "Any backup is in {backup}."
    ),
    Msg.STORE_CORRUPT: (
        "Your circle file {path} can't be read ({reason}). I left it exactly as it is. "
        "The previous version is kept in {backup}: copy it over {path} to go back to it."
    ),
    Msg.STORE_CORRUPT_NO_BACKUP: (
        "Your circle file {path} can't be read ({reason}). I left it exactly as it is. "
        "There is no backup yet ({backup}). Open the file in a text editor to repair it, "
        "or move it aside to start again."
    ),
    Msg.STORE_MISSING: (
        "Your circle file {path} is missing, but its backup {backup} is still there. "
        "Nothing was changed. To get your circle back, copy the backup to {path}. To "
        "start a new circle instead, first move the backup somewhere else."
    ),
    Msg.STORE_DANGLING_LINK: (
        "Your circle file {path} is a link to {target}, which does not exist (anymore). "
        "Nothing was changed. Put the file back at {target}, or remove the link."
    ),
    Msg.STORE_TOO_NEW: (
        "{path} was saved by a newer steuncirkel (format version {version}; this one reads "
        "up to {supported}). I left it as it is. Update steuncirkel and try again. "
        "Any backup is in {backup}."
    ),
    Msg.STORE_LOCKED: (
        "Another steuncirkel command is saving right now. Nothing was changed. "
        "Wait a moment and try again."
    ),
    Msg.STORE_WRITE_FAILED: (
        "I could not save in {folder} ({reason}). Your circle is unchanged. "
        "Check that the disk has room and the folder can be written to, then try again."
    ),
    Msg.STORE_WOULD_BE_TOO_BIG: (
        "After this change your circle would be larger than {limit} MB, and I could not "
        "read it back any more. Nothing was changed. Shorten a long note or take "
        "something out, then try again."
    ),
    Msg.STORE_SAVED_UNCONFIRMED: (
        "Saved, but your computer could not confirm that it is safely on the disk "
        "({reason}). Your change is most likely there: check with steuncirkel show."
    ),
    Msg.STORE_CHANGED: (
        "{path} was changed by another program while I was saving. Nothing was written. "
        "Please try again."
    ),
    Msg.DEMO_READ_ONLY: (
        "This is the demo circle, so it can't be changed. "
        "Leave out --demo to work on your own circle."
    ),
    Msg.NAME_EMPTY: "A name can't be empty. Type the name you know them by, for example: Anna.",
    Msg.NAME_INVISIBLE: (
        "That name has no letter or digit that can be seen, so it would look empty on "
        "your list. Type the name you know them by, for example: Anna."
    ),
    Msg.NAME_TOO_LONG: (
        "That name has {length} characters; the most is {max}. Please use a shorter name."
    ),
    Msg.TEXT_CONTROL_CHARS: (
        "The {field} contains invisible control characters. Please type it again as plain text."
    ),
    Msg.TEXT_BIDI_CHARS: (
        "The {field} contains hidden direction marks that can make text look different "
        "from what it is. Please type it again without them."
    ),
    Msg.TEXT_UNREADABLE: (
        "The {field} contains characters that could not be read (the terminal may not use "
        "UTF-8). Please type it again."
    ),
    Msg.TEXT_TOO_LONG: (
        "The {field} has {length} characters; the most is {max}. Please shorten it."
    ),
    Msg.DUPLICATE_NAME: (
        "{name} is already in your circle. Use a name that tells them apart, "
        "for example with an initial."
    ),
    Msg.PHONE_INVALID: (
        "{phone} doesn't look like a phone number I can use. Check the digits; "
        "for a number outside {country}, start with + and the country code."
    ),
    Msg.PHONE_SHORT_NUMBER: (
        "{phone} is a short service number. Helplines such as 113 and 1813 are always "
        "shown by steuncirkel; for a person or place, enter their full number."
    ),
    Msg.PHONE_EXTENSION: (
        "{phone} has an extension ({extension}). A phone cannot dial that from your "
        "list. Save the number without the extension, and put it in the note, for "
        'example: --note "extension {extension}"'
    ),
    Msg.PHONE_JUNK: (
        "{phone} contains {junk}, which is not part of a phone number. Type only the "
        "digits, with spaces, dashes, dots or brackets if you like, and a + at the "
        "start if needed."
    ),
    Msg.EMAIL_INVALID: (
        "{email} doesn't look like an e-mail address. Check it and try again, "
        "for example: anna@example.nl."
    ),
    Msg.KIND_INVALID: ("'{kind}' is not a kind. Choose person, place, professional or group."),
    Msg.PLACE_ROLES: (
        "A place is somewhere you go, so it doesn't listen or help practically. Leave out "
        "--listens and --practical (--crisis is fine), or choose another --kind, such as "
        "person or group."
    ),
    Msg.PLACE_ROLES_EDIT: (
        "A place is somewhere you go; it does not listen or help practically. To make "
        "it a place, add --no-listens and --no-practical; or choose another --kind. "
        "Nothing has changed."
    ),
    Msg.CRISIS_LIST_FULL: (
        "Your crisis list already has {max} people or places. That keeps it short. You "
        "can still add {name} without --crisis."
    ),
    Msg.CRISIS_LIST_FULL_EDIT: (
        "Your crisis list already holds {max} people or places, so it stays short. Take "
        "someone off first (steuncirkel edit NAME --no-crisis); then {name} fits."
    ),
    Msg.ORDER_NOT_ON_LIST: (
        "{name} is not on your crisis list, so it can't be moved. Put it on first: "
        "steuncirkel edit {quoted} --crisis. Nothing has changed."
    ),
    Msg.ORDER_TWICE: (
        "{name} is named twice. Name everyone once, in the order you want; nothing has changed."
    ),
    Msg.EDIT_NEEDS_OPTIONS: (
        "What would you like to change? For example: steuncirkel edit {quoted} --phone "
        "0612345678. On a terminal, without options, it asks field by field."
    ),
    Msg.REMOVE_NEEDS_YES: (
        "Removing someone needs a yes, and I can't ask here. If you are sure: "
        "steuncirkel remove {quoted} --yes. Nothing has changed."
    ),
    Msg.NAME_REQUIRED: (
        'Which name? For example: steuncirkel add "Anna" --listens. '
        "Run it in a terminal without a name to be asked step by step."
    ),
    Msg.NAME_NOT_FOUND: (
        "I can't find anyone called {name} in your circle. See how the names are "
        "written with: steuncirkel show"
    ),
    Msg.NAME_NOT_FOUND_NEAR: (
        "I can't find anyone called exactly {name}. Did you mean {nearest}? Then type "
        "the name as it is in your circle; nothing has changed."
    ),
    Msg.OUTPUT_FAILED: ("I could not write all of the output ({reason}). Please try again."),
    Msg.BROKEN_INSTALL: (
        "A part of steuncirkel is missing ({module}). Your crisis list and the "
        "helplines still work: steuncirkel crisis. Repair the installation "
        "with: pip install --force-reinstall steuncirkel"
    ),
    Msg.UNEXPECTED: (
        "Something went wrong that shouldn't have (a bug in steuncirkel). Your circle file "
        "is safe. Run the same command with STEUNCIRKEL_DEBUG=1 to see the details."
    ),
    Msg.STOPPED_NOTHING_CHANGED: "Stopped. Nothing was changed.",
    Msg.STOPPED_SAVED_KEPT: (
        "Stopped. Everyone you had added is kept. The last one was not finished and was not saved."
    ),
    # Reasons
    Msg.REASON_NOT_UTF8: "it is not UTF-8 text",
    Msg.REASON_BAD_JSON: "the JSON is broken near line {line}, column {column}",
    Msg.REASON_TOO_DEEP: "it is nested more than {limit} levels deep",
    Msg.REASON_BAD_NUMBER: ("the number at {field} cannot be kept exactly"),
    Msg.REASON_DUPLICATE_KEY: ("the key {key} appears twice in one place"),
    Msg.REASON_EMPTY: "the file is empty",
    Msg.REASON_TOO_BIG: "the file is larger than {limit} MB",
    Msg.REASON_NOT_A_CIRCLE: "it is not a steuncirkel file",
    Msg.REASON_BAD_VERSION: "its format version {version} is unknown",
    Msg.REASON_BAD_FIELD: "{field} has an unexpected value",
    Msg.REASON_BAD_TEXT: "it contains text that is not valid Unicode",
    Msg.REASON_NOT_A_FILE: "it is not a regular file",
    Msg.REASON_NO_PERMISSION: "no permission",
    Msg.REASON_READ_ONLY: "the disk or folder is read-only",
    Msg.REASON_DISK_FULL: "the disk is full",
    Msg.REASON_FILE_LIMIT: ("the file may not grow any larger"),
    Msg.REASON_LINK_LOOP: ("a link there points back to itself"),
    Msg.REASON_IS_FOLDER: ("there is a folder where a file belongs"),
    Msg.REASON_DISK_ERROR: ("the disk reported an error"),
    Msg.REASON_STDOUT_CLOSED: ("standard output is closed"),
    Msg.REASON_NAME_TOO_LONG: ("a name in the path is too long"),
    Msg.REASON_NOT_FOUND: ("a folder on the way does not exist"),
    Msg.REASON_ALREADY_THERE: ("something with that name is already there"),
    Msg.REASON_OUTPUT_STALLED: ("nothing was read for {seconds} seconds"),
    Msg.REASON_OTHER: "{detail}",
    # Field names
    Msg.FIELD_NAME: "name",
    Msg.FIELD_PHONE: "phone number",
    Msg.FIELD_EMAIL: "e-mail address",
    Msg.FIELD_WHERE: "address or place",
    Msg.FIELD_RELATION: "relation",
    Msg.FIELD_AVAILABLE: "availability",
    Msg.FIELD_NOTE: "note",
    Msg.FIELD_CONTACT_NOTE: ("note on the contact"),
    # Success
    Msg.ADDED: "Added {name} to your circle.",
    Msg.ADDED_CRISIS: "Added {name} to your circle and your crisis list ({count} of {max}).",
    Msg.PHONE_PREMIUM: (
        "Note: {phone} is a paid number (090…). Calling it can cost a lot; "
        "check that this is the right number."
    ),
    Msg.NEXT_SHOW: "See your whole circle with: steuncirkel show",
    Msg.SETTINGS_SAVED: "Saved your settings.",
    Msg.SETTINGS_UNCHANGED: "Your settings already were like this; nothing to change.",
    Msg.NUDGE_WEEKS_RANGE: (
        "The number of weeks is 0 (no reminders) to {max}, for example: steuncirkel "
        "settings --nudge-weeks 4. Nothing has changed."
    ),
    Msg.EDITED: ("{name} is updated."),
    Msg.EDIT_UNCHANGED: ("That was already so; nothing has changed."),
    Msg.REMOVED: (
        "{name} is no longer in your circle. A mistake? steuncirkel undo brings it back."
    ),
    Msg.REMOVE_ASK: ("Remove {name} from your circle?"),
    Msg.REMOVE_KEPT: ("Nothing has changed; {name} stays in your circle."),
    Msg.ORDERED: ("Your crisis list is now in this order: {order}."),
    Msg.CONTACTED: ("Good that you were in touch with {name}. Noted on {date}."),
    # Words
    Msg.KIND_PERSON: "person",
    Msg.KIND_PLACE: "place",
    Msg.KIND_PROFESSIONAL: "professional",
    Msg.KIND_GROUP: "group",
    Msg.COUNTRY_NL: "the Netherlands",
    Msg.COUNTRY_BE: "Belgium",
    Msg.LANG_NL: "Dutch",
    Msg.LANG_EN: "English",
    # The circle on screen
    Msg.SHOW_TITLE: "Your support circle ({count})",
    Msg.SHOW_TITLE_DEMO: (
        "Demo support circle ({count}) - an example from {country}, not your own"
    ),
    Msg.GROUP_CRISIS: "Crisis list - {count} of {max}, in this order",
    Msg.GROUP_CRISIS_OVER: ("Crisis list - {count} (meant for {max}), in this order"),
    Msg.GROUP_LISTENS: "Who listens ({count})",
    Msg.GROUP_PRACTICAL: "Practical help ({count})",
    Msg.GROUP_NO_ROLE: "No role yet ({count})",
    Msg.GROUP_EMPTY: "Nobody here yet.",
    Msg.LABEL_PHONE: "phone",
    Msg.LABEL_EMAIL: "e-mail",
    Msg.LABEL_WHERE: "where",
    Msg.LABEL_AVAILABLE: "when",
    Msg.LABEL_NOTE: "note",
    Msg.LABEL_LAST_CONTACT: ("last contact"),
    Msg.LABEL_KNOWS: ("knows and agreed"),
    Msg.NO_WAY_TO_REACH: "no way to reach yet",
    Msg.POINTERS_TITLE: "Worth a look",
    Msg.POINTER_CRISIS_EMPTY: (
        "Your crisis list is still empty. Three to five people or places to turn to give "
        "you something to hold on to: steuncirkel add NAME --crisis"
    ),
    Msg.POINTER_CRISIS_FEW: (
        "Your crisis list has {count}. Three to five is a good size: steuncirkel add NAME --crisis"
    ),
    Msg.POINTER_CRISIS_NO_PHONE: ("{name} is on your crisis list but has no phone number yet."),
    Msg.POINTER_CRISIS_NOT_TOLD: (
        'Does {name} know they are on your crisis list? Ask, for example: "May I call '
        'you when things get really hard?" If that is fine, note it: steuncirkel edit '
        "{quoted} --knows"
    ),
    Msg.POINTER_KEEP_IN_TOUCH: (
        "It has been a while since you talked with {name} — how about a quick call? "
        "Afterwards: steuncirkel contact {quoted}"
    ),
    Msg.POINTER_KEEP_IN_TOUCH_MORE: (
        "And {count} more you have not talked with for a while. One call or message "
        "today is enough."
    ),
    Msg.POINTER_NO_LISTENS: (
        "Nobody is marked as someone who listens. Who can you tell how you really are? "
        "steuncirkel add NAME --listens"
    ),
    Msg.POINTER_NO_PRACTICAL: (
        "Nobody helps practically yet. Who could do some shopping or come along to an "
        "appointment? steuncirkel add NAME --practical"
    ),
    Msg.POINTER_NO_PROFESSIONAL: (
        "No professional or group yet. A GP, therapist or recovery group can help too: "
        "steuncirkel add NAME --kind professional"
    ),
    Msg.START_TITLE: "Your support circle is still empty",
    Msg.START_INTRO: (
        "You don't have to recover alone. Start with one person, one step at a time:"
    ),
    Msg.START_STEP_LISTENS: "Someone who listens:",
    Msg.START_STEP_CRISIS: "Someone to call when it gets hard:",
    Msg.START_STEP_WALK: "Or answer a few questions, step by step:",
    Msg.START_STEP_DEMO: "See what a filled-in circle looks like:",
    Msg.START_CMD_LISTENS: 'steuncirkel add "Anna" --listens --phone {mobile}',
    Msg.START_CMD_CRISIS: 'steuncirkel add "My GP" --crisis --kind professional --phone {landline}',
    # Settings view
    Msg.SETTINGS_TITLE: "Settings",
    Msg.SETTINGS_COUNTRY: "Country: {country} ({code})",
    Msg.SETTINGS_LANG: "Language: {lang}",
    Msg.SETTINGS_LANG_AUTO: ("Language: {lang} (as your computer is set)"),
    Msg.SETTINGS_FOLDER: "Data folder: {path}",
    Msg.SETTINGS_FOLDER_DEMO: "Data folder: none (this is the demo circle)",
    Msg.SETTINGS_NAME: "Your name on the printout: {name}",
    Msg.SETTINGS_NAME_UNSET: "Your name on the printout: not set",
    Msg.HELP_HISTORY: (
        "List the earlier versions of your circle. Newest first; each is your circle as "
        "it was just before a change."
    ),
    Msg.HELP_HISTORY_JSON: ("Print JSON for other programs instead of the list."),
    Msg.HELP_UNDO: ("Undo the last change. Run it again to go back one more step."),
    Msg.HELP_RESTORE: ("Bring back an earlier version. Its number comes from steuncirkel history."),
    Msg.HELP_RESTORE_NUMBER: (
        "The number of the version in steuncirkel history (1 is the newest)."
    ),
    Msg.HELP_RESTORE_YES: ("Do not ask when circle.json can't be read: keep it aside and restore."),
    Msg.METAVAR_NUMBER: ("NUMBER"),
    Msg.HISTORY_ADDED: ("Added {name}"),
    Msg.HISTORY_EDITED: ("Changed {name}"),
    Msg.HISTORY_RENAMED: ("Renamed {old_name} to {name}"),
    Msg.HISTORY_REMOVED: ("Removed {name}"),
    Msg.HISTORY_ORDERED: ("Reordered the crisis list"),
    Msg.HISTORY_CONTACTED: ("Noted contact with {name}"),
    Msg.HISTORY_SETTINGS: ("Changed the settings"),
    Msg.HISTORY_UNDONE: ("Undone: {change}"),
    Msg.HISTORY_UNDONE_UNKNOWN: ("Undid a change"),
    Msg.HISTORY_RESTORED: ("Restored version {number}"),
    Msg.HISTORY_CHANGED: ("Changed"),
    Msg.HISTORY_TITLE: ("Earlier versions of your circle, newest first"),
    Msg.HISTORY_HOW: (
        "Each version is your circle as it was just before the change next to it. To "
        "bring one back: steuncirkel restore NUMBER. To undo the last change: "
        "steuncirkel undo"
    ),
    Msg.HISTORY_EMPTY: (
        "There are no earlier versions yet. Each time you change something, steuncirkel "
        "keeps the version from before (the last {keep})."
    ),
    Msg.HISTORY_DEMO: (
        "The example circle has no history. Leave out --demo to see the earlier "
        "versions of your own circle."
    ),
    Msg.HISTORY_STORE_DAMAGED: (
        "Your circle file {path} can't be read right now. Nothing is lost: steuncirkel "
        "restore NUMBER brings back one of these versions, and keeps the unreadable "
        "file aside."
    ),
    Msg.UNDO_NOTHING: (
        "There is no earlier version to go back to yet: steuncirkel keeps one from "
        "the second time you save something. Nothing has changed."
    ),
    Msg.UNDO_NO_FURTHER: (
        "I can't go back further: this is the oldest version steuncirkel still has (it "
        "starts at the first change you saved and keeps the last {keep}). Nothing has "
        "changed. See them all with: steuncirkel history"
    ),
    Msg.UNDO_DONE: ("Undone: {change}. Changed your mind? steuncirkel restore 1 puts it back."),
    Msg.UNDO_DAMAGED: (
        "Your circle file {path} can't be read, so undo can't work now. Nothing has "
        "changed. See the earlier versions with steuncirkel history, and bring one back "
        "with steuncirkel restore NUMBER."
    ),
    Msg.RESTORE_DONE: (
        "Version {number} from {when} is back. Changed your mind? steuncirkel restore 1 "
        "brings back what was there just now."
    ),
    Msg.RESTORE_DONE_ASIDE: (
        "Version {number} from {when} is back. The file that couldn't be read is kept "
        "as {aside}; nothing was thrown away."
    ),
    Msg.RESTORE_DONE_FRESH: ("Version {number} from {when} is back."),
    Msg.RESTORE_NONE: ("There are no earlier versions to bring back yet. Nothing has changed."),
    Msg.RESTORE_NOT_LISTED: (
        "There is no version {number}: the versions are numbered 1 to {count}. See them "
        "with steuncirkel history. Nothing has changed."
    ),
    Msg.RESTORE_VERSION_DAMAGED: (
        "Version {number} is damaged ({file}), so I can't bring it back. Nothing has "
        "changed. Pick another one from steuncirkel history."
    ),
    Msg.RESTORE_ASK: (
        "Your circle file {path} can't be read. Shall I keep it aside (nothing is "
        "thrown away) and bring back version {number} from {when}?"
    ),
    Msg.RESTORE_NEEDS_YES: (
        "Your circle file {path} can't be read. To bring back version {number}, I keep "
        "that file aside (nothing is thrown away); I need a yes for that, and I can't "
        "ask here. Sure? steuncirkel restore {number} --yes. Nothing has changed."
    ),
    Msg.RESTORE_KEPT: ("Nothing has changed; {path} is still as it was."),
    Msg.RESTORE_NOT_A_NUMBER: (
        "{value} is not a number. Use the number from steuncirkel history, for example 1."
    ),
    Msg.NUDGE_WEEKS_NOT_A_NUMBER: (
        "{value} is not a whole number of weeks. For example: steuncirkel settings "
        "--nudge-weeks 4 (0 turns the reminders off)."
    ),
    Msg.SETTINGS_NUDGE: ("Reminder to keep in touch: after {weeks} weeks without contact"),
    Msg.SETTINGS_NUDGE_OFF: ("Reminder to keep in touch: off"),
    Msg.SETTINGS_HOW_TO_CHANGE: (
        "To change your country: steuncirkel settings --country BE (or NL). Your "
        "language: steuncirkel settings --lang nl (or en)."
    ),
    # Walk-through
    Msg.WALK_INTRO: (
        "Let's add someone to your circle. Press Enter to skip a question; "
        "Ctrl-C stops at any moment."
    ),
    Msg.WALK_ASK_NAME: "Name",
    Msg.WALK_ASK_KIND: "Is this a person, place, professional or group? [person]",
    Msg.WALK_ASK_RELATION: "Who is {name} to you (for example sister, sponsor, GP)?",
    Msg.WALK_ASK_LISTENS: "Does {name} listen when you need to talk?",
    Msg.WALK_ASK_PRACTICAL: "Does {name} help in practical ways?",
    Msg.WALK_ASK_CRISIS: "Put {name} on your crisis list, to turn to when it gets hard?",
    Msg.WALK_CRISIS_FULL: (
        "Your crisis list already has {max}. {name} is still added to your circle, just "
        "not to the crisis list."
    ),
    Msg.WALK_ASK_PHONE: "Phone number of {name}",
    Msg.WALK_ASK_REACH_PLACE: "Where is {name}, or how do you find it?",
    Msg.WALK_ASK_REACH: "When can you reach {name} (for example: weekdays after 6 pm)?",
    Msg.WALK_ASK_ANOTHER: "Add someone else?",
    Msg.WALK_YES_NO: "[y/n]",
    Msg.WALK_YES_LETTERS: "y,yes",
    Msg.WALK_NO_LETTERS: "n,no",
    Msg.WALK_ANSWER_YES_NO: "Please answer y or n.",
    Msg.WALK_DONE: "Done. See your whole circle with: steuncirkel show",
    Msg.EDIT_INTRO: ("Change {name}: press Enter to keep what is there, or type - to clear it."),
    Msg.EDIT_ASK_FIELD: ("{field} [{current}]:"),
    Msg.EDIT_EMPTY_VALUE: ("empty"),
    Msg.FIELD_KIND_WORD: ("kind (person, place, professional, group)"),
    Msg.EDIT_ASK_KNOWS: ("Does {name} know they are on your crisis list, and agree?"),
    Msg.EDIT_ASK_CRISIS: ("Is {name} on your crisis list?"),
    Msg.EDIT_YES_NO_KEEP: ("[y/n; Enter: {current}]"),
    Msg.EDIT_ANSWER_YES: ("yes"),
    Msg.EDIT_ANSWER_NO: ("no"),
    Msg.EDIT_ANSWER_UNKNOWN: ("not filled in"),
    # Crisis
    Msg.CRISIS_TITLE: "When it gets hard",
    Msg.CRISIS_TITLE_DEMO: ("When it gets hard (demo circle from {country})"),
    Msg.CRISIS_LIST_TITLE: "Your crisis list",
    Msg.CRISIS_LIST_EMPTY: (
        "Nobody is on your crisis list yet. When you feel up to it: steuncirkel add NAME --crisis"
    ),
    Msg.CRISIS_HELPLINES_TITLE: "Helplines in {country}",
    Msg.CRISIS_HELPLINES_BOTH: ("Helplines in the Netherlands and in Belgium"),
    Msg.CRISIS_EMERGENCY: "In immediate danger: call 112.",
    Msg.CRISIS_OR: "or",
    Msg.CRISIS_NO_STORE: ("You haven't added anyone yet. The helplines are below."),
    Msg.CRISIS_STORE_PROBLEM: (
        "Your circle file can't be read properly right now. You can sort that out later. {below}"
    ),
    Msg.CRISIS_BELOW_LIST: ("Your list and the helplines are below."),
    Msg.CRISIS_BELOW_HELPLINES: ("The helplines are below."),
    Msg.CRISIS_USAGE: ("Usage: steuncirkel crisis [--json] [--home DIR] [--lang nl|en] [--demo]"),
    Msg.CRISIS_BAD_OPTION: "{option} is not an option of crisis.",
    Msg.CRISIS_MISTYPED: (
        "You typed {option}, so here is your crisis view. The command is: steuncirkel crisis"
    ),
    Msg.CRISIS_NO_NAME: ("(no name)"),
    Msg.CRISIS_REACHABLE_NOW: ("reachable now"),
    Msg.CRISIS_NOT_REACHABLE_NOW: ("probably not reachable now"),
    Msg.CRISIS_ODD_ENTRY: (
        "Number {position} on your crisis list has no name in your circle file, so it "
        "is shown without one. Check it with: steuncirkel show"
    ),
    Msg.CLICK_USAGE: ("Usage:"),
    Msg.CLICK_TRY_HELP: ("Try '{command} {option}' for help."),
    Msg.CLICK_ERROR: ("Error: {message}"),
    Msg.CLICK_ABORTED: ("Stopped."),
    Msg.CLICK_OPTIONS: ("Options"),
    Msg.CLICK_COMMANDS: ("Commands"),
    Msg.CLICK_ARGUMENTS: ("Arguments"),
    Msg.CLICK_HELP_OPTION: ("Show this help and stop."),
    Msg.CLICK_USAGE_OPTIONS: ("[OPTIONS]"),
    Msg.CLICK_USAGE_COMMAND: ("COMMAND [ARGS]..."),
    Msg.CLICK_DEFAULT: ("[default: {value}]"),
    Msg.CLICK_REQUIRED: ("[required]"),
    Msg.CLICK_NO_SUCH_OPTION: ("{option} is not an option here."),
    Msg.CLICK_DID_YOU_MEAN: ("Did you mean {choices}?"),
    Msg.CLICK_NO_SUCH_COMMAND: ("{name} is not a command."),
    Msg.CLICK_MISSING_COMMAND: ("A command is missing, for example: steuncirkel show"),
    Msg.CLICK_INVALID_VALUE: ("The value for {option} is not right: {detail}"),
    Msg.CLICK_NOT_ONE_OF: ("{value} is not one of the choices: {choices}."),
    Msg.CLICK_MISSING_ARGUMENT: ("{name} is missing."),
    Msg.CLICK_NEEDS_VALUE: ("{option} needs a value after it."),
    Msg.CLICK_TAKES_NO_VALUE: ("{option} takes no value."),
    Msg.CLICK_EXTRA_ARGUMENTS: (
        "I don't know what to do with '{arguments}'. Put text with spaces between quotes, "
        'for example: "Anna de Vries".'
    ),
    Msg.CLICK_NAME_METAVAR: ("NAME"),
    Msg.METAVAR_TEXT: ("TEXT"),
    Msg.METAVAR_KIND: ("KIND"),
    Msg.METAVAR_PHONE: ("NUMBER"),
    Msg.METAVAR_FILE: ("FILE"),
    Msg.METAVAR_EMAIL: ("E-MAIL"),
    Msg.CLICK_INSTALL_COMPLETION: ("Install tab completion for the shell you use."),
    Msg.CLICK_SHOW_COMPLETION: (
        "Show tab completion for the shell you use, to copy it or adjust the installation."
    ),
    Msg.CLICK_COMPLETION_INSTALLED: (
        "Tab completion for {shell} is now in {path}. It works once you open the terminal again."
    ),
    Msg.HELP_CRISIS: (
        "Show your crisis list with phone numbers and the helplines, at once. "
        "Always works, even when your file has a problem."
    ),
    Msg.HELP_CRISIS_JSON: "Print JSON for other programs.",
    Msg.HELP_OPTIONS_TITLE: "Options",
    Msg.CRISIS_FROM_BACKUP: "(from your backup, because your circle file cannot be read right now)",
    Msg.CRISIS_FROM_BACKUP_MISSING: ("(from your backup, because your circle file is missing)"),
    Msg.CRISIS_LIST_UNREADABLE: (
        "Your crisis list cannot be read right now; call one of the helplines below."
    ),
    Msg.CRISIS_BACKUP_EMPTY: (
        "Your backup has no one on the crisis list yet; call one of the helplines below."
    ),
    Msg.CRISIS_MISSING_VALUE: "{option} needs a value after it.",
    Msg.CRISIS_DIR_WORD: "DIR",
    Msg.PRINT_TITLE_DEMO: "Steuncirkel (example)",
    Msg.PRINT_LIST_EMPTY: "Nobody on this list yet.",
    Msg.PRINT_BLANK_NAME: ("name"),
    Msg.PRINT_BLANK_PHONE: ("phone number"),
    Msg.PRINT_LIST_EMPTY_FILL: (
        "Nobody on this list yet. Write down who you can call: it also counts on paper."
    ),
    # Print
    Msg.PRINT_TITLE: "Steuncirkel",
    Msg.PRINT_TITLE_FOR: "Steuncirkel of {name}",
    Msg.PRINT_CRISIS_TITLE: "When it gets hard, I can turn to",
    Msg.PRINT_ENCOURAGEMENT: (
        "You don't have to do this alone. It is always okay to call, even in "
        "the middle of the night."
    ),
    Msg.PRINT_MADE_ON: "Made on {date} with steuncirkel.",
    Msg.MONTH_NAMES: (
        "January February March April May June July August September October November December"
    ),
    Msg.PRINT_COLUMN_WHO: "Who",
    Msg.PRINT_COLUMN_REACH: "How to reach",
    Msg.PRINT_WRITTEN: "The printout is saved in {path}.",
    Msg.OUTPUT_EXISTS: (
        "{path} already exists. Use --force to replace it, or choose another name with --output."
    ),
    Msg.OUTPUT_NO_FOLDER: (
        "The folder {folder} does not exist. Create it first, or choose another place."
    ),
    Msg.OUTPUT_IS_FOLDER: (
        "{path} is a folder. Give a file name, for example {path}/steuncirkel.txt."
    ),
    Msg.OUTPUT_EMPTY: (
        "--output is empty. Give a file name, for example --output steuncirkel.pdf, or "
        "- for the screen."
    ),
    Msg.OUTPUT_NOT_A_FILE: (
        "{path} is not a regular file, so I won't write to it. Choose another name."
    ),
    Msg.OUTPUT_INSIDE_DATA: (
        "Keep printouts outside the folder of your circle ({folder}), so they can never "
        "get mixed up with it. Choose another place."
    ),
    Msg.OUTPUT_WRITE_FAILED: (
        "Saving to {path} did not work ({reason}). Choose another place and try again."
    ),
    Msg.HELP_PRINT: (
        "Make your Steuncirkel list to hang up or carry with you: your crisis "
        "list, the helplines and the date."
    ),
    Msg.HELP_PRINT_FORMAT: (
        "Format of the printout: {choices} (default: from the file name, else text)."
    ),
    Msg.HELP_PRINT_OUTPUT: "Write to this file (- is the screen).",
    Msg.HELP_PRINT_FORCE: "Replace an existing file.",
    Msg.PICTURE_ME: "me",
    Msg.PICTURE_TITLE: "My support circle",
    Msg.PICTURE_LEGEND_RINGS: "Inner: crisis list · middle: listens · outer: practical help",
    Msg.PICTURE_MORE: "and {count} more",
    Msg.PICTURE_MORE_ONE: ("and 1 more"),
    Msg.PRINT_CRISIS_MORE: ("+ {count} more on your crisis list (see steuncirkel show)"),
    Msg.CARD_CRISIS_MORE: ("+ {count} more"),
    Msg.PRINT_SCAN_TO_CALL: "Scan to call",
    Msg.CARD_DISCREET_TITLE: "My contacts",
    Msg.CARD_INSTRUCTIONS: (
        "Print at 100% (the bar below the card is then exactly 5 cm). Cut along the "
        "corner marks and fold zigzag along the dotted lines: the front stays outside, "
        "your list and the helplines are inside."
    ),
    Msg.CARD_SCALE: ("5 cm: measure it to check the print is at 100%"),
    Msg.CARD_FOLD_FRONT: ("front (outside)"),
    Msg.CARD_FOLD_LIST: ("your list"),
    Msg.CARD_FOLD_HELPLINES: ("helplines"),
    Msg.CARD_CONTACTS_TITLE: "Call",
    Msg.CARD_LIST_TITLE: ("Your list"),
    Msg.CARD_OPEN_IN_CRISIS: ("Open me when things get hard."),
    Msg.CARD_FRONT_CALL: ("Now: {numbers} · danger: 112"),
    Msg.PRINT_OUTPUT_NEEDED: (
        "A PDF cannot go to the screen. Give a file, for example: --output steuncirkel.pdf"
    ),
    Msg.PDF_MISSING_LETTERS: (
        "The PDF cannot show these letters: {letters}. It prints □ in their place, for "
        "{entries}. The HTML printout shows them: steuncirkel print --format html "
        "--output steuncirkel.html"
    ),
    Msg.HELP_PRINT_LAYOUT: (
        "For {formats}: poster (A4 to hang up) or card (folded card for your wallet)."
    ),
    Msg.HELP_PRINT_NO_QR: "Leave out the QR codes.",
    Msg.HELP_PRINT_DISCREET: "Card: no words about crisis or suicide on the outside.",
    # Help
    Msg.HELP_APP: (
        "Keep your support circle close: who listens, who helps, and who to turn to "
        "when it gets hard. Private and offline."
    ),
    Msg.HELP_EPILOG: (
        "Start with: steuncirkel --demo show. In immediate danger call 112; "
        "for suicidal thoughts 113 (NL) or 1813 (BE)."
    ),
    Msg.HELP_HOME: "Folder that holds your circle (default: your user data folder).",
    Msg.HELP_LANG: "Language of the messages: nl or en.",
    Msg.HELP_DEMO: "Use the built-in example circle; your own data is not touched.",
    Msg.HELP_VERSION: "Show the version and stop.",
    Msg.HELP_ADD: (
        "Add a person, place, professional or group to your circle. "
        "Without a name, you are asked step by step."
    ),
    Msg.HELP_ADD_NAME: "Name, as you know them (1 to 80 characters).",
    Msg.HELP_ADD_KIND: "person (default), place, professional or group.",
    Msg.HELP_ADD_LISTENS: "They listen when you need to talk.",
    Msg.HELP_ADD_PRACTICAL: "They help in practical ways.",
    Msg.HELP_ADD_CRISIS: "Put them on your crisis list (at most 5).",
    Msg.HELP_ADD_PHONE: "Phone number; national numbers use your country setting.",
    Msg.HELP_ADD_EMAIL: "E-mail address.",
    Msg.HELP_ADD_WHERE: "Address, or how to find a place.",
    Msg.HELP_ADD_RELATION: "Who they are to you, for example sister, sponsor, GP.",
    Msg.HELP_ADD_AVAILABLE: "When you can reach them, for example: weekdays after 6 pm.",
    Msg.HELP_ADD_NOTE: "Anything else worth remembering.",
    Msg.HELP_ADD_KNOWS: ("Knows they are on your crisis list and agreed (--no-knows: not yet)."),
    Msg.HELP_EDIT: (
        "Change someone in your circle: only what you give changes; an empty value "
        'clears a field (--phone ""). On a terminal without options it asks field by '
        "field."
    ),
    Msg.HELP_EDIT_NAME: ("The name as it is in your circle."),
    Msg.HELP_EDIT_NEW_NAME: ("A new name."),
    Msg.HELP_EDIT_LISTENS: ("Listens to you (--no-listens: not any more)."),
    Msg.HELP_EDIT_PRACTICAL: ("Helps you practically (--no-practical: not any more)."),
    Msg.HELP_EDIT_CRISIS: ("On your crisis list, last in line (--no-crisis: off the list)."),
    Msg.HELP_REMOVE: (
        "Take someone out of your circle. Asks first; steuncirkel undo brings them back."
    ),
    Msg.HELP_YES: ("Do not ask; yes."),
    Msg.HELP_ORDER: (
        "Put your crisis list in order: the names you give come first, in that order; "
        "the others follow as they were."
    ),
    Msg.HELP_ORDER_NAMES: ("Names on your crisis list, first one first."),
    Msg.HELP_CONTACT: (
        "Note that you were in touch with someone today. show reminds you gently when "
        "it has been a while."
    ),
    Msg.HELP_CONTACT_NOTE: (
        "A short note, for example what you talked about (at most 200 characters)."
    ),
    Msg.HELP_SHOW: "Show your circle, grouped by role, with tips where it could grow.",
    Msg.HELP_SHOW_ROLE: ("Show only one role: crisis, listens, practical or none (no role yet)."),
    Msg.HELP_SHOW_JSON: "Print JSON for other programs instead of the summary.",
    Msg.HELP_SETTINGS: "Show or change your settings.",
    Msg.HELP_SETTINGS_COUNTRY: "Your country, for phone numbers and helplines: NL or BE.",
    Msg.HELP_SETTINGS_LANG: "Language of the messages: nl or en.",
    Msg.HELP_SETTINGS_NAME: "Your own name, for the title of the printout (empty to clear).",
    Msg.HELP_SETTINGS_NUDGE: (
        "After how many weeks without contact show suggests getting in touch (0 turns "
        "it off; default 4)."
    ),
}
