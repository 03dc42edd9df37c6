"""``init``: a review folder with a commented review.toml and the agency template to send out.

The template is a small, form-like workbook (data validation, drop-downs), so it is written
with openpyxl rather than the streaming writer used for chronologies.
"""

from __future__ import annotations

from pathlib import Path

from chron_merge.config import CONFIG_NAME
from chron_merge.errors import OutputError

TEMPLATE_NAME = "agency-chronology-template.xlsx"
TEMPLATE_COLUMNS = [("Date", 13), ("Time", 8), ("Practitioner / role", 22), ("Contact type", 18),
                    ("Details of contact", 70), ("Action / outcome", 35), ("Comment", 35)]
CONTACT_TYPES = ["Home visit", "Office visit", "Telephone call", "Letter", "E-mail", "Meeting", "Child in Need meeting",
                 "Child protection conference", "Strategy discussion", "Core group", "Referral sent",
                 "Referral received", "Notification", "Assessment", "Clinic appointment", "Did not attend",
                 "Was not brought", "Incident", "Other"]
TEMPLATE_ROWS = 500

REVIEW_TOML = '''\
# review.toml - settings for one review, read by chron-merge validate, build and diff.
# chron-merge finds this file in the current folder or the returns' folder, or use --config FILE.
# Every section is optional. Dates are written YYYY-MM-DD, without quotes.

[review]
name = "Child A"            # shown on the chronology's Summary sheet
start = 2020-01-01          # review period: entries outside it are left out and listed (--from/--to override)
end = 2021-12-31

# One [[subject]] per person the review is about. The child's date of birth gives the age at
# each event (and `build --group-by age` puts in headings for each stage).
[[subject]]
name = "Child A"
role = "child"
dob = 2020-03-14

# Optional, one [agency.KEY] per agency:
#   name    - the name to show (otherwise the 'Agency:' cell of the return, or its file name)
#   files   - which returns are this agency's (file name patterns, * for anything)
#   colour  - the agency's band colour in the xlsx, as #RRGGBB
#   columns - for a return whose headers chron-merge cannot place: header = field, where field
#             is date, time, agency, practitioner, contact_type, details, action, comment or extra
#   dates   - "month-first" for a return whose dates are written US style (3/14/2024) though its
#             header does not say so; otherwise every date is read day-first
[agency.POLICE]
name = "Northshire Police"
files = ["*police*"]
colour = "#0072B2"
columns = { "Occurrence date" = "date", "Narrative" = "details" }

# Names to replace with `build --pseudonymise` (whole words, longest first, any case).
[pseudonyms]
"Jane Example" = "Mother"

# Local shorthand, spelt out when chron-merge compares agencies' records of the same event.
[glossary]
FSW = "family support worker"
'''

INSTRUCTIONS = [
    "How to complete this chronology",
    "",
    "Record every contact your agency had with the child and family during the review period, one row per "
    "contact, in date order.",
    "Date: the day it happened, as DD/MM/YYYY. If you only know the month, write it as 'Jun 2021'; if the day is "
    "uncertain, write '? 14/06/2021' or 'w/c 14/06/2021' (week commencing). Never leave a guess unmarked.",
    "Time: the time of the contact as HH:MM (24-hour clock), if known; otherwise leave it blank.",
    "Practitioner / role: who had the contact (role, not only a name).",
    "Contact type: choose from the list, or write your own.",
    "Details of contact: what happened, who was seen, what was said and what was known at the time. Keep each "
    "entry in one cell; do not split it over several rows.",
    "Action / outcome: what was decided or done as a result.",
    "Comment: the author's analysis of the contact, if any.",
    "Please do not change the column headings, merge cells or add sheets of data; save as .xlsx.",
    "",
    "An example row:",
]
EXAMPLE_ROW = ["14/06/2021", "09:30", "Health visitor", "Home visit",
               "Home visit: mother and child seen. Child weighed (on centile). Mother said she was sleeping badly.",
               "Follow-up visit in 2 weeks", "Low mood not explored"]


