"""A held-out review (see ../README.md): python r401.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A safeguarding adults review: Ryan (19), autistic with a learning disability, detained in an
# assessment and treatment unit 90 miles from home; restraints, seclusion, a broken wrist, his
# family's complaints, a care, education and treatment review. Vocabulary: "ATU", "prone restraint",
# "seclusion", "PRN", "CETR", "Datix", "LeDeR", "IMCA", "s3", "Tribunal". Layouts: the unit's incident
# system export with 'Incident date' and 'Reported date' (reported days later) and a severity; the
# commissioners' (ICB) Word table of meetings; the regulator's log of information received; his home
# council's adult social care; his mother's advocate's workbook; the GP's.

R.xlsx("ATU incident reports.xlsx", [("Datix", [], [["Ref", "Incident date", "Reported date", "Category",
                                                     "Severity", "Description"]], [
    (["W1022", D(2024, 1, 9), D(2024, 1, 11), "Restraint", "Low", "Ryan hit staff at lunch; prone restraint 4 "
      "minutes; PRN lorazepam."], "A1", "2024-01-09"),
    (["W1057", D(2024, 1, 21), D(2024, 1, 21), "Seclusion", "Moderate", "Ryan secluded 7 hours after "
      "damaging the lounge TV; reviewed by the doctor at 4 hours."], "E1", "2024-01-21"),
    (["W1090", D(2024, 2, 3), D(2024, 2, 6), "Injury", "Moderate", "Ryan's wrist swollen after a restraint on "
      "the floor; X-ray at the general hospital: fractured wrist, cast."], "E3", "2024-02-03"),
])])

R.docx_table("ICB commissioning notes.docx", "Integrated Care Board - Ryan, notes of contacts", ["Date of meeting",
                                                                                            "Attendees", "Notes"], [
    (["22/01/2024", "Case manager", "Mother rang: Ryan was in seclusion all of yesterday; she wants him moved. "
      "Asked the unit for the seclusion records."], "E1", "2024-01-22"),
    (["14/02/2024", "Case manager, ASC, advocate, unit", "CETR at the unit: discharge plan to a supported living "
      "provider near home; restraint reduction plan."], "E4", "2024-02-14"),
])

R.xlsx("Regulator.xlsx", [("Information", [], [["Date received", "Information type", "Summary"]], [
    ([D(2024, 2, 7), "Statutory notification", "Injury to a patient during restraint (fractured wrist) on "
      "03/02."], "E3", "2024-02-07"),
    ([D(2024, 2, 9), "Concern (public)", "Mother of a patient: seclusion and injury; she says no one told her "
      "for two days."], "E5", "2024-02-09"),
])])

R.csv("Adult Social Care.csv", [], ["Date", "Worker", "Note"], [
    (["23/01/2024", "SW Grant", "ICB told me of Ryan's seclusion on Sunday after his mother's complaint. "
      "Safeguarding concern raised with the host authority."], "E1", "2024-01-23"),
    (["05/02/2024", "SW Grant", "Mother rang: Ryan has a broken arm from a restraint on Saturday; unit had not "
      "told her. s42 enquiry asked of the host authority."], "E3", "2024-02-05"),
    (["14/02/2024", "SW Grant", "Attended the CETR: discharge plan agreed."], "E4", "2024-02-14"),
])

R.xlsx("Advocacy service.xlsx", [("Casework", [], [["Date", "Advocate", "Casework note"]], [
    ([D(2024, 2, 8), "IMHA Lewis", "Visited Ryan on the ward; cast on his wrist. Supported mum's complaint "
      "to the regulator."], "A2", "2024-02-08"),
    ([D(2024, 2, 14), "IMHA Lewis", "Care, education and treatment review: spoke for Ryan's wish to live near "
      "mum."], "E4", "2024-02-14"),
])])

R.xlsx("GP.xlsx", [("Journal", [], [["Date", "Entry"]], [
    ([D(2023, 11, 30), "Annual LD health check not done: Ryan detained in ATU out of area. Letter to unit."], "A3",
      "2023-11-30"),
])])
R.done()
