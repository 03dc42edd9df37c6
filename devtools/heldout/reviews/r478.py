"""A held-out review (see ../README.md): python r478.py OUT_FOLDER writes its returns and truth.json."""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import Review

D = dt.datetime
R = Review(sys.argv[1])
# A child safeguarding practice review: Kacper (9), neglect and a house fire while left alone. Vocabulary:
# "persistent absence", "EWO", "PA" (persistent absence), "Read code", "CIN", "home alone". Layouts: the
# school's log with 'Day' (the weekday written out), 'Week No.', 'Attendance %' (a fraction) and 'Session'
# (AM or PM); the GP's record with a 'Read code' and a 'Problem' beside 'Free text'; social care's workflow
# with 'Workflow step', 'Step started' and 'Step completed'; the fire service's; the police's with
# 'Vulnerability flags' and an 'Outcome code'.

R.xlsx("Greenfield Primary.xlsx", [("Log", [], [["Date", "Day", "Week No.", "Session", "Attendance %", "Note"]], [
    ([D(2024, 1, 15), "Monday", 3, "AM", 0.81, "Kacper absent again; EWO home visit, no answer."], "A1",
     "2024-01-15"),
    ([D(2024, 2, 6), "Tuesday", 6, "PM", 0.79, "Kacper says he was home alone last night when the kitchen caught "
      "fire; firemen came. DSL referral to children's services."], "E1", "2024-02-06"),
    ([D(2024, 3, 12), "Tuesday", 11, "AM", 0.77, "DSL attended the CIN meeting at school."], "E3", "2024-03-12"),
])])

R.xlsx("GP.xlsx", [("Record", [], [["Date", "Read code", "Problem", "Free text"]], [
    ([D(2024, 1, 22), "XaJ4L", "Cough", "Mum brought Kacper with a cough for 3 weeks. Chest clear. Mum smelt of "
      "alcohol."], "A2", "2024-01-22"),
    ([D(2024, 2, 8), "9NN1", "Safeguarding", "Information from children's services: Kacper left alone at home, "
      "fire in the kitchen on 05/02. Alert added."], "E1", "2024-02-08"),
])])

R.xlsx("Childrens Services.xlsx", [("Workflow", [], [["Workflow step", "Step started", "Step completed",
                                                       "Summary"]], [
    (["Contact", D(2024, 2, 6), D(2024, 2, 6), "School: Kacper home alone when a fire started in the kitchen "
      "last night. Police and fire attended."], "E1", "2024-02-06"),
    (["Strategy discussion", D(2024, 2, 7), D(2024, 2, 7), "With police: s47 not met, single assessment, CIN."],
     "E2", "2024-02-07"),
    (["CIN meeting", D(2024, 3, 12), D(2024, 3, 12), "Held at school with mum, the DSL and the school nurse."],
     "E3", "2024-03-12"),
])])

R.xlsx("Fire and Rescue.xlsx", [("Incidents", [], [["Date", "Time", "Incident", "Notes"]], [
    ([D(2024, 2, 5), "21:20", "Domestic fire", "Pan fire in a kitchen, 9 year old alone in the property, got out "
      "safely. Mother returned 21:50. Police informed."], "E1", "2024-02-05"),
])])

R.xlsx("Police.xlsx", [("Incidents", [], [["Date", "Time", "Vulnerability flags", "Outcome code", "Summary"]], [
    ([D(2024, 2, 5), "21:35", "CHILD, NEGLECT", "OC16", "Attended with fire service: child of 9 left alone, pan "
      "fire. Mother returned from the pub; words of advice. Notification to CSC."], "E1", "2024-02-05"),
    ([D(2024, 2, 7), "11:00", "CHILD", "", "Strategy discussion with CSC re Kacper. Below s47 threshold."], "E2",
     "2024-02-07"),
])])
R.done()
