"""Held-out review helper: write agency returns and a truth.json (rows with file, sheet, row, event, date)."""

import csv
import json
from pathlib import Path

import docx
import openpyxl


class Review:
    def __init__(self, folder):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.rows = []

    def _note(self, file, sheet, row, event, date=None, text=""):
        self.rows.append({"file": file, "sheet": sheet, "row": row, "event": event, "date": date, "text": str(text)[:90]})

    def xlsx(self, name, sheets, finish=None):
        """sheets: list of (sheet_name, preamble_rows, header_rows, data) ; data rows are (cells, event, iso_date).
        finish: a function given the workbook before it is saved (to merge cells, hide a row …)."""
        wb = openpyxl.Workbook()
        wb.remove(wb.active)
        for sheet_name, preamble, headers, data in sheets:
            ws = wb.create_sheet(sheet_name)
            r = 1
            for line in preamble:
                for c, v in enumerate(line, 1):
                    ws.cell(r, c, v)
                r += 1
            for line in headers:
                for c, v in enumerate(line, 1):
                    ws.cell(r, c, v)
                r += 1
            for item in data:
                cells, event, iso = item[0], item[1], item[2] if len(item) > 2 else None
                for c, v in enumerate(cells, 1):
                    ws.cell(r, c, v)
                text = max((str(x) for x in cells if x is not None), key=len, default="")
                self._note(name, sheet_name, r, event, iso, text)
                r += 1
        if finish is not None:
            finish(wb)
        wb.save(self.folder / name)

    def csv(self, name, preamble, header, data, encoding="utf-8", delimiter=","):
        with open(self.folder / name, "w", newline="", encoding=encoding) as fh:
            w = csv.writer(fh, delimiter=delimiter)
            r = 1
            for line in preamble:
                w.writerow(line)
                r += 1
            w.writerow(header)
            r += 1
            for item in data:
                cells, event, iso = item[0], item[1], item[2] if len(item) > 2 else None
                w.writerow(cells)
                text = max((str(x) for x in cells if x is not None), key=len, default="")
                self._note(name, None, r, event, iso, text)
                r += 1 + sum(str(x).count("\n") for x in cells if x is not None)  # physical lines (CONTRACT)

    def ods(self, name, sheet_name, header, data):
        """An OpenDocument sheet (written by pandas with odfpy): the header in row 1, then data items
        (cells, event, iso_date), a row each from row 2."""
        import pandas as pd

        with pd.ExcelWriter(self.folder / name, engine="odf") as writer:
            pd.DataFrame([cells for cells, _, _ in data], columns=header).to_excel(writer, sheet_name=sheet_name,
                                                                                   index=False)
        for row, (cells, event, iso) in enumerate(data, start=2):
            self._note(name, sheet_name, row, event, iso, max((str(x) for x in cells if x is not None), key=len))

    def docx_paragraphs(self, name, title, data):
        """A Word document: a title paragraph, then one paragraph per entry; data items are (text, event,
        iso_date). Rows count paragraphs with text from the top: the title is row 1."""
        document = docx.Document()
        document.add_paragraph(title)
        for row, (text, event, iso) in enumerate(data, start=2):
            document.add_paragraph(text)
            self._note(name, None, row, event, iso, text)
        document.save(str(self.folder / name))

    def docx_table(self, name, title, header, data):
        """A Word document: a title paragraph, then a table, its header row 2; data items are (cells,
        event, iso_date), a row each from row 3 (a cell's "\n" is a line in it); the last cell is the entry's text."""
        document = docx.Document()
        document.add_paragraph(title)
        table = document.add_table(rows=1, cols=len(header))
        for cell, text in zip(table.rows[0].cells, header):
            cell.text = text
        for row, (cells, event, iso) in enumerate(data, start=3):
            for cell, text in zip(table.add_row().cells, cells):
                cell.text = text
            self._note(name, None, row, event, iso, cells[-1])
        document.save(str(self.folder / name))

    def done(self):
        (self.folder / "truth.json").write_text(json.dumps({"rows": self.rows}, indent=1))