def init_review(folder: Path, force: bool = False, review_name: str | None = None) -> list[Path]:
    """Write review.toml and the agency template into ``folder``; refuses to overwrite without ``force``."""
    folder.mkdir(parents=True, exist_ok=True)
    config_path = folder / CONFIG_NAME
    template_path = folder / TEMPLATE_NAME
    existing = [p for p in (config_path, template_path) if p.exists()]
    if existing and not force:
        names = " and ".join(p.name for p in existing)
        raise OutputError(f"{folder}: already has {names}; use --force to replace {'it' if len(existing) == 1 else 'them'}")
    text = REVIEW_TOML if review_name is None else REVIEW_TOML.replace('"Child A"', f'"{review_name}"', 1)
    config_path.write_text(text, encoding="utf-8")
    write_template(template_path, review_name)
    return [config_path, template_path]


def write_template(path: Path, review_name: str | None = None) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    book = openpyxl.Workbook()
    instructions = book.active
    instructions.title = "Instructions"
    for number, line in enumerate(INSTRUCTIONS, start=1):
        cell = instructions.cell(row=number, column=1, value=line)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    instructions["A1"].font = Font(bold=True, size=14)
    instructions.column_dimensions["A"].width = 110
    example_top = len(INSTRUCTIONS) + 1
    for col, (header, _) in enumerate(TEMPLATE_COLUMNS, start=1):
        instructions.cell(row=example_top, column=col, value=header).font = Font(bold=True)
        instructions.cell(row=example_top + 1, column=col, value=EXAMPLE_ROW[col - 1]).data_type = "s"

    sheet = book.create_sheet("Chronology")
    title = f"Agency chronology for the {review_name} review" if review_name else "Agency chronology for the review"
    sheet["A1"] = title
    sheet["A1"].font = Font(bold=True, size=13)
    sheet["A2"] = "Agency:"
    sheet["A2"].font = Font(bold=True)
    sheet["B2"].fill = PatternFill("solid", fgColor="FFF2CC")
    header_row = 4
    for col, (header, width) in enumerate(TEMPLATE_COLUMNS, start=1):
        cell = sheet.cell(row=header_row, column=col, value=header)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="404040")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[cell.column_letter].width = width
    first, last = header_row + 1, header_row + TEMPLATE_ROWS
    for row in range(first, last + 1):
        sheet.cell(row=row, column=1).number_format = "dd/mm/yyyy"
        sheet.cell(row=row, column=2).number_format = "hh:mm"
        for col in (5, 6, 7):
            sheet.cell(row=row, column=col).alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = f"A{first}"
    date_rule = DataValidation(type="date", operator="between", formula1="DATE(1990,1,1)", formula2="DATE(2100,12,31)",
                               allow_blank=True, showErrorMessage=False, promptTitle="Date",
                               prompt="DD/MM/YYYY. If only the month is known, type e.g. Jun 2021 (as text).",
                               showInputMessage=True)
    time_rule = DataValidation(type="time", operator="between", formula1="0", formula2="0.999305555555556",
                               allow_blank=True, showErrorMessage=True, errorTitle="Time",
                               error="Write the time as HH:MM, or leave it blank.")
    # The drop-down's choices live on a hidden sheet: a list written into the rule itself may not
    # exceed 255 characters. (chron-merge never reads hidden sheets.)
    lists = book.create_sheet("Lists")
    for number, kind in enumerate(CONTACT_TYPES, start=1):
        lists.cell(row=number, column=1, value=kind)
    lists.sheet_state = "hidden"
    types_rule = DataValidation(type="list", formula1=f"Lists!$A$1:$A${len(CONTACT_TYPES)}", allow_blank=True,
                                showErrorMessage=False)
    for rule, column in ((date_rule, "A"), (time_rule, "B"), (types_rule, "D")):
        sheet.add_data_validation(rule)
        rule.add(f"{column}{first}:{column}{last}")
    book.active = 1
    book.save(path)
