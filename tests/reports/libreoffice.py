"""Editing a workbook the way a person does, with LibreOffice Calc itself (headless).

A small Basic routine in a throw-away LibreOffice profile (never in the workbook)
opens the file, makes one change through Calc's own API (insert or delete rows,
rename a sheet, type a number or a formula) and saves it with a filter: xlsx, xls
or ods. Calc then moves the ``HTSD_`` names with their cells and stamps the
last-saved time, as it does for an officer.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
FILTERS = {
    "xlsx": "Calc MS Excel 2007 XML",
    "xls": "MS Excel 97",
    "ods": "calc8",
}
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")

_MODULE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1"
 script:language="StarBasic">
Sub Edit(inUrl As String, outUrl As String, filterName As String, action As String, _
         sheetName As String, arg1 As String, arg2 As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(inUrl, &quot;_blank&quot;, 0, args())
  sheet = doc.Sheets.getByName(sheetName)
  If action = &quot;insert_rows&quot; Then
    sheet.Rows.insertByIndex(CLng(arg1) - 1, CLng(arg2))
  ElseIf action = &quot;delete_rows&quot; Then
    sheet.Rows.removeByIndex(CLng(arg1) - 1, CLng(arg2))
  ElseIf action = &quot;rename&quot; Then
    sheet.Name = arg1
  ElseIf action = &quot;set_value&quot; Then
    sheet.getCellRangeByName(arg1).Value = CDbl(arg2)
  ElseIf action = &quot;set_formula&quot; Then
    sheet.getCellRangeByName(arg1).Formula = arg2
  End If
  Dim out(0) As New com.sun.star.beans.PropertyValue
  out(0).Name = &quot;FilterName&quot;
  out(0).Value = filterName
  doc.storeToURL(outUrl, out())
  doc.close(True)
End Sub
</script:module>
"""


class Calc:
    """LibreOffice Calc, headless, with its own profile in ``folder``."""

    def __init__(self, folder: Path) -> None:
        assert SOFFICE is not None
        self.profile = folder / "profile"
        self._run(["--terminate_after_init"])
        module = self.profile / "user" / "basic" / "Standard" / "Module1.xba"
        assert module.exists(), "LibreOffice did not create its profile"
        module.write_text(_MODULE, encoding="utf-8")

    def _run(self, arguments: list[str]) -> None:
        assert SOFFICE is not None
        subprocess.run(
            [
                SOFFICE,
                "--headless",
                "--norestore",
                f"-env:UserInstallation={self.profile.as_uri()}",
                *arguments,
            ],
            check=True,
            timeout=180,
            capture_output=True,
        )

    def edit(
        self,
        source: Path,
        target: Path,
        action: str = "none",
        sheet: str = "Bieu01",
        arg1: object = "",
        arg2: object = "",
        file_format: str = "xlsx",
    ) -> bytes:
        """``source`` changed by ``action`` on ``sheet`` and saved as ``target``; its bytes."""
        target.unlink(missing_ok=True)
        call = (
            f'macro:///Standard.Module1.Edit("{source.absolute().as_uri()}",'
            f'"{target.absolute().as_uri()}","{FILTERS[file_format]}","{action}","{sheet}",'
            f'"{arg1}","{arg2}")'
        )
        self._run([call])
        assert target.exists(), f"LibreOffice did not save {target.name}"
        return target.read_bytes()
