"""Writing a report file: whole or not at all, the default name inside a folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app.domain.messages import UserError
from desktop_app.services import output_paths
from desktop_app.services.reporting import report_export
from desktop_app.services.workspace import Workspace


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "HTSD_66_24175_2026-N.xlsx"
    target.write_bytes(b"old")

    def disk_full(_source: str, _target: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output_paths.os, "replace", disk_full)
    with pytest.raises(UserError) as refused:
        report_export.write_atomically(target, b"new workbook")
    assert "No space left on device" in str(refused.value)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


def test_a_write_replaces_the_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"old")
    report_export.write_atomically(target, b"new workbook")
    assert target.read_bytes() == b"new workbook"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xlsx"]
    if os.name == "posix":  # an ordinary file, not a private temporary one
        assert target.stat().st_mode & 0o044


def test_a_folder_gets_the_default_name(tmp_path: Path) -> None:
    assert report_export.target_path(tmp_path, "HTSD_x.xlsx") == tmp_path / "HTSD_x.xlsx"
    assert report_export.target_path(tmp_path / "a.xlsx", "HTSD_x.xlsx") == tmp_path / "a.xlsx"


def test_export_uses_the_template_convention(configured: Workspace, tmp_path: Path) -> None:
    result = report_export.export_report(configured, "2026-N", tmp_path)
    assert result.path == tmp_path / "HTSD_66_24175_2026-N.xlsx" and result.path.is_file()
    assert result.report.period_convention == report_export.default_convention(configured)
    nd09 = report_export.build(configured, "2026-N", "nd09")
    assert nd09.period_start.isoformat() == "2025-12-15"


def test_default_convention_follows_the_template(configured: Workspace) -> None:
    from desktop_app import resources

    for template in resources.templates().values():
        assert (
            report_export.default_convention(configured, template.id) == template.period_convention
        )
    assert report_export.default_convention(configured, "no-such-template") == "calendar"
