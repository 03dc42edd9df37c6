"""Returns exported as web pages or as Excel 2003 XML and named .xls, as case-record systems do."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from chron_merge.read import read_return
from conftest import run_cli

WEB_PAGE = """<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta charset="utf-8"><title>Export</title><style>td {mso-number-format:"\\@";}</style></head>
<body><h2>Agency: Northshire Children's Services</h2><p>Chronology for Child A &ndash; exported 01/03/2021</p>
<table border="1">
<tr><th>Date</th><th>Case note</th><th>Worker</th></tr>
<tr><td>03/02/2020</td><td>Home visit &amp; mother seen<br>baby well</td><td>SW</td></tr>
<tr><td rowspan="2">04/02/2020</td><td>Phone call to school</td><td>SW</td></tr>
<tr><td>Strategy discussion with police</td><td>TM</td></tr>
</table></body></html>"""


def test_a_web_page_named_xls_is_read_as_excel_shows_it(tmp_path):
    path = tmp_path / "case notes export.xls"
    path.write_text(WEB_PAGE, encoding="utf-8")
    read = read_return(path)
    assert read.report.sheets[0].name == "case notes export"  # as Excel names the sheet of a web page
    assert read.report.sheets[0].header_row == 3  # below the heading and the paragraph
    assert [(e.date, e.details, e.practitioner, e.source.row) for e in read.events] == [
        (dt.date(2020, 2, 3), "Home visit & mother seen\nbaby well", "SW", 4),
        (dt.date(2020, 2, 4), "Phone call to school", "SW", 5),
        (dt.date(2020, 2, 4), "Strategy discussion with police", "TM", 6),  # the date merged down over two rows
    ]
    assert read.events[0].agency == "Northshire Children's Services"  # from the heading above the table
    assert not any("Export" in e.details or "mso" in e.details for e in read.events)  # <title>, <style> unseen


def test_cells_after_a_cell_spanning_rows_keep_their_columns(tmp_path):
    path = tmp_path / "police.htm"
    path.write_text("<table><tr><td>Date</td><td>Details</td><td>Officer</td><td>Ref</td></tr>"
                    "<tr><td>03/02/2020</td><td rowspan=2>Domestic incident, both parties spoken to</td>"
                    "<td>PC 1</td><td>R1</td></tr>"
                    "<tr><td>03/02/2020</td><td>PC 2</td><td>R2</td></tr>"
                    "<tr><td colspan=2>05/02/2020</td><td>PC 3</td><td>R3</td></tr></table>", encoding="utf-8")
    read = read_return(path)
    assert [(e.practitioner, e.extra.get("Ref")) for e in read.events] == [("PC 1", "R1"), ("PC 2", "R2"),
                                                                          ("PC 3", "R3")]


XML_2003 = """<?xml version="1.0" encoding="windows-1252"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <Worksheet ss:Name="Police log"><Table>
  <Row><Cell ss:MergeAcross="2"><Data ss:Type="String">Northshire Police chronology</Data></Cell></Row>
  <Row ss:Index="3"><Cell><Data ss:Type="String">Occurrence date</Data></Cell>
   <Cell><Data ss:Type="String">Details</Data></Cell><Cell><Data ss:Type="String">OIC</Data></Cell></Row>
  <Row><Cell><Data ss:Type="DateTime">2020-02-03T22:15:00.000</Data></Cell>
   <Cell><Data ss:Type="String">Domestic \u2013 caf\u00e9 owner called police</Data></Cell>
   <Cell><Data ss:Type="String">PC 123</Data></Cell></Row>
  <Row><Cell><Data ss:Type="DateTime">2020-02-05T00:00:00.000</Data></Cell>
   <Cell ss:Index="3"><Data ss:Type="String">PC 9</Data></Cell></Row>
  <Row><Cell><Data ss:Type="Number">43869</Data></Cell><Cell><Data ss:Type="String">Arrest</Data></Cell></Row>
 </Table></Worksheet>
 <Worksheet ss:Name="Notes"><Table><Row><Cell><Data ss:Type="String">Guidance</Data></Cell></Row></Table></Worksheet>
</Workbook>"""


def test_an_excel_2003_xml_workbook_is_read_sheet_by_sheet(tmp_path):
    path = tmp_path / "Police export.xls"
    path.write_bytes(XML_2003.encode("cp1252"))  # as its declaration says
    read = read_return(path)
    sheet = read.report.sheets[0]
    assert (sheet.name, sheet.header_row) == ("Police log", 3)
    assert [(e.date, e.time, e.details, e.practitioner, e.source.row) for e in read.events] == [
        (dt.date(2020, 2, 3), "22:15", "Domestic \u2013 caf\u00e9 owner called police", "PC 123", 4),
        (dt.date(2020, 2, 5), None, "", "PC 9", 5),  # the empty cell skipped by ss:Index stays empty
        (dt.date(2020, 2, 8), None, "Arrest", None, 6),  # a serial number in a General cell
    ]


def test_a_web_page_with_no_table_is_refused_with_what_to_do(tmp_path):
    path = tmp_path / "chronology.xls"
    path.write_text("<html><body><p>Sorry, the report timed out.</p></body></html>", encoding="utf-8")
    result = run_cli("validate", path)
    assert result.exit_code == 2
    assert ("chronology.xls: is an HTML or XML file with no table in it, named like a workbook - open it in Excel and "
            "save it again as .xlsx, or export it as CSV") in result.stderr


def test_xml_that_defines_its_own_entities_is_refused(tmp_path):
    path = tmp_path / "export.xls"
    path.write_text('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>'
                    '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet/></Workbook>')
    result = run_cli("validate", path)
    assert result.exit_code == 2
    assert "defines its own entities" in result.stderr


@pytest.mark.parametrize("name", ["page.html", "data.xml"])
def test_a_folder_reads_web_pages_and_xml_only_named_as_workbooks(tmp_path, name):
    (tmp_path / "police.csv").write_text("Date,Details\n03/02/2020,Visit\n", encoding="utf-8")
    (tmp_path / name).write_text("<html><body><table><tr><td>x</td></tr></table></body></html>", encoding="utf-8")
    result = run_cli("validate", "--json", tmp_path)
    assert result.exit_code == 0, result.output
    # A stray saved page or XML file in the folder is no return: listed as not read, nothing to fix.
    report = json.loads(result.output)
    assert [f["file"] for f in report["files"]] == ["police.csv"]
    assert [(p["file"], p["level"], p["code"]) for p in report["problems"]] == [(name, "info", "not-a-return")]


def test_text_in_a_table_outside_its_cells_and_a_table_inside_a_cell_are_kept(tmp_path):
    path = tmp_path / "school.xls"
    path.write_text("<table>Agency: Oakfield Primary<tr><td>Date</td><td>Details</td></tr>"
                    "<tr><td>03/02/2020</td><td>Child upset<table><tr><td>Seen by DSL</td><td>Mum called</td></tr>"
                    "</table></td></tr></table>", encoding="utf-8")
    read = read_return(path)
    assert [(e.agency, e.details) for e in read.events] == [("Oakfield Primary", "Child upset\nSeen by DSL Mum called")]
