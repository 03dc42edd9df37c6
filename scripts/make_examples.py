"""Write the example returns into examples/: a fictional review ("Child R"), messy on purpose.

    python scripts/make_examples.py

(It lives outside examples/ so that the folder holds only returns and the review's config, as a
review's folder would: anything else there would be listed as not read.)

Six agencies send their chronologies the way real agencies do: title rows and merged cells,
a workbook with several sheets and a notes sheet, a table that starts at C3, Excel dates,
serial numbers, text dates in several styles, partial, approximate and impossible dates, a
period, a continuation row, an exact duplicate, a cp1252 CSV separated by semicolons, and
text that a spreadsheet would run as a formula, a Word table with a date merged down over two
entries and a tracked change. Several agencies record the same events
(a referral, a strategy discussion, meetings, an emergency attendance, a domestic incident).
Everyone and everything here is invented.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from openpyxl.styles import Font

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
DT = dt.datetime
D = dt.date


def _sheet(book: openpyxl.Workbook, title: str, rows: list[list[object]], start_row: int = 1, start_col: int = 1):
    sheet = book.create_sheet(title)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None:
                continue
            cell = sheet.cell(row=start_row + r, column=start_col + c, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # text stays text, even "=== handover ===" or "+ve screen"
    return sheet


def police() -> None:
    book = openpyxl.Workbook()
    book.remove(book.active)
    sheet = _sheet(book, "Chronology", [
        ["Northshire Police - Public Protection - chronology for the Child R review"],
        ["Agency: Northshire Police"],
        [],
        ["Occurrence date", "Occurrence time", "Officer", "Log ref", "Narrative", "Outcome"],
        [DT(2019, 3, 10), None, "PC 4410", "INT/19/0311", "Intelligence: mother's address linked to drug supply "
         "(before the review period).", "Recorded"],
        [DT(2020, 2, 3, 11, 0), None, "DS 2011", "STR/20/017", "Strategy discussion with social care and health "
         "visiting about bruising to Child R.", "Section 47 enquiry agreed; joint visit arranged"],
        [DT(2020, 5, 2, 0, 0), None, "PC 2209", "ASB/20/3321", "Neighbour complaint of noise and shouting; no answer "
         "at the door.", "No further action"],
        [DT(2020, 9, 18, 23, 40), "23:40", "PC 1187", "DI/20/5521", "Domestic incident at the family home: Kayla Morgan "
         "assaulted by partner Dean Hollis; Child R present.", "Dean Hollis arrested. Notification to Children's Social "
         "Care and the school."],
        [DT(2020, 9, 19, 9, 15), "09:15", "DC 3302", "DI/20/5521", "=== Interview === Dean Hollis charged with assault "
         "and remanded.", "Bail conditions: no contact"],
        [DT(2020, 12, 24, 0, 0), None, "PC 9001", "WF/20/9911", "+ve welfare check at the address: Child R seen and well.",
         ""],
    ])
    sheet.merge_cells("A1:F1")
    sheet["A1"].font = Font(bold=True, size=13)
    for col, width in zip("ABCDEF", (18, 10, 10, 12, 60, 40)):
        sheet.column_dimensions[col].width = width
    book.save(EXAMPLES / "Northshire Police chronology.xlsx")


def social_care() -> None:
    book = openpyxl.Workbook()
    book.remove(book.active)
    _sheet(book, "Chronology", [
        ["Date", "Time", "Worker", "Type of contact", "Details", "Action / outcome", "IMR author comment"],
        ["14/01/2020", "10:20", "Duty SW", "Referral", "Referral received from Health Visiting: bruise to Child R's "
         "cheek noticed at a home visit.", "Strategy discussion to be held", ""],
        ["03/02/2020", "11:00", "Team Manager", "Meeting", "Strategy discussion held with police and health visitor.",
         "S47 enquiry", "Timely"],
        ["05/02/2020", "15:30", "SW J. Patel", "Home visit", "Joint visit with police: Child R seen; explanation of "
         "bruise consistent.", "Child in Need plan", ""],
        ["02/03/2020", "14:00", "SW J. Patel", "Meeting", "Initial CIN meeting held at the school. Plan agreed.",
         "Review in 3 months", ""],
        ["21/05/2020", None, "SW J. Patel", "Notification", "Notified by hospital of ED attendance for a scald to "
         "Child R's hand.", "Home visit planned", "No strategy discussion was held."],
        ["15/06/2020", "14:00", "SW J. Patel", "Meeting", "CIN review meeting held; mother engaging, partner not seen.",
         "Continue plan", ""],
        ["15/06/2020", "14:00", "SW J. Patel", "Meeting", "CIN review meeting held; mother engaging, partner not seen.",
         "Continue plan", ""],
        ["07/07/2020", "10:00", "SW J. Patel", "Home visit", "Home visit: discussed housing repairs and budgeting "
         "with Kayla Morgan.", "", ""],
        ["31/09/2020", None, "SW J. Patel", "Telephone", "Call to mother about nursery place.", "", ""],
        ["21/09/2020", "09:00", "Duty SW", "Notification", "Police notification of domestic incident received.",
         "Allocated worker informed", ""],
        ["w/c 12/10/2020", None, "SW J. Patel", "Meeting", "CIN review meeting held at school (date from minutes, "
         "week only).", "", ""],
        ["12/10/2020", "14:00", "SW J. Patel", "Meeting", "CIN review meeting held. Mother says she has ended the",
         "Step down to Early Help considered", ""],
        [None, None, None, None, "relationship with Dean Hollis.", None, None],
        ["unknown", None, "Admin", "Records", "Records from previous local authority requested.", "", ""],
    ])
    book.save(EXAMPLES / "CSC_chronology_v2_FINAL.xlsx")


def health() -> None:
    book = openpyxl.Workbook()
    book.remove(book.active)
    notes = _sheet(book, "Notes", [
        ["Health return for the Child R review"],
        ["Prepared by the named nurse for safeguarding. Two services: health visiting and the emergency department."],
    ])
    notes.column_dimensions["A"].width = 90
    _sheet(book, "Health Visiting", [
        ["Date of contact", "Time", "Practitioner / role", "Contact type", "Details of contact", "Outcome"],
        [43830, 0.4166666667, "Health Visitor", "Home visit", "New birth visit was late; family had moved. Child R "
         "weighed, feeding well.", "Universal service"],
        [43843, 0.4375, "Health Visitor", "Home visit", "Bruise to left cheek seen; mother said Child R fell against a "
         "cot. Referral sent to Children's Social Care.", "Referral made"],
        [43864, 0.4583333333, "Health Visitor", "Meeting", "Attended strategy discussion with police and social care.",
         ""],
        [43892, 0.5833333333, "Health Visitor", "Meeting", "Attended Child in Need meeting at school.", ""],
        ["Jun 2020", None, "Health Visitor", "Letter", "Letter to GP about missed developmental review (month only).",
         ""],
        [43997, 0.5833333333, "Health Visitor", "Meeting", "CIN mtg attended by HV; growth on centile.", ""],
        [44019, 0.4166666667, "Health Visitor", "Home visit", "Home visit: Child R weighed; feeding and sleep "
         "discussed.", ""],
        [44116, 0.5833333333, "Health Visitor", "Meeting", "Attended CIN review; Child R not yet at nursery.", ""],
    ], start_row=3, start_col=3)
    _sheet(book, "Emergency Department", [
        ["Date/Time", "Clinician", "Presentation", "Notes"],
        [DT(2020, 5, 20, 19, 5), "ED registrar", "Scald", "Attended ED with a scald to the right hand; mother says "
         "hot drink spilled. Safeguarding referral to social care.", ],
        [DT(2021, 2, 2, 8, 30), "ED nurse", "Injury", "Attended ED with a cut to the forehead after a fall at nursery.", ],
    ])
    book.save(EXAMPLES / "Health - RCHT return.xlsx")


def gp() -> None:
    book = openpyxl.Workbook()
    book.remove(book.active)
    _sheet(book, "Chronology", [
        ["Date of consultation", "Clinician", "Consultation type", "Summary"],
        ["? 02/11/2019", "Dr A. Rahman", "Consultation", "Six-week baby check: Child R well (date approximate)."],
        [D(2020, 1, 20), "Dr A. Rahman", "Correspondence", "Letter from Children's Social Care: referral received "
         "about bruising."],
        ["26-May-20", "Dr L. Evans", "Correspondence", "ED attendance letter received: scald to right hand."],
        ["26-May-20", "Dr L. Evans", "Correspondence", "ED attendance letter received: scald to right hand."],
        ["10 Aug 2020", "Dr L. Evans", "Consultation", "Mother attended with low mood; referred to talking therapies."],
        ["30/02/2021", "Dr L. Evans", "Telephone", "Telephone consultation about Child R's cough."],
    ])
    book.save(EXAMPLES / "GP practice return.xlsx")


def school() -> None:
    lines = [
        "Entry date;Staff role;Category;Description of involvement",
        "02/03/2020;DSL;Meeting;Hosted the Child in Need meeting, attendance and punctuality discussed.",
        "01/03/2020 - 15/03/2020;Nursery teacher;Attendance;Child R absent for most of the fortnight (period).",
        "15/06/2020;DSL;Meeting;Attended CIN review meeting.",
        "22/09/2020;DSL;Information;Police notification received about a domestic incident at home, café breakfast "
        "club offered (£2 a day waived).",
        "c. 14/09/2020;Class teacher;Observation;Child R seemed tired and hungry in the mornings.",
        "12/10/2020;DSL;Meeting;Attended CIN review, Early Help step-down discussed.",
    ]
    (EXAMPLES / "school_chronology.csv").write_bytes("\r\n".join(lines).encode("cp1252") + b"\r\n")


# A Word table, written as Word saves one (only the parts a reader needs), with no library for it.
WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _word_paragraph(text: str, deleted: str = "") -> str:
    from xml.sax.saxutils import escape

    removed = f'<w:del w:id="1" w:author="FSW"><w:r><w:delText>{escape(deleted)}</w:delText></w:r></w:del>' if deleted else ""
    return f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>{removed}</w:p>'


def _word_cell(text: str, merge: str = "") -> str:
    properties = f'<w:tcPr><w:vMerge w:val="{merge}"/></w:tcPr>' if merge == "restart" else (
        "<w:tcPr><w:vMerge/></w:tcPr>" if merge == "continue" else "")
    return f"<w:tc>{properties}{_word_paragraph(text) if text else '<w:p/>'}</w:tc>"


def family_centre() -> None:
    """An early help service's chronology as a Word table: a title above it, one date merged down
    over two entries, an entry whose text a tracked change deleted in part."""
    rows = [
        [("Date", ""), ("Worker", ""), ("Details", "")],
        [("23/09/2020", ""), ("Family support worker", ""),
         ("School told us of a police notification about a domestic incident at home; visit to Kayla offered.", "")],
        [("12/10/2020", ""), ("Family support worker", ""),
         ("Attended the CIN review at school; Early Help step-down discussed, family support offered.", "")],
        [("w/c 02/11/2020", ""), ("Family support worker", ""),
         ("Early Help assessment started with Kayla Morgan (week only).", "")],
        [("16/11/2020", "restart"), ("Family support worker", ""), ("Stay and play: Kayla and Child R attended.", "")],
        [("", "continue"), ("Family support worker", ""), ("Phone call with the health visitor about Child R's sleep.",
                                                           "")],
    ]
    table = "<w:tbl>" + "".join(
        "<w:tr>" + "".join(_word_cell(text, merge) for text, merge in row) + "</w:tr>" for row in rows) + "</w:tbl>"
    # a tracked change: the worker deleted words from her first entry; the reader takes the text as it now reads
    table = table.replace(_word_paragraph("School told us of a police notification about a domestic incident at home; "
                                          "visit to Kayla offered."),
                          _word_paragraph("School told us of a police notification about a domestic incident at home; "
                                          "visit to Kayla offered.", deleted=" Mother declined."))
    body = (_word_paragraph("Oakfield Family Centre - early help chronology for the Child R review") + table
            + "<w:sectPr/>")
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{WORD_NS}">'
                f"<w:body>{body}</w:body></w:document>")
    import zipfile

    with zipfile.ZipFile(EXAMPLES / "Oakfield Family Centre.docx", "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in (
                ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
                 'openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/'
                 'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/'
                 'xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.wordprocessingml.document.main+xml"/></Types>'),
                ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
                 'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
                 'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                 "</Relationships>"),
                ("word/document.xml", document)):
            # (a fixed date, so that each run writes the same bytes)
            archive.writestr(zipfile.ZipInfo(name, date_time=(2021, 3, 31, 0, 0, 0)), data)


if __name__ == "__main__":
    police()
    social_care()
    health()
    gp()
    school()
    family_centre()
    print(f"wrote the example returns in {EXAMPLES}")
